import ExcelJS from 'exceljs';
import { CellRange, CellValue, SheetSnapshot } from '../core/sheet/snapshot';
import { parseA1 } from '../core/sheet/address';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** ExcelJS's many value shapes, as Excel itself would report them through Office.js. */
export function cellValueOf(value: ExcelJS.CellValue): { value: CellValue; formula: string | null } {
  if (value === null || value === undefined) return { value: null, formula: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return { value, formula: null };
  }
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_EPOCH) / 86400000, formula: null };
  if (typeof value === 'object') {
    if ('error' in value) return { value: { error: String(value.error) }, formula: null };
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const result = f.result === undefined ? null : cellValueOf(f.result as ExcelJS.CellValue).value;
      return { value: result, formula: f.formula ? `=${f.formula}` : null };
    }
    if ('richText' in value) return { value: value.richText.map((t) => t.text).join(''), formula: null };
    if ('text' in value) return { value: String((value as { text: unknown }).text), formula: null };
  }
  return { value: String(value), formula: null };
}

/**
 * A cell's value and formula. ExcelJS drops a formula's cached result when it is 0 from `cell.value`
 * (it copies only truthy fields), but keeps it in `cell.result`.
 */
export function cellOf(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const read = cellValueOf(cell.value);
  if (read.formula === null || read.value !== null) return read;
  const result = cell.result as ExcelJS.CellValue | undefined;
  return { value: result === undefined ? null : cellValueOf(result).value, formula: read.formula };
}

const NOTHING = { value: null, formula: null } as const;

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
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const slave = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slave.add(r * 16384 + c);
  }
  for (let r = 0; r < rowCount; r++) {
    const row = ws.getRow(r + 1);
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: string[] = [];
    for (let c = 0; c < colCount; c++) {
      const cell = row.getCell(c + 1);
      const { value, formula } = slave.size > 0 && slave.has(r * 16384 + c) ? NOTHING : cellOf(cell);
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
