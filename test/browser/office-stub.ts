/**
 * Stands in for https://appsforoffice.microsoft.com/…/office.js in the browser test: Office answers as Excel,
 * Excel.run runs on the in-memory fake loaded with window.__SNAPSHOTS__, document settings live in memory,
 * and ribbon handlers are kept for the test to call.
 */
import { SheetSnapshot } from '../../src/core/sheet/snapshot';
import { FakeExcel } from '../fakes/excel';

interface StubWindow {
  __SNAPSHOTS__: SheetSnapshot[];
  __ACTIVE__: string;
  __excel: FakeExcel;
  __handlers: Record<string, (event: { completed(): void }) => void>;
  __dialogs: string[];
  Office: unknown;
  Excel: unknown;
}

const w = window as unknown as StubWindow;
const excel = FakeExcel.from(w.__SNAPSHOTS__, w.__ACTIVE__);
const settings = new Map<string, unknown>();
w.__excel = excel;
w.__handlers = {};
w.__dialogs = [];
w.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady: (cb?: (info: { host: string }) => void) => {
    cb?.({ host: 'Excel' });
    return Promise.resolve({ host: 'Excel' });
  },
  actions: {
    associate: (name: string, fn: (event: { completed(): void }) => void) => (w.__handlers[name] = fn),
  },
  context: {
    displayLanguage: 'id-ID',
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        get: (k: string) => settings.get(k) ?? null,
        set: (k: string, v: unknown) => settings.set(k, v),
        saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
      },
    },
    ui: { displayDialogAsync: (url: string, _o: unknown, cb: () => void) => (w.__dialogs.push(url), cb()) },
  },
};
w.Excel = { run: (fn: (ctx: unknown) => Promise<unknown>) => fn(excel.context()) };
