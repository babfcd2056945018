/*
 * The reader of a sheet's XML as it was before it scanned by index: the regular expressions it used are the
 * specification the scanning reader (src/xlsx/sheetRead.ts, sharedStrings.ts) is checked against in
 * test/xlsx-read-scan.test.ts. Kept here only, as it was, so the two can be compared on any input; what
 * did not change (a value by its type, the grids' size, merged areas) is the reader's own.
 */
import { CellRange, CellValue, SheetSnapshot } from '../../src/core/sheet/snapshot';
import { parseA1, refColumn } from '../../src/core/sheet/address';
import { attr } from '../../src/xlsx/ooxml';
import { clearMerged, columnFormats, RowInfo, sheetSize } from '../../src/xlsx/sheetGrid';
import { shownText } from '../../src/xlsx/sharedStrings';
import { text, typed } from '../../src/xlsx/sheetRead';
import { slideFormula } from '../../src/xlsx/slideFormula';

/** What a sheet's cells refer to in the rest of the package. */
interface SheetContext {
  /** The shared strings, by index. */
  readonly strings: readonly string[];
  /** Each cell format's number format code (see `numberFormats`). */
  readonly formats: readonly (string | undefined)[];
}

/** The start tags the reader needs, with any prefix (`<x:c>`): rows, cells, column ranges, merged areas. */
const TAG = /<(?:([\w.-]+):)?(row|c|col|mergeCell)(?=[\s/>])([^>]*?)(\/?)>/g;
const F = /<(?:[\w.-]+:)?f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const V = /<(?:[\w.-]+:)?v(?=[\s>])[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
/**
 * One worksheet as the core's snapshot, read straight from its XML in one pass over the tags: no model of
 * the cells is built, only the grids the core reads. It spans what the core was given through ExcelJS before:
 * every row the sheet lists (an empty row with a format too) when any cell has a value, and the widest row
 * with values. A cell without a format of its own takes its row's, else its column's; a shared formula's
 * dependents are spelled out; a merged area's value sits in its top-left cell only.
 */
export function readSheetByRegex(name: string, xml: string, context: SheetContext): SheetSnapshot {
  const rows: RowInfo[] = [];
  const cellRow: number[] = [];
  const cellCol: number[] = [];
  const cellValue: CellValue[] = [];
  const cellFormula: (string | null)[] = [];
  const cellStyle: number[] = [];
  const colStyles: { min: number; max: number; style: number }[] = [];
  const merges: CellRange[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let info: RowInfo = { style: 0, filled: false, width: 0 };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, prefix, kind, attrs, empty] = m;
    if (kind === 'row') {
      const r = attr(attrs!, 'r');
      row = r ? parseInt(r, 10) - 1 : row + 1;
      col = -1;
      info = rows[row] ??= { style: 0, filled: false, width: 0 };
      info.style = parseInt(attr(attrs!, 's') ?? '0', 10) || 0;
      continue;
    }
    if (kind === 'col') {
      const style = parseInt(attr(attrs!, 'style') ?? '0', 10) || 0;
      if (style) {
        const min = parseInt(attr(attrs!, 'min') ?? '0', 10);
        colStyles.push({ min: min - 1, max: parseInt(attr(attrs!, 'max') ?? `${min}`, 10) - 1, style });
      }
      continue;
    }
    if (kind === 'mergeCell') {
      const [a, b] = (attr(attrs!, 'ref') ?? '').split(':');
      if (!a) continue;
      const s = parseA1(a);
      const e = parseA1(b ?? a);
      merges.push({ top: s.row, left: s.col, bottom: e.row, right: e.col });
      continue;
    }
    let inner = '';
    if (!empty) {
      const close = `</${prefix ? `${prefix}:` : ''}c>`;
      const end = xml.indexOf(close, TAG.lastIndex);
      inner = xml.slice(TAG.lastIndex, end < 0 ? xml.length : end);
      TAG.lastIndex = end < 0 ? xml.length : end + close.length;
    }
    const r = attr(attrs!, 'r');
    col = r ? refColumn(r) : col + 1;
    const style = parseInt(attr(attrs!, 's') ?? '0', 10) || 0;
    const t = attr(attrs!, 't');
    let value: CellValue = null;
    let formula: string | null = null;
    const f = inner ? F.exec(inner) : null;
    const fType = f ? attr(f[1]!, 't') : null;
    const v = inner ? V.exec(inner)?.[1] : undefined;
    const isFormula = f !== null && ((f[2] !== undefined && f[2] !== '') || fType !== null);
    if (isFormula) {
      const si = fType === 'shared' ? attr(f![1]!, 'si') : null;
      if (f![2]) {
        formula = text(f![2]);
        if (si !== null && attr(f![1]!, 'ref') !== null) shared.set(si, { formula, row, col });
      } else if (si !== null) {
        const lead = shared.get(si);
        if (lead) formula = slideFormula(lead.formula, row - lead.row, col - lead.col);
      }
      if (v) value = typed(t, v);
      formula = formula === null ? null : `=${formula}`;
    } else {
      const raw = t === 'inlineStr' ? itemTextByRegex(inner) : v;
      if (raw) value = t === 's' ? (context.strings[parseInt(raw, 10)] ?? '') : typed(t, raw);
      else if (!style) continue;
    }
    if (isFormula || value !== null) info.filled = true;
    if (col + 1 > info.width) info.width = col + 1;
    cellRow.push(row);
    cellCol.push(col);
    cellValue.push(value);
    cellFormula.push(formula);
    cellStyle.push(style);
  }
  const { height, width } = sheetSize(rows, merges);
  const { formats } = context;
  const byColumn = columnFormats(colStyles, formats, width);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    const own = rows[r]?.style ? formats[rows[r]!.style] : undefined;
    numberFormats.push(own ? new Array<string>(width).fill(own) : byColumn.slice());
  }
  for (let i = 0; i < cellRow.length; i++) {
    const r = cellRow[i]!;
    const c = cellCol[i]!;
    if (r >= height || c >= width) continue;
    values[r]![c] = cellValue[i]!;
    formulas[r]![c] = cellFormula[i]!;
    numberFormats[r]![c] = (cellStyle[i] ? formats[cellStyle[i]!] : undefined) ?? 'General';
  }
  clearMerged(values, formulas, merges);
  return { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/**
 * The text a string item shows (`<si>` or a cell's `<is>`): its `<t>`, or its rich runs' `<t>`s joined; the
 * phonetic runs (`<rPh>`) are a reading aid, not shown.
 */
export function itemTextByRegex(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m; m = TEXT.exec(body)) text += m[1] ?? '';
  return shownText(text);
}

/** The shared strings part's items, in order. */
export function sharedStringsByRegex(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? itemTextByRegex(m[1]) : '');
  return out;
}
