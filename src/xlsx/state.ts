import { EditPlan } from '../core/plan/types';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { readState, rulesOf, withState } from '../core/sheets/state';
import { rememberWritten } from '../core/sheets/typed';
import { CellWas } from '../core/sheets/undo';
import { cellWasOf, pushRun, recordRun } from '../core/sheets/record';
import { SheetReader } from '../core/sheet/snapshot';
import { AppliedPlan } from './apply';
import { Book } from './open';

/**
 * A cell as it is in the file, in the form Kembalikan writes back (as Office.js reports it: a merged area's
 * value in its first cell only). Each sheet's reader is made when a cell of it is first asked for.
 */
function cellsWere(wb: Book): (sheet: string, row: number, col: number) => CellWas {
  const readers = new Map<string, SheetReader | null>();
  return (sheet, row, col) => {
    let s = readers.get(sheet);
    if (s === undefined) {
      const snapshot = wb.snapshots.find((x) => x.name === sheet);
      readers.set(sheet, (s = snapshot ? new SheetReader(snapshot) : null));
    }
    if (!s) return { content: null, numberFormat: 'General' };
    return cellWasOf(s.raw(row, col), s.formula(row, col), s.numberFormat(row, col));
  };
}

/**
 * The CLI's side of the state the add-in keeps in _CapaianKinerja (options, Kembalikan data, our rules), read
 * and written the same way: the workbook's earlier rules of ours are removed before the plan adds its own, and
 * the plan's registry sheet carries the state on, with this run recorded so that Kembalikan in Excel can undo
 * a file made by the CLI. The earlier rules come back as `removed`, for the writer to take out.
 */
export function carryState(wb: Book, plan: EditPlan, now = new Date().toISOString()): AppliedPlan {
  const registry = wb.snapshots.find((s) => s.name === REGISTRY_SHEET);
  const state = readState(registry);
  // A run on an already live table may write no cell (its formulas are kept) but still lays its highlight.
  const writesUserSheets = plan.sheets.some(
    (p) => !p.create && (p.cells.length > 0 || (p.conditionalFormats?.length ?? 0) > 0),
  );
  if (!writesUserSheets && !plan.sheets.some((p) => p.sheet === REGISTRY_SHEET)) return { plan, removed: [] };
  // The written record first: it keeps little of what it makes, and while Kembalikan's record (some 44,000 cells
  // at 10,000 rows) is alive, every collection on the way copies it.
  const written = rememberWritten(state.written, plan);
  const existing = wb.snapshots.map((w) => w.name);
  const undo = writesUserSheets
    ? pushRun(state.undo, recordRun('generate', plan, cellsWere(wb), existing, now))
    : state.undo;
  const source = plan.sheets.find((p) => !p.create && p.cells.length > 0)?.sheet ?? state.source;
  return {
    plan: withState(plan, registry, { ...state, source, undo, rules: rulesOf(plan), written }, {}, 'keep'),
    removed: state.rules,
  };
}
