import { normalize } from '../table/text';
import { CellGrid } from './grid';

/**
 * What the core reads: one worksheet as plain data, the same whether it came from Office.js or the .xlsx reader.
 * Coordinates are 0-based sheet coordinates (row 0 is Excel row 1).
 */

/** A cell that holds an Excel error value such as #REF! (kept apart from text that merely looks like one). */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Sheet position of values[0][0]; a used range need not start at A1. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Cached values; a merged area's value sits in its top-left cell only, as Excel reports it. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text with a leading '=', or null for a constant cell. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Number format code per cell ('General' when none). */
  readonly numberFormats: readonly (readonly string[])[];
  readonly merges: readonly CellRange[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Whitespace other than a plain space, or two spaces in a row. */
const MULTI_SPACE = /[^\S ]| {2}/;

/** Reads cells by sheet coordinates, resolving merged areas to their top-left cell. */
export class SheetReader {
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly normalized = new CellGrid<string>();
  /** Computed once: loops over cells ask for it on every step. */
  readonly lastCol: number;

  constructor(readonly snapshot: SheetSnapshot) {
    this.lastCol = snapshot.origin.col + snapshot.values.reduce((w, r) => Math.max(w, r.length), 0) - 1;
    for (const m of snapshot.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeOf.set(this.key(r, c), m);
      }
    }
  }

  get name(): string {
    return this.snapshot.name;
  }

  get firstRow(): number {
    return this.snapshot.origin.row;
  }

  get lastRow(): number {
    return this.snapshot.origin.row + this.snapshot.values.length - 1;
  }

  get firstCol(): number {
    return this.snapshot.origin.col;
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  merge(row: number, col: number): CellRange | undefined {
    // Asked of nearly every cell read: a sheet without merged cells needs no lookup.
    return this.mergeOf.size === 0 ? undefined : this.mergeOf.get(this.key(row, col));
  }

  /** The cell's own value, without merge resolution. */
  raw(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.snapshot.origin.row];
    return r?.[col - this.snapshot.origin.col] ?? null;
  }

  /** The value shown in the cell: a merged area's slaves show the top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  formula(row: number, col: number): string | null {
    const r = this.snapshot.formulas[row - this.snapshot.origin.row];
    return r?.[col - this.snapshot.origin.col] ?? null;
  }

  numberFormat(row: number, col: number): string {
    const r = this.snapshot.numberFormats[row - this.snapshot.origin.row];
    return r?.[col - this.snapshot.origin.col] ?? 'General';
  }

  /** Text of the shown value, trimmed, '' for empty cells and errors. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null || isCellError(v)) return '';
    const text = String(v);
    // Most cells hold single plain spaces only: nothing to collapse.
    return MULTI_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  }

  /**
   * `normalize` of the cell's text, made once per cell: the hierarchy, the checks and the polarity each
   * match the same names and indicators.
   */
  normalizedText(row: number, col: number): string {
    let known = this.normalized.get(row, col);
    if (known === undefined) {
      known = normalize(this.text(row, col));
      this.normalized.set(row, col, known);
    }
    return known;
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  rowIsEmpty(row: number): boolean {
    for (let c = this.firstCol; c <= this.lastCol; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }
}
