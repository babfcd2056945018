import { SheetReader } from '../sheet/snapshot';
import { sampleRows } from './evidence';
import { HeaderBlock } from './header';
import { readNumbering } from './numbering';

/**
 * Columns as the data cells draw them. Offices merge cells across columns on both sides of the header
 * line: a label merged over a few columns (`KODE REKENING` over B:F) whose figures sit in one of them, or a
 * data cell merged across two header columns (realisasi in R:S, under the right half of `ANGGARAN` and
 * under `REALISASI`). Either way it is one column, read at the anchor of its merged cells; the other
 * columns it covers are no columns of their own.
 */

interface DataRows {
  readonly top: number;
  readonly bottom: number;
  readonly skip: ReadonlySet<number>;
}

/** How the data rows use one sheet column. */
interface ColumnUse {
  /** Rows where it is a cell of its own: filled, or the left column of cells merged across (empty or not). */
  own: number;
  /** Rows where a merged area from its left covers it, by the column of that area's anchor. */
  readonly coveredBy: Map<number, number>;
  /** How far right its own merged cells reach, by the rows that reach so far. */
  readonly reach: Map<number, number>;
}

/** The data rows looked at: the sample the roles are confirmed on (every row of a table up to 400). */
const sampleOf = (rows: DataRows): number[] => sampleRows(rows.top, rows.bottom, rows.skip);

function usesOf(sheet: SheetReader, block: HeaderBlock, rows: readonly number[]): ColumnUse[] {
  const uses: ColumnUse[] = [];
  for (let c = block.left; c <= block.right; c++)
    uses.push({ own: 0, coveredBy: new Map(), reach: new Map() });
  for (const r of rows) {
    for (let c = block.left; c <= block.right; c++) {
      const use = uses[c - block.left]!;
      const m = sheet.merge(r, c);
      if (m && m.left < c) {
        use.coveredBy.set(m.left, (use.coveredBy.get(m.left) ?? 0) + 1);
        continue;
      }
      // Cells merged across are drawn by the office even while still empty (a capaian column to fill).
      const across = m !== undefined && m.right > c;
      if (!across && sheet.isEmpty(r, c)) continue;
      use.own++;
      const right = m ? m.right : c;
      use.reach.set(right, (use.reach.get(right) ?? 0) + 1);
    }
  }
  return uses;
}

/** The value seen most often (the first such, if tied). */
function mostOf(counts: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let most = 0;
  for (const [k, n] of counts) {
    if (n > most) {
      best = k;
      most = n;
    }
  }
  return best;
}

/**
 * The columns a column's lowest header label spans (its merged area, or the column alone), as far as their
 * headers read the same: a group label merged over columns with labels of their own is no wide label.
 */
function labelSpan(
  sheet: SheetReader,
  block: HeaderBlock,
  paths: readonly (readonly string[])[],
  col: number,
): { left: number; right: number } | null {
  for (let r = block.bottom; r >= block.top; r--) {
    if (sheet.text(r, col) === '') continue;
    const m = sheet.merge(r, col);
    if (!m) return { left: col, right: col };
    const same = (c: number): boolean =>
      paths[c - block.left]!.join('\n') === paths[col - block.left]!.join('\n');
    let left = col;
    let right = col;
    while (left - 1 >= Math.max(m.left, block.left) && same(left - 1)) left--;
    while (right + 1 <= Math.min(m.right, block.right) && same(right + 1)) right++;
    return { left, right };
  }
  return null;
}

export interface ColumnHeaders {
  readonly paths: string[][];
  readonly groups: string[][];
}

/**
 * The header of each column once merged cells are read as one column: a column covered by another's
 * merged data cells, or under a wide label whose figures another column holds, gets no header (its
 * `paths` entry is emptied); a data column under the right part of its label, merged into a column whose
 * label holds no data of its own, takes that label. `headers` is indexed from block.left.
 */
