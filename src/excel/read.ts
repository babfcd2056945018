import { CellRange, CellValue, SheetSnapshot } from '../core/sheet/snapshot';
import { parseA1 } from '../core/sheet/address';
import { RangeProxy, WorkbookContext, WorksheetProxy } from './api';

export interface WorkbookRead {
  readonly active: string;
  readonly sheets: readonly SheetSnapshot[];
}

const RANGE_PROPS = 'address,rowIndex,columnIndex,values,formulas,numberFormat,valueTypes';

/** "Sheet1!B3:K58" → its range; quoted sheet names included. */
function rangeOf(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [a, b] = local.split(':');
  const s = parseA1(a!);
  const e = parseA1(b ?? a!);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

interface Pending {
  readonly sheet: WorksheetProxy;
  readonly used: RangeProxy;
  readonly merged: ReturnType<NonNullable<RangeProxy['getMergedAreasOrNullObject']>> | null;
}

function queueSheet(sheet: WorksheetProxy, mergedAreas: boolean): Pending {
  const used = sheet.getUsedRangeOrNullObject();
  used.load(RANGE_PROPS);
  // Merged areas need ExcelApi 1.13; without it the sheet is read without them (parsing still works).
  const merged = mergedAreas && used.getMergedAreasOrNullObject ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address,areas/items/address');
  return { sheet, used, merged };
}

function snapshotOf(name: string, p: Pending): SheetSnapshot {
  if (p.used.isNullObject) {
    return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
  }
  const used = rangeOf(p.used.address);
  const origin = { row: used.top, col: used.left };
  const values: CellValue[][] = p.used.values.map((row, r) =>
    row.map((v, c): CellValue => {
      // Errors come back as text ("#REF!"); valueTypes tells them from text that looks like one.
      if (p.used.valueTypes[r]?.[c] === 'Error') return { error: String(v) };
      if (v === '' || v === null || v === undefined) return null;
      return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    }),
  );
  const formulas = p.used.formulas.map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  const merges =
    p.merged && !p.merged.isNullObject ? p.merged.areas.items.map((a) => rangeOf(a.address)) : [];
  return {
    name,
    origin,
    values,
    formulas,
    numberFormats: p.used.numberFormat.map((r) => r.map(String)),
    merges,
  };
}

/**
 * Reads the active sheet and the workbook's sheet list in one sync; the other sheets (an IKU table, our
 * registry) in one more when the workbook has any. The count never depends on the number of rows.
 */
export async function readWorkbook(context: WorkbookContext): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const activeSheet = sheets.getActiveWorksheet();
  activeSheet.load('name');
  const active = queueSheet(activeSheet, context.supports(13));
  await context.sync();

  const others = sheets.items.filter((s) => s.name !== activeSheet.name);
  const pending = others.map((s) => ({ name: s.name, p: queueSheet(s, context.supports(13)) }));
  if (pending.length > 0) await context.sync();

  const byName = new Map<string, SheetSnapshot>([[activeSheet.name, snapshotOf(activeSheet.name, active)]]);
  for (const { name, p } of pending) byName.set(name, snapshotOf(name, p));
  return {
    active: activeSheet.name,
    sheets: sheets.items.map((s) => byName.get(s.name)!),
  };
}
