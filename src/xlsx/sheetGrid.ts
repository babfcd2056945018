import { CellRange, CellValue } from '../core/sheet/snapshot';

/** Sets `row[col]`, filling the columns before it with `empty`: the row stays an array without holes. */
function put<T>(row: T[], col: number, x: T, empty: T): void {
  while (row.length < col) row.push(empty);
  row[col] = x;
}

/** Makes `row` exactly `width` long: cut, or filled with `empty`. */
function fit<T>(row: T[], width: number, empty: T): void {
  if (row.length > width) row.length = width;
  while (row.length < width) row.push(empty);
}

/** The last array index: a row numbered beyond it is no row of the sheet's height. */
const LAST_INDEX = 4294967294;

/**
 * A sheet's cells as they are read, written straight into the rows of the snapshot's grids: the reader
 * keeps no list of cells to place afterwards (at 10,000 rows, five arrays of 90,000 entries made and
 * dropped). The grids' width is known only at the end (the widest row with values): each row is made as
 * wide as the widest cell so far, and cut or filled when the sheet is read.
 */
export class SheetGrid {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  /** A cell's own number format; null where no cell is, for the row's or column's format. */
  private readonly formats: (string | null)[][] = [];
  private wide = 0;
  /** The leftmost column of a cell outside any row (before the first, in a row numbered 0 or not a number). */
  private stray = Infinity;

  /** A cell; a later one in the same place replaces it. */
  set(row: number, col: number, value: CellValue, formula: string | null, format: string): void {
    if (!(row >= 0)) {
      this.stray = Math.min(this.stray, col);
      return;
    }
    if (row > LAST_INDEX) return;
    if (col + 1 > this.wide) this.wide = col + 1;
    let values = this.values[row];
    if (!values) {
      this.values[row] = values = new Array<CellValue>(this.wide).fill(null);
      this.formulas[row] = new Array<string | null>(this.wide).fill(null);
      this.formats[row] = new Array<string | null>(this.wide).fill(null);
    }
    put(values, col, value, null);
    put(this.formulas[row]!, col, formula, null);
    put(this.formats[row]!, col, format, null);
  }

  /**
   * The grids, `height` rows of `width` cells; where no cell is, a row's format (`own[r]`, when it has one)
   * or its column's (`byColumn`). Cells beyond them are left out.
   */
  grids(
    height: number,
    width: number,
    own: (r: number) => string | undefined,
    byColumn: readonly string[],
  ): { values: CellValue[][]; formulas: (string | null)[][]; numberFormats: string[][] } {
    // A cell outside any row cannot be placed: the sheet is damaged.
    if (height > 0 && this.stray < width) throw new RangeError('a cell outside any row');
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < height; r++) {
      const rowFormat = own(r);
      const cells = this.values[r];
      if (!cells) {
        values.push(new Array<CellValue>(width).fill(null));
        formulas.push(new Array<string | null>(width).fill(null));
        numberFormats.push(rowFormat ? new Array<string>(width).fill(rowFormat) : byColumn.slice());
        continue;
      }
      const rowFormulas = this.formulas[r]!;
      const formats = this.formats[r]!;
      fit(cells, width, null);
      fit(rowFormulas, width, null);
      fit(formats, width, null);
      for (let c = 0; c < width; c++) if (formats[c] === null) formats[c] = rowFormat || byColumn[c]!;
      values.push(cells);
      formulas.push(rowFormulas);
      numberFormats.push(formats as string[]);
    }
    return { values, formulas, numberFormats };
  }
}

/** A row as the sheet describes it: its format, and how far its cells go. */
export interface RowInfo {
  style: number;
  /** Holds a value, a formula or part of a merged area. */
  filled: boolean;
  /** One past the last column that has a cell with a value or a format. */
  width: number;
}

/**
 * The grids' height and width: every row the sheet lists (an empty row with a format too) when any row
 * holds something, and the widest row that does. A merged area's cells are there, and their rows hold
 * something (ExcelJS's counting, kept).
 */
export function sheetSize(rows: RowInfo[], merges: readonly CellRange[]): { height: number; width: number } {
  for (const mg of merges) {
    for (let r = mg.top; r <= mg.bottom; r++) {
      const ri = (rows[r] ??= { style: 0, filled: false, width: 0 });
      if (r > mg.top || mg.right > mg.left) {
        ri.filled = true;
        ri.width = Math.max(ri.width, mg.right + 1);
      }
    }
  }
  let height = 0;
  let width = 0;
  let anyFilled = false;
  rows.forEach((ri, r) => {
    height = r + 1;
    if (!ri.filled) return;
    anyFilled = true;
    width = Math.max(width, ri.width);
  });
  return { height: anyFilled ? height : 0, width };
}

/** Each column's number format, from the column ranges' styles (`<col style>`); General elsewhere. */
export function columnFormats(
  colStyles: readonly { min: number; max: number; style: number }[],
  formats: readonly (string | undefined)[],
  width: number,
): string[] {
  const byColumn = new Array<string>(width).fill('General');
  for (const cs of colStyles) {
    const code = formats[cs.style];
    if (code) for (let c = Math.max(0, cs.min); c <= Math.min(cs.max, width - 1); c++) byColumn[c] = code;
  }
  return byColumn;
}

/** A merged area's value sits in its top-left cell only. */
export function clearMerged(
  values: CellValue[][],
  formulas: (string | null)[][],
  merges: readonly CellRange[],
): void {
  const width = values[0]?.length ?? 0;
  for (const mg of merges) {
    for (let r = mg.top; r <= Math.min(mg.bottom, values.length - 1); r++)
      for (let c = mg.left; c <= Math.min(mg.right, width - 1); c++) {
        if (r === mg.top && c === mg.left) continue;
        values[r]![c] = null;
        formulas[r]![c] = null;
      }
  }
}
