/**
 * The task pane walked through in headless Chromium at 320 px, as a planning officer meets it: first run,
 * findings, settings, progress, done, Kembalikan, no table, a protected sheet, a cell in edit mode, English,
 * dark Office, and the main job by keyboard alone. Each state: what the user reads, where focus is, which
 * button is the primary one, no horizontal scroll, and an axe-core check with no serious or critical
 * violation. The README's pictures come from test/walk.browser.test.ts.
 */
import { Browser, Page } from 'playwright-core';
import { OFFICE_JS } from './browser/serve';
import { contextsClosedAfterEach, startPaneSuite } from './browser/pane';
import { FIXTURE, SHEET } from './helpers/fixture';
import { namesIn } from './helpers/language';
import { plainWordsOn } from './browser/words';
import { seriousViolations } from './browser/axe';

const WIDTH = 320;
/** The pane's chunk with the engine's writing half (named by its content). */
const WRITES = '**/taskpane-writes.*.js';

let stopSuite: () => Promise<void>;
let base: string;
let browser: Browser;
let stub: string;
let snapshots: string;
/** The sample's own texts: proper names on any screen, in either language. */
let names: string[];

beforeAll(async () => {
  ({ base, browser, stop: stopSuite, stub, snapshots } = await startPaneSuite());
  names = await namesIn(FIXTURE);
}, 300000);

const contexts = contextsClosedAfterEach();

afterAll(() => stopSuite?.());

interface Open {
  readonly active?: string;
  readonly lang?: string;
  readonly body?: string;
  /** Requests to fail from the start, as a network that drops them. */
  readonly unreachable?: string;
}

async function openPane({ active = SHEET, lang, body, unreachable }: Open = {}): Promise<Page> {
  // A context of its own: axe-core's Playwright runner needs one (it opens a page in it). Reduced motion: the
  // colours read (the primary button, axe's contrast) are the settled ones, never a transition's middle.
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 700 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  contexts.add(context);
  page.on('close', () => {
    contexts.delete(context);
    // Its context may be closing already (afterEach, afterAll): a second close has nothing to do.
    void context.close().catch(() => undefined);
  });
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ body: stub, contentType: 'application/javascript' }),
  );
  await page.addInitScript(
    `window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = ${JSON.stringify(active)};` +
      (lang ? `window.__LANG__ = ${JSON.stringify(lang)};` : '') +
      (body ? `window.__BODY__ = ${JSON.stringify(body)};` : ''),
  );
  if (unreachable) await page.route(unreachable, (route) => route.abort('internetdisconnected'));
  await page.goto(`${base}/taskpane.html`);
  return page;
}

