/**
 * The pane and the web page walked as a dinas planning officer walks them (issue 21): the pane at 320 and
 * 450 px, in Bahasa Indonesia and English, the web page at 1366 and 400 px. Every state is screenshot (into
 * CAPAIAN_WALK, or a temporary folder) and its words are checked: no CLI, no command-line flag, and what a
 * click will change said before the click.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { UNKNOWN_TABLE, writeWorkbook } from './helpers/build';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { OFFICE_JS } from './browser/serve';
import { contextsClosedAfterEach, startPaneSuite } from './browser/pane';
import { serveRealOffice } from './browser/office-real';
import { Lang, namesIn } from './helpers/language';
import { expectPlainWords } from './browser/words';
import { seriousViolations } from './browser/axe';

let stopSuite: () => Promise<void>;
let base: string;
let browser: Browser;
let stub: string;
let snapshots: string;
let shots: string;
/** The sample's own texts: proper names on any screen, in either language. */
let names: string[];

beforeAll(async () => {
  ({ base, browser, stop: stopSuite, stub, snapshots } = await startPaneSuite());
  names = await namesIn(FIXTURE);
  shots = process.env.CAPAIAN_WALK ?? (await tempDir());
  await fs.mkdir(shots, { recursive: true });
}, 300000);

const contexts = contextsClosedAfterEach();
afterAll(() => stopSuite?.());

async function newPage(width: number, height = 800): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  contexts.add(context);
  return context.newPage();
}

async function openPane(width: number, lang?: string, active = SHEET): Promise<Page> {
  const page = await newPage(width);
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ body: stub, contentType: 'application/javascript' }),
  );
  await page.addInitScript(
    `window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = ${JSON.stringify(active)};` +
      (lang ? `window.__LANG__ = ${JSON.stringify(lang)};` : ''),
  );
  await page.goto(`${base}/taskpane.html`);
  return page;
}

async function openWeb(width: number): Promise<Page> {
  const page = await newPage(width, 900);
  await serveRealOffice(page.context());
  await page.goto(`${base}/index.html`);
  await page.getByText('Letakkan file .xlsx di sini').first().waitFor();
  return page;
}

/** The README's pictures are states of this walk, redrawn into docs/img when CAPAIAN_SCREENSHOTS is set. */
const README_IMG = process.env.CAPAIAN_SCREENSHOTS ? path.join(__dirname, '..', 'docs', 'img') : null;

async function readmePicture(page: Page, file: string, fullPage = false): Promise<void> {
  if (README_IMG)
    await page.screenshot({ path: path.join(README_IMG, file), fullPage, animations: 'disabled' });
}

/**
 * The screenshot, then the words on screen (no CLI, no flag, no rule name, one language per sentence: the
 * page's, the workbook's names aside, counts that say what they count) and axe; returns the visible text.
 */
async function seen(
  page: Page,
  name: string,
  lang: Lang = 'id',
  more: readonly string[] = [],
): Promise<string> {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  const text = await page.locator('body').innerText();
  await fs.writeFile(path.join(shots, `${name}.txt`), text);
  expectPlainWords(name, text, lang, [...names, ...more]);
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
  return text;
}

describe.each([320, 450])('the pane at %i px', (width) => {
  test('the sample: before Buat Tabel Capaian it says what it replaces; after, the same in the summary', async () => {
    const page = await openPane(width);
    await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
    await page
      .getByText(/di Realisasi 2022 menjadi rumus/)
      .first()
      .waitFor();
    const first = await seen(page, `pane-${width}-first`);
    // Under the button, before the click: what it replaces, an example, the new sheets, how to undo.
    expect(first).toMatch(
      /124 nilai yang diketik di Realisasi 2022 menjadi rumus: kolom G, I, J, K \(mis\. K18 "35,10%" → 35,21%\)\. 4 lembar baru \(Perjanjian Kinerja, Pengukuran Kinerja, Ringkasan Capaian, Narasi\) · Kembalikan membatalkannya\./,
    );

    await page.getByRole('button', { name: 'Peran kolom', exact: true }).click();
    await seen(page, `pane-${width}-roles`);
    await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();
    // Nama dinas from the title, as Tahun; the signatories show what the Perjanjian Kinerja prints.
    expect(await page.getByLabel('Nama dinas', { exact: true }).inputValue()).toMatch(/^DINAS PEMBERDAYAAN/);
    expect(await page.getByText(/^Dari judul tabel: DINAS PEMBERDAYAAN/).count()).toBe(1);
    expect(await page.getByLabel('Jabatan').first().getAttribute('placeholder')).toMatch(/^KEPALA DINAS/);
    await seen(page, `pane-${width}-settings`);
    // Simpan keeps the pane where it is: no jump back to the top.
    const simpan = page.getByRole('button', { name: 'Simpan pengaturan' });
    await simpan.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await simpan.click();
    await page.getByText('Pengaturan disimpan di workbook.').waitFor();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(120);
    await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();

    await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
    await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor({ timeout: 60000 });
    const done = await seen(page, `pane-${width}-done`);
    if (width === 320) {
      await readmePicture(page, 'taskpane-selesai.png');
      await readmePicture(page, 'taskpane-selesai-penuh.png', true);
    }
    expect(done).toMatch(/124 nilai yang diketik di Realisasi 2022 menjadi rumus: kolom G, I, J, K/);
    await page.getByRole('button', { name: 'Kembali ke temuan' }).click();
    await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  }, 180000);

  test('Perbaiki says what it writes before, and what it did after', async () => {
    const page = await openPane(width);
    await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
    // No zero badge once the errors are fixed.
    await page.getByRole('button', { name: 'Temuan (19)' }).scrollIntoViewIfNeeded();
    expect(await page.getByText('→ menjadi rumus jumlah rinciannya, 3.673.375.081').count()).toBe(1);
    await page.getByRole('button', { name: /^Perbaiki 42 sel yang aman/ }).click();
    await page.getByText(/^Perbaiki semua akan mengganti 41 sel/).waitFor();
    if (width === 320) await readmePicture(page, 'taskpane-temuan.png');
    await page.getByRole('button', { name: 'Ya, perbaiki 42 sel' }).click();
    await page
      .getByText(/^42 sel diperbaiki: 41 di kolom G, I, J dan K kini rumus/)
      .waitFor({ timeout: 60000 });
    const fixed = await seen(page, `pane-${width}-fixed`);
    expect(fixed).not.toMatch(/Kesalahan 0|Peringatan 0|Info 0/);
  }, 120000);

  test('no table on this sheet: one message, and a link to the sheet that has the table', async () => {
    const page = await openPane(width, undefined, 'Rencana Kinerja 2022');
    await page.getByText('Tabel tidak ditemukan').waitFor();
    const text = await seen(page, `pane-${width}-no-table`);
    expect(text.match(/Tandai tabel/g)?.length).toBe(2);
    await page.getByRole('button', { name: 'Buka Realisasi 2022' }).click();
    await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  }, 120000);
});