export function readMergedColumns(
  sheet: SheetReader,
  block: HeaderBlock,
  rows: DataRows,
  headers: ColumnHeaders,
): ColumnHeaders {
  const sample = sampleOf(rows);
  const uses = usesOf(sheet, block, sample);
  const paths = headers.paths.map((p) => [...p]);
  const groups = headers.groups.map((g) => [...g]);
  const at = (c: number): ColumnUse => uses[c - block.left]!;
  const clear = (c: number): void => {
    paths[c - block.left] = [];
    groups[c - block.left] = [];
  };
  const anchorsIn = (left: number, right: number): number[] => {
    const out: number[] = [];
    for (let c = left; c <= right; c++) if (at(c).own > 0) out.push(c);
    return out;
  };
  const reachOf = (c: number): number => mostOf(at(c).reach) ?? c;

  // A data cell merged across into a label that holds no figures of its own: that label names it, when it
  // sits under the right part of its own label, whose first column is another column (ANGGARAN over Q:R,
  // the anggaran in Q; REALISASI over S, the realisasi in R:S).
  const taken = new Set<number>();
  const retitled = new Set<number>();
  for (let a = block.left; a <= block.right; a++) {
    const reach = reachOf(a);
    if (at(a).own === 0 || reach <= a) continue;
    const own = labelSpan(sheet, block, headers.paths, a);
    if (!own || own.left >= a) continue;
    for (let c = a + 1; c <= reach; c++) {
      const span = labelSpan(sheet, block, headers.paths, c);
      if (!span || span.left <= own.right || anchorsIn(span.left, span.right).length > 0) continue;
      paths[a - block.left] = [...headers.paths[c - block.left]!];
      groups[a - block.left] = [...headers.groups[c - block.left]!];
      taken.add(c);
      retitled.add(a);
      break;
    }
  }
  for (const c of taken) clear(c);

  // A wide label over one column of data (KODE REKENING over B:F, the codes in D:F), or over cells each
  // merged to a column they all cover (URAIAN over G:O, names in H:O or I:O): read at that column.
  for (let c = block.left; c <= block.right;) {
    const span = labelSpan(sheet, block, headers.paths, c);
    if (!span || span.right === span.left || span.left !== c) {
      c++;
      continue;
    }
    const anchors = anchorsIn(span.left, span.right).filter((a) => !retitled.has(a));
    const last = anchors[anchors.length - 1];
    const earlier = anchors.slice(0, -1);
    if (last !== undefined && earlier.every((a) => reachOf(a) >= last && !coOccur(sheet, sample, a, last))) {
      for (let x = span.left; x <= span.right; x++)
        if (x !== last && !taken.has(x) && !retitled.has(x)) clear(x);
    }
    c = span.right + 1;
  }

  // A column only ever covered by merged data from its left is part of that column.
  for (let c = block.left; c <= block.right; c++) {
    const use = at(c);
    if (use.own === 0 && use.coveredBy.size > 0 && paths[c - block.left]!.length > 0) {
      const span = labelSpan(sheet, block, headers.paths, c);
      const anchor = mostOf(use.coveredBy)!;
      if (!span || span.left <= anchor) clear(c);
    }
  }
  return { paths, groups };
}

/** Do two columns hold values of their own in the same row: two columns, not one merged. */
function coOccur(sheet: SheetReader, rows: readonly number[], a: number, b: number): boolean {
  for (const r of rows) {
    const ma = sheet.merge(r, a);
    const mb = sheet.merge(r, b);
    const ownA = !(ma && ma.left < a) && !sheet.isEmpty(r, a);
    const ownB = !(mb && mb.left < b) && !sheet.isEmpty(r, b);
    if (ownA && ownB) return true;
  }
  return false;
}

/**
 * A header band whose labels are merged down through rows below it (`KODE REKENING` in B14:F15) ends at
 * the merged cells' last row: those rows hold no data. The column-number row is then looked for under it.
 */
export function withMergedRows(sheet: SheetReader, block: HeaderBlock): HeaderBlock {
  let bottom = block.bottom;
  for (let r = block.top; r <= block.bottom; r++) {
    for (let c = block.left; c <= block.right; c++) {
      const m = sheet.merge(r, c);
      if (m && m.top === r && m.left === c && m.bottom > bottom && !sheet.isEmpty(r, c)) bottom = m.bottom;
    }
  }
  if (bottom === block.bottom || block.numbering) return block;
  for (let r = block.bottom + 1; r <= bottom; r++) {
    for (let c = block.left; c <= block.right; c++) {
      const m = sheet.merge(r, c);
      // A row the merged labels do not fill holds something of its own: the band does not reach it.
      if (!(m && m.top < r) && !sheet.isEmpty(r, c)) return block;
    }
  }
  const numbering =
    bottom + 1 <= sheet.lastRow ? readNumbering(sheet, bottom + 1, block.left, block.right) : null;
  return { ...block, bottom, numbering };
}
