import { CellRange, CellValue, SheetSnapshot } from '../../src/core/sheet/snapshot';
import { columnLetters, rangeA1 } from '../../src/core/sheet/address';
import type { ColumnRole } from '../../src/core/table/roles';
import type { Cell, SheetSpec } from '../helpers/build';
import type { LayoutSpec } from './spec';

/** A column role as the contract names it: ColumnRole, plus the kinds issue 10 adds to it. */
export type Role = ColumnRole | { readonly kind: 'status' | 'selisih' };

export type ColumnKind = 'input' | 'derived' | 'label';

/** Roles the truth asserts exactly; for any other column only its kind is asserted (as the contract asks). */
export const KEY_ROLES: ReadonlySet<string> = new Set([
  'nama',
  'indikator',
  'targetK',
  'realisasiK',
  'capaianK',
  'pagu',
  'realisasiRp',
  'capaianRp',
  'period',
  'progress',
  'reference',
]);

export function roleName(role: Role): string {
  if (role.kind === 'period') return `period ${role.measure} ${role.index}/${role.of}`;
  if (role.kind === 'progress') return `progress ${role.index}/${role.of}`;
  if (role.kind === 'reference') return `reference ${role.source} ${role.measure}`;
  return role.kind;
}

export interface TruthColumn {
  readonly col: number;
  readonly letter: string;
  /** The header labels over this column, top to bottom. */
  readonly header: string;
  readonly role: Role;
  readonly kind: ColumnKind;
}

export type RowKind = 'item' | 'parent' | 'total' | 'average' | 'blank';

export interface TruthRow {
  readonly row: number;
  readonly kind: RowKind;
  /** Parent and total rows: the rows whose money their money adds up (its descendants / everything above). */
  readonly span: { readonly first: number; readonly last: number } | null;
}

/** A cell inside the table that holds a figure, with the number it means. */
export interface TruthCell {
  readonly value: number;
  /** Typed as text ('25 org', 'Rp 1.234.567'): turning it into this number is allowed. */
  readonly text: boolean;
  /** Text with a % sign: the same number may also be stored as value / 100 under a % format. */
  readonly percentText: boolean;
}

/** What capaian K and penyerapan must compute to in a row (realisasi ÷ target, realisasi Rp ÷ pagu). */
export interface Expected {
  readonly row: number;
  readonly capaianK: number | null;
  readonly capaianRp: number | null;
}

export interface Truth {
  /** Header top-left to the last data row (summary rows included) and the header's rightmost column. */
  readonly range: CellRange;
  readonly headerBottom: number;
  readonly numberRow: number | null;
  readonly columns: readonly TruthColumn[];
  readonly rows: readonly TruthRow[];
  readonly figures: ReadonlyMap<number, TruthCell>;
  readonly expected: readonly Expected[];
  /**
   * The office's slips the layout carries, as `rule A1`: where set, exactly the errors the engine must
   * report (the period-row class, issue 19).
   */
  readonly errors?: readonly string[];
}

export interface GeneratedLayout {
  readonly id: number;
  readonly spec: LayoutSpec;
  readonly sheet: string;
  readonly grid: Grid;
  readonly truth: Truth;
  /** The choices that took effect, as `name=value`, for the per-feature tally. */
  readonly features: readonly string[];
}

export const cellKey = (row: number, col: number): number => row * 16384 + col;

export function rangeText(r: CellRange): string {
  return rangeA1(r.top, r.left, r.bottom, r.right);
}

export function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** A sheet being typed: values (a formula's cached result), formulas, number formats and merges. */
export class Grid {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  readonly formats: string[][] = [];
  readonly merges: CellRange[] = [];
  width = 0;

  set(row: number, col: number, value: CellValue, opts: { formula?: string; format?: string } = {}): void {
    while (this.values.length <= row) {
      this.values.push([]);
      this.formulas.push([]);
      this.formats.push([]);
    }
    this.values[row]![col] = value;
    this.formulas[row]![col] = opts.formula ?? null;
    this.formats[row]![col] = opts.format ?? 'General';
    this.width = Math.max(this.width, col + 1);
  }

  get(row: number, col: number): CellValue {
    return this.values[row]?.[col] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.formulas[row]?.[col] ?? null;
  }

  format(row: number, col: number): string {
    return this.formats[row]?.[col] ?? 'General';
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.get(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    this.width = Math.max(this.width, right + 1);
  }

  get height(): number {
    return this.values.length;
  }

  /** The sheet as the core reads it (from A1; every row as wide as the widest). */
  snapshot(name: string): SheetSnapshot {
    const rows = Array.from({ length: this.height }, (_, r) => r);
    const cols = Array.from({ length: this.width }, (_, c) => c);
    return {
      name,
      origin: { row: 0, col: 0 },
      values: rows.map((r) => cols.map((c) => this.get(r, c))),
      formulas: rows.map((r) => cols.map((c) => this.formula(r, c))),
      numberFormats: rows.map((r) => cols.map((c) => this.format(r, c))),
      merges: this.merges,
    };
  }

  /** The same sheet for writeWorkbook: formulas keep their cached result. */
  sheetSpec(name: string): SheetSpec {
    const formats: Record<string, string> = {};
    const rows: Cell[][] = this.values.map((row, r) =>
      Array.from({ length: this.width }, (_, c): Cell => {
        const a1 = `${columnLetters(c)}${r + 1}`;
        if (this.format(r, c) !== 'General') formats[a1] = this.format(r, c);
        const formula = this.formula(r, c);
        const v = row[c] ?? null;
        if (formula !== null)
          return { formula: formula.slice(1), result: typeof v === 'number' ? v : undefined };
        return typeof v === 'number' || typeof v === 'string' ? v : null;
      }),
    );
    return {
      name,
      rows,
      formats,
      merges: this.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)),
    };
  }
}
