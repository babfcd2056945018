/**
 * Values by row then column, in arrays rather than one map keyed by cell: tables of tens of thousands of
 * rows are filled and read cell by cell, and a map that keeps growing costs rehashing and garbage.
 */
export class CellGrid<T> {
  private readonly rows: (T | undefined)[][] = [];
  /** Cells set, kept as they are: values() makes its array at its final size (no growing copies). */
  private count = 0;

  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }

  /** Sets the cell's value; returns the value it replaces, if any. */
  set(row: number, col: number, value: T): T | undefined {
    const cells = (this.rows[row] ??= []);
    const before = cells[col];
    cells[col] = value;
    if (before === undefined) this.count++;
    return before;
  }

  /** Every value, row by row, left to right. */
  values(): T[] {
    const out = new Array<T>(this.count);
    let n = 0;
    for (const row of this.rows) if (row) for (const v of row) if (v !== undefined) out[n++] = v;
    return out;
  }
}