/** The in-memory Excel behind the page, for a test to set up what the user did in Excel. */
type Cell = { value: unknown };
type Excel = {
  active: string;
  cellEditMode: boolean;
  sheets: { name: string }[];
  sheet(n: string): {
    protected: boolean;
    at(a: string): unknown;
    cell(r: number, c: number): Cell | undefined;
    ensure(r: number, c: number): Cell;
  };
  activate(n: string): void;
};
const excel = <T>(page: Page, fn: (x: Excel) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__excel)`) as Promise<T>;

/**
 * What every state must be: readable at 320 px without scrolling sideways, in plain words for an officer (no
 * CLI, flag or rule name, one language per sentence, counts that say what they count), and free of serious
 * axe findings.
 */
async function check(page: Page, state: string): Promise<void> {
  await plainWordsOn(page, state, names);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect([state, overflow]).toEqual([state, 0]);
  expect([state, await seriousViolations(page)]).toEqual([state, []]);
}

/** The names of the buttons drawn as primary (the theme's brand background). */
function primaryButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--colorBrandBackground)';
    document.querySelector('.fui-FluentProvider')!.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll('button')]
      .filter((b) => getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent ?? '');
  });
}

const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

/**
 * After a Buat Tabel Capaian, the user changes our `sheet` (`type`, run in the page on the in-memory Excel) and
 * clicks Kembalikan: the question comes, its title focused, its `sentence` naming the sheet, and nothing is
 * changed; the user keeps the sheet: it stays as "<sheet> (disimpan)", and `gone`, an untouched sheet of ours,
 * is deleted.
 */
async function kembalikanAsksThenKeeps(q: {
  sheet: string;
  gone: string;
  type: (x: Excel) => void;
  title: string;
  sentence: string;
}): Promise<void> {
  const page = await openPane();
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
  await excel(page, q.type);
  const sheetNames = (): Promise<string[]> => excel(page, (x) => x.sheets.map((s) => s.name));
  await page.getByRole('button', { name: 'Kembalikan sekarang' }).click();
  await page.getByText(q.title).waitFor({ timeout: 60000 });
  await page.getByText(q.sentence).waitFor();
  expect(await focusedText(page)).toContain(q.title);
  // Asking changed nothing.
  expect(await sheetNames()).toContain(q.sheet);
  await check(page, `Kembalikan asks: ${q.title}`);
  await page.getByRole('button', { name: `Simpan sebagai "${q.sheet} (disimpan)"` }).click();
  await page
    .getByText(`disimpan sebagai "${q.sheet} (disimpan)"`, { exact: false })
    .waitFor({ timeout: 60000 });
  expect(await page.getByText(q.title).count()).toBe(0);
  const after = await sheetNames();
  expect(after).toContain(`${q.sheet} (disimpan)`);
  expect(after).not.toContain(q.gone);
  await plainWordsOn(page, `Kembalikan kept ${q.sheet}`, names);
  await page.close();
}

test('first run, findings, settings, progress, done and Kembalikan at 320 px', async () => {
  const page = await openPane();
  // First run: the steps, the table in words, one primary button.
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  expect(await page.getByRole('list', { name: 'Langkah' }).innerText()).toMatch(
    /1 · Periksa\s*—\s*2 · Buat Tabel Capaian\s*—\s*3 · Cetak/,
  );
  expect(
    await page.getByText('5 sasaran, 7 program, 15 kegiatan, 29 sub kegiatan, 37 indikator.').count(),
  ).toBe(1);
  expect(await primaryButtons(page)).toEqual(['Buat Tabel Capaian']);
  expect(await page.locator('html').getAttribute('lang')).toBe('id');
  await check(page, 'first run');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  await check(page, 'first run, high contrast');
  await page.emulateMedia({ forcedColors: 'none' });

  // Findings: counts beside their words, groups by cause, only the first open; fix-all is secondary and asks.
  await page.getByText('Kesalahan 7').waitFor();
  expect(await page.getByRole('button', { expanded: true, name: /^Kesalahan: / }).innerText()).toBe(
    'Kesalahan: Jumlah tidak sama dengan rinciannya (5 temuan)',
  );
  await page.getByRole('button', { name: /^Perbaiki 42 sel yang aman/ }).click();
  await page.getByText(/^Perbaiki semua akan mengganti 41 sel di kolom G, I, J dan K dengan rumus/).waitFor();
  expect(await primaryButtons(page)).toEqual(['Buat Tabel Capaian']);
  await check(page, 'findings, fix-all asking');
  await page.getByRole('button', { name: 'Batal' }).click();
  await plainWordsOn(page, 'findings', names);
  // Each section's header names its panel, open or closed (the WAI-ARIA accordion pattern).
  for (const name of ['Pengaturan', 'Peran kolom']) {
    const panel = await page.getByRole('button', { name, exact: true }).getAttribute('aria-controls');
    expect([name, await page.locator(`[id="${panel}"]`).count()]).toEqual([name, 1]);
  }

  // Settings: dinas and year first, the year from the table's title; Simpan in view while the form scrolls.
  await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();
  const labels = await page.locator('label').allInnerTexts();
  expect(labels.slice(0, 2)).toEqual(['Nama dinas', 'Tahun']);
  expect(await page.getByLabel('Tahun', { exact: true }).inputValue()).toBe('2022');
  // Polarity: a compact table with its legend in view, and a filter.
  await page.getByText(/^Centang Negatif bila semakin rendah semakin baik/).waitFor();
  await page.getByLabel('Cari indikator').fill('kdrt');
  expect(await page.getByRole('checkbox').count()).toBe(1);
  expect(await page.getByRole('checkbox', { name: 'Negatif: Rasio KDRT' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Pengaturan', exact: true }).scrollIntoViewIfNeeded();
  const save = await page.getByRole('button', { name: 'Simpan pengaturan' }).boundingBox();
  expect(save!.y + save!.height).toBeLessThanOrEqual(700);
  await check(page, 'settings');
  await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();

  // Progress: slow Excel down to see it, named by its step.
  await page.evaluate(() => {
    const x = (window as unknown as { __excel: { sync(): Promise<void> } }).__excel;
    const sync = x.sync.bind(x);
    x.sync = async () => {
      await new Promise((r) => setTimeout(r, 150));
      return sync();
    };
  });
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByRole('progressbar', { name: /^Membuat tabel… / }).waitFor();
  await check(page, 'progress');

  // Done: the summary card has the focus; the one primary button opens Pengukuran Kinerja.
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
  expect(await focusedText(page)).toBe('Ringkasan capaian');
  expect(await page.getByText('33 dari 37 indikator berpredikat').count()).toBe(1);
  expect(await page.getByText(/^4 indikator tanpa predikat: /).count()).toBe(1);
  expect(await page.getByText('88,37%').count()).toBe(1);
  expect(await primaryButtons(page)).toEqual(['Buka Pengukuran Kinerja']);
  expect(
    await page.getByRole('list', { name: 'Langkah' }).locator('[aria-current="step"]').innerText(),
  ).toMatch(/^3 · Cetak/);
  await check(page, 'done');

  // Kembalikan: says which change it undoes, then shows the source table again, with focus on what it did.
  await page.getByText(/^Kembalikan membatalkan perubahan terakhir: Buat Tabel Capaian \(/).waitFor();
  await page.getByRole('button', { name: 'Kembalikan sekarang' }).click();
  await page.getByText(/^Dikembalikan: Buat Tabel Capaian/).waitFor({ timeout: 60000 });
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  expect(await focusedText(page)).toMatch(/Dikembalikan: Buat Tabel Capaian/);
  expect(await page.getByText('Tabel tidak ditemukan').count()).toBe(0);
  expect(await excel(page, (x) => [x.active, x.sheet('Realisasi 2022').at('K18')])).toEqual([SHEET, 0.351]);
  await check(page, 'after Kembalikan');
  await page.close();
});

test('no table, a protected sheet, a cell in edit mode: each says what to do, with its button', async () => {
  const page = await openPane({ active: 'Rencana Kinerja 2022' });
  await page.getByText('Tabel tidak ditemukan').waitFor();
  await page.getByText(/Lembar "Rencana Kinerja 2022" berisi daftar target/).waitFor();
  // The way on is the sheet that has the table; Tandai tabel stays beside it.
  expect(await primaryButtons(page)).toEqual(['Buka Realisasi 2022']);
  expect(await page.getByRole('button', { name: 'Tandai tabel' }).count()).toBe(1);
  await check(page, 'no table');

  // The user moves to the realisasi sheet: the pane follows.
  await excel(page, (x) => x.activate('Realisasi 2022'));
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  await plainWordsOn(page, 'the pane followed to the table', names);

  await excel(page, (x) => void (x.sheet('Realisasi 2022').protected = true));
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page
    .getByText(/Lembar "Realisasi 2022" dilindungi \(protected\), jadi tidak ada yang ditulis/)
    .waitFor();
  expect(await focusedText(page)).toMatch(/dilindungi/);
  await check(page, 'protected sheet');
  // Unprotected, "Coba lagi" runs it.
  await excel(page, (x) => void (x.sheet('Realisasi 2022').protected = false));
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
  await plainWordsOn(page, 'done after Coba lagi', names);

  await page.getByRole('button', { name: 'Kembalikan sekarang' }).click();
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  await plainWordsOn(page, 'after Kembalikan, again', names);
  await excel(page, (x) => void (x.cellEditMode = true));
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page
    .getByText('Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu klik tombol lagi.')
    .waitFor();
  expect(await page.getByText(/InvalidOperationInCellEditMode|Error:/).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Coba lagi' }).count()).toBe(1);
  await check(page, 'cell edit mode');
  await page.close();
});

test('Kembalikan after the user typed in Narasi: asks, names the sheet and the typing, keeps it renamed', () =>
  kembalikanAsksThenKeeps({
    sheet: 'Narasi',
    gone: 'Pengukuran Kinerja',
    // The user writes an analysis beside a sentence, and a note under the table.
    type: (x) => {
      x.sheet('Narasi').ensure(5, 4).value = 'Anggaran sosialisasi dipotong';
      x.sheet('Narasi').ensure(150, 1).value = 'Catatan Bappeda';
    },
    title: 'Lembar ini berisi ketikan Anda',
    sentence:
      'Lembar "Narasi" berisi 2 sel yang Anda ketik sendiri (E6, B151), misalnya: "Anggaran sosialisasi dipotong". Bila lembar itu dihapus, ketikan ini hilang.',
  }));

test('Kembalikan on a sheet made before the record of what we wrote, unlike what we write now: says an older version made it, keeps it renamed', () =>
  kembalikanAsksThenKeeps({
    sheet: 'Pengukuran Kinerja',
    gone: 'Narasi',
    // The registry as versions before the record kept it, and a title that differs from ours.
    type: (x) => {
      const registry = x.sheet('_CapaianKinerja');
      for (let r = 0; r < 200; r++)
        if (registry.cell(r, 3)?.value === 'written') {
          registry.ensure(r, 3).value = null;
          registry.ensure(r, 4).value = null;
        }
      x.sheet('Pengukuran Kinerja').ensure(0, 0).value = 'PENGUKURAN KINERJA 2022 (versi lama)';
    },
    title: 'Lembar ini mungkin berisi ketikan Anda',
    sentence:
      'Lembar "Pengukuran Kinerja" dibuat oleh versi add-in yang lebih lama, yang belum mencatat apa yang ditulisnya, dan isinya tidak sama dengan yang ditulis add-in sekarang: 1 sel (A1, misalnya: "PENGUKURAN KINERJA 2022 (versi lama)") mungkin ketikan Anda. Bila lembar itu dihapus, isinya hilang.',
  }));

test('the part that writes does not arrive (the network): one line with Coba lagi, the workbook untouched; then it works', async () => {
  // The writing half of the engine is a chunk of its own, fetched after the first read.
  const page = await openPane({ unreachable: WRITES });
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByText(/Bagian add-in untuk menulis ke workbook belum termuat/).waitFor();
  expect(await focusedText(page)).toMatch(/belum termuat/);
  expect(await excel(page, (x) => [x.active, x.sheet('Realisasi 2022').at('K18')])).toEqual([SHEET, 0.351]);
  await check(page, 'part not loaded');
  await page.unroute(WRITES);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
  await plainWordsOn(page, 'done once the part arrived', names);
  expect(await excel(page, (x) => x.active)).toBe('Pengukuran Kinerja');
  await page.close();
});

test('English, and dark Office: the words, the lang attribute, the colours', async () => {
  const page = await openPane({ lang: 'en-US', body: '#1f1f1f' });
  await page.getByText('Table at Realisasi 2022!A4:K58').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByText('Errors 7').count()).toBe(1);
  expect(await primaryButtons(page)).toEqual(['Build Capaian Tables']);
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
  );
  expect(background).toBe('rgb(41, 41, 41)');
  await check(page, 'English, dark');
  // Windows high contrast (a dark one, as Office's theme is here): the browser's forced colours over
  // Fluent's; still no serious axe finding.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await check(page, 'English, dark, high contrast');
  await page.close();
});

test('the main job by keyboard alone: Tab to Buat Tabel Capaian, Enter, Tab to Buka Pengukuran Kinerja, Enter', async () => {
  const page = await openPane();
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  let tabs = 0;
  while ((await focusedText(page)) !== 'Buat Tabel Capaian' && tabs < 10) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  // The first thing Tab reaches.
  expect(tabs).toBe(1);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
  await plainWordsOn(page, 'done by keyboard', names);
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Buka Pengukuran Kinerja');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { __excel: { active: string } }).__excel.active === 'Pengukuran Kinerja',
  );
  await page.close();
});
