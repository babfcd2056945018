import { readText } from '../numbers/read';
import { SheetReader } from '../sheet/snapshot';
import { ColumnNumbering, readNumbering } from './numbering';
import {
  barePeriodIndex,
  isHeaderEvidence,
  isMeasureLabel,
  periodLabel,
  termsOf,
  yearLabel,
} from './vocabulary';

export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  /** The "1 2 3 4" row under the header, if any. */
  readonly numberRow: number | null;
  readonly numbering: ColumnNumbering | null;
  readonly left: number;
  readonly right: number;
}

/** A filled cell of a row: the cell itself, or the top-left cell of a merged area. */
interface Anchor {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly text: string;
  readonly value: unknown;
}

function anchorsOf(sheet: SheetReader, row: number, from: number, to: number): Anchor[] {
  const out: Anchor[] = [];
  for (let c = from; c <= to; c++) {
    const m = sheet.merge(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    if (sheet.isEmpty(row, c)) continue;
    out.push({
      left: c,
      right: m ? m.right : c,
      bottom: m ? m.bottom : row,
      text: sheet.text(row, c),
      value: sheet.value(row, c),
    });
  }
  return out;
}

interface RowReading {
  readonly anchors: readonly Anchor[];
  /** Anchors that are header words (catalogue terms). */
  readonly words: number;
  /** Anchors that are sub-labels: periods, years, K/Rp, numbers in a run. */
  readonly subs: number;
  /** Anchors that are figures: numbers no header holds. */
  readonly figures: number;
}

/** Whole numbers 1..99 (typed or text) in a non-decreasing run of three or more: column or period numbers. */
function runNumbers(anchors: readonly Anchor[]): Set<Anchor> {
  const small = (a: Anchor): number | null => {
    const n = typeof a.value === 'number' ? a.value : Number(a.text.replace(/^\((\d+)\)$/, '$1'));
    return Number.isInteger(n) && n > 0 && n < 100 ? n : null;
  };
  const out = new Set<Anchor>();
  let run: Anchor[] = [];
  let prev = 0;
  const flush = (): void => {
    if (run.length >= 3) run.forEach((a) => out.add(a));
    run = [];
  };
  for (const a of anchors) {
    const n = small(a);
    if (n === null || n < prev) {
      flush();
      prev = 0;
    }
    if (n !== null) {
      run.push(a);
      prev = n;
    }
  }
  flush();
  return out;
}

function readRow(sheet: SheetReader, row: number): RowReading {
  const anchors = anchorsOf(sheet, row, sheet.firstCol, sheet.lastCol);
  const inRun = runNumbers(anchors);
  // Data rows hold figures: seen first, they need no word lookups.
  for (const a of anchors) {
    if (inRun.has(a)) continue;
    // "100 %" and "25 org" typed as text are figures too; an error value or a boolean is no label.
    const text = typeof a.value === 'number' ? String(a.value) : typeof a.value === 'string' ? a.text : null;
    const figure = text === null || (yearLabel(text) === null && readText(text).kind === 'number');
    if (figure) return { anchors, words: 0, subs: 0, figures: 1 };
  }
  let words = 0;
  let subs = 0;
  for (const a of anchors) {
    if (inRun.has(a) || typeof a.value === 'number') subs++;
    else if (periodLabel(a.text) || isMeasureLabel(a.text) || yearLabel(a.text) !== null) subs++;
    else if (barePeriodIndex(a.text) !== null) subs++;
    // A long cell is a name ("Program Penunjang …") unless it is made of several header words.
    else if (isHeaderEvidence(a.text) && (a.text.length <= 60 || termsOf(a.text).size >= 2)) words++;
  }
  return { anchors, words, subs, figures: 0 };
}

/** A row made of header labels: words, with sub-labels, and no figures. */
function isHeaderRow(r: RowReading): boolean {
  const filled = r.anchors.length;
  return r.figures === 0 && r.words >= 2 && (r.words + r.subs) / filled >= 0.6;
}

/** A lower header row: sub-labels and words (one odd label in four allowed), none in the first column. */
function isSubRow(r: RowReading, left: number): boolean {
  const known = r.subs + r.words;
  return (
    r.anchors.length > 0 &&
    r.figures === 0 &&
    known >= 1 &&
    known >= r.anchors.length * 0.75 &&
    r.anchors.every((a) => a.left > left)
  );
}

/** A group label above a header row ("Realisasi" over the months), not a title across the sheet. */
function isGroupRow(r: RowReading, left: number, right: number): boolean {
  if (r.anchors.length === 0 || r.anchors.length > 3 || r.figures > 0) return false;
  return r.anchors.every(
    (a) =>
      a.left > left &&
      a.right - a.left < (right - left) * 0.9 &&
      a.text.length <= 60 &&
      isHeaderEvidence(a.text),
  );
}

function bandExtent(rows: readonly RowReading[]): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (const r of rows) {
    for (const a of r.anchors) {
      left = Math.min(left, a.left);
      right = Math.max(right, a.right);
    }
  }
  return { left, right };
}

