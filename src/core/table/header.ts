import { readText } from '../numbers/read';
import { SheetReader } from '../sheet/snapshot';
import { ColumnNumbering, readNumbering } from './numbering';
import { isNumberedPeriod } from './periodRun';
import {
  barePeriodIndex,
  GROUP_WORD,
  hasHeaderTerm,
  isHeaderEvidence,
  isMeasureLabel,
  MEASURE_WORD,
  periodAtEnd,
  periodLabel,
  termsOf,
  yearLabel,
  yearsIn,
} from './vocabulary';

export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  /** The "1 2 3 4" row under the header, if any. */
  readonly numbering: ColumnNumbering | null;
  readonly left: number;
  readonly right: number;
}

/** The band's last row, its column-number row included: the data start below it. */
export function headerEnd(block: HeaderBlock): number {
  return block.numbering?.last ?? block.bottom;
}

/** A filled cell of a row: the cell itself, or the top-left cell of a merged area. */
interface Anchor {
  readonly left: number;
  readonly right: number;
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

/**
 * Whole numbers 1..99 (typed or text) in an increasing run of three or more: column or period numbers. A run
 * of equal numbers is figures (1, 1, 1: three indicators at 100 % typed as fractions).
 */
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
  // Column and period numbers count up from a small start, a step or two at a time: 58, 61, 95 are figures.
  for (const a of anchors) {
    const n = small(a);
    const continues = n !== null && (run.length === 0 ? n <= 20 : n > prev && n - prev <= 2);
    if (!continues) {
      flush();
      prev = 0;
    }
    if (n !== null && (run.length > 0 || n <= 20)) {
      run.push(a);
      prev = n;
    }
  }
  flush();
  return out;
}

/** A data row seen at a glance: a typed number no header holds (not a small column number or a year). */
const FIGURE_ROW: RowReading = { anchors: [], words: 0, subs: 0, figures: 1 };

function hasPlainFigure(sheet: SheetReader, row: number): boolean {
  for (let c = sheet.firstCol; c <= sheet.lastCol; c++) {
    const v = sheet.raw(row, c);
    if (typeof v === 'number' && (v >= 100 || v < 0 || !Number.isInteger(v)) && (v < 1900 || v > 2100))
      return true;
  }
  return false;
}

