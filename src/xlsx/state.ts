import ExcelJS from 'exceljs';
import { EditPlan } from '../core/plan/types';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { isOurRule, OurRule, readState, rulesOf, withState } from '../core/sheets/state';
import { CellWas, cellWasOf, pushRun, recordRun } from '../core/sheets/undo';
import { cellOf, snapshotOf } from './snapshot';

/** Removes the conditional formats we recorded from the user's sheets (a user's own rules stay). */
function removeRules(wb: ExcelJS.Workbook, rules: readonly OurRule[]): void {
  for (const rule of rules) {
    // ExcelJS keeps a sheet's rules, read from the file or added, here; its type definitions leave it out.
    const ws = wb.getWorksheet(rule.sheet) as
      { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] } | undefined;
    if (!ws) continue;
    ws.conditionalFormattings = ws.conditionalFormattings
      .map((cf) =>
        cf.ref !== rule.range
          ? cf
          : {
              ...cf,
              rules: cf.rules.filter((r) => {
                const formulae = (r as { formulae?: unknown[] }).formulae;
                const formula = Array.isArray(formulae) ? String(formulae[0] ?? '') : null;
                const type = r.type === 'expression' ? 'Custom' : r.type === 'dataBar' ? 'DataBar' : r.type;
                return !isOurRule(rule, { type, formula });
              }),
            },
      )
      .filter((cf) => cf.rules.length > 0);
  }
}

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
 * a file made by the CLI.
 */
export function carryState(wb: ExcelJS.Workbook, plan: EditPlan, now = new Date().toISOString()): EditPlan {
  const ws = wb.getWorksheet(REGISTRY_SHEET);
  const registry = ws ? snapshotOf(ws) : undefined;
  const state = readState(registry);
  // A run on an already live table may write no cell (its formulas are kept) but still lays its highlight.
  const writesUserSheets = plan.sheets.some(
    (p) => !p.create && (p.cells.length > 0 || (p.conditionalFormats?.length ?? 0) > 0),
  );
  if (!writesUserSheets && !plan.sheets.some((p) => p.sheet === REGISTRY_SHEET)) return plan;
  removeRules(wb, state.rules);
  const existing = wb.worksheets.map((w) => w.name);
  const undo = writesUserSheets
    ? pushRun(
        state.undo,
        recordRun('generate', plan, (sheet, row, col) => cellWas(wb, sheet, row, col), existing, now),
      )
    : state.undo;
  const source = plan.sheets.find((p) => !p.create && p.cells.length > 0)?.sheet ?? state.source;
  return withState(plan, registry, { ...state, source, undo, rules: rulesOf(plan) }, {}, 'keep');
}
