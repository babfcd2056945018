import { Finding } from '../core/check/finding';
import { CellRange } from '../core/sheet/snapshot';
import { TableMark } from '../core/table/parse';

/** Findings whose cell the generate plan rewrites safely: the fix is that one cell of the plan. */
export const FIXABLE = new Set([
  'number-as-text',
  'capaian-mismatch',
  'subtotal-mismatch',
  'missing-subtotal',
  'copied-column',
  'percent-scale',
  'form-mismatch',
]);

/** Every cell a finding stands for: one, or all the cells of a column with one cause. */
export function cellsOf(f: Finding): readonly string[] {
  return f.cells ?? [f.cell];
}

/**
 * What the user marks with "Tandai tabel": up to four selected rows are the table's header, more are the
 * whole table (its header is then looked for inside it).
 */
export function markOf(range: CellRange): TableMark {
  return range.bottom - range.top < 4 ? { header: range } : { table: range };
}
