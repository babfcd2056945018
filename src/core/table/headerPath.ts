import { SheetReader } from '../sheet/snapshot';
import type { HeaderBlock } from './header';
import { barePeriodIndex, MEASURE_WORD, periodAtEnd, periodLabel, termsOf } from './vocabulary';

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

export function labelKind(text: string): 'period' | 'measure' | 'name' | 'other' {
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
