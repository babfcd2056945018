import ExcelJS from 'exceljs';
import { Cell, SheetSpec } from '../helpers/build';

/** A cell of an office's file as the corpus truth reads it: its constant, or its formula and cached result. */
function cellOf(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('formula' in v || 'sharedFormula' in v) {
    const result = cell.result;
    return { formula: cell.formula, ...(typeof result === 'number' ? { result } : {}) };
  }
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  return null;
}

/** An office's workbook as the corpus's sheet specs: every value, formula, merge and number format. */
export async function sheetsFromFile(file: string): Promise<SheetSpec[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    const formats: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's other cells repeat its first cell's value in ExcelJS: the file holds none there.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[c - 1] = cellOf(cell);
        if (cell.numFmt) formats[cell.address] = cell.numFmt;
      });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    const merges = [...ws.model.merges];
    return { name: ws.name, rows: Array.from(rows, (x) => x ?? []), merges, formats };
  });
}
