/**
 * The state the add-in keeps in the hidden _CapaianKinerja sheet, read and written alike by the Office.js
 * adapter and by the CLI (ExcelJS): a file made by `capaian generate` can be undone with Kembalikan in Excel,
 * options saved by the add-in survive the CLI, and the CLI's own rules do not pile up either.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { readRegistry, REGISTRY_SHEET, registryPlan } from '../src/core/sheets/registry';
import { AddinState, EMPTY_STATE, readState, stateCells } from '../src/core/sheets/state';
import { decodeUndo, encodeUndo, MAX_STEPS } from '../src/core/sheets/undo';
import { pushRun, recordRun } from '../src/core/sheets/record';
import { asWorkbook } from '../src/excel/api';
import { kembalikan } from '../src/excel/undo';
import { loadWorkbook } from '../src/xlsx/workbook';
import { snapshotOf } from './helpers/exceljsSnapshot';
import { FakeExcel } from './fakes/excel';
import { dumpSheet } from './helpers/dump';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';

const quiet = { stdout: () => undefined, stderr: () => undefined };

function registryOf(state: AddinState) {
  const cells = [...registryPlan([], new Map()).cells, ...stateCells(state)];
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const values = Array.from({ length: rows }, () => Array.from({ length: 5 }, () => null as string | null));
  for (const c of cells) if (c.kind === 'text') values[c.row]![c.col] = c.value;
  return {
    name: REGISTRY_SHEET,
    origin: { row: 0, col: 0 },
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => 'General')),
    merges: [],
  };
}

test('the state goes through cells and back, however long, and a damaged value is left out, not thrown', () => {
  const options = { roles: { Realisasi: { J: { kind: 'keterangan' } } }, note: 'x'.repeat(100_000) };
  const run = recordRun(
    'fix',
    {
      sheets: [{ sheet: 'S', cells: [{ row: 3, col: 2, kind: 'formula', formula: '=B4/A4' }] }],
    },
    () => ({ content: 0.5, numberFormat: '0%' }),
    ['S'],
    '2026-11-29T10:00:00.000Z',
  );
  const undo = pushRun([], run);
  const state: AddinState = {
    ...EMPTY_STATE,
    options,
    undo,
    rules: [{ sheet: 'S', range: 'A4:C9', kind: 'expression', formula: 'AND(ISNUMBER($C4),$C4<1)' }],
  };
  const registry = registryOf(state);
  // Over several cells of one key: no cell passes what Excel holds.
  expect(registry.values.every((r) => r.every((v) => (v ?? '').length <= 32_767))).toBe(true);
  expect(readState(registry)).toEqual(state);
  expect(decodeUndo(encodeUndo(undo))).toEqual(undo);
  // The registry's own rows are untouched by the state beside them.
  expect(readRegistry([registry]).values.size).toBe(0);
  const damaged = {
    ...registry,
    values: registry.values.map((r) => r.map((v) => (v?.startsWith('{"v":2') ? '{"v":2,' : v))),
  };
  expect(readState(damaged)).toMatchObject({ options, undo: [] });
});

test('a file made by the CLI is undone by Kembalikan in Excel, back to the input’s cells', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'out.xlsx');
  expect(await run(['generate', FIXTURE, '--out', out], quiet)).toBe(0);
  const input = FakeExcel.from((await loadWorkbook(FIXTURE)).snapshots, SHEET);
  const excel = FakeExcel.from((await loadWorkbook(out)).snapshots, SHEET);
  expect(excel.sheet(SHEET).at('K18')).toMatch(/^=IF\(AND/);
  const back = await kembalikan(asWorkbook(excel.context()));
  expect(back).toMatchObject({
    ok: true,
    kept: [],
    deleted: ['Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian', 'Narasi'],
  });
  expect(dumpSheet(excel.sheet(SHEET)).cells).toEqual(dumpSheet(input.sheet(SHEET)).cells);
});

test('a file made by the CLI records what it wrote into its sheets: Kembalikan in Excel asks about typing there, and only that', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'out.xlsx');
  expect(await run(['generate', FIXTURE, '--out', out], quiet)).toBe(0);
  const excel = FakeExcel.from((await loadWorkbook(out)).snapshots, SHEET);
  excel.sheet('Pengukuran Kinerja').ensure(200, 2).value = 'diperiksa Inspektorat';
  expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({
    ok: false,
    ask: [{ sheet: 'Pengukuran Kinerja', cells: ['C201'], texts: ['diperiksa Inspektorat'] }],
  });
});

test('the CLI keeps the options the add-in saved, and run on its own output adds no second highlight rule', async () => {
  const dir = await tempDir();
  const withOptions = path.join(dir, 'with-options.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.addWorksheet(REGISTRY_SHEET);
  ws.state = 'hidden';
  const saved = { ...EMPTY_STATE, options: { settings: { threshold: 0.8 } } };
  for (const c of [...registryPlan([], new Map()).cells, ...stateCells(saved)])
    if (c.kind === 'text') ws.getCell(c.row + 1, c.col + 1).value = c.value;
  await wb.xlsx.writeFile(withOptions);
  const once = path.join(dir, 'once.xlsx');
  const twice = path.join(dir, 'twice.xlsx');
  expect(await run(['generate', withOptions, '--out', once], quiet)).toBe(0);
  expect(await run(['generate', once, '--out', twice], quiet)).toBe(0);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(twice);
  const state = readState(snapshotOf(result.getWorksheet(REGISTRY_SHEET)!));
  expect(state.options).toEqual({ settings: { threshold: 0.8 } });
  // The second run changed no cell (its formulas were there): Kembalikan still undoes the first.
  expect(state.undo.map((u) => [u.kind, u.runs])).toEqual([['generate', 1]]);
  const rules = (result.getWorksheet(SHEET) as unknown as { conditionalFormattings: { ref: string }[] })
    .conditionalFormattings;
  expect(rules.map((r) => r.ref)).toEqual(['C7:K57']);
});

describe('Kembalikan’s stack: one step per change, the last undone first', () => {
  const at = (minute: number): string => `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z`;
  /** A change writing formulas into these rows of column K (col 10), each cell holding `was` before. */
  const change = (rows: readonly number[], was: number, minute: number) =>
    recordRun(
      'fix',
      {
        sheets: [
          {
            sheet: 'S',
            cells: rows.map((row) => ({
              row,
              col: 10,
              kind: 'formula' as const,
              formula: `=I${row + 1}/G${row + 1}`,
            })),
          },
        ],
      },
      () => ({ content: was, numberFormat: '0.00%' }),
      ['S'],
      at(minute),
    );

  test('a cell written as it already was is not recorded, and a change that writes nothing is no step', () => {
    const same = recordRun(
      'generate',
      {
        sheets: [{ sheet: 'S', cells: [{ row: 3, col: 10, kind: 'formula', formula: '=I4/G4' }] }],
      },
      () => ({ content: '=I4/G4', numberFormat: 'General' }),
      ['S'],
      at(0),
    );
    expect(same.sheets).toEqual([]);
    const one = pushRun([], change([3], 0.5, 1));
    expect(pushRun(one, same)).toBe(one);
  });

  test('beyond the limit the two oldest merge: the first “before” and the last “wrote” stay, so nothing is lost', () => {
    let stack = pushRun([], change([3], 0.5, 0));
    for (let i = 1; i <= MAX_STEPS; i++) stack = pushRun(stack, change([3, 3 + i], 0.1 * i, i));
    expect(stack).toHaveLength(MAX_STEPS);
    const oldest = stack[0]!;
    expect(oldest).toMatchObject({ runs: 2, first: at(0), last: at(1) });
    const k4 = oldest.sheets[0]!.cells.find((c) => c.row === 3)!;
    // As before the very first change, with what the second wrote.
    expect(k4.content).toBe(0.5);
    expect(k4.wrote).toBe(stack[1]!.sheets[0]!.cells.find((c) => c.row === 3)!.wrote);
    expect(decodeUndo(encodeUndo(stack))).toEqual(stack);
  });

  test('a record of the first version (every run in one) is read as one step', () => {
    const v1 = {
      v: 1,
      runs: 2,
      first: at(0),
      last: at(5),
      created: ['Pengukuran Kinerja'],
      sheets: [['S', [[10, 17, [['abc', 0.351, '0.00%']]]]]],
    };
    expect(decodeUndo(v1)).toEqual([
      {
        kind: 'generate',
        runs: 2,
        first: at(0),
        last: at(5),
        created: ['Pengukuran Kinerja'],
        sheets: [
          { sheet: 'S', cells: [{ row: 17, col: 10, content: 0.351, numberFormat: '0.00%', wrote: 'abc' }] },
        ],
      },
    ]);
  });
});
