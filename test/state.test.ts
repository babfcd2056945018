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
import { decodeUndo, encodeUndo, recordRun } from '../src/core/sheets/undo';
import { asWorkbook } from '../src/excel/api';
import { kembalikan } from '../src/excel/undo';
import { loadWorkbook } from '../src/xlsx/workbook';
import { snapshotOf } from '../src/xlsx/snapshot';
import { FakeExcel } from './fakes/excel';
import { dumpSheet } from './helpers/dump';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';

const quiet = { stdout: () => undefined, stderr: () => undefined };

function registryOf(state: AddinState) {
  const cells = [...registryPlan([], new Map()).cells, ...stateCells(state)];
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const values = Array.from({ length: rows }, () => Array.from({ length: 5 }, () => null as string | null));
  for (const c of cells) if (c.content?.kind === 'text') values[c.row]![c.col] = c.content.value;
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
  const undo = recordRun(
    null,
    {
      sheets: [{ sheet: 'S', cells: [{ row: 3, col: 2, content: { kind: 'formula', formula: '=B4/A4' } }] }],
    },
    () => ({ content: 0.5, numberFormat: '0%' }),
    ['S'],
    '2026-11-29T10:00:00.000Z',
  );
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
    values: registry.values.map((r) => r.map((v) => (v?.startsWith('{"v":1') ? '{"v":1,' : v))),
  };
  expect(readState(damaged)).toMatchObject({ options, undo: null });
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

test('the CLI keeps the options the add-in saved, and run on its own output adds no second highlight rule', async () => {
  const dir = await tempDir();
  const withOptions = path.join(dir, 'with-options.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.addWorksheet(REGISTRY_SHEET);
  ws.state = 'hidden';
  const saved = { ...EMPTY_STATE, options: { settings: { threshold: 0.8 } } };
  for (const c of [...registryPlan([], new Map()).cells, ...stateCells(saved)])
    if (c.content?.kind === 'text') ws.getCell(c.row + 1, c.col + 1).value = c.content.value;
  await wb.xlsx.writeFile(withOptions);
  const once = path.join(dir, 'once.xlsx');
  const twice = path.join(dir, 'twice.xlsx');
  expect(await run(['generate', withOptions, '--out', once], quiet)).toBe(0);
  expect(await run(['generate', once, '--out', twice], quiet)).toBe(0);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(twice);
  const state = readState(snapshotOf(result.getWorksheet(REGISTRY_SHEET)!));
  expect(state.options).toEqual({ settings: { threshold: 0.8 } });
  expect(state.undo?.runs).toBe(2);
  const rules = (result.getWorksheet(SHEET) as unknown as { conditionalFormattings: { ref: string }[] })
    .conditionalFormattings;
  expect(rules.map((r) => r.ref)).toEqual(['C7:K57']);
});
