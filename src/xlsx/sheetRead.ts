import { CellRange, CellValue, SheetSnapshot } from '../core/sheet/snapshot';
import { parseA1, refColumn } from '../core/sheet/address';
import { attrAt, attrEnd, attrIn, isSpace, unescapeXml, valueAt } from './ooxml';
import { Child, digits, formulaAndValue, localName, nameEnd } from './readScan';
import { itemText } from './sharedStrings';
import { clearMerged, columnFormats, RowInfo, SheetGrid, sheetSize } from './sheetGrid';
import { slideFormula } from './slideFormula';

/** What a sheet's cells refer to in the rest of the package. */
export interface SheetContext {
  /** The shared strings, by index. */
  readonly strings: readonly string[];
  /** Each cell format's number format code (see `numberFormats`). */
  readonly formats: readonly (string | undefined)[];
}

/** The start tags the reader needs, with any prefix (`<x:c>`): rows, cells, column ranges, merged areas. */
const ROW = 1;
const CELL = 2;
const COL = 3;
const MERGE = 4;

/** Which of the reader's tags the name [i, j) is (`row|c|col|mergeCell`), else 0. */
function kindOf(xml: string, i: number, j: number): number {
  if (j - i === 1) return xml.charCodeAt(i) === 99 ? CELL : 0;
  if (j - i === 3) return xml.startsWith('row', i) ? ROW : xml.startsWith('col', i) ? COL : 0;
  return j - i === 9 && xml.startsWith('mergeCell', i) ? MERGE : 0;
}

/** `parseInt(attr(tag, name) ?? '0', 10) || 0` over the tag's attributes [from, to): a style index. */
function intAttr(xml: string, from: number, to: number, name: string): number {
  const at = attrAt(xml, from, to, name);
  if (at < 0) return 0;
  const end = attrEnd(xml, at);
  const n = digits(xml, at, end);
  return n >= 0 ? n : parseInt(valueAt(xml, at, end), 10) || 0;
}

/** A row's index from its `r` (1-based), else the one after `row`. */
function rowAttr(xml: string, from: number, to: number, row: number): number {
  const at = attrAt(xml, from, to, 'r');
  if (at < 0) return row + 1;
  const end = attrEnd(xml, at);
  const n = digits(xml, at, end);
  if (n >= 0) return n - 1;
  const r = valueAt(xml, at, end);
  return r ? parseInt(r, 10) - 1 : row + 1;
}

/** A cell's column from its `r` as `refColumn` reads it ("AB12", in place), else the one after `col`. */
function cellColumn(xml: string, from: number, to: number, col: number): number {
  const at = attrAt(xml, from, to, 'r');
  if (at < 0) return col + 1;
  const end = attrEnd(xml, at);
  let c = 0;
  let i = at;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  if (i > at && i - at <= 3 && i < end && digits(xml, i, end) >= 0) return c - 1;
  const r = valueAt(xml, at, end);
  return r ? refColumn(r) : col + 1;
}

/** The cell types (`t`) as constants: reading one makes no string. */
const TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'd', 'n'];