function readRow(sheet: SheetReader, row: number): RowReading {
  if (hasPlainFigure(sheet, row)) return FIGURE_ROW;
  const anchors = anchorsOf(sheet, row, sheet.firstCol, sheet.lastCol);
  const inRun = runNumbers(anchors);
  // Data rows hold figures: seen first, they need no word lookups. Typed numbers first (cheapest), then
  // text that starts like a number ("25 org", "Rp 1.234").
  for (const a of anchors) {
    if (typeof a.value === 'number' && !inRun.has(a) && yearLabel(String(a.value)) === null)
      return { anchors, words: 0, subs: 0, figures: 1 };
  }
  for (const a of anchors) {
    if (typeof a.value === 'string' && !/^\s*[-+(−]?\s*(rp\.?\s*)?\d/i.test(a.value)) continue;
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
    else if (
      periodLabel(a.text) ||
      periodAtEnd(a.text) ||
      isMeasureLabel(a.text) ||
      yearLabel(a.text) !== null
    )
      subs++;
    else if (barePeriodIndex(a.text) !== null || isNumberedPeriod(a.text)) subs++;
    // Periods, years and measures are counted above: only the catalogue words are left to look for. A long
    // cell is a name ("Program Penunjang …") unless it is made of several header words.
    else if (hasHeaderTerm(a.text) && (a.text.length <= 60 || termsOf(a.text).size >= 2)) words++;
  }
  return { anchors, words, subs, figures: 0 };
}

/** A row made of header labels: words, with sub-labels, and no figures. */
function isHeaderRow(r: RowReading): boolean {
  const filled = r.anchors.length;
  return (
    r.figures === 0 && (r.words >= 2 || (r.words >= 1 && r.subs >= 2)) && (r.words + r.subs) / filled >= 0.6
  );
}

/**
 * A lower header row: sub-labels and words (one odd label in four allowed). In the band's first column only
 * short labels (K | Rp, TW I, "Target"): a name there starts a data row.
 */
function isSubRow(r: RowReading, left: number): boolean {
  const known = r.subs + r.words;
  return (
    r.anchors.length > 0 &&
    r.figures === 0 &&
    known >= 1 &&
    known >= r.anchors.length * 0.75 &&
    // Lower header labels are short; "PROGRAM PENGARUSUTAMAAN GENDER …" beside an "I" is a data row.
    r.anchors.every((a) => a.text.length <= 40) &&
    (r.anchors.every((a) => a.left > left) ||
      r.subs === r.anchors.length ||
      r.anchors.every((a) => a.text.length <= 25))
  );
}

/** Period numbers or K/Rp labels above the labelled row: several, none in the first column. */
function isUpperSubRow(r: RowReading, left: number): boolean {
  return r.anchors.length >= 2 && r.subs + r.words >= 2 && isSubRow(r, left);
}

/** A group label above a header row ("Realisasi" over the months), not a title across the sheet. */
function isGroupRow(r: RowReading, left: number, right: number): boolean {
  if (r.anchors.length === 0 || r.anchors.length > 3 || r.figures > 0) return false;
  // One figure word typed in the first column, right over the header ("REALISASI"): a group label, where a
  // title names the table ("INDIKATOR KINERJA UTAMA").
  const only = r.anchors.length === 1 ? r.anchors[0]! : null;
  if (
    only &&
    only.text.split(/\s+/).length <= 2 &&
    GROUP_WORD.test(only.text) &&
    yearsIn(only.text).length === 0
  )
    return true;
  // A year alone over the header ("Tahun Anggaran 2023", "TA 2023") is the group of the year's columns; a
  // title says more ("Laporan Realisasi Tahun 2023").
  if (only && (yearLabel(only.text) !== null || /^tahun anggaran (19|20)\d\d$/i.test(only.text.trim())))
    return true;
  // At the band's first column only a label merged over a group of columns, not a title across the sheet.
  return r.anchors.every(
    (a) =>
      (a.left > left || a.right > a.left) &&
      !(a.left <= left && a.right >= right - 1) &&
      a.text.length <= 60 &&
      isHeaderEvidence(a.text),
  );
}

/**
 * A unit alone in brackets under a label: "(%)", "(Rp)". A bare "%", "K" or "Rp" is a sub-column of a group
 * label (isUpperSubRow, isGroupRow), and a title above one is no split label.
 */
const UNIT_ONLY = /^\(\s*(%|rp\.?|k|rupiah)\s*\)$/i;

/**
 * The upper half of labels split across two rows: each label of this row sits right over a unit alone in the
 * row below ("TINGKAT CAPAIAN" over "(%)"), as offices type a long label with its unit under it.
 */
function isSplitLabelRow(upper: RowReading, lower: RowReading): boolean {
  return (
    upper.anchors.length > 0 &&
    upper.figures === 0 &&
    upper.anchors.every(
      (a) =>
        a.text.length <= 60 &&
        isHeaderEvidence(a.text) &&
        lower.anchors.some((b) => b.left === a.left && UNIT_ONLY.test(b.text.trim())),
    )
  );
}

/**
 * Does a row sit under complete name labels ("PROGRAM X" under "Nama Program/Kegiatan", "I" under "No")?
 * Sub-labels sit under a group ("K | Rp" under "Target"): a row under names is the first data row.
 */
function underNames(sheet: SheetReader, r: RowReading, above: number): boolean {
  return r.anchors.some((a) => {
    const label = sheet.text(above, a.left);
    return label !== '' && !sheet.merge(above, a.left) && labelKind(label) === 'name';
  });
}

/**
 * Header cells merged down into the next row ("No" over A6:A7): that row is the band's lower half, whatever
 * its own labels say ("Riil (8:6x100)", "Sub Variabel"). Most of the band's labels reach down, so one merged
 * name cell beside a data row is no evidence.
 */
function mergedDown(sheet: SheetReader, row: number, left: number, right: number): boolean {
  let down = 0;
  let labels = 0;
  for (let c = left; c <= right; c++) {
    const m = sheet.merge(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    if (sheet.isEmpty(row, c)) continue;
    labels++;
    if (m && m.bottom > row) down++;
  }
  return down >= 2 && down * 2 >= labels;
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
      if (
        !isHeaderRow(next) &&
        !(isSubRow(next, left) && !underNames(sheet, next, bottom)) &&
        !(next.figures === 0 && mergedDown(sheet, bottom, left, right))
      )
        break;
      rows.push(next);
      bottom++;
      ({ left, right } = bandExtent(rows));
    }
    // Group labels and period numbers can sit above the labelled row ("Triwulan" over "I … IV" over "Vol | Rp").
    while (
      top - 1 >= sheet.firstRow &&
      bottom - top < 3 &&
      (isGroupRow(reading(top - 1), left, right) ||
        isUpperSubRow(reading(top - 1), left) ||
        isSplitLabelRow(reading(top - 1), reading(top)))
    ) {
      rows.unshift(reading(top - 1));
      top--;
    }
    ({ left, right } = bandExtent(rows));
    const numbering = numberingBelow(sheet, bottom, left, right);
    blocks.push({ top, bottom, numbering, left, right });
    r = numbering?.last ?? bottom;
  }
  return blocks;
}

