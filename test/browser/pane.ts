import { BrowserContext } from 'playwright-core';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { FIXTURE } from '../helpers/fixture';
import { BrowserSuite, buildOfficeStub, startBrowserSuite } from './serve';

/** The task pane's browser tests: the suite, the Office.js stand-in, and the sample's sheets it answers with. */
export interface PaneSuite extends BrowserSuite {
  readonly stub: string;
  readonly snapshots: string;
}

export async function startPaneSuite(): Promise<PaneSuite> {
  const suite = await startBrowserSuite();
  const stub = await buildOfficeStub();
  return { ...suite, stub, snapshots: JSON.stringify((await loadWorkbook(FIXTURE)).snapshots) };
}

/**
 * The contexts a test opens, closed after it: a test that failed half-way leaves its page open, and its
 * pending calls would otherwise fail the next tests with "browser has been closed".
 */
export function contextsClosedAfterEach(): Set<BrowserContext> {
  const contexts = new Set<BrowserContext>();
  afterEach(async () => {
    await Promise.all([...contexts].map((c) => c.close()));
    contexts.clear();
  });
  return contexts;
}
