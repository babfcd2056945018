import * as path from 'path';
import { BrowserContext, Page } from 'playwright-core';
import { loadWorkbook } from '../src/xlsx/workbook';
import { buildOfficeStub, launchChromium, OFFICE_JS, serveFolder } from '../test/browser/serve';

/**
 * A page of a regional office's computer, via DevTools: the CPU slowed 4×, the link at 1.6 Mbit/s with 150 ms
 * latency, nothing cached.
 */
export async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (1.6 * 1024 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** The sample's sheets, as the Office.js stand-in answers with them. */
async function sampleSnapshots(root: string): Promise<string> {
  return JSON.stringify(
    (await loadWorkbook(path.join(root, 'assets', 'sample', 'binjai-dp3am-2022.xlsx'))).snapshots,
  );
}

/**
 * The median of three page loads of `file` from dist/, each in a fresh throttled context with the Office.js
 * stand-in answering with the sample; `measure` gives each load's time in ms from navigation.
 */
async function medianOfThree(
  root: string,
  file: string,
  viewport: { width: number; height: number } | null,
  measure: (page: Page) => Promise<number>,
): Promise<number> {
  const stub = await buildOfficeStub();
  const snapshots = await sampleSnapshots(root);
  const { base, stop } = await serveFolder(path.join(root, 'dist'));
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext(viewport ? { viewport } : {});
      const page = await throttledPage(context);
      await page.route(OFFICE_JS, (route) =>
        route.fulfill({ body: stub, contentType: 'application/javascript' }),
      );
      await page.addInitScript(`window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = 'Realisasi 2022';`);
      await page.goto(`${base}/${file}`);
      times.push(await measure(page));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[1]!);
  } finally {
    await browser.close();
    await stop();
  }
}

/**
 * The first ribbon click to done: Office loads the function file (commands.html and its script) when the
 * button is first clicked, then runs Buat Tabel Capaian on the sample; done is the command's completed(). In
 * headless Chromium with the CPU slowed 4× and the link at 1.6 Mbit/s with 150 ms latency, from navigation.
 */
export async function measureRibbon(root: string): Promise<{ firstClickMs: number }> {
  type Ribbon = {
    __handlers: Record<string, unknown>;
    __runtime: { click(name: string): Promise<void> };
    __excel: { active: string };
  };
  const firstClickMs = await medianOfThree(root, 'commands.html', null, async (page) => {
    await page.waitForFunction(
      () => Boolean((window as unknown as Ribbon).__handlers.buatTabelCapaian),
      null,
      {
        timeout: 60000,
      },
    );
    const done = await page.evaluate(async () => {
      const w = window as unknown as Ribbon;
      await w.__runtime.click('buatTabelCapaian');
      return { at: performance.now(), active: w.__excel.active };
    });
    // A run that failed would end with a message, not on the sheet it made.
    if (done.active !== 'Pengukuran Kinerja') throw new Error(`the ribbon's run ended on ${done.active}`);
    return done.at;
  });
  return { firstClickMs };
}

/**
 * Time from navigation to the task pane's first useful render (the table found), in headless Chromium with
 * the CPU slowed 4× and the link at 1.6 Mbit/s with 150 ms latency (a regional office), via DevTools.
 */
export async function measureLoad(root: string): Promise<{ firstRenderMs: number }> {
  const firstRenderMs = await medianOfThree(
    root,
    'taskpane.html',
    { width: 360, height: 800 },
    async (page) => {
      await page.getByText('Tabel di Realisasi 2022').waitFor({ timeout: 60000 });
      return page.evaluate(() => performance.now());
    },
  );
  return { firstRenderMs };
}
