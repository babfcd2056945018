import { columnLetters } from '../sheet/address';
import { normalizeFormula, refersTo } from '../sheet/formula';
import { CellGrid } from '../sheet/grid';
import { TableCells } from '../table/values';
import { guardWrites, Unwritten } from './guard';
import { CellEdit } from './types';

/** What a formula of the plan is, for the summary's counts. */
export type FormulaTag = 'capaianK' | 'capaianRp' | 'subtotal' | 'derived' | 'realisasi';

/**
 * The edits of one source table, with the safety rules every adapter inherits: merged slaves are never
 * written, no formula refers to its own cell, and a typed value is replaced only where the planner says the
 * cell is derived. Replacements are counted per column for the summary.
 */
export class Edits {
  /** A later edit of a cell replaces the earlier one. */
  readonly cells = new CellGrid<CellEdit>();
  private readonly tags = new CellGrid<FormulaTag>();

  constructor(private readonly source: TableCells) {}

  put(edit: CellEdit): boolean {
    const m = this.source.sheet.merge(edit.row, edit.col);
    if (m && (m.top !== edit.row || m.left !== edit.col)) return false;
    if (edit.kind === 'formula' && refersTo(edit.formula, edit.row, edit.col)) return false;
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
    tag: FormulaTag,
  ): void {
    const own = this.source.sheet.formula(row, col);
    if (own !== null && (keep || normalizeFormula(own) === formula.toUpperCase())) return;
    if (this.put({ row, col, kind: 'formula', formula, value: undefined, numberFormat, style: undefined }))
      this.tags.set(row, col, tag);
  }

  /**
   * The edits that hold once no formula changes a shown value without a finding naming it (see guard.ts),
   * the formulas written of each kind, the columns whose typed values they replace, and the cells left alone.
   */
  finish(named: (e: CellEdit, formula: string) => boolean): {
    cells: CellEdit[];
    written: Record<FormulaTag, number>;
    replaced: Map<number, number>;
    unwritten: Unwritten[];
  } {
    const { kept, unwritten } = guardWrites(this.cells, this.source, named);
    const written = { capaianK: 0, capaianRp: 0, subtotal: 0, derived: 0, realisasi: 0 };
    const replaced = new Map<number, number>();
    const sheet = this.source.sheet;
    for (const e of kept) {
      const tag = e.kind === 'formula' ? this.tags.get(e.row, e.col) : undefined;
      if (tag === undefined) continue;
      written[tag]++;
      if (sheet.formula(e.row, e.col) !== null || !sheet.isEmpty(e.row, e.col))
        replaced.set(e.col, (replaced.get(e.col) ?? 0) + 1);
    }
    return { cells: kept, written, replaced, unwritten };
  }
}

/** Columns whose typed values were replaced, by letter, with the count. */
export function replacedColumns(
  replaced: ReadonlyMap<number, number>,
  header: (col: number) => string,
): { letter: string; header: string; count: number }[] {
  return [...replaced.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, count]) => ({ letter: columnLetters(col), header: header(col), count }));
}
