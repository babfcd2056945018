import { readText } from '../numbers/read';
import { SheetReader } from '../sheet/snapshot';
import { ColumnNumbering, readNumbering } from './numbering';
import { labelKind } from './headerPath';
import { isNumberedPeriod } from './periodRun';
import {
  barePeriodIndex,
  GROUP_WORD,
  hasHeaderTerm,
  isHeaderEvidence,
  isMeasureLabel,
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
