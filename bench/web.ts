import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { syntheticRealisasi } from '../test/helpers/synthetic';
import { launchChromium, serveFolder } from '../test/browser/serve';
import { throttledPage } from './load';

/** A realisasi workbook of `rows` sub kegiatan, values only, as an office types it. */
async function syntheticFile(rows: number, dir: string): Promise<string> {
  const snap = syntheticRealisasi(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snap.name);
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  const file = path.join(dir, `realisasi-${rows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** From choosing the file to the download of NAME-capaian.xlsx: open, check, Buat Tabel Capaian, write. */
async function dropToDownload(page: Page, file: string): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).waitFor({ timeout: 600000 });
  const download = page.waitForEvent('download', { timeout: 600000 });
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await download;
  return (await page.evaluate(() => performance.now())) - start;
}

/**
 * The web mode (dist/index.html) in headless Chromium under the task pane's conditions (CPU slowed 4×,
 * 1.6 Mbit/s, 150 ms): the time to the drop zone, and from the drop to the download for the bundled sample
 * and a 5,000-row workbook. The page is loaded (its worker fetched) before the file is chosen, as a user
 * reads the page first. Median of three.
 */
export async function measureWeb(
  root: string,
): Promise<{ readyMs: number; sampleMs: number; rows: number; rowsMs: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-web-'));
  const rows = 5000;
  const big = await syntheticFile(rows, dir);
  const sample = path.join(root, 'assets', 'sample', 'binjai-dp3am-2022.xlsx');
  const { base, stop } = await serveFolder(path.join(root, 'dist'));
  const browser = await launchChromium();
  const runs: { ready: number; sample: number; rows: number }[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({
        viewport: { width: 1100, height: 900 },
        acceptDownloads: true,
      });
      const page = await throttledPage(context);
      await page.goto(`${base}/index.html`, { waitUntil: 'networkidle', timeout: 120000 });
      await page.getByText('Letakkan file .xlsx di sini').waitFor();
      const ready = await page.evaluate(() => performance.now());
      const sampleMs = await dropToDownload(page, sample);
      const rowsMs = await dropToDownload(page, big);
      runs.push({ ready, sample: sampleMs, rows: rowsMs });
      await context.close();
    }
  } finally {
    await browser.close();
    await stop();
  }
  const median = (xs: number[]): number => Math.round([...xs].sort((a, b) => a - b)[1]!);
  return {
    readyMs: median(runs.map((r) => r.ready)),
    sampleMs: median(runs.map((r) => r.sample)),
    rows,
    rowsMs: median(runs.map((r) => r.rows)),
  };
}
