import { SheetReader } from '../sheet/snapshot';
import { Level, OrphanReason, TableNode } from './model';
import { readCell } from '../numbers/read';
import {
  dottedParts,
  isProgramNumeral,
  levelFromKode,
  levelFromWords,
  levelsFromDots,
  levelsFromRestartingNumbers,
} from './levels';
import { periodsNamed } from './series';
import { confirmTree, nameLevels, TreeFit } from './sumtree';
import {
  followDottedCodes,
  followOfficeSubtotals,
  levelsFollowTree,
  levelsInverted,
  NodeDraft,
} from './subtotals';
import { pushTo } from '../collect';

export interface HierarchyColumns {
  readonly no: number | null;
  readonly nomor: number | null;
  readonly kode: number | null;
  readonly sasaran: number | null;
  readonly nama: number | null;
  readonly indikator: number | null;
  /** Columns whose content makes a row more than a label: targets, budgets, realisasi. */
  readonly values: readonly number[];
  readonly pagu: number | null;
  /** Money columns whose office formulas (=SUM(G13:G16)) tell which rows a subtotal adds up. */
  readonly money: readonly number[];
  /** The level the name column's header names alone ("Sub Kegiatan"): every unmarked line is one. */
  readonly headerLevel: Level | null;
  /**
   * Columns right of the name column under the same header ("U R A I A N" merged over B:L): a line's name
   * stands in the column its level indents it to.
   */
  readonly nameSpan?: readonly number[];
}

export interface Hierarchy {
  readonly nodes: TableNode[];
  readonly totalRow: number | null;
  readonly summaryRows: number[];
  readonly strayRows: number[];
  /** How the typed parent figures (pagu) confirm the tree; null for a list of sasaran or indicators. */
  readonly fit: TreeFit | null;
}

export interface RowInfo {
  readonly row: number;
  name: string;
  readonly nomor: string;
  readonly kode: string | null;
  readonly indikator: string;
  readonly sasaran: string | null;
  readonly hasValues: boolean;
  readonly pagu: number | null;
  readonly bullet: boolean;
  level: Level | null;
  orphanReason: OrphanReason | null;
}

const TOTAL =
  /^(jumlah|total|jml\.?)( (keseluruhan|seluruhnya|total|anggaran|akhir|belanja|pendapatan))?( .{0,30})?$/;
const SUMMARY = /^(rata-rata|rata rata|rerata|sub ?total|jumlah sub|capaian rata-rata|nilai rata-rata)\b/;
const BARE_SUMMARY =
  /^(jumlah|total|jml\.?|rata-rata|rata rata|rerata)( (keseluruhan|seluruhnya|total|capaian))?$/;
/** A total of the money, typed where the indicators are ("TOTAL BELANJA"): no indicator is named so. */
const MONEY_TOTAL = /^(jumlah|total|jml\.?) (keseluruhan|seluruhnya|belanja|anggaran|pendapatan)( .{0,20})?$/;
/** A sasaran is a result: "Meningkatnya …", "Terwujudnya …", "Menurunnya …". */
const SASARAN_LINE =
  /^(meningkat|menurun|terwujud|tercapai|terpenuhi|terselenggara|optimal|berkurang|bertambah|terjaga|terkendali|tersedia|terlaksana|terjamin|membaik|peningkatan|penurunan|sasaran\b)/i;
/** Item lines typed with a bullet: "- Belanja Pegawai", "• Honorarium". */
const BULLET = /^[-–•·*]\s*/;
const KODE = /^(\d+(?:\.\d+){1,6})\.?(?:\s+|$)/;

/** Is the row's 'no' column numbering sasaran (merged like the sasaran cells) rather than the rows? */
function noColumnNumbersSasaran(
  sheet: SheetReader,
  cols: HierarchyColumns,
  top: number,
  bottom: number,
): boolean {
  if (cols.no === null) return true;
  if (cols.sasaran === null) return false;
  // Merged down like the sasaran beside it: it numbers the sasaran. Merged only over a line's own
  // indicators: it numbers the lines.
  let merged = 0;
  let alike = 0;
  for (let r = top; r <= bottom; r++) {
    const m = sheet.merge(r, cols.no);
    if (!m || m.bottom === m.top) continue;
    merged++;
    const s = sheet.merge(r, cols.sasaran);
    if (s && s.top === m.top && s.bottom === m.bottom) alike++;
  }
  return merged > (bottom - top + 1) / 3 && alike * 2 >= merged;
}

/** Cell text has single spaces only (SheetReader.text); most numbers have none. */
function withoutSpaces(text: string): string {
  return text.includes(' ') ? text.replace(/ /g, '') : text;
}

