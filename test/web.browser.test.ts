import { execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { numberAt, recalculated, rowWith, valueAt } from './helpers/libreoffice';
import { CHROMIUM, CHROMIUM_ARGS, serveFolder } from './browser/serve';
import { OFFICE_CDN, serveRealOffice } from './browser/office-real';

/**
 * The web mode in headless Chromium, as a user without the add-in uses it: taskpane.html (with the real
 * Office.js, which reports no host) or index.html, a workbook dropped in, Buat Tabel Capaian, the download
 * recalculated by LibreOffice.
 */
const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

let stopServer: () => Promise<void>;
let base: string;
let browser: Browser;

beforeAll(async () => {
  // Never skip: CI installs Debian's chromium.
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium`);
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  ({ base, stop: stopServer } = await serveFolder(DIST));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 240000);

afterAll(async () => {
  await browser?.close();
  await stopServer?.();
});

interface WebPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page and its workers made, in order. */
  readonly requests: string[];
  /** The Office.js files office.js asked for (served from @microsoft/office-js). */
  readonly office: string[];
}

async function openWeb(file: string): Promise<WebPage> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1000 },
    acceptDownloads: true,
  });
  const office = await serveRealOffice(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${base}/${file}`);
  await page.getByText('Letakkan file .xlsx di sini').first().waitFor();
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

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const remote = (urls: readonly string[]): string[] =>
  urls.filter((u) => !u.startsWith(base) && !u.startsWith(OFFICE_CDN) && !/^(blob|data):/.test(u));

test('taskpane.html outside Office: the real Office.js reports no host and the page becomes the web mode; the sample gives the seven errors, then a workbook LibreOffice computes right', async () => {
  const { context, page, requests, office } = await openWeb('taskpane.html');
  // Microsoft's library ran: it answered Office.onReady, and its own objects are there.
  expect(office).toContain('office.js');
  expect(await page.evaluate(() => typeof (window as unknown as { OSF?: object }).OSF)).toBe('object');
  expect(await page.locator('html').getAttribute('lang')).toBe('id');

  await dropFile(page, 'binjai-dp3am-2022.xlsx', await fs.readFile(FIXTURE));
  await page.getByText('Galat (7)').waitFor();
  const errors = await page.getByRole('list', { name: 'Galat (7)' }).locator('li').allTextContents();
  expect(errors.map((e) => /^Realisasi 2022!(\S+)/.exec(e)?.[1])).toEqual([
    'G7',
    'I7',
    'J9:J57',
    'G17',
    'I17',
    'K18',
    'G58',
  ]);
  expect(errors.find((e) => e.includes('J9:J57'))).toMatch(
    /Kolom J mengulang nilai kolom H di 31 sel.*\(31 sel\)/,
  );
  expect(errors.find((e) => e.includes('K18'))).toMatch(/tertulis "35,10%", seharusnya 35,21%/);
  expect(await page.getByText(`${SHEET}!A4:K58`).count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  // From here on nothing is fetched: the engine, the workbook and the download stay in this browser.
  const loaded = requests.length;
  const { name, file } = await buildAndDownload(page);
  expect(name).toBe('binjai-dp3am-2022-capaian.xlsx');
  await page.getByText('Selesai. Workbook baru siap diunduh').waitFor();
  if (process.env.CAPAIAN_SCREENSHOTS)
    await page.screenshot({ path: path.join(ROOT, 'docs', 'img', 'web-mode.png'), fullPage: false });
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