function typeAttr(xml: string, from: number, to: number): string | null {
  const at = attrAt(xml, from, to, 't');
  if (at < 0) return null;
  const end = attrEnd(xml, at);
  for (const t of TYPES) if (end - at === t.length && xml.startsWith(t, at)) return t;
  return valueAt(xml, at, end);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export const text = (raw: string): string => {
  const t = raw.includes('&') ? unescapeXml(raw) : raw;
  return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
};

/** A cached value as its type says (`t`): a number, text, a boolean or an error. */
export function typed(t: string | null, raw: string): CellValue {
  switch (t) {
    case 'str':
    case 'inlineStr':
      return text(raw);
    case 'b':
      return parseInt(raw, 10) !== 0;
    case 'e':
      return { error: raw };
    case 'd': {
      const ms = Date.parse(raw);
      return Number.isNaN(ms) ? text(raw) : (ms - EXCEL_EPOCH) / 86400000;
    }
    default:
      return parseFloat(raw);
  }
}

/** `typed(t, xml.slice(from, to))`, a whole number read in place. */
function typedAt(t: string | null, xml: string, from: number, to: number): CellValue {
  if (t !== 'str' && t !== 'inlineStr' && t !== 'b' && t !== 'e' && t !== 'd') {
    const n = digits(xml, from, to);
    if (n >= 0) return n;
  }
  return typed(t, xml.slice(from, to));
}

/** The shared string a cell's `<v>` [from, to) indexes. */
function sharedAt(strings: readonly string[], xml: string, from: number, to: number): string {
  const n = digits(xml, from, to);
  return strings[n >= 0 ? n : parseInt(xml.slice(from, to), 10)] ?? '';
}

/**
 * One worksheet as the core's snapshot, read straight from its XML in one pass over the tags: no model of
 * the cells is built, only the grids the core reads. It spans what the core was given through ExcelJS before:
 * every row the sheet lists (an empty row with a format too) when any cell has a value, and the widest row
 * with values. A cell without a format of its own takes its row's, else its column's; a shared formula's
 * dependents are spelled out; a merged area's value sits in its top-left cell only.
 */
export function readSheet(name: string, xml: string, context: SheetContext): SheetSnapshot {
  const rows: RowInfo[] = [];
  const grid = new SheetGrid();
  const { formats } = context;
  const colStyles: { min: number; max: number; style: number }[] = [];
  const merges: CellRange[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let info: RowInfo = { style: 0, filled: false, width: 0 };
  const f = new Child();
  const v = new Child();
  // The last cell's prefix (with its colon) and the end tag it closes with.
  let prefix = '';
  let close = '</c>';
  let pos = 0;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', pos)) {
    pos = lt + 1;
    const i = localName(xml, lt + 1, xml.length);
    const j = nameEnd(xml, i, xml.length);
    const kind = kindOf(xml, i, j);
    const after = xml.charCodeAt(j);
    if (!kind || !(after === 47 || after === 62 || isSpace(after))) continue;
    const gt = xml.indexOf('>', j);
    if (gt < 0) break;
    pos = gt + 1;
    const empty = gt > j && xml.charCodeAt(gt - 1) === 47;
    const attrsEnd = empty ? gt - 1 : gt;
    if (kind === ROW) {
      row = rowAttr(xml, j, attrsEnd, row);
      col = -1;
      info = rows[row] ??= { style: 0, filled: false, width: 0 };
      info.style = intAttr(xml, j, attrsEnd, 's');
      continue;
    }
    if (kind === COL) {
      const style = intAttr(xml, j, attrsEnd, 'style');
      if (style) {
        const min = parseInt(attrIn(xml, j, attrsEnd, 'min') ?? '0', 10);
        const max = parseInt(attrIn(xml, j, attrsEnd, 'max') ?? `${min}`, 10);
        colStyles.push({ min: min - 1, max: max - 1, style });
      }
      continue;
    }
    if (kind === MERGE) {
      const [a, b] = (attrIn(xml, j, attrsEnd, 'ref') ?? '').split(':');
      if (!a) continue;
      const s = parseA1(a);
      const e = parseA1(b ?? a);
      merges.push({ top: s.row, left: s.col, bottom: e.row, right: e.col });
      continue;
    }
    const innerStart = pos;
    let innerEnd = pos;
    if (!empty) {
      if (i - lt - 1 !== prefix.length || !xml.startsWith(prefix, lt + 1)) {
        prefix = xml.slice(lt + 1, i);
        close = `</${prefix}c>`;
      }
      const end = xml.indexOf(close, pos);
      innerEnd = end < 0 ? xml.length : end;
      pos = end < 0 ? xml.length : end + close.length;
    }
    col = cellColumn(xml, j, attrsEnd, col);
    const style = intAttr(xml, j, attrsEnd, 's');
    const t = typeAttr(xml, j, attrsEnd);
    let value: CellValue = null;
    let formula: string | null = null;
    const found = formulaAndValue(xml, innerStart, innerEnd, f, v);
    const hasF = (found & 1) !== 0;
    const fType = hasF ? attrIn(xml, f.attrsStart, f.attrsEnd, 't') : null;
    const hasV = (found & 2) !== 0 && v.textEnd > v.textStart;
    const isFormula = hasF && (f.textEnd > f.textStart || fType !== null);
    if (isFormula) {
      const si = fType === 'shared' ? attrIn(xml, f.attrsStart, f.attrsEnd, 'si') : null;
      if (f.textEnd > f.textStart) {
        formula = text(xml.slice(f.textStart, f.textEnd));
        if (si !== null && attrAt(xml, f.attrsStart, f.attrsEnd, 'ref') >= 0)
          shared.set(si, { formula, row, col });
      } else if (si !== null) {
        const lead = shared.get(si);
        if (lead) formula = slideFormula(lead.formula, row - lead.row, col - lead.col);
      }
      if (hasV) value = typedAt(t, xml, v.textStart, v.textEnd);
      formula = formula === null ? null : `=${formula}`;
    } else if (t === 'inlineStr') {
      const raw = itemText(xml, innerStart, innerEnd);
      if (raw) value = typed(t, raw);
      else if (!style) continue;
    } else if (hasV) {
      value =
        t === 's'
          ? sharedAt(context.strings, xml, v.textStart, v.textEnd)
          : typedAt(t, xml, v.textStart, v.textEnd);
    } else if (!style) continue;
    if (isFormula || value !== null) info.filled = true;
    if (col + 1 > info.width) info.width = col + 1;
    grid.set(row, col, value, formula, (style ? formats[style] : undefined) ?? 'General');
  }
  const { height, width } = sheetSize(rows, merges);
  const byColumn = columnFormats(colStyles, formats, width);
  const own = (r: number): string | undefined => (rows[r]?.style ? formats[rows[r]!.style] : undefined);
  const { values, formulas, numberFormats } = grid.grids(height, width, own, byColumn);
  clearMerged(values, formulas, merges);
  return { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
}
