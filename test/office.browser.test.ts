import { Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURE, SAMPLE_AFTER_RUN, SHEET } from './helpers/fixture';
import { namesIn } from './helpers/language';
import { plainWordsOn } from './browser/words';
import { seriousViolations } from './browser/axe';
import { buildOfficeHost, startBrowserSuite } from './browser/serve';
import { loadWorkbook } from '../src/xlsx/workbook';
import { remoteRequests, serveRealOffice, WIN32_HOST_INFO } from './browser/office-real';

/**
 * taskpane.html inside Office: Microsoft's real Office.js, with Excel on Windows emulated behind it
 * (browser/office-host.ts, answering from the Excel fake), comes up as the task pane and does the main job.
 */
let stopSuite: () => Promise<void>;
let base: string;
let browser: Browser;
/** The sample's own texts: proper names on any screen, in either language. */
let names: string[];

beforeAll(async () => {
  ({ base, browser, stop: stopSuite } = await startBrowserSuite());
  names = await namesIn(FIXTURE);
}, 240000);

afterAll(() => stopSuite?.());

/** What the page sees of office-host.ts: the fake workbook, window.external's calls, what went unanswered. */
interface HostView {
  __host: {
    excel: {
      reads: string[];
      active: string;
      sheets: { name: string }[];
      activate(name: string): void;
      sheet(name: string): {
        at(address: string): unknown;
        charts: { name: string }[];
        ensure(row: number, col: number): { value: unknown };
      };
      requests: { fake: number; real?: number }[];
    };
    called: string[];
    problems: string[];
  };
}

interface ExcelPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page and its workers made, in order. */
  readonly requests: string[];
  /** The Office.js files office.js asked for (served from @microsoft/office-js). */
  readonly office: string[];
  /** Requests answered with an error (a file office.js wanted that the package lacks, say). */
  readonly failed: string[];
}

/**
 * taskpane.html as Excel on Windows opens it, with the sample workbook: Microsoft's office.js and the
 * host script it loads (excel-win32-16.01.js) run as they are; office-host.ts answers them as Excel would,
 * from the in-memory Excel fake. Everything on the page's side of window.external is Microsoft's.
 */
async function openInExcel(): Promise<ExcelPage> {
  const host = await buildOfficeHost();
  const snapshots = JSON.stringify((await loadWorkbook(FIXTURE)).snapshots);
  const context = await browser.newContext({
    viewport: { width: 360, height: 900 },
    reducedMotion: 'reduce',
  });
  const office = await serveRealOffice(context);
  const requests: string[] = [];
  const failed: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => void (r.status() >= 400 && failed.push(r.url())));
  const page = await context.newPage();
  await page.addInitScript(
    `window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = ${JSON.stringify(SHEET)};\n${host}`,
  );
  // Excel opens a pane at its URL with the host's `_host_Info`, which office.js reads when the host's
  // GetHostInfo() gives nothing (the emulation has none).
  await page.goto(`${base}/taskpane.html?_host_Info=${WIN32_HOST_INFO}`);
  await page.getByText('Kesalahan 7').waitFor();
  await plainWordsOn(page, 'inside Office, checked', names);
  return { context, page, requests, office, failed };
}

