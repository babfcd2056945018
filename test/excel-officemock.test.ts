import { OfficeMockObject } from 'office-addin-mock';
import { OfficeApp } from 'office-addin-manifest';
import { rangeA1 } from '../src/core/sheet/address';
import { SheetSnapshot } from '../src/core/sheet/snapshot';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FIXTURE, SHEET } from './helpers/fixture';

/**
 * The Office.js adapter against an Excel context made of office-addin-mock objects: like Office, a value
 * is there only after load() and sync(). The context counts syncs and records every write by address.
 */
function mockExcel(snapshots: readonly SheetSnapshot[], active: string) {
  const mocks: OfficeMockObject[] = [];
  const written = new Map<string, { formulas?: unknown[][]; numberFormat?: string[][] }>();
  let syncs = 0;
  const mock = (data: Record<string, unknown>): OfficeMockObject => {
    const m = new OfficeMockObject(data, OfficeApp.Excel);
    mocks.push(m);
    return m;
  };
  const writeRange = (sheet: string, address: string): unknown => {
    // The same range may be asked for again (its style, a merge): keep what was written to it.
    const key = `${sheet}!${address}`;
    const record: { formulas?: unknown[][]; numberFormat?: string[][] } = written.get(key) ?? {};
    written.set(key, record);
    return {
      set formulas(v: unknown[][]) {
        record.formulas = v;
      },
      set numberFormat(v: string[][]) {
        record.numberFormat = v;
      },
      format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
      conditionalFormats: {
        add: () => ({
          custom: { rule: {}, format: { fill: {}, font: {} } },
          dataBar: { positiveFormat: {} },
        }),
        clearAll: () => undefined,
      },
      merge: () => undefined,
      unmerge: () => undefined,
      clear: () => undefined,
      select: () => undefined,
    };
  };
  const sheetMock = (snap: SheetSnapshot | null, name: string, position: number): OfficeMockObject => {
    const bottom = snap ? snap.values.length - 1 : 0;
    const right = snap ? Math.max(...snap.values.map((r) => r.length)) - 1 : 0;
    // isNullObject is known after any load in Office; in the mock it is a plain property for that reason.
    const used = snap
      ? mock({
          address: `${name}!${rangeA1(0, 0, bottom, right)}`,
          rowIndex: 0,
          columnIndex: 0,
          values: snap.values.map((r) =>
            r.map((v) => (v === null ? '' : typeof v === 'object' ? v.error : v)),
          ),
          formulas: snap.values.map((r, i) =>
            r.map((v, j) => snap.formulas[i]?.[j] ?? (v === null ? '' : typeof v === 'object' ? v.error : v)),
          ),
          numberFormat: snap.numberFormats,
          valueTypes: snap.values.map((r) =>
            r.map((v) =>
              v === null
                ? 'Empty'
                : typeof v === 'object'
                  ? 'Error'
                  : typeof v === 'number'
                    ? 'Double'
                    : 'String',
            ),
          ),
          // office-addin-mock walks objects, not arrays, so areas/items/address is given as plain values.
          getMergedAreasOrNullObject: () =>
            Object.assign(mock({ load: () => undefined }), {
              isNullObject: false,
              address: '',
              areas: {
                items: snap.merges.map((m) => ({
                  address: `${name}!${rangeA1(m.top, m.left, m.bottom, m.right)}`,
                })),
              },
            }),
        })
      : mock({});
    Object.assign(used, { isNullObject: snap === null });
    return mock({
      name,
      position,
      visibility: 'Visible',
      getUsedRangeOrNullObject: () => used,
      getRange: (address: string) => writeRange(name, address),
      activate: () => undefined,
      delete: () => undefined,
      freezePanes: { freezeRows: () => undefined },
      pageLayout: { zoom: {}, setPrintTitleRows: () => undefined },
    });
  };
  const sheets = snapshots.map((s, i) => sheetMock(s, s.name, i));
  const worksheets = mock({
    getActiveWorksheet: () =>
      sheets.find(
        (s) =>
          (s as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties.get(
            'name',
          )!._valueBeforeLoaded === active,
      ),
    getItem: (name: string) => ({
      ...sheetMock(null, name, 0),
      getRange: (a: string) => writeRange(name, a),
      activate: () => undefined,
      freezePanes: { freezeRows: () => undefined },
      pageLayout: { zoom: {}, setPrintTitleRows: () => undefined },
    }),
    add: (name: string) => ({
      getRange: (a: string) => writeRange(name, a),
      freezePanes: { freezeRows: () => undefined },
      pageLayout: { zoom: {}, setPrintTitleRows: () => undefined },
    }),
    // Loading the collection loads each worksheet's name and position, as Office does for items/name.
    load: () => sheets.forEach((s) => s.load('name,position')),
  });
  Object.assign(worksheets, { items: sheets });
  const context = {
    workbook: { worksheets },
    application: { suspendApiCalculationUntilNextSync: () => undefined },
    sync: async () => {
      syncs++;
      for (const m of mocks) await m.sync();
      // office-addin-mock updates nested properties in callbacks it does not await: let them run.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return { context, written, syncs: () => syncs };
}

test('office-addin-mock: Buat Tabel Capaian reads in one sync per step, writes in one, and text stays text', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const excel = mockExcel(snapshots, SHEET);
  const outcome = await buatTabelCapaian(asWorkbook(excel.context));
  if (!outcome.ok) throw new Error(outcome.message.en);
  // Active sheet, the other sheet, one write.
  expect(excel.syncs()).toBe(3);
  expect(outcome.readSyncs).toBe(2);
  // What was written, by the range each 2-D block went to.
  const cell = (sheet: string, address: string): unknown => {
    for (const [key, w] of excel.written) {
      const [s, ref] = key.split('!');
      if (s !== sheet || !w.formulas) continue;
      const [from, to = from] = ref!.split(':');
      const a = from!.match(/^([A-Z]+)(\d+)$/)!;
      const b = to!.match(/^([A-Z]+)(\d+)$/)!;
      const t = address.match(/^([A-Z]+)(\d+)$/)!;
      const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const [r0, c0, r1, c1, rt, ct] = [
        Number(a[2]),
        col(a[1]!),
        Number(b[2]),
        col(b[1]!),
        Number(t[2]),
        col(t[1]!),
      ];
      if (rt >= r0 && rt <= r1 && ct >= c0 && ct <= c1) return w.formulas[rt - r0]![ct - c0];
    }
    return undefined;
  };
  expect(cell(SHEET, 'K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
  expect(cell(SHEET, 'G58')).toBe('=SUM(G7,G28,G31,G36,G39,G42,G46,G53)');
  expect(cell(SHEET, 'F9')).toBe(25);
  // Text goes in with Excel's text prefix: the indicator names on Pengukuran Kinerja, the PK title.
  const writtenTo = (sheet: string): unknown[] =>
    [...excel.written.entries()]
      .filter(([k, w]) => k.startsWith(`${sheet}!`) && w.formulas)
      .flatMap(([, w]) => w.formulas!.flat());
  expect(writtenTo('Pengukuran Kinerja')).toContain("'Indeks Pembangunan Gender");
  expect(writtenTo('Pengukuran Kinerja')).not.toContain('Indeks Pembangunan Gender');
  expect(writtenTo('Perjanjian Kinerja')).toContain("'PERJANJIAN KINERJA TAHUN 2022");
  // The restore data keeps what was there.
  expect(outcome.restore.sheets[0]!.cells).toContainEqual({
    row: 17,
    col: 10,
    formula: 0.351,
    numberFormat: '0.00%',
  });
});
