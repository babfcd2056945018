import { OfficeMockObject } from 'office-addin-mock';
import { OfficeApp } from 'office-addin-manifest';
import { rangeA1 } from '../src/core/sheet/address';
import { rangeOfAddress } from '../src/core/sheet/bounds';
import { CellRange, SheetSnapshot } from '../src/core/sheet/snapshot';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { loadWorkbook } from '../src/xlsx/workbook';
import { parseAddress } from './fakes/address';
import { FIXTURE, SHEET } from './helpers/fixture';

const WHOLE: CellRange = { top: 0, left: 0, bottom: 1048575, right: 16383 };

/**
 * The Office.js adapter against an Excel context made of office-addin-mock objects: like Office, a value is
 * there only after load() and sync(). Every range asked for is a mock holding the snapshot's cells of that
 * range; what the adapter assigns to a range's formulas is what it wrote. The context counts syncs.
 */
function mockExcel(snapshots: readonly SheetSnapshot[], active: string) {
  const mocks: OfficeMockObject[] = [];
  const ranges: { sheet: string; address: string; initial: unknown; mock: { formulas: unknown } }[] = [];
  let syncs = 0;
  const charts: string[] = [];
  const mock = (data: Record<string, unknown>): OfficeMockObject => {
    const m = new OfficeMockObject(data, OfficeApp.Excel);
    mocks.push(m);
    return m;
  };
  const grid = <T>(
    snap: SheetSnapshot | undefined,
    r: CellRange,
    cell: (row: number, col: number) => T,
  ): T[][] =>
    Array.from({ length: Math.min(r.bottom - r.top + 1, snap ? snap.values.length : 1) }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => cell(r.top + i, r.left + j)),
    );
  const rangeMock = (snap: SheetSnapshot | undefined, sheet: string, address?: string): unknown => {
    const r = address === undefined ? WHOLE : parseAddress(address);
    const v = (row: number, col: number) => snap?.values[row]?.[col] ?? null;
    const formulas = grid(snap, r, (row, col) => {
      const x = v(row, col);
      return snap?.formulas[row]?.[col] ?? (x === null ? '' : typeof x === 'object' ? x.error : x);
    });
    const m = mock({
      address: `'${sheet}'!${address ?? 'A1'}`,
      values: grid(snap, r, (row, col) => {
        const x = v(row, col);
        return x === null ? '' : typeof x === 'object' ? x.error : x;
      }),
      formulas,
      numberFormat: grid(snap, r, (row, col) => snap?.numberFormats[row]?.[col] ?? 'General'),
      valueTypes: grid(snap, r, (row, col) => {
        const x = v(row, col);
        return x === null
          ? 'Empty'
          : typeof x === 'object'
            ? 'Error'
            : typeof x === 'number'
              ? 'Double'
              : 'String';
      }),
      format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
      columnHidden: false,
      conditionalFormats: {
        add: () => ({
          custom: { rule: {}, format: { fill: {}, font: {} } },
          dataBar: { positiveFormat: {} },
        }),
        clearAll: () => undefined,
      },
      // office-addin-mock walks objects, not arrays, so areas/items/address is given as plain values.
      getMergedAreasOrNullObject: () => {
        const areas = (snap?.merges ?? []).filter(
          (a) => a.top <= r.bottom && r.top <= a.bottom && a.left <= r.right && r.left <= a.right,
        );
        return Object.assign(mock({ load: () => undefined }), {
          isNullObject: areas.length === 0,
          areas: {
            items: areas.map((a) => ({ address: `'${sheet}'!${rangeA1(a.top, a.left, a.bottom, a.right)}` })),
          },
        });
      },
      merge: () => undefined,
      unmerge: () => undefined,
      clear: () => undefined,
      select: () => undefined,
    });
    ranges.push({
      sheet,
      address: address ?? '',
      initial: formulas,
      mock: m as unknown as { formulas: unknown },
    });
    return m;
  };
  const sheetMock = (snap: SheetSnapshot | undefined, name: string): OfficeMockObject => {
    const bottom = snap ? snap.values.length - 1 : 0;
    const right = snap ? Math.max(...snap.values.map((r) => r.length)) - 1 : 0;
    const used = mock({ address: `'${name}'!${rangeA1(0, 0, bottom, right)}` });
    // isNullObject is known after any load in Office; in the mock it is a plain property for that reason.
    Object.assign(used, { isNullObject: !snap });
    return mock({
      name,
      visibility: 'Visible',
      protection: { protected: false },
      getUsedRangeOrNullObject: () => used,
      getRange: (address?: string) => rangeMock(snap, name, address),
      activate: () => undefined,
      delete: () => undefined,
      freezePanes: { freezeRows: () => undefined },
      pageLayout: { zoom: {}, setPrintArea: () => undefined, setPrintTitleRows: () => undefined },
      horizontalPageBreaks: { add: () => undefined, removePageBreaks: () => undefined },
      charts: {
        add: (type: string) => {
          charts.push(`${name}: ${type}`);
          return mock({
            name: '',
            title: { text: '' },
            legend: { position: '' },
            series: { getItemAt: () => mock({ chartType: '' }) },
            setPosition: () => undefined,
            delete: () => undefined,
          });
        },
      },
    });
  };
  const byName = new Map(snapshots.map((s) => [s.name, sheetMock(s, s.name)]));
  const sheetOf = (name: string) => byName.get(name) ?? sheetMock(undefined, name);
  const worksheets = mock({
    getActiveWorksheet: () => byName.get(active),
    getItem: sheetOf,
    getItemOrNullObject: sheetOf,
    add: (name: string) => sheetMock(undefined, name),
    // Loading the collection loads each worksheet's name and visibility, as Office does for items/name.
    load: () => [...byName.values()].forEach((s) => s.load('name,visibility')),
  });
  Object.assign(worksheets, { items: [...byName.values()] });
  const context = {
    workbook: { worksheets, protection: mock({ protected: false }) },
    application: { suspendApiCalculationUntilNextSync: () => undefined },
    sync: async () => {
      syncs++;
      for (const m of mocks) await m.sync();
      // office-addin-mock updates nested properties in callbacks it does not await: let them run.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  /** What was written into a cell: the last array assigned to a range's formulas that holds it. */
  const written = (sheet: string, address: string): unknown => {
    const { top, left } = rangeOfAddress(address);
    let found: unknown;
    for (const r of ranges) {
      if (r.sheet !== sheet || r.mock.formulas === r.initial || !Array.isArray(r.mock.formulas)) continue;
      const at = parseAddress(r.address);
      const v = (r.mock.formulas as unknown[][])[top - at.top]?.[left - at.left];
      if (v !== undefined && top >= at.top && left >= at.left) found = v;
    }
    return found;
  };
  const writtenTo = (sheet: string): unknown[] =>
    ranges
      .filter((r) => r.sheet === sheet && r.mock.formulas !== r.initial && Array.isArray(r.mock.formulas))
      .flatMap((r) => (r.mock.formulas as unknown[][]).flat());
  return { context, written, writtenTo, syncs: () => syncs, charts };
}

test('office-addin-mock: Buat Tabel Capaian reads in one sync per step, writes in one, and text stays text', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const excel = mockExcel(snapshots, SHEET);
  const outcome = await buatTabelCapaian(asWorkbook(excel.context));
  if (!outcome.ok) throw new Error(outcome.message.en);
  // The sheet list; the active sheet; the other sheet; the table's formulas and formats; one write.
  expect(excel.syncs()).toBe(5);
  expect(outcome.readSyncs).toBe(4);
  expect(excel.written(SHEET, 'K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
  expect(excel.written(SHEET, 'G58')).toBe('=SUM(G7,G28,G31,G36,G39,G42,G46,G53)');
  expect(excel.written(SHEET, 'F9')).toBe(25);
  // Text goes in with Excel's text prefix: the indicator names on Pengukuran Kinerja, the PK title.
  expect(excel.writtenTo('Pengukuran Kinerja')).toContain("'Indeks Pembangunan Gender");
  expect(excel.writtenTo('Pengukuran Kinerja')).not.toContain('Indeks Pembangunan Gender');
  expect(excel.writtenTo('Perjanjian Kinerja')).toContain("'PERJANJIAN KINERJA TAHUN 2022");
  // The two charts of Ringkasan Capaian go in the same write.
  expect(excel.charts).toEqual(['Ringkasan Capaian: ColumnClustered', 'Ringkasan Capaian: ColumnClustered']);
  // What Kembalikan needs is kept: what was there before.
  expect(outcome.state.undo[0]!.sheets[0]!.cells).toContainEqual(
    expect.objectContaining({ row: 17, col: 10, content: 0.351, numberFormat: '0.00%' }),
  );
});
