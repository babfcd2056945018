import { EngineOptions } from '../core/engine';
import { generateWorkbook } from '../core/generate';
import { EditPlan } from '../core/plan/types';
import { a1 } from '../core/sheet/address';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { withState } from '../core/sheets/state';
import { pushRun, recordRun } from '../core/sheets/record';
import { WorkbookContext } from './api';
import { applyPlan } from './apply';
import { UserMessage } from './errors';
import { readWorkbook } from './read';
import { blocked, optionsFor } from './preflight';
import { finishRead, outOfText } from './run';

/**
 * The task pane's safe fixes: the cells of the generate plan at these addresses ("Sheet!A1") only, recorded
 * for Kembalikan like a run.
 */
export async function applyFixes(
  context: WorkbookContext,
  cells: ReadonlySet<string>,
  given: EngineOptions = {},
  now = new Date().toISOString(),
): Promise<{ ok: true; fixed: number } | { ok: false; message: UserMessage }> {
  const read = await readWorkbook(context, { lang: given.sheets?.lang, engine: given, tables: true });
  const result = generateWorkbook(read.sheets, { ...optionsFor(read, given), generateSheets: false });
  const plan: EditPlan = {
    sheets: result.plan.sheets
      .map((s) => ({
        sheet: s.sheet,
        cells: s.cells.filter((c) => cells.has(`${s.sheet}!${a1(c.row, c.col)}`)),
      }))
      .filter((s) => s.cells.length > 0),
  };
  const fixed = plan.sheets.reduce((n, s) => n + s.cells.length, 0);
  if (fixed === 0) return { ok: true, fixed };
  // The registry sheet is written too (Kembalikan's data): it may have to be added.
  const refused = blocked(read, { sheets: [...plan.sheets, { sheet: REGISTRY_SHEET, cells: [] }] });
  if (refused) return { ok: false, message: refused };
  const { before } = await finishRead(read, plan);
  const written = outOfText(plan, before);
  const state = {
    ...read.state,
    undo: pushRun(read.state.undo, recordRun('fix', written, before, read.names, now)),
  };
  await applyPlan(context, withState(written, read.registry, state), read.names, {
    read,
  });
  return { ok: true, fixed };
}
