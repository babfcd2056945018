import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { UNKNOWN_TABLE, writeWorkbook } from './helpers/build';
import { FIXTURE, SAMPLE_ERRORS, SHEET, tempDir } from './helpers/fixture';
import { syntheticRealisasi } from './helpers/synthetic';
import { mixedSentences, namesIn } from './helpers/language';
import { plainWordsOn } from './browser/words';
import { seriousViolations } from './browser/axe';
import { numberAt, recalculated, rowWith, valueAt } from './helpers/libreoffice';
import { startBrowserSuite } from './browser/serve';
import { remoteRequests, serveRealOffice } from './browser/office-real';

/**
 * The web mode in headless Chromium, as a user without the add-in uses it: taskpane.html (with the real
 * Office.js, which reports no host) or index.html, a workbook dropped in, Buat Tabel Capaian, the download
 * recalculated by LibreOffice. taskpane.html inside Office is office.browser.test.ts.
 */
let DIST: string;

let stopSuite: () => Promise<void>;
let base: string;
let browser: Browser;
/** The sample's own texts: proper names on any screen, in either language. */
let names: string[];

beforeAll(async () => {
  ({ dist: DIST, base, browser, stop: stopSuite } = await startBrowserSuite());
  names = await namesIn(FIXTURE);
}, 240000);

afterAll(() => stopSuite?.());

interface WebPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page and its workers made, in order. */
  readonly requests: string[];
  /** The Office.js files office.js asked for (served from @microsoft/office-js). */
  readonly office: string[];
}