/** The column-number row: right under the header, or after one empty row. */
function numberingBelow(
  sheet: SheetReader,
  bottom: number,
  left: number,
  right: number,
): ColumnNumbering | null {
  for (let r = bottom + 1; r <= Math.min(bottom + 2, sheet.lastRow); r++) {
    const found = readNumbering(sheet, r, left, right);
    if (found) return found;
    if (!sheet.rowIsEmpty(r)) return null;
  }
  return null;
}

/**
 * Every header band on the sheet, top to bottom: 1–4 rows of labels, group labels above or below their
 * sub-columns, merged or not. Which band really heads a table is settled by the roles its columns get
 * and the data under them (parse.ts).
 */
export function findHeaderBlocks(sheet: SheetReader): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const readings = new Map<number, RowReading>();
  const reading = (r: number): RowReading => {
    let known = readings.get(r);
    if (!known) {
      known = readRow(sheet, r);
      readings.set(r, known);
    }
    return known;
  };
  for (let r = sheet.firstRow; r <= sheet.lastRow; r++) {
    const first = reading(r);
    if (!isHeaderRow(first)) {
      readings.delete(r - 4);
      continue;
    }
    let top = r;
    let bottom = r;
    const rows = [first];
    let { left, right } = bandExtent(rows);
    while (bottom + 1 <= sheet.lastRow && bottom - top < 3) {
      if (readNumbering(sheet, bottom + 1, left, right)) break;
      const next = reading(bottom + 1);
      if (!isHeaderRow(next) && !isSubRow(next, left)) break;
      rows.push(next);
      bottom++;
      ({ left, right } = bandExtent(rows));
    }
    while (top - 1 >= sheet.firstRow && bottom - top < 3 && isGroupRow(reading(top - 1), left, right)) {
      rows.unshift(reading(top - 1));
      top--;
    }
    ({ left, right } = bandExtent(rows));
    const numbering = numberingBelow(sheet, bottom, left, right);
    blocks.push({ top, bottom, numberRow: numbering?.row ?? null, numbering, left, right });
    r = numbering?.row ?? bottom;
  }
  return blocks;
}

/** Header texts of one column, top row first, merged cells resolved, repeats dropped. */
export function columnHeaderPath(sheet: SheetReader, block: HeaderBlock, col: number): string[] {
  const path: string[] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const t = sheet.text(r, col) || groupTextFromLeft(sheet, block, r, col);

    if (t !== '' && path[path.length - 1] !== t) path.push(t);
  }
  // A column with no header text of its own sits under its left neighbour's header (C:D in one header).
  if (path.length === 0) {
    const inherited = groupTextFromLeft(sheet, block, block.top, col, true);
    if (inherited) path.push(inherited);
  }
  return path;
}

/**
 * A group header ("TARGET" over "K | Rp") that is not a merged cell: centred across its columns, or read
 * from a host that reports no merged areas. An empty upper header cell with a sub-header below it belongs
 * to the group on its left.
 */
function groupTextFromLeft(
  sheet: SheetReader,
  block: HeaderBlock,
  row: number,
  col: number,
  anyRow = false,
): string {
  if ((!anyRow && row === block.bottom) || sheet.merge(row, col)) return '';
  let below = false;
  for (let r = row + 1; r <= block.bottom; r++) if (sheet.text(r, col)) below = true;
  if (!below && !anyRow) return '';

  for (let c = col - 1; c >= block.left; c--) {
    if (sheet.merge(row, c)) return '';
    const t = sheet.text(row, c);
    if (t) return t;
  }
  return '';
}