/** Header texts of one column, top row first, merged cells resolved, repeats dropped. */
export function columnHeaderPath(sheet: SheetReader, block: HeaderBlock, col: number): string[] {
  const path: string[] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const t = labelAt(sheet, block, r, col, false);
    if (t !== '' && path[path.length - 1] !== t) path.push(t);
  }
  // A column with no header text of its own sits under its left neighbour's header (C:D in one header).
  if (path.length === 0) {
    const inherited = labelAt(sheet, block, block.top, col, true);
    if (inherited) path.push(inherited);
  }
  return path;
}

/**
 * The labels of a column's header that span other columns too (merged across, or typed once over its
 * group): groups, where the other labels are the column's own.
 */
export function columnHeaderGroups(sheet: SheetReader, block: HeaderBlock, col: number): string[] {
  const groups: string[] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const m = sheet.merge(r, col);
    const own = sheet.text(r, col);
    const wide = m
      ? m.right > m.left
      : own !== ''
        ? r < block.bottom && extentOf(sheet, block, r, col) > col
        : labelAt(sheet, block, r, col, false) !== '';
    const t = labelAt(sheet, block, r, col, false);
    if (wide && t !== '') groups.push(t);
  }
  return groups;
}

/**
 * A header cell's label. A group header ("TARGET" over "K | Rp") that is not a merged cell (centred across
 * its columns, or read from a host that reports no merged areas) covers the empty cells right of it that
 * have sub-headers below, as long as those cells sit under the same labels above: "Keuangan" of TW 4 does
 * not reach into the next group's column.
 */
function labelAt(sheet: SheetReader, block: HeaderBlock, row: number, col: number, anyRow: boolean): string {
  const own = sheet.text(row, col);
  if (own !== '') return own;
  if (sheet.merge(row, col)) return '';
  if (!anyRow && row === block.bottom) return periodFromLeft(sheet, block, row, col);
  let below = false;
  for (let r = row + 1; r <= block.bottom; r++) if (sheet.text(r, col)) below = true;
  if (!below && !anyRow) return '';
  for (let c = col - 1; c >= block.left; c--) {
    if (sheet.merge(row, c)) return '';
    const t = sheet.text(row, c);
    if (!t) continue;
    if (!anyRow && extentOf(sheet, block, row, c) < col) return '';
    for (let u = block.top; u < row; u++)
      if (labelAt(sheet, block, u, c, false) !== labelAt(sheet, block, u, col, false)) return '';
    return t;
  }
  return '';
}

/**
 * Period labels on the lowest header row, typed once over their K | Rp pair below the other labels
 * ("TW I" under "K | Rp"): evenly spaced, each covers as many columns as the spacing.
 */
function periodFromLeft(sheet: SheetReader, block: HeaderBlock, row: number, col: number): string {
  // One typed once under a K | Rp pair ("K Rp" over "Rencana Tahun 2023") covers its pair. Empty cells
  // above are no pair (labelKind reads a bare "(%)" and so an empty text as a measure).
  const measureAbove = (c: number): boolean =>
    sheet.text(row - 1, c) !== '' && labelKind(sheet.text(row - 1, c)) === 'measure';
  if (row > block.top && col > block.left && measureAbove(col)) {
    const own = sheet.text(row, col - 1);
    if (own !== '' && measureAbove(col - 1) && labelKind(own) === 'other') return own;
  }
  // A group label typed once under a run of period numbers ("1 … 12" over "Realisasi") covers the run.
  if (row > block.top && barePeriodIndex(sheet.text(row - 1, col)) !== null) {
    for (let c = col - 1; c >= block.left; c--) {
      const above = barePeriodIndex(sheet.text(row - 1, c));
      if (above === null) break;
      const own = sheet.text(row, c);
      if (own !== '')
        return above === 1 || barePeriodIndex(sheet.text(row - 1, c - 1) ?? '') === null ? own : '';
    }
  }
  const starts: number[] = [];
  for (let c = block.left; c <= block.right; c++) if (sheet.text(row, c) !== '') starts.push(c);
  const periods = starts.filter((c) => periodLabel(sheet.text(row, c)) !== null);
  if (periods.length < 2) return '';
  const gap = periods[1]! - periods[0]!;
  if (gap < 2 || periods.some((c, i) => i > 0 && c - periods[i - 1]! !== gap)) return '';
  const owner = periods.filter((c) => c < col).pop();
  return owner !== undefined && col - owner < gap && !starts.some((c) => c > owner && c < col)
    ? sheet.text(row, owner)
    : '';
}

