import type { FakeChart } from './charts';
import { parseA1 } from '../../src/core/sheet/address';
import { CellRange } from '../../src/core/sheet/snapshot';
import { inside, intersects } from './address';
import { officeError } from './errors';

export interface FakeCell {
  /** A constant: number, boolean or text (text may begin with '=': it is still text). */
  value: string | number | boolean | null;
  /** A formula, starting with '='. */
  formula?: string;
  error?: string;
  numberFormat: string;
  format: Record<string, unknown>;
}

/** A conditional format as Excel keeps it: its type, the range it applies to, and its rule. */
export interface FakeConditional {
  readonly type: string;
  range: CellRange;
  formula: string;
  fill: string;
  fontColor: string;
  barColor: string;
}

const WIDTH = 16384;

/**
 * One worksheet. Cells are kept only where something was written, so clearing or deleting costs what exists,
 * never the area (A:XFD is 17 billion cells).
 */
let sheetsMade = 0;

export class FakeSheet {
  private readonly store = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  conditionals: FakeConditional[] = [];
  visibility = 'Visible';
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  charts: FakeChart[] = [];
  readonly page: Record<string, unknown> = {};
  /** Rows (0-based) a manual page break comes before. */
  pageBreaks: number[] = [];
  /** Excel tables (ListObjects): a name and the range with its header row. */
  tables: { name: string; range: CellRange }[] = [];
  /** Worksheet protection (Review › Protect Sheet): every write to it is refused. */
  protected = false;
  /** Worksheet.id: a GUID in Excel, which stays when the sheet is renamed. */
  readonly id = `{${String(++sheetsMade).padStart(8, '0')}-0001-0000-0000-000000000000}`;
  constructor(public name: string) {}

  get cells(): ReadonlyMap<number, FakeCell> {
    return this.store;
  }

  static key(row: number, col: number): number {
    return row * WIDTH + col;
  }

  static position(key: number): { row: number; col: number } {
    return { row: Math.floor(key / WIDTH), col: key % WIDTH };
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.store.get(FakeSheet.key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let c = this.store.get(k);
    if (!c) {
      c = { value: null, numberFormat: 'General', format: {} };
      this.store.set(k, c);
    }
    return c;
  }

  /** A cell with no value and no format is no cell at all (as in Excel, where it adds nothing to the used range). */
  forgetIfEmpty(row: number, col: number): void {
    const c = this.cell(row, col);
    if (c && !isUsed(c)) this.store.delete(FakeSheet.key(row, col));
  }

  /** Removes what `what` names from the cells that exist inside the range. */
  clear(range: CellRange, what: 'All' | 'Contents' | 'Formats'): void {
    for (const [k, c] of this.store) {
      const { row, col } = FakeSheet.position(k);
      if (!inside(row, col, range)) continue;
      if (what === 'All') {
        this.store.delete(k);
        continue;
      }
      if (what === 'Contents') {
        c.value = null;
        delete c.formula;
        delete c.error;
      } else {
        c.numberFormat = 'General';
        c.format = {};
      }
      if (!isUsed(c)) this.store.delete(k);
    }
  }

  /** The used range: cells with a value, or (unless `valuesOnly`) with any formatting. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.store) {
      if (valuesOnly ? !hasContent(c) : !isUsed(c)) continue;
      const { row, col } = FakeSheet.position(k);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  mergesIn(range: CellRange): CellRange[] {
    return this.merges.filter((m) => intersects(m, range));
  }

  /** The merged area a cell belongs to, when it is not that area's top-left cell. */
  mergedNonAnchor(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => inside(row, col, m) && (row !== m.top || col !== m.left));
  }

  assertWritable(): void {
    if (this.protected)
      throw officeError(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet ("${this.name}").`,
      );
  }

  /** The formula of a formula cell, else its constant. */
  at(address: string): string | number | boolean | null {
    const { row, col } = parseA1(address);
    const c = this.cell(row, col);
    return c?.formula ?? c?.value ?? null;
  }

  isFormula(address: string): boolean {
    const { row, col } = parseA1(address);
    return this.cell(row, col)?.formula !== undefined;
  }
}

export function hasContent(c: FakeCell): boolean {
  return c.formula !== undefined || c.error !== undefined || (c.value !== null && c.value !== '');
}

export function isUsed(c: FakeCell): boolean {
  return hasContent(c) || c.numberFormat !== 'General' || Object.keys(c.format).length > 0;
}
