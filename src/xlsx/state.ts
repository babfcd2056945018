import ExcelJS from 'exceljs';
import { EditPlan } from '../core/plan/types';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { readState, rulesOf, withState } from '../core/sheets/state';
import { rememberWritten } from '../core/sheets/typed';
import { CellWas, cellWasOf, pushRun, recordRun } from '../core/sheets/undo';
import { cellOf, snapshotOf } from './snapshot';
import { AppliedPlan } from './apply';

/** A cell as it is in the file, in the form Kembalikan writes back. */
function cellWas(wb: ExcelJS.Workbook, sheet: string, row: number, col: number): CellWas {
  const cell = wb.getWorksheet(sheet)?.findCell(row + 1, col + 1);
  if (!cell) return { content: null, numberFormat: 'General' };
  const { value, formula } = cellOf(cell);
  return cellWasOf(value, formula, cell.numFmt || 'General');
}

/**
 * The CLI's side of the state the add-in keeps in _CapaianKinerja (options, Kembalikan data, our rules), read
 * and written the same way: the workbook's earlier rules of ours are removed before the plan adds its own, and
 * the plan's registry sheet carries the state on, with this run recorded so that Kembalikan in Excel can undo
 * a file made by the CLI. The earlier rules come back as `removed`, for the writer to take out.
 */
export function carryState(
  wb: ExcelJS.Workbook,
  plan: EditPlan,
  now = new Date().toISOString(),
): AppliedPlan {
  const ws = wb.getWorksheet(REGISTRY_SHEET);
  const registry = ws ? snapshotOf(ws) : undefined;
  const state = readState(registry);
  // A run on an already live table may write no cell (its formulas are kept) but still lays its highlight.
  const writesUserSheets = plan.sheets.some(
    (p) => !p.create && (p.cells.length > 0 || (p.conditionalFormats?.length ?? 0) > 0),
  );
  if (!writesUserSheets && !plan.sheets.some((p) => p.sheet === REGISTRY_SHEET)) return { plan, removed: [] };
  const existing = wb.worksheets.map((w) => w.name);
  const undo = writesUserSheets
    ? pushRun(
        state.undo,
        recordRun('generate', plan, (sheet, row, col) => cellWas(wb, sheet, row, col), existing, now),
      )
    : state.undo;
  const source = plan.sheets.find((p) => !p.create && p.cells.length > 0)?.sheet ?? state.source;
  return {
    plan: withState(
      plan,
      registry,
      { ...state, source, undo, rules: rulesOf(plan), written: rememberWritten(state.written, plan) },
      {},
      'keep',
    ),
    removed: state.rules,
  };
}
