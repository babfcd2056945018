import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FIXTURE, SAMPLE_AFTER_RUN, SHEET } from './helpers/fixture';
import { buildOfficeStub, OFFICE_JS, startBrowserSuite } from './browser/serve';
import { manifestUrls, readManifest } from './helpers/manifest';
import { namesIn } from './helpers/language';
import { expectPlainWords, plainWordsOn } from './browser/words';

let DIST: string;

let stopSuite: () => Promise<void>;
let base: string;
let browser: Browser;
let stub: string;
let snapshots: string;
/** The sample's own texts: proper names on any screen, in either language. */
let names: string[];

beforeAll(async () => {
  ({ dist: DIST, base, browser, stop: stopSuite } = await startBrowserSuite());
  names = await namesIn(FIXTURE);
  stub = await buildOfficeStub();
  snapshots = JSON.stringify((await loadWorkbook(FIXTURE)).snapshots);
}, 240000);

afterAll(() => stopSuite?.());

/** A page with Office served by the stub; every request that leaves 127.0.0.1 is recorded. */
async function openPage(file: string, active = SHEET): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && u !== OFFICE_JS && !u.startsWith('data:')) foreign.push(u);
  });
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ body: stub, contentType: 'application/javascript' }),
  );
  await page.addInitScript(
    `window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = ${JSON.stringify(active)};`,
  );
  await page.goto(`${base}/${file}`);
  return { page, foreign };
}

test('npm run build gives the task pane, the commands, the manifest and the icons; commands carry no React or Fluent', async () => {
  for (const f of [
    'taskpane.html',
    'taskpane.js',
    'commands.html',
    'commands.js',
    'message.html',
    'help.html',
    'manifest.xml',
    'assets/icon-80.png',
  ]) {
    expect(existsSync(path.join(DIST, f))).toBe(true);
  }
  const commands = await fs.readFile(path.join(DIST, 'commands.js'), 'utf8');
  expect(commands).not.toMatch(/react\.element|__reactFiber|@fluentui|fui-FluentProvider/);
  const taskpane = await fs.readFile(path.join(DIST, 'taskpane.js'), 'utf8');
  expect(taskpane).toMatch(/fui-FluentProvider/);
  // The generated sheets' builders (here the Narasi's number-to-text formula) are in the chunk the pane
  // fetches after its first read, not in the script it starts with; the ribbon has them in its own file.
  const writes = (await fs.readdir(DIST)).filter((f) => /^taskpane-writes\.[0-9a-f]{8}\.js$/.test(f));
  expect(writes).toHaveLength(1);
  const later = await fs.readFile(path.join(DIST, writes[0]!), 'utf8');
  for (const [file, code, has] of [
    ['taskpane.js', taskpane, false],
    [writes[0], later, true],
    ['commands.js', commands, true],
  ] as const)
    expect([file, code.includes('RIGHT(1000+MOD(')]).toEqual([file, has]);
});

test('every URL in the built manifest names a file in dist/, and office-addin-manifest reads it', async () => {
  const built = path.join(DIST, 'manifest.xml');
  const urls = manifestUrls(await fs.readFile(built, 'utf8'));
  const host = 'https://localhost:3000';
  const files = urls.filter((u) => u !== host).map((u) => u.slice(host.length + 1));
  expect(files).toEqual(
    expect.arrayContaining(['help.html', 'taskpane.html', 'commands.html', 'assets/icon-80.png']),
  );
  for (const f of files) expect([f, existsSync(path.join(DIST, f))]).toEqual([f, true]);
  expect(readManifest(built)).toMatchObject({ supportUrl: `${host}/help.html`, apps: ['excel'] });
});

test('the help page: Bahasa Indonesia first, English below, the three buttons, undo and privacy', async () => {
  const { page, foreign } = await openPage('help.html');
  const sections = await page
    .locator('section')
    .evaluateAll((s) => s.map((x) => [x.getAttribute('lang'), x.textContent ?? '']));
  expect(sections.map(([lang]) => lang)).toEqual(['id', 'en']);
  for (const text of [
    'Buat Tabel Capaian',
    'Periksa Indikator',
    'Kembalikan',
    'Bila tabel tidak ditemukan',
    'Privasi',
  ])
    expect(sections[0]![1]).toContain(text);
  for (const text of [
    'Build Capaian Tables',
    'Check Indicators',
    'When no table is found',
    'Undo',
    'Privacy',
  ])
    expect(sections[1]![1]).toContain(text);
  // Each section in its own language, in words for an officer.
  const shown = await page
    .locator('section')
    .evaluateAll((s) => s.map((x) => [x.getAttribute('lang'), (x as HTMLElement).innerText]));
  for (const [lang, text] of shown) expectPlainWords(`help, ${lang}`, text!, lang === 'en' ? 'en' : 'id', []);
  expect(foreign).toEqual([]);
  await page.close();
});