function readRow(sheet: SheetReader, cols: HierarchyColumns, row: number, numberCol: number | null): RowInfo {
  const text = (c: number | null): string => (c === null ? '' : sheet.text(row, c));
  let name = text(cols.nama);
  let bullet = BULLET.test(name) && !/^-\s*\d/.test(name);
  if (bullet) name = name.replace(BULLET, '');
  // Indented by column: the name sits further right under the same header, after a bullet or nothing.
  const covered = (c: number): boolean => {
    const m = sheet.merge(row, c);
    return !!m && (m.top !== row || m.left !== c);
  };
  if (name === '' && cols.nama !== null && !covered(cols.nama)) {
    const at = (cols.nameSpan ?? []).find((c) => text(c) !== '' && !covered(c));
    if (at !== undefined) {
      bullet ||= BULLET.test(text(at)) && !/^-\s*\d/.test(text(at));
      name = text(at).replace(BULLET, '');
    }
  }
  let kode: string | null = cols.kode !== null ? text(cols.kode) || null : null;
  const leading = KODE.exec(name);
  if (!kode && leading && dottedParts(leading[1]!) >= 3) {
    kode = leading[1]!;
    name = name.slice(leading[0].length).trim();
  }
  // A name merged down over several rows belongs to its first row only.
  const nameMerge = cols.nama !== null ? sheet.merge(row, cols.nama) : undefined;
  if (nameMerge && nameMerge.top !== row) name = '';
  const numMerge = numberCol !== null ? sheet.merge(row, numberCol) : undefined;
  const kodeMerge = cols.kode !== null ? sheet.merge(row, cols.kode) : undefined;
  if (kodeMerge && kodeMerge.top !== row) kode = null;
  return {
    row,
    name,
    nomor: numMerge && numMerge.top !== row ? '' : withoutSpaces(text(numberCol)),
    kode,
    indikator: text(cols.indikator),
    sasaran: text(cols.sasaran) || null,
    hasValues: cols.values.some((c) => !sheet.isEmpty(row, c)),
    pagu: paguOf(sheet, cols.pagu, row),
    bullet,
    level: null,
    orphanReason: null,
  };
}

function paguOf(sheet: SheetReader, col: number | null, row: number): number | null {
  if (col === null) return null;
  const r = readCell(sheet.value(row, col), sheet.numberFormat(row, col), { preferThousands: true });
  return r.kind === 'number' ? r.value : null;
}

