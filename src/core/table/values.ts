import { EMPTY_READING, NumberReading, readCell, ReadOptions, Reading } from '../numbers/read';
import { CellGrid } from '../sheet/grid';
import { SheetReader } from '../sheet/snapshot';
import { ParsedTable } from './model';

const MONEY_ROLES = new Set(['pagu', 'realisasiRp']);
const TEXTS_PER_COLUMN = 4096;

/**
 * A cell read as a figure. One covered by a merge from its left holds nothing of its own (reported as
 * merged-value-cells).
 */
export function readOwnCell(sheet: SheetReader, row: number, col: number, options: ReadOptions): Reading {
  const merge = sheet.merge(row, col);
  const value = merge && merge.left !== col ? null : sheet.value(row, col);
  return readCell(value, sheet.numberFormat(row, col), options);
}

/** Reads a table's cells with each column's settled convention (the sheet's when the column has none). */
export class TableCells {
  private readonly sheetConvention: 'id' | 'en' | null;
  private readonly money = new Set<number>();
  /** Readings by row then column: every rule asks for the same cells again. */
  private readonly cache = new CellGrid<Reading>();
  private readonly options: (ReadOptions | undefined)[] = [];
  private readonly byText: (Map<string, Reading> | undefined)[] = [];
  private readonly byNumber: (Map<string, Map<number, Reading>> | undefined)[] = [];

  constructor(
    readonly sheet: SheetReader,
    readonly table: ParsedTable,
  ) {
    const settled = [...table.conventions.values()].filter((c): c is 'id' | 'en' => c === 'id' || c === 'en');
    this.sheetConvention = settled.length > 0 && settled.every((c) => c === settled[0]) ? settled[0]! : null;
    for (const c of table.columns) {
      if (MONEY_ROLES.has(c.role.kind) || (c.role.kind === 'period' && c.role.measure === 'Rp'))
        this.money.add(c.col);
    }
  }

  read(row: number, col: number | null): Reading {
    if (col === null) return EMPTY_READING;
    const hit = this.cache.get(row, col);
    if (hit) return hit;
    const reading = this.readFresh(row, col);
    this.cache.set(row, col, reading);
    return reading;
  }

  /**
   * A text reads the same wherever its column has it ("10 dok", "80%" typed down thousands of rows): one
   * reading per text (or figure and format) and column (readings are read only), up to a bound for columns
   * of names and of rupiah.
   */
  private readFresh(row: number, col: number): Reading {
    const merge = this.sheet.merge(row, col);
    const value = merge && merge.left !== col ? null : this.sheet.value(row, col);
    if (typeof value === 'number' && !Object.is(value, -0)) {
      // A figure reads the same wherever its column shows it in the same format (0.9 under "0%").
      const numFmt = this.sheet.numberFormat(row, col);
      const byFormat = (this.byNumber[col] ??= new Map());
      let known = byFormat.get(numFmt);
      if (!known) byFormat.set(numFmt, (known = new Map()));
      let reading = known.get(value);
      if (!reading) {
        reading = readCell(value, numFmt, this.optionsFor(col));
        if (known.size < TEXTS_PER_COLUMN) known.set(value, reading);
      }
      return reading;
    }
    if (typeof value !== 'string') return readOwnCell(this.sheet, row, col, this.optionsFor(col));
    const known = (this.byText[col] ??= new Map());
    let reading = known.get(value);
    if (!reading) {
      reading = readCell(value, undefined, this.optionsFor(col));
      if (known.size < TEXTS_PER_COLUMN) known.set(value, reading);
    }
    return reading;
  }

  /** How a column's cells are read, made once per column. */
  private optionsFor(col: number): ReadOptions {
    let options = this.options[col];
    if (!options) {
      const own = this.table.conventions.get(col);
      options = {
        convention: own === 'id' || own === 'en' ? own : this.sheetConvention,
        preferThousands: this.money.has(col),
      };
      this.options[col] = options;
    }
    return options;
  }

  number(row: number, col: number | null): NumberReading | null {
    const r = this.read(row, col);
    return r.kind === 'number' ? r : null;
  }

  /** A formula whose value nobody computed yet (a file saved by a library, not by a spreadsheet). */
  uncomputed(row: number, col: number | null): boolean {
    return this.hasFormula(row, col) && this.read(row, col!).kind === 'empty';
  }

  hasFormula(row: number, col: number | null): boolean {
    return col !== null && this.sheet.formula(row, col) !== null;
  }
}
