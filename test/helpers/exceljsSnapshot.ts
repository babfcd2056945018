import ExcelJS from 'exceljs';
import { CellRange, CellValue, SheetSnapshot } from '../../src/core/sheet/snapshot';
import { parseA1 } from '../../src/core/sheet/address';

/*
 * A worksheet read through ExcelJS, as the core's snapshot: an independent reader of the files we write and
 * of the files the project's own reader (src/xlsx/sheetRead.ts) reads, to check one against the other.
 */

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** ExcelJS's many value shapes, as Excel itself would report them through Office.js. */
function valueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String((value as { text: unknown }).text);
  return String(value);
}

/**
 * A cell's value and formula. ExcelJS keeps a formula's cached result in `cell.result` (its `value` drops a
 * result of 0), and spells a shared formula's dependent out in `cell.formula` only.
 */
function cellOf(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    const formula = cell.formula;
    return { value: result === undefined ? null : valueOf(result), formula: formula ? `=${formula}` : null };
  }
  return { value: valueOf(cell.value), formula: null };
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  // ExcelJS keeps merges as "A1:K1" strings on its model.
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.map((m) => {
    const [a, b] = m.split(':');
    const s = parseA1(a!);
    const e = parseA1(b ?? a!);
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  });
}

/** One worksheet as the core's snapshot, from A1 to the last used cell. */
export function snapshotOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges = mergesOf(ws);
  const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const colCount = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const slave = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slave.add(r * 16384 + c);
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = ws.getRow(r + 1);
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: string[] = [];
    for (let c = 0; c < colCount; c++) {
      const cell = row.getCell(c + 1);
      const { value, formula } = slave.has(r * 16384 + c) ? { value: null, formula: null } : cellOf(cell);
      vRow.push(value);
      fRow.push(formula);
      nRow.push(cell.numFmt || 'General');
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
}