test('inside Office (the real Office.js, Excel on Windows answering it) taskpane.html stays the task pane, and axe finds nothing serious there either', async () => {
  const { context, page, requests, office, failed } = await openInExcel();
  expect(await page.getByText('Letakkan file .xlsx di sini').count()).toBe(0);
  // The web mode's script is never fetched inside Office.
  expect(requests.filter((u) => /\/(index|worker|sw)\.js$/.test(u))).toEqual([]);

  // Microsoft's library detected the host: Excel on a PC, with the requirement sets of the stated build
  // (ExcelApi 1.17, not 1.18), in the user's language.
  expect(await page.evaluate(() => Office.onReady())).toEqual({ host: 'Excel', platform: 'PC', addin: null });
  expect(
    await page.evaluate(() => [
      Office.context.requirements.isSetSupported('ExcelApi', '1.17'),
      Office.context.requirements.isSetSupported('ExcelApi', '1.18'),
      Office.context.displayLanguage,
    ]),
  ).toEqual([true, false, 'id-ID']);
  // office.js took the Windows host script and its strings from the package (answered in the browser by
  // serveRealOffice); nothing else was asked of any address but 127.0.0.1.
  expect(office).toEqual(
    expect.arrayContaining(['office.js', 'excel-win32-16.01.js', 'id-id/office_strings.js']),
  );
  expect(failed).toEqual([]);
  expect(remoteRequests(requests, base)).toEqual([]);

  // The findings were read through Excel.run on Microsoft's code: its requests, over window.external,
  // answered from the workbook (the sample's table and its IKU list, values first, then formulas).
  const seen = await page.evaluate(() => {
    const h = (window as unknown as HostView).__host;
    return { called: [...new Set(h.called)].sort(), problems: h.problems, reads: h.excel.reads };
  });
  expect(seen).toEqual({
    called: ['Execute', 'GetContext', 'RegisterEvent'],
    problems: [],
    reads: [
      `${SHEET}!A1:K58 values,valueTypes`,
      'Rencana Kinerja 2022!A1:C19 values,valueTypes',
      `${SHEET}!A4:K58 formulas,numberFormat`,
      'Rencana Kinerja 2022!A3:C19 formulas,numberFormat',
    ],
  });
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('through the real Office.js: the pane follows the sheet the user opens, and Buat Tabel Capaian writes the workbook', async () => {
  const { context, page } = await openInExcel();
  const activate = (name: string): Promise<void> =>
    page.evaluate((n) => (window as unknown as HostView).__host.excel.activate(n), name);
  // Excel's WorksheetActivated event, sent as a Rich API message, reaches the pane through Office.js.
  await activate('Rencana Kinerja 2022');
  await page
    .getByText('Lembar "Rencana Kinerja 2022" berisi daftar target (IKU/anggaran) tanpa realisasi')
    .waitFor();
  await plainWordsOn(page, 'inside Office, the IKU sheet', names);
  await activate(SHEET);
  await page.getByText('Kesalahan 7').waitFor();

  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor();
  await plainWordsOn(page, 'inside Office, done', names);
  expect(await page.getByText('88,37%').count()).toBe(1);
  const state = await page.evaluate(() => {
    const x = (window as unknown as HostView).__host.excel;
    return {
      sheets: x.sheets.map((s) => s.name),
      active: x.active,
      k18: x.sheet(x.sheets[0]!.name).at('K18'),
      g58: x.sheet(x.sheets[0]!.name).at('G58'),
      pk: x.sheet('Perjanjian Kinerja').at('A1'),
      charts: x.sheet('Ringkasan Capaian').charts.map((c) => c.name),
    };
  });
  expect(state).toEqual({
    ...SAMPLE_AFTER_RUN,
    charts: [
      'Capaian Kinerja: Grafik capaian indikator',
      'Capaian Kinerja: Grafik capaian dan penyerapan anggaran per program',
    ],
  });
  expect(await page.evaluate(() => (window as unknown as HostView).__host.problems)).toEqual([]);
  // The fake's count of each request (issue 20: an object path and an Instantiate action for every proxy,
  // each action) against the JSON the real Office.js built for it: the largest, the write, within 15 %.
  const requests = await page.evaluate(() => (window as unknown as HostView).__host.excel.requests);
  const largest = requests.reduce((a, b) => ((b.real ?? 0) > (a.real ?? 0) ? b : a));
  expect(largest.real).toBeGreaterThan(500_000);
  expect(largest.fake / largest.real!).toBeGreaterThan(0.85);
  expect(largest.fake / largest.real!).toBeLessThan(1.15);
  await context.close();
});

test('through the real Office.js: Kembalikan asks about the analysis typed in Narasi and keeps that sheet renamed; the rest is undone', async () => {
  const { context, page } = await openInExcel();
  await page.getByRole('button', { name: 'Buat Tabel Capaian' }).click();
  await page.getByRole('heading', { name: 'Ringkasan capaian' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as HostView).__host.excel.sheet('Narasi').ensure(5, 4).value =
      'Anggaran sosialisasi dipotong';
  });
  await page.getByRole('button', { name: 'Kembalikan sekarang' }).click();
  await page.getByText('Lembar ini berisi ketikan Anda').waitFor({ timeout: 60000 });
  await page
    .getByText(
      'Lembar "Narasi" berisi 1 sel yang Anda ketik sendiri (E6), misalnya: "Anggaran sosialisasi dipotong".',
      { exact: false },
    )
    .waitFor();
  await page.getByRole('button', { name: 'Simpan sebagai "Narasi (disimpan)"' }).click();
  await page.getByText(/disimpan sebagai "Narasi \(disimpan\)"/).waitFor({ timeout: 60000 });
  await plainWordsOn(page, 'inside Office, Kembalikan kept Narasi', names);
  // Excel renamed the sheet through Office.js's Worksheet.name, kept the typing, and deleted the other
  // sheets of ours; the office's K18 is its typed 35,10 % (0.351) again.
  const state = await page.evaluate(() => {
    const x = (window as unknown as HostView).__host.excel;
    return {
      sheets: x.sheets.map((s) => s.name),
      analysis: x.sheet('Narasi (disimpan)').at('E6'),
      k18: x.sheet(x.sheets[0]!.name).at('K18'),
    };
  });
  expect(state.sheets).toContain('Narasi (disimpan)');
  for (const gone of ['Narasi', 'Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian'])
    expect(state.sheets).not.toContain(gone);
  expect(state.analysis).toBe('Anggaran sosialisasi dipotong');
  expect(state.k18).toBe(0.351);
  expect(await page.evaluate(() => (window as unknown as HostView).__host.problems)).toEqual([]);
  await context.close();
});
