import { NumberReading, readCell, Reading } from '../numbers/read';
import { SheetReader } from '../sheet/snapshot';
import { ParsedTable } from './model';

const MONEY_ROLES = new Set(['pagu', 'realisasiRp']);

/** Reads a table's cells with each column's settled convention (the sheet's when the column has none). */
export class TableCells {
  private readonly sheetConvention: 'id' | 'en' | null;
  private readonly money = new Set<number>();
  private readonly cache = new Map<number, Reading>();

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
    if (col === null) return { kind: 'empty' };
    const key = row * 16384 + col;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const own = this.table.conventions.get(col);
    // A cell covered by a merge from its left holds nothing of its own (reported as merged-value-cells).
    const merge = this.sheet.merge(row, col);
    const value = merge && merge.left !== col ? null : this.sheet.value(row, col);
    const reading = readCell(value, this.sheet.numberFormat(row, col), {
      convention: own === 'id' || own === 'en' ? own : this.sheetConvention,
      preferThousands: this.money.has(col),
    });
    this.cache.set(key, reading);
    return reading;
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
