/**
 * Stands in for https://appsforoffice.microsoft.com/…/office.js in the browser test: Office answers as Excel,
 * Excel.run runs on the in-memory fake loaded with window.__SNAPSHOTS__, the runtime has its own document
 * settings and dialog (test/fakes/office.ts), and ribbon handlers are kept for the test to call.
 */
import { SheetSnapshot } from '../../src/core/sheet/snapshot';
import { FakeExcel } from '../fakes/excel';
import { FakeRuntime } from '../fakes/office';
import { DocumentSettings } from '../fakes/settings';

interface StubWindow {
  __SNAPSHOTS__: SheetSnapshot[];
  __ACTIVE__: string;
  /** Office's display language (id-ID unless a test says otherwise). */
  __LANG__?: string;
  /** Office's theme's body background (#ffffff unless a test says otherwise). */
  __BODY__?: string;
  __excel: FakeExcel;
  __runtime: FakeRuntime;
  __handlers: Record<string, (event: { completed(): void }) => void>;
  __dialogs: string[];
  Office: unknown;
  Excel: unknown;
}

const w = window as unknown as StubWindow;
const excel = FakeExcel.from(w.__SNAPSHOTS__, w.__ACTIVE__);
const runtime = new FakeRuntime(excel, new DocumentSettings(), {
  displayLanguage: w.__LANG__,
  bodyBackgroundColor: w.__BODY__,
});
w.__excel = excel;
w.__runtime = runtime;
const globals = runtime.globals();
w.Office = globals.Office;
w.Excel = globals.Excel;
// The handlers and dialogs, as plain values the test reads with page.evaluate.
w.__handlers = new Proxy({} as Record<string, (event: { completed(): void }) => void>, {
  get: (_t, name: string) => runtime.handlers.get(name),
  ownKeys: () => [...runtime.handlers.keys()],
  getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
});
Object.defineProperty(w, '__dialogs', { get: () => runtime.dialogs.map((d) => d.url) });
