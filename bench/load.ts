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

/**
 * Time from navigation to the task pane's first useful render (the table found), in headless Chromium with
 * the CPU slowed 4× and the link at 1.6 Mbit/s with 150 ms latency (a regional office), via DevTools.
 */
export async function measureLoad(root: string): Promise<{ firstRenderMs: number }> {
  const stub = await buildOfficeStub();
  const snapshots = JSON.stringify(
    (await loadWorkbook(path.join(root, 'assets', 'sample', 'binjai-dp3am-2022.xlsx'))).snapshots,
  );
  const { base, stop } = await serveFolder(path.join(root, 'dist'));
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await throttledPage(context);
      await page.route(OFFICE_JS, (route) =>
        route.fulfill({ body: stub, contentType: 'application/javascript' }),
      );
      await page.addInitScript(`window.__SNAPSHOTS__ = ${snapshots}; window.__ACTIVE__ = 'Realisasi 2022';`);
      await page.goto(`${base}/taskpane.html`);
      await page.getByText('Tabel di Realisasi 2022').waitFor({ timeout: 60000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { firstRenderMs: Math.round(times[1]!) };
  } finally {
    await browser.close();
    await stop();
  }
}
