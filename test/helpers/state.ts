import { CellValue, SheetSnapshot } from '../../src/core/sheet/snapshot';
import { REGISTRY_SHEET } from '../../src/core/sheets/registry';
import { AddinState, EMPTY_STATE, Json, readState, stateCells } from '../../src/core/sheets/state';
import { Cell, SheetSpec } from './build';
import { FakeExcel, FakeSheet } from '../fakes/excel';

/** A sheet of the fake as the core's snapshot (values, formulas, formats, merges), from A1. */
export function snapshotOfFake(sheet: FakeSheet): SheetSnapshot {
  const used = sheet.usedRange(false);
  const rows = used ? used.bottom + 1 : 0;
  const cols = used ? used.right + 1 : 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push([]);
    formulas.push([]);
    numberFormats.push([]);
    for (let c = 0; c < cols; c++) {
      const cell = sheet.cell(r, c);
      values[r]!.push(cell?.error ? { error: cell.error } : (cell?.value ?? null));
      formulas[r]!.push(cell?.formula ?? null);
      numberFormats[r]!.push(cell?.numberFormat ?? 'General');
    }
  }
  return {
    name: sheet.name,
    origin: { row: 0, col: 0 },
    values,
    formulas,
    numberFormats,
    merges: [...sheet.merges],
  };
}

/** The state the add-in keeps in the workbook's hidden registry sheet. */
export function stateOf(excel: FakeExcel): AddinState {
  const registry = excel.find(REGISTRY_SHEET);
  return readState(registry ? snapshotOfFake(registry) : undefined);
}

/** The hidden registry sheet of a workbook in which the task pane saved these options. */
export function registryWith(options: { readonly [key: string]: Json }): SheetSpec {
  const rows: Cell[][] = [];
  for (const edit of stateCells({ ...EMPTY_STATE, options })) {
    const row = (rows[edit.row] ??= []);
    while (row.length < edit.col) row.push(null);
    row[edit.col] = edit.kind === 'text' ? edit.value : null;
  }
  return { name: REGISTRY_SHEET, rows: Array.from(rows, (r) => r ?? []) };
}
