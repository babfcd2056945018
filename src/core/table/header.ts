import { SheetReader } from '../sheet/snapshot';
import { normalize } from './text';

/** Words that appear in the header row of the tables our users keep. */
const HEADER_WORDS =
  /\b(no|nomor|sasaran|program|kegiatan|indikator|target|rencana|realisasi|capaian|pagu|anggaran|alokasi|satuan|kode|keterangan|penanggung|triwulan|tw|uraian|tolok|kinerja|polaritas)\b/;
const CORE_WORDS = /\b(indikator|target|rencana|realisasi|pagu|anggaran|alokasi|program|kegiatan|capaian)\b/;

/** Short labels found in the lower rows of a multi-row header (TARGET over K | Rp, TW I … IV). */
const SUBHEADER =
  /^(k|rp|rp\.|\(rp\)|kinerja|fisik|keuangan|volume|vol|output|target|realisasi|capaian|%|\(%\)|jumlah|total|satuan|tw ?[1-4i]+|triwulan ?[1-4iv]+|i|ii|iii|iv|[1-9]|1[0-2]|jan\w*|feb\w*|mar\w*|apr\w*|mei|jun\w*|jul\w*|agu\w*|agt|sep\w*|okt\w*|nov\w*|des\w*|20\d\d|tahun 20\d\d|s\.?d\.? .*|renstra|akhir periode|rp \(.*\)|k \(.*\))$/;

export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  /** The "1 2 3 4" row under the header, if any. */
  readonly numberRow: number | null;
  readonly left: number;
  readonly right: number;
}

function headerScore(
  sheet: SheetReader,
  row: number,
): { words: number; core: boolean; left: number; right: number } {
  let words = 0;
  let filled = 0;
  let core = false;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let c = sheet.firstCol; c <= sheet.lastCol; c++) {
    const m = sheet.merge(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    if (sheet.isEmpty(row, c)) continue;
    filled++;
    left = Math.min(left, m ? m.left : c);
    right = Math.max(right, m ? m.right : c);
    // A data row can name a "Program" and a "Kegiatan"; a header row is made of such words.
    if (typeof sheet.value(row, c) !== 'string') continue;
    const t = normalize(sheet.text(row, c));
    if (t.length > 120 || !HEADER_WORDS.test(t)) continue;
    words++;
    if (CORE_WORDS.test(t)) core = true;
  }
  return { words, core: core && words / filled >= 0.6, left, right };
}

function isSubheaderRow(
  sheet: SheetReader,
  row: number,
  block: { top: number; left: number; right: number },
): boolean {
  let any = false;
  for (let c = block.left; c <= block.right; c++) {
    const m = sheet.merge(row, c);
    if (m && m.top < row && m.top >= block.top) continue;
    const t = normalize(sheet.text(row, c));
    if (t === '') continue;
    if (!SUBHEADER.test(t) && !HEADER_WORDS.test(t)) return false;
    if (typeof sheet.value(row, c) === 'number') return false;
    any = true;
  }
  return any || hasMergeFromAbove(sheet, row, block);
}

function hasMergeFromAbove(
  sheet: SheetReader,
  row: number,
  block: { top: number; left: number; right: number },
): boolean {
  for (let c = block.left; c <= block.right; c++) {
    const m = sheet.merge(row, c);
    if (m && m.top < row && m.top >= block.top) return true;
  }
  return false;
}

/** The "1 2 3 4 5" row that numbers the columns: small whole numbers that never decrease. */
export function isColumnNumberRow(sheet: SheetReader, row: number, left: number, right: number): boolean {
  let prev = 0;
  let count = 0;
  for (let c = left; c <= right; c++) {
    const t = sheet.text(row, c).replace(/[().]/g, '');
    if (t === '') continue;
    if (!/^\d{1,2}$/.test(t)) return false;
    const n = Number(t);
    if (n < prev) return false;
    prev = n;
    count++;
  }
  return count >= 2;
}

/** Every header block on the sheet, top to bottom (a sheet may hold a second table). */
export function findHeaderBlocks(sheet: SheetReader): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let r = sheet.firstRow; r <= sheet.lastRow; r++) {
    const s = headerScore(sheet, r);
    if (s.words < 2 || !s.core) continue;
    const block = { top: r, left: s.left, right: s.right };
    let bottom = r;
    while (
      bottom + 1 <= sheet.lastRow &&
      bottom - r < 3 &&
      !isColumnNumberRow(sheet, bottom + 1, s.left, s.right) &&
      isSubheaderRow(sheet, bottom + 1, block)
    )
      bottom++;
    // A sub-header can reach further right than the row above it when its group header is not merged.
    let right = s.right;
    for (let r2 = r + 1; r2 <= bottom; r2++) {
      for (let c = s.right + 1; c <= sheet.lastCol; c++)
        if (!sheet.isEmpty(r2, c)) right = Math.max(right, c);
    }
    block.right = right;
    const next = bottom + 1;
    const numberRow = next <= sheet.lastRow && isColumnNumberRow(sheet, next, s.left, s.right) ? next : null;
    blocks.push({ top: r, bottom, numberRow, left: s.left, right });
    r = numberRow ?? bottom;
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