describe.each([320, 450])(
  'the pane in English at %i px: one name per sheet, the words in one language',
  (width) => {
    test('first read, roles, settings, then the summary', async () => {
      const page = await openPane(width, 'en-US');
      await page.getByText('Table at Realisasi 2022!A4:K58').waitFor();
      const first = await seen(page, `pane-${width}-en-first`, 'en');
      expect(first).toMatch(
        /124 typed values of Realisasi 2022 become formulas: columns G, I, J, K \(e\.g\. K18 "35,10%" → 35\.21%\)/,
      );
      await page.getByRole('button', { name: 'Column roles', exact: true }).click();
      await seen(page, `pane-${width}-en-roles`, 'en');
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await seen(page, `pane-${width}-en-settings`, 'en');
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('button', { name: 'Build Capaian Tables' }).click();
      await page.getByRole('heading', { name: 'Achievement summary' }).waitFor({ timeout: 60000 });
      const done = await seen(page, `pane-${width}-en-done`, 'en');
      expect(done).toContain('Open Performance Measurement');
    }, 180000);

    test('Fix all, and a sheet without the table', async () => {
      const page = await openPane(width, 'en-US');
      await page.getByText('Table at Realisasi 2022!A4:K58').waitFor();
      await page.getByRole('button', { name: /^Fix 42 safe cells/ }).click();
      await page.getByRole('button', { name: 'Yes, fix 42 cells' }).click();
      await page
        .getByText(/^42 cells fixed: 41 in columns G, I, J and K now formulas/)
        .waitFor({ timeout: 60000 });
      await seen(page, `pane-${width}-en-fixed`, 'en');
      const other = await openPane(width, 'en-US', 'Rencana Kinerja 2022');
      await other.getByText('No table found').waitFor();
      await seen(other, `pane-${width}-en-no-table`, 'en');
      await other.getByRole('button', { name: 'Open Realisasi 2022' }).click();
      await other.getByText('Table at Realisasi 2022!A4:K58').waitFor();
    }, 180000);
  },
);

/** A web page state as it is (Bahasa Indonesia), then in English by the switch, and back. */
async function seenWeb(page: Page, name: string, more: readonly string[] = []): Promise<string> {
  const text = await seen(page, name, 'id', more);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await seen(page, `${name}-en`, 'en', more);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.locator('html[lang="id"]').waitFor({ state: 'attached' });
  return text;
}

describe.each([1366, 400])('the web page at %i px', (width) => {
  test('the sample: Tahun first in the settings, then after the build Unduh is the main button', async () => {
    const page = await openWeb(width);
    await seenWeb(page, `web-${width}-empty`);
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByText('Kesalahan 7').waitFor();
    const checked = await seenWeb(page, `web-${width}-checked`);
    expect(checked).toMatch(/124 nilai yang diketik di Realisasi 2022 menjadi rumus: kolom G, I, J, K/);
    await page.getByText('Pengaturan', { exact: true }).click();
    const labels = await page.locator('form.settings label').allInnerTexts();
    expect(labels.slice(0, 2)).toEqual(['Nama dinas', 'Tahun']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
    await download;
    await page.getByText(/^Selesai/).waitFor();
    if (width === 1366) await readmePicture(page, 'web-mode.png');
    const done = await seenWeb(page, `web-${width}-done`);
    expect(done).toMatch(/temuan file asli; di file unduhan semuanya sudah dihitung ulang/);
    expect(await page.getByRole('button', { name: /^Unduh binjai-dp3am-2022-capaian\.xlsx/ }).count()).toBe(
      1,
    );
  }, 180000);

  test('a table whose target column was read as sasaran: never "konsisten", Peran kolom open', async () => {
    const file = await writeWorkbook([UNKNOWN_TABLE], 'tak-dikenal.xlsx');
    const page = await openWeb(width);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('Tabel tidak ditemukan').waitFor();
    const none = await seenWeb(page, `web-${width}-no-table`, await namesIn(file));
    expect(none).toContain("'Kinerja'!A3:D3");
    await page.getByLabel(/^Rentang/).fill('Kinerja!A3:D3');
    await page.getByRole('button', { name: 'Tandai tabel' }).click();
    await page.getByText('Kinerja!A3:D6').waitFor();
    const marked = await seenWeb(page, `web-${width}-marked`, await namesIn(file));
    expect(marked).not.toContain('konsisten');
    expect(marked).toMatch(/belum ada kolom (target|realisasi)/i);
  }, 120000);
});
