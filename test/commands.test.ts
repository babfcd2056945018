import { OfficeMockObject } from 'office-addin-mock';
import { OfficeApp } from 'office-addin-manifest';
import { readFileSync } from 'fs';
import * as path from 'path';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { FIXTURE, SHEET } from './helpers/fixture';

/** The ribbon's function file, loaded as Office loads it: Office.onReady, then Office.actions.associate. */
describe('ribbon commands through the Office global (office-addin-mock)', () => {
  const handlers = new Map<string, (event: { completed(): void }) => void>();
  let excel: FakeExcel;
  const stored = new Map<string, unknown>();

  beforeAll(async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    excel = FakeExcel.from(snapshots, SHEET);
    const office = new OfficeMockObject(
      {
        onReady: (cb: () => void) => {
          cb();
          return Promise.resolve();
        },
        actions: {
          associate: (name: string, fn: (event: { completed(): void }) => void) => handlers.set(name, fn),
        },
        AsyncResultStatus: { Succeeded: 'succeeded' },
        context: {
          displayLanguage: 'id-ID',
          requirements: { isSetSupported: () => true },
          document: {
            settings: {
              get: (k: string) => stored.get(k) ?? null,
              set: (k: string, v: unknown) => stored.set(k, v),
              saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
            },
          },
          ui: { displayDialogAsync: jest.fn((_u: string, _o: unknown, cb: () => void) => cb()) },
        },
      },
      OfficeApp.Excel,
    );
    // office-addin-mock, like Office, shows a property only after it is loaded and synced.
    office.load('*');
    await office.sync();
    Object.assign(globalThis, {
      Office: office,
      Excel: { run: (fn: (ctx: unknown) => Promise<unknown>) => fn(excel.context()) },
      window: { location: { href: 'https://localhost:3000/commands.html' } },
    });
    await import('../src/commands/commands');
  });

  test('every ExecuteFunction in the manifest has a handler', () => {
    const manifest = readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(['buatTabelCapaian', 'kembalikan']);
    expect([...handlers.keys()].sort()).toEqual([...names].sort());
  });

  test('Buat Tabel Capaian writes the formulas and the sheets, completes the event, and keeps the restore data', async () => {
    const completed = jest.fn();
    handlers.get('buatTabelCapaian')!({ completed });
    await new Promise((r) => setTimeout(r, 200));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(excel.sheet(SHEET).at('K18')).toMatch(/^=IF\(AND\(ISNUMBER\(G18\)/);
    expect(excel.active).toBe('Pengukuran Kinerja');
    expect(stored.get('capaianKinerja.restore')).toMatchObject({ version: 1 });
  });

  test('Kembalikan puts the source sheet back and completes the event', async () => {
    const completed = jest.fn();
    handlers.get('kembalikan')!({ completed });
    await new Promise((r) => setTimeout(r, 100));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(excel.sheet(SHEET).at('K18')).toBe(0.351);
    expect(stored.get('capaianKinerja.restore')).toBeNull();
  });
});
