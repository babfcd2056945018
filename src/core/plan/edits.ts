import { CELL_REFS, columnIndex, columnLetters } from '../sheet/address';
import { normalizeFormula } from '../sheet/formula';
import { CellGrid } from '../sheet/grid';
import { TableCells } from '../table/values';
import { CellEdit } from './types';

/** Does a formula we are about to write refer to its own cell (directly or inside a range)? */
export function refersTo(formula: string, row: number, col: number): boolean {
  // Without a range, only the cell's own address can refer to it: one search, no parsing (most formulas).
  if (!formula.includes(':')) {
    const own = `${columnLetters(col)}${row + 1}`;
    for (let i = formula.indexOf(own); i >= 0; i = formula.indexOf(own, i + 1)) {
      const before = formula.charCodeAt(i - 1);
      const after = formula.charCodeAt(i + own.length);
      const letterBefore = (before >= 65 && before <= 90) || before === 36;
      const digitAfter = after >= 48 && after <= 57;
      if (!letterBefore && !digitAfter) return true;
    }
    return false;
  }
  // Text in quotes ("") cannot hold a reference.
  const body = formula.replace(/"[^"]*"/g, '');
  for (const m of body.matchAll(CELL_REFS)) {
    const c1 = columnIndex(m[1]!);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
    const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
    if (
      row >= Math.min(r1, r2) &&
      row <= Math.max(r1, r2) &&
      col >= Math.min(c1, c2) &&
      col <= Math.max(c1, c2)
    )
      return true;
  }
  return false;
}

/**
 * The edits of one source table, with the safety rules every adapter inherits: merged slaves are never
 * written, no formula refers to its own cell, and a typed value is replaced only where the planner says the
 * cell is derived. Replacements are counted per column for the summary.
 */
export class Edits {
  /** A later edit of a cell replaces the earlier one. */
  readonly cells = new CellGrid<CellEdit>();
  /** Typed values (or other formulas) replaced by our formulas, per column. */
  readonly replaced = new Map<number, number>();

  constructor(private readonly source: TableCells) {}

  put(edit: CellEdit): boolean {
    const m = this.source.sheet.merge(edit.row, edit.col);
    if (m && (m.top !== edit.row || m.left !== edit.col)) return false;
    if (edit.content?.kind === 'formula' && refersTo(edit.content.formula, edit.row, edit.col)) return false;
    this.cells.set(edit.row, edit.col, edit);
    return true;
  }

  /** A formula into a derived cell; `keep` says the office's own formula there already computes it. */
  formula(
    row: number,
    col: number,
    formula: string,
    numberFormat: string | undefined,
    keep: boolean,
  ): boolean {
    const sheet = this.source.sheet;
    const own = sheet.formula(row, col);
    if (own !== null && (keep || normalizeFormula(own) === formula.toUpperCase())) return false;
    const typed = own !== null || !sheet.isEmpty(row, col);
    const done = this.put({ row, col, content: { kind: 'formula', formula }, numberFormat });
    if (done && typed) this.replaced.set(col, (this.replaced.get(col) ?? 0) + 1);
    return done;
  }

  /** Columns whose typed values were replaced, by letter, with the count. */
  replacedColumns(header: (col: number) => string): { letter: string; header: string; count: number }[] {
    return [...this.replaced.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, count]) => ({ letter: columnLetters(col), header: header(col), count }));
  }
}
