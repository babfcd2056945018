import { EditPlan } from '../core/plan/types';
import { OurRule } from '../core/sheets/state';
import { Book } from './open';
import { carryState } from './state';

/**
 * A plan ready to be written into the office's package (see `workbookBytes`): with the add-in's state carried
 * on in the registry sheet, and our earlier highlight rules, which the writer takes out before it adds the
 * plan's.
 */
export interface AppliedPlan {
  readonly plan: EditPlan;
  readonly removed: readonly OurRule[];
}

/**
 * Prepares a plan for the workbook it was made from: the state of the add-in and the CLI carried on (see
 * `carryState`). The file is the office's package, patched by
 * `workbookBytes` (or `saveWorkbook`).
 */
export function applyPlan(wb: Book, given: EditPlan): AppliedPlan {
  return carryState(wb, given);
}