// Every state of the pane, its screenshots and its accessibility: pane.browser.test.ts.
test('the task pane in Chromium: finds the table, and Buat Tabel Capaian writes the workbook', async () => {
  const { page, foreign } = await openPage('taskpane.html');
  await page.getByText('Tabel di Realisasi 2022!A4:K58').waitFor();
  await page.getByText('Kesalahan 7').waitFor();
  await plainWordsOn(page, 'task pane, checked', names);
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor();
  await plainWordsOn(page, 'task pane, done', names);
  const state = await page.evaluate(() => {
    const x = (
      window as unknown as {
        __excel: { sheets: { name: string }[]; active: string; sheet(n: string): { at(a: string): unknown } };
      }
    ).__excel;
    return {
      sheets: x.sheets.map((s) => s.name),
      active: x.active,
      k18: x.sheet('Realisasi 2022').at('K18'),
      g58: x.sheet('Realisasi 2022').at('G58'),
      pk: x.sheet('Perjanjian Kinerja').at('A1'),
    };
  });
  expect(state).toEqual(SAMPLE_AFTER_RUN);
  expect(await page.getByText('88,37%').count()).toBe(1);
  expect(foreign).toEqual([]);
  await page.close();
});

test('the ribbon command in Chromium: commands.html registers both functions and Buat Tabel Capaian runs without the pane', async () => {
  const { page, foreign } = await openPage('commands.html');
  await page.waitForFunction(
    () => Object.keys((window as unknown as { __handlers: object }).__handlers).length === 2,
  );
  const result = await page.evaluate(
    () =>
      new Promise<{ k18: unknown; active: string }>((resolve) => {
        const w = window as unknown as {
          __handlers: Record<string, (e: { completed(): void }) => void>;
          __excel: { active: string; sheet(n: string): { at(a: string): unknown } };
        };
        w.__handlers.buatTabelCapaian!({
          completed: () =>
            resolve({ k18: w.__excel.sheet('Realisasi 2022').at('K18'), active: w.__excel.active }),
        });
      }),
  );
  expect(result).toEqual({
    k18: '=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")',
    active: 'Pengukuran Kinerja',
  });
  expect(foreign).toEqual([]);
  await page.close();
});

test('the ribbon command on a sheet without a table tells the user why', async () => {
  const { page } = await openPage('commands.html', 'Rencana Kinerja 2022');
  await page.waitForFunction(
    () => Object.keys((window as unknown as { __handlers: object }).__handlers).length === 2,
  );
  // The click, as Office makes it: completed() ends the runtime and any dialog it has open.
  await page.evaluate(() => {
    const w = window as unknown as {
      __runtime: { click(name: string): Promise<void> };
      __completed: boolean;
    };
    w.__completed = false;
    void w.__runtime.click('buatTabelCapaian').then(() => (w.__completed = true));
  });
  await page.waitForFunction(() => (window as unknown as { __dialogs: string[] }).__dialogs.length === 1);
  await page.waitForTimeout(200);
  type Shown = { __completed: boolean; __runtime: { dialogs: { closed: boolean; userCloses(): void }[] } };
  // The message stays up until the user closes it; only then is the command complete.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as Shown;
      return [w.__completed, w.__runtime.dialogs[0]!.closed];
    }),
  ).toEqual([false, false]);
  await page.evaluate(() => (window as unknown as Shown).__runtime.dialogs[0]!.userCloses());
  await page.waitForFunction(() => (window as unknown as Shown).__completed);
  const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
  expect(dialogs).toHaveLength(1);
  const message = await browser.newPage();
  await message.goto(dialogs[0]!.replace(/^https?:\/\/[^/]+/, base));
  expect(await message.locator('#text').textContent()).toMatch(
    /Lembar "Rencana Kinerja 2022" berisi daftar target/,
  );
  await plainWordsOn(message, 'the ribbon’s message', names);
  await message.close();
  await page.close();
});

/** Origins that may appear as text in the bundles (licence comments and error-message links), none fetched. */
const KNOWN_ORIGINS = new Set([
  'https://appsforoffice.microsoft.com',
  'https://react.dev',
  'https://reactjs.org',
  'https://github.com',
  'http://www.w3.org',
  'https://www.w3.org',
  'https://aka.ms',
  'https://fb.me',
]);

test('the bundles make no network call and name no new remote origin', async () => {
  for (const file of ['taskpane.js', 'commands.js', 'message.js']) {
    const code = await fs.readFile(path.join(DIST, file), 'utf8');
    expect([file, code.match(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/g)]).toEqual([
      file,
      null,
    ]);
    const origins = new Set([...code.matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}/gi)].map((m) => m[0]));
    expect([file, [...origins].filter((o) => !KNOWN_ORIGINS.has(o))]).toEqual([file, []]);
  }
  for (const html of ['taskpane.html', 'commands.html']) {
    const page = await fs.readFile(path.join(DIST, html), 'utf8');
    expect(page).toMatch(
      /Content-Security-Policy"?\s+content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com; connect-src 'self'/,
    );
    const scripts = [...page.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => /^https?:/.test(s!))).toEqual([OFFICE_JS]);
  }
});
