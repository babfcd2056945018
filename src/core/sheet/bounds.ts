import { parseSheetRange } from './address';
import { CellRange, CellValue, SheetSnapshot } from './snapshot';

/**
 * Pure helpers for reading a workbook in bounded pieces: which rows and columns to read, in bands small enough
 * for Excel's limits, and the snapshot put together from what came back.
 */

/** "Sheet1!B3:K58", "'My sheet'!B3" or "B3:K58" → its range. */
export function rangeOfAddress(address: string): CellRange {
  const parsed = parseSheetRange(address);
  if (!parsed) throw new RangeError(`not a range address: ${address}`);
  return parsed.range;
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The range cut into runs of at most `rows` whole rows. */
export function rowBands(r: CellRange, rows: number): CellRange[] {
  const per = Math.max(1, Math.floor(rows));
  const out: CellRange[] = [];
  for (let top = r.top; top <= r.bottom; top += per)
    out.push({ ...r, top, bottom: Math.min(r.bottom, top + per - 1) });
  return out;
}

/**
 * Rows per band for reading merged areas: Excel gives no answer for a range with more than 512 of them. A
 * merged area covers at least two cells, and only the areas crossing the band's first or last row can have
 * one cell alone in it, so a band of R rows and C columns holds at most (R·C + 2C) / 2 areas.
 */
export function mergeBandRows(cols: number, limit = 512): number {
  return Math.max(1, Math.floor((2 * limit) / Math.max(1, cols)) - 2);
}

/** The rows and columns both ranges share, or null. */
export function intersection(a: CellRange, b: CellRange): CellRange | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** A grid of one property read for a range. */
export interface GridPiece<T> {
  readonly range: CellRange;
  readonly rows: readonly (readonly T[])[];
}

/**
 * A sheet snapshot from a bounded read: values over the used range, formulas and number formats only where
 * they were read (the tables), null and General elsewhere.
 */
export function snapshotFrom(
  name: string,
  used: CellRange | null,
  values: readonly GridPiece<CellValue>[],
  formulas: readonly GridPiece<string | null>[],
  numberFormats: readonly GridPiece<string>[],
  merges: readonly CellRange[],
): SheetSnapshot {
  if (!used)
    return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
  const height = used.bottom - used.top + 1;
  const width = used.right - used.left + 1;
  const grid = <T>(fill: T, pieces: readonly GridPiece<T>[]): T[][] => {
    const out = Array.from({ length: height }, () => new Array<T>(width).fill(fill));
    for (const p of pieces)
      p.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const line = out[p.range.top + i - used.top];
          const col = p.range.left + j - used.left;
          if (line && col >= 0 && col < width) line[col] = v;
        }),
      );
    return out;
  };
  return {
    name,
    origin: { row: used.top, col: used.left },
    values: grid<CellValue>(null, values),
    formulas: grid<string | null>(null, formulas),
    numberFormats: grid('General', numberFormats),
    merges: [...merges],
  };
}
