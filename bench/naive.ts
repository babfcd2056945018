import { a1 } from '../src/core/sheet/address';
import { EditPlan } from '../src/core/plan/types';
import { WorkbookContext } from '../src/excel/api';
import { formulaCell } from '../src/excel/blocks';

/**
 * How many hand-written add-ins do it: read a row, sync, write it, sync, row after row. Counted on the same
 * sheets as ours, for the comparison in the bench.
 */
export async function naiveGenerate(
  context: WorkbookContext,
  plan: EditPlan,
  sheet: string,
  rows: number,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (let r = 0; r < rows; r++) {
    const range = ws.getRange(`A${r + 1}:I${r + 1}`);
    range.load('values');
    await context.sync();
  }
  for (const p of plan.sheets) {
    const target = p.create
      ? context.workbook.worksheets.add(p.sheet)
      : context.workbook.worksheets.getItem(p.sheet);
    const byRow = new Map<number, typeof p.cells>();
    for (const c of p.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    for (const cells of byRow.values()) {
      for (const c of cells) target.getRange(a1(c.row, c.col)).formulas = [[formulaCell(c) ?? '']];
      await context.sync();
    }
  }
}