const NAME_TERMS = [
  'no',
  'kode',
  'sasaran',
  'nama',
  'indikator',
  'satuan',
  'keterangan',
  'penanggungJawab',
  'polaritas',
] as const;

function labelKind(text: string): 'period' | 'measure' | 'name' | 'other' {
  if (periodLabel(text) || periodAtEnd(text) || barePeriodIndex(text) !== null) return 'period';
  const terms = termsOf(text);
  if (
    NAME_TERMS.some((t) => terms.has(t)) &&
    !['target', 'realisasi', 'capaian', 'pagu'].some((t) => terms.has(t as never))
  )
    return 'name';
  // "Keuangan (Rp)", "Fisik (%)", "Vol." are measures: the word, then its unit. "Target (K)" is a column.
  const t = text
    .toLowerCase()
    .replace(/\s*\(.*\)$/, '')
    .trim();
  return MEASURE_WORD.test(t) ? 'measure' : 'other';
}

const EXTENTS = new WeakMap<HeaderBlock, Map<number, number>>();

/** Is there a label of its own (typed, or a merged area's first cell) at this header cell? */
function startsLabel(sheet: SheetReader, row: number, col: number): boolean {
  const m = sheet.merge(row, col);
  return m ? m.left === col && m.top === row : sheet.text(row, col) !== '';
}

/**
 * The last column an unmerged group label covers. Its sub-labels in the row below, starting under it and
 * following one another, say how far it reaches ("Realisasi per Triwulan" over TW I … TW IV, not over the
 * "Capaian" beside them); the last of evenly spaced labels (TW IV after TW I, II, III two columns apart)
 * covers as many columns as its siblings.
 */
function extentOf(sheet: SheetReader, block: HeaderBlock, row: number, col: number): number {
  let memo = EXTENTS.get(block);
  if (!memo) EXTENTS.set(block, (memo = new Map()));
  const key = row * 16384 + col;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const m = sheet.merge(row, col);
  let extent: number;
  if (m) extent = m.right;
  else if (row === block.bottom) extent = col;
  else if (sheet.merge(row + 1, col) && sheet.merge(row + 1, col)!.left < col)
    // A label over a cell that a group merged below it covers: a leaf of that group, its own column only.
    extent = col;
  else if (
    sheet.text(row, col - 1) === sheet.text(row, col) ||
    sheet.text(row, col + 1) === sheet.text(row, col)
  )
    // A group label typed in each of its columns ends where the repeats end.
    extent = col;
  else {
    let next = col + 1;
    while (next <= block.right && !startsLabel(sheet, row, next)) next++;
    let limit = next - 1;
    if (next > block.right) {
      const starts: number[] = [];
      // Siblings only: labels merged down through the rows below ("No", "Indikator") are not a series.
      for (let c = block.left; c < col; c++) {
        const m = sheet.merge(row, c);
        if (startsLabel(sheet, row, c) && !(m && m.bottom > row)) starts.push(c);
      }
      const gaps = starts.slice(1).map((s, i) => s - starts[i]!);
      const last = starts[starts.length - 1];
      if (last !== undefined && gaps.length >= 1 && gaps.every((g) => g === col - last))
        limit = Math.min(limit, col + (col - last) - 1);
    }
    extent = limit;
    // Its sub-labels: on the nearest lower row that labels its first column.
    let sub = row + 1;
    while (sub < block.bottom && !startsLabel(sheet, sub, col)) sub++;
    if (startsLabel(sheet, sub, col)) {
      // They follow one another while they are of one kind: TW I … TW IV, K | Rp, or figures (a "Kode Akun"
      // or "Uraian" beside them is a column of its own, not under the figures' group).
      const kind = labelKind(sheet.text(sub, col));
      let x = col;
      while (
        x <= limit &&
        startsLabel(sheet, sub, x) &&
        (kind === 'other' ? labelKind(sheet.text(sub, x)) !== 'name' : labelKind(sheet.text(sub, x)) === kind)
      )
        x = extentOf(sheet, block, sub, x) + 1;
      extent = Math.min(limit, x - 1);
    }
  }
  memo.set(key, extent);
  return extent;
}
