import { PageSetup } from '../plan/types';

/** A4 in points, less the margins our sheets carry (0.7 in left and right, 0.75 in top and bottom). */
const PAGE = {
  landscape: { width: 842 - 2 * 50.4, height: 595 - 2 * 54 },
  portrait: { width: 595 - 2 * 50.4, height: 842 - 2 * 54 },
} as const;
/**
 * Points one unit of column width takes on paper, on the safe side: LibreOffice (with Calibri or its
 * metric twin Carlito) prints a unit at about 6.3 pt, Excel at 5.25 pt plus a few points a column. A scale
 * that fits the wider one fits both.
 */
const POINTS_PER_WIDTH = 6.4;
/** Of the page's height, what rows may fill: room for rows a little taller than estimated. */
const HEIGHT_SLACK = 0.95;
/**
 * Excel keeps at most 1,026 manual page breaks in a sheet (its specifications and limits): past them a very
 * long sheet breaks where the page is full, as Excel does by itself.
 */
export const MAX_BREAKS = 1026;

export interface PrintInput {
  readonly orientation: 'landscape' | 'portrait';
  readonly repeatRows?: { readonly top: number; readonly bottom: number };
  readonly lastRow: number;
  readonly lastCol: number;
  /** A column's width in Excel's units; 0 for a hidden column. */
  readonly width: (col: number) => number;
  /** A row's height in points. */
  readonly height: (row: number) => number;
  /** Rows that belong on one page when they fit on one (a chart, a program with its kegiatan). */
  readonly keep: readonly { readonly top: number; readonly bottom: number }[];
}

/** The scale that fits every printed column on the page's width, and the page breaks at that scale. */
export function printSetup(input: PrintInput): PageSetup {
  const page = PAGE[input.orientation];
  let width = 0;
  for (let c = 0; c <= input.lastCol; c++) width += input.width(c) * POINTS_PER_WIDTH;
  const scale = Math.max(10, Math.min(100, Math.floor((page.width / Math.max(width, 1)) * 100)));
  const body = (page.height * HEIGHT_SLACK * 100) / scale;
  return {
    orientation: input.orientation,
    paper: 'A4',
    scale,
    printArea: { top: 0, left: 0, bottom: input.lastRow, right: input.lastCol },
    breaks: pageBreaks(input, body).slice(0, MAX_BREAKS),
    ...(input.repeatRows ? { repeatRows: input.repeatRows } : {}),
  };
}

/**
 * Rows fill a page until the next one does not fit; the break then goes before the widest group to keep
 * that holds that row, starts on this page, and fits on a page of its own; without one, before the row.
 */
function pageBreaks(input: PrintInput, body: number): number[] {
  const titles = input.repeatRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.top; r <= titles.bottom; r++) titleHeight += input.height(r);
  // A page that starts below the repeated rows prints them first.
  const room = (start: number): number => (titles && start > titles.bottom ? body - titleHeight : body);
  const span = (top: number, bottom: number): number => {
    let h = 0;
    for (let r = top; r <= bottom; r++) h += input.height(r);
    return h;
  };
  // By their first row: a page looks only at the groups that start on it (tens of thousands of rows).
  const keep = [...input.keep].sort((a, b) => a.top - b.top);
  const firstAfter = (row: number): number => {
    let lo = 0;
    let hi = keep.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keep[mid]!.top <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Whether the rows fit on a page of their own, counted no further than a page. */
  const fits = (top: number, bottom: number): boolean => {
    const limit = room(top);
    let h = 0;
    for (let r = top; r <= bottom && h <= limit; r++) h += input.height(r);
    return h <= limit;
  };
  const breaks: number[] = [];
  let start = 0;
  let used = 0;
  for (let r = 0; r <= input.lastRow; r++) {
    const h = input.height(r);
    if (used + h <= room(start) || r === start) {
      used += h;
      continue;
    }
    let at = r;
    for (let i = firstAfter(start); i < keep.length && keep[i]!.top < at; i++) {
      const k = keep[i]!;
      if (k.bottom >= r && fits(k.top, k.bottom)) at = k.top;
    }
    breaks.push(at);
    start = at;
    used = span(at, r);
  }
  return breaks;
}