async function openWeb(file: string): Promise<WebPage> {
  // Reduced motion: axe reads settled colours, never a transition's middle.
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1000 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  const office = await serveRealOffice(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${base}/${file}`);
  await page.getByText('Letakkan file .xlsx di sini').first().waitFor();
  await plainWordsOn(page, `${file}, empty`, []);
  return { context, page, requests, office };
}

/** Drops a file on the drop zone as a user drags it from the file manager. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const raw = atob(data);
      const array = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) array[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([array], name));
      const zone = document.querySelector('section.drop')!;
      zone.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, data: bytes.toString('base64') },
  );
}

/** Presses Buat Tabel Capaian and saves what the browser downloads. */
async function buildAndDownload(page: Page, timeout = 60000): Promise<{ name: string; file: string }> {
  const download = page.waitForEvent('download', { timeout });
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  const d = await download;
  const file = path.join(await tempDir(), d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

/** The sample's seven errors as the findings list groups them: by cause, the largest group first. */
const SAMPLE_ERRORS_BY_CAUSE = ['G7', 'I7', 'G17', 'I17', 'G58', 'J9:J57', 'K18'];

/** The lines of every error group, in the order shown (the web page opens every error group). */
async function errorFindings(page: Page): Promise<string[]> {
  const panels = await page
    .getByRole('button', { name: /^Kesalahan: / })
    .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-controls') ?? ''));
  const lines: string[] = [];
  for (const id of panels) lines.push(...(await page.locator(`[id="${id}"] li`).allTextContents()));
  return lines;
}

const remote = (urls: readonly string[]): string[] => remoteRequests(urls, base);

test('taskpane.html outside Office: the real Office.js reports no host and the page becomes the web mode; the sample gives the seven errors, then a workbook LibreOffice computes right', async () => {
  const { context, page, requests, office } = await openWeb('taskpane.html');
  // Microsoft's library ran: it answered Office.onReady, and its own objects are there.
  expect(office).toContain('office.js');
  expect(await page.evaluate(() => typeof (window as unknown as { OSF?: object }).OSF)).toBe('object');
  expect(await page.locator('html').getAttribute('lang')).toBe('id');

  await dropFile(page, 'binjai-dp3am-2022.xlsx', await fs.readFile(FIXTURE));
  await page.getByText('Kesalahan 7').waitFor();
  const errors = await errorFindings(page);
  // Grouped by cause: the five totals, the copied column, the typed capaian.
  expect(errors.map((e) => /^Realisasi 2022!(\S+)/.exec(e)?.[1])).toEqual(SAMPLE_ERRORS_BY_CAUSE);
  expect([...SAMPLE_ERRORS_BY_CAUSE].sort()).toEqual([...SAMPLE_ERRORS].sort());
  const copied = errors.find((e) => e.includes('J9:J57')) ?? '';
  expect(copied).toMatch(/Kolom J mengulang nilai kolom H di 31 sel/);
  // The count is said once: the sentence names it, so no "(31 sel)" follows.
  expect(copied.match(/31 sel/g)).toHaveLength(1);
  expect(errors.find((e) => e.includes('K18'))).toMatch(/tertulis "35,10%", seharusnya 35,21%/);
  expect(await page.getByText(`${SHEET}!A4:K58`).count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await plainWordsOn(page, 'web mode, the sample checked', names);

  // From here on nothing is fetched: the engine, the workbook and the download stay in this browser.
  const loaded = requests.length;
  const { name, file } = await buildAndDownload(page);
  expect(name).toBe('binjai-dp3am-2022-capaian.xlsx');
  await page.getByText('Selesai. Workbook baru siap diunduh').waitFor();
  await plainWordsOn(page, 'web mode, built', names);
  expect(requests.slice(loaded).filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
  expect(remote(requests)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();

  const lo = await recalculated(file);
  expect(numberAt(lo, SHEET, 'K18')).toBeCloseTo(0.3521, 4);
  expect(numberAt(lo, SHEET, 'G58')).toBe(5993350294);
  const PG = 'Pengukuran Kinerja';
  const pengadaan = rowWith(lo, PG, 'C', 'Jumlah pengadaan peralatan dan mesin');
  expect([numberAt(lo, PG, `F${pengadaan}`), valueAt(lo, PG, `G${pengadaan}`)]).toEqual([
    0.5,
    'Sangat Rendah',
  ]);
  expect(numberAt(lo, PG, `J${pengadaan}`)).toBeCloseTo(0.3521, 4);
  const kdrt = rowWith(lo, PG, 'C', 'Rasio KDRT');
  expect(numberAt(lo, PG, `F${kdrt}`)).toBeCloseTo(0.4, 10);
  expect(valueAt(lo, PG, `G${kdrt}`)).toBe('Sangat Rendah');
  const kla = rowWith(lo, PG, 'C', 'Jumlah Skor Kota Layak Anak');
  expect(numberAt(lo, PG, `F${kla}`)).toBeCloseTo(1.2818, 4);
}, 240000);

test('bad files show one clear line and the page stays usable; English on the switch', async () => {
  const { context, page } = await openWeb('index.html');
  const dir = await tempDir();
  const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
  const cases: [string, Buffer, RegExp][] = [
    ['laporan-lama.xls', ole, /^laporan-lama\.xls: file ini dilindungi kata sandi atau berformat \.xls lama/],
    ['catatan.xlsx', Buffer.from('Program;Target;Realisasi\n1;2;3\n'), /^catatan\.xlsx: bukan file \.xlsx/],
    // An encrypted .xlsx is an OLE container, whatever its name says.
    ['bersandi.xlsx', ole, /^bersandi\.xlsx: file ini dilindungi kata sandi/],
  ];
  for (const [name, bytes, message] of cases) {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    if (name === cases[0]![0]) {
      // By keyboard alone: Tab past the language switch to the file button, Enter opens the file chooser.
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pilih file .xlsx');
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(file);
    } else await page.locator('input[type=file]').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: name }).waitFor();
    const lines = await alert.allTextContents();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toContain('\n');
    // One language: the page's (the CLI prints both, one after the other).
    expect(mixedSentences(lines[0]!, 'id')).toEqual([]);
    await plainWordsOn(page, `bad file ${name}`, []);
    expect(await page.getByRole('button', { name: 'Pilih file .xlsx' }).isEnabled()).toBe(true);
  }
  // Still usable: the sample opens after them, and the line is gone.
  await dropFile(page, 'binjai-dp3am-2022.xlsx', await fs.readFile(FIXTURE));
  await page.getByText('Kesalahan 7').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  // A bad file after a good one: its line, and the workbook before stays open and can still be built.
  await page.locator('input[type=file]').setInputFiles(path.join(dir, 'catatan.xlsx'));
  await page.getByRole('alert').filter({ hasText: 'catatan.xlsx' }).waitFor();
  await plainWordsOn(page, 'a bad file after the sample', names);
  expect(await page.getByText('Kesalahan 7').count()).toBe(1);
  expect((await buildAndDownload(page)).name).toBe('binjai-dp3am-2022-capaian.xlsx');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Errors 7').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  // A file is open: the drop zone is one line.
  expect(await page.getByText('Drop another .xlsx file here').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await plainWordsOn(page, 'built, in English', names);
  await context.close();
});

test('a table the reader does not know is marked by its range, and its columns are given roles', async () => {
  const file = await writeWorkbook([UNKNOWN_TABLE], 'tak-dikenal.xlsx');
  const { context, page } = await openWeb('index.html');
  const own = await namesIn(file);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('Tabel tidak ditemukan').waitFor();
  await plainWordsOn(page, 'no table known', own);
  expect(await page.getByText(/baris 3 tampak seperti judul tabel/).count()).toBe(1);
  await page.getByLabel('Rentang (lembar!sel:sel)').fill('Kinerja!A9:B');
  await page.getByRole('button', { name: 'Tandai tabel' }).click();
  await page.getByText(/"Kinerja!A9:B" bukan rentang/).waitFor();
  await plainWordsOn(page, 'not a range', own);
  await page.getByLabel('Rentang (lembar!sel:sel)').fill('Kinerja!A3:D3');
  await page.getByRole('button', { name: 'Tandai tabel' }).click();
  await page.getByText('Kinerja!A3:D6').waitFor();
  await plainWordsOn(page, 'marked, nothing to compute yet', own);
  // Nothing to compute yet (Sasaran Angka read as sasaran): Peran kolom is open, and says what is missing.
  expect(
    await page.locator('details:has(> summary:text("Peran kolom: Kinerja"))').getAttribute('open'),
  ).not.toBeNull();
  expect(await page.getByText(/^Belum ada yang dapat dihitung: belum ada kolom Target \(K\)/).count()).toBe(
    1,
  );
  // Never "konsisten" while nothing was checked.
  expect(await page.getByText('konsisten', { exact: false }).count()).toBe(0);
  const roles: [string, string][] = [
    ['A', 'nama'],
    ['B', 'targetK'],
    ['C', 'realisasiK'],
    ['D', 'keterangan'],
  ];
  for (const [letter, role] of roles) {
    const select = page.getByLabel(new RegExp(`^Kolom ${letter}:`));
    await select.selectOption(role);
    // The page checks the table again with the role: the select then shows what the engine read.
    for (let i = 0; i < 100 && (await select.inputValue()) !== role; i++) await page.waitForTimeout(100);
    expect([letter, await select.inputValue()]).toEqual([letter, role]);
  }
  await plainWordsOn(page, 'roles given', own);
  const { file: out } = await buildAndDownload(page);
  await plainWordsOn(page, 'roles given, built', own);
  await context.close();
  const lo = await recalculated(out);
  expect(numberAt(lo, 'Kinerja', 'E4')).toBeCloseTo(96 / 120, 10);
  expect(numberAt(lo, 'Kinerja', 'E5')).toBeCloseTo(44 / 40, 10);
  expect(numberAt(lo, 'Kinerja', 'B4')).toBe(120);
});

/** A realisasi workbook of `rows` sub kegiatan as an office types it: values only. */
async function syntheticFile(rows: number): Promise<string> {
  const snap = syntheticRealisasi(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snap.name);
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  const file = path.join(await tempDir(), `realisasi-${rows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test('20,000 rows: the engine works in its worker, the progress bar moves and the page never freezes', async () => {
  const file = await syntheticFile(20000);
  const { context, page } = await openWeb('index.html');
  // The page's own clock: the longest the main thread was away between two 50 ms ticks.
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last);
      last = now;
    }, 50);
  });
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('progressbar').waitFor();
  await page.getByText(/^Realisasi!A3:I\d+$/).waitFor({ timeout: 120000 });
  await plainWordsOn(page, '20,000 rows checked', await namesIn(file));
  const download = page.waitForEvent('download', { timeout: 180000 });
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByText('Menulis workbook').waitFor({ timeout: 120000 });
  expect(await page.getByRole('progressbar').isVisible()).toBe(true);
  const saved = path.join(await tempDir(), 'hasil.xlsx');
  await (await download).saveAs(saved);
  const longest = await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
  process.stdout.write(`web mode, 20,000 rows: longest main-thread pause ${Math.round(longest)} ms\n`);
  expect(longest).toBeLessThan(1000);
  await context.close();
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(saved);
  expect(out.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(['Realisasi', 'Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian']),
  );
  expect(out.getWorksheet('Realisasi')!.rowCount).toBeGreaterThan(20000);
}, 400000);