export function buildHierarchy(
  sheet: SheetReader,
  cols: HierarchyColumns,
  top: number,
  bottom: number,
  skip: ReadonlySet<number> = new Set(),
): Hierarchy {
  const numberCol = cols.nomor ?? (noColumnNumbersSasaran(sheet, cols, top, bottom) ? null : cols.no);
  const rows: RowInfo[] = [];
  const strayRows: number[] = [];
  const summaryRows: number[] = [];
  let totalRow: number | null = null;
  let lastEntity: RowInfo | null = null;
  const continuations = new Map<number, number[]>();
  const sasaranOnly = cols.nama === null && cols.sasaran !== null;
  // A table of indicators only (an IKU list without sasaran): every indicator is its own line.
  const indicatorsOnly = cols.nama === null && cols.sasaran === null;
  let groupSasaran: string | null = null;
  const labelCols = [cols.no, cols.nomor, cols.kode, cols.sasaran, cols.nama].filter(
    (c): c is number => c !== null,
  );

  for (let r = top; r <= bottom; r++) {
    if (skip.has(r) || sheet.rowIsEmpty(r)) continue;
    const info = readRow(sheet, cols, r, numberCol);
    const labels = labelCols.map((c) => sheet.normalizedText(r, c)).filter((t) => t !== '');
    const indikator = cols.indikator === null ? '' : sheet.normalizedText(r, cols.indikator);
    // Indicator names often start with "Jumlah …": only a bare "Jumlah" there is a total.
    if ((BARE_SUMMARY.test(indikator) || MONEY_TOTAL.test(indikator)) && labels.length === 0)
      labels.push(indikator);
    if (labels.some((t) => SUMMARY.test(t))) {
      summaryRows.push(r);
      continue;
    }
    const total = labels.find((t) => TOTAL.test(t));
    if (total !== undefined && (!info.indikator || indikator === total)) {
      // "Jumlah Belanja Operasi" inside the table sums a part of it; the last one is the grand total.
      if (totalRow !== null) summaryRows.push(totalRow);
      totalRow = r;
      continue;
    }
    if (indicatorsOnly) {
      if (!info.indikator && !info.hasValues) continue;
      // "A. Meningkatnya kualitas …" with no figures heads the indicators below it: their sasaran.
      if (
        !info.hasValues &&
        (SASARAN_LINE.test(info.indikator) || /^([a-z]|[ivx]+)[.)]?$/i.test(info.nomor))
      ) {
        groupSasaran = info.indikator;
        continue;
      }
      rows.push({ ...info, level: 'sasaran', sasaran: info.sasaran ?? groupSasaran });
      lastEntity = info;
      continue;
    }
    if (sasaranOnly) {
      const sasMerge = cols.sasaran !== null ? sheet.merge(r, cols.sasaran) : undefined;
      const startsSasaran = info.sasaran !== null && (!sasMerge || sasMerge.top === r);
      const sameAsLast = lastEntity !== null && info.sasaran === lastEntity.sasaran;
      if (info.sasaran !== null && startsSasaran && !sameAsLast) {
        info.level = 'sasaran';
        rows.push(info);
        lastEntity = info;
      } else if (lastEntity && (info.indikator || info.hasValues)) {
        pushTo(continuations, lastEntity.row, r);
      } else if (info.indikator || info.hasValues) strayRows.push(r);
      continue;
    }
    // A nameless line with money of its own is an item in its own right, not another indicator of the line above.
    const ownMoney = cols.money.some((c) => {
      const m = sheet.merge(r, c);
      return (!m || m.top === r) && !sheet.isEmpty(r, c);
    });
    if (!info.name && !info.nomor && !info.kode && ownMoney && lastEntity && info.indikator)
      info.name = info.indikator;
    if (!info.name && !info.nomor && !info.kode) {
      if (lastEntity && info.indikator) {
        pushTo(continuations, lastEntity.row, r);
      } else if (info.indikator || info.hasValues) strayRows.push(r);
      continue;
    }
    if (!info.name && !info.indikator && !info.hasValues) continue;
    info.level =
      (info.kode ? levelFromKode(info.kode) : null) ??
      levelFromWords(info.name) ??
      (isProgramNumeral(info.nomor, rows[rows.length - 1]?.nomor ?? '') ? 'program' : null);
    rows.push(info);
    lastEntity = info;
  }
  // A grand total above the last rows is a subtotal, not the table's total.
  if (totalRow !== null && rows.some((x) => x.row > totalRow!)) {
    summaryRows.push(totalRow);
    totalRow = null;
  }
  if (!sasaranOnly && !indicatorsOnly) {
    levelsFromDots(rows);
    if (cols.headerLevel) for (const r of rows) r.level ??= cols.headerLevel;
    levelsFromRestartingNumbers(rows);
  }
  const nodes = linkNodes(rows, continuations);
  followDottedCodes(nodes, (n) => n.kode ?? n.nomor);
  levelsFollowTree(nodes);
  // A tree the office's own sums link (or ours, from a first run) whose levels the words contradict names
  // them as the tree of the typed sums does, unless codes name them: a second read reads what the first did.
  const linked = followOfficeSubtotals(sheet, nodes, cols.money, totalRow);
  if (linked && nodes.every((n) => n.kode === null) && levelsInverted(nodes)) {
    nameLevels(nodes);
    // As the typed sums' tree does, a line whose sum names its items is placed by them.
    for (const n of nodes) if (n.childIds.length > 0) n.orphanReason = null;
  }
  const total = totalRow === null ? null : paguOf(sheet, cols.pagu, totalRow);
  // Lines named Januari … Desember (or TW I … IV) are periods of one year, not lines adding up to each other.
  const flat = sasaranOnly || indicatorsOnly || periodsNamed(nodes.map((n) => n.name)) !== null;
  const fit = flat ? null : confirmTree(nodes, (n) => rows[n.id]!.pagu, total);
  return { nodes, totalRow, summaryRows, strayRows, fit };
}

function linkNodes(rows: RowInfo[], continuations: Map<number, number[]>): NodeDraft[] {
  // The nodes are made at once and linked in place: no draft per line copied into a node after.
  const nodes: NodeDraft[] = rows.map((info, id) => ({
    id,
    level: info.level!,
    name: info.name || info.indikator,
    kode: info.kode,
    nomor: info.nomor || null,
    rows: [info.row, ...(continuations.get(info.row) ?? [])],
    sasaran: info.sasaran,
    parentId: null,
    childIds: [],
    orphanReason: info.orphanReason,
  }));
  const open: Partial<Record<Level, NodeDraft | null>> = {};
  const hasPrograms = rows.some((r) => r.level === 'program');
  for (const d of nodes) {
    const level = d.level;
    let parent: NodeDraft | null | undefined = null;
    if (level === 'program') {
      open.program = d;
      open.kegiatan = null;
    } else if (level === 'kegiatan') {
      parent = d.orphanReason ? null : open.program;
      if (!parent && hasPrograms && !d.orphanReason) d.orphanReason = 'before-program';
      if (d.orphanReason) open.program = null;
      open.kegiatan = d;
    } else if (level === 'subKegiatan') {
      parent = open.kegiatan ?? open.program;
      if (!parent) d.orphanReason = 'no-parent';
    }
    if (parent) {
      d.parentId = parent.id;
      parent.childIds.push(d.id);
    }
  }
  return nodes;
}