test('offline once loaded: index.html comes back from the service worker, and a workbook is built with no network', async () => {
  const { context, page } = await openWeb('index.html');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Letakkan file .xlsx di sini').waitFor();
  await dropFile(page, 'binjai-dp3am-2022.xlsx', await fs.readFile(FIXTURE));
  await page.getByText('Kesalahan 7').waitFor();
  await plainWordsOn(page, 'offline, checked', names);
  const { name } = await buildAndDownload(page);
  expect(name).toBe('binjai-dp3am-2022-capaian.xlsx');
  await plainWordsOn(page, 'offline, built', names);
  await context.close();
});

test('the web bundles make no network call and load no remote script; only the service worker fetches, its own site', async () => {
  for (const file of ['index.js', 'worker.js']) {
    const code = await fs.readFile(path.join(DIST, file), 'utf8');
    expect([
      file,
      code.match(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(|importScripts\(/g),
    ]).toEqual([file, null]);
  }
  const index = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  expect(index).toMatch(
    /Content-Security-Policy"?\s+content="default-src 'self'; script-src 'self'; connect-src 'self'/,
  );
  expect([...index.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(['index.js']);
  // The service worker answers this site's GET requests (network first, the cache when offline) and no other.
  const sw = await fs.readFile(path.join(DIST, 'sw.js'), 'utf8');
  expect(sw.match(/\bfetch\(/g)).toHaveLength(1);
  expect(sw).toMatch(/\.url\.startsWith\(\w+\.registration\.scope\)/);
  expect(sw).toContain('"index.html","index.js"');
});
