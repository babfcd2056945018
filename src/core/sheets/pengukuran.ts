import { capaianFormula, lastFilledFormula, penyerapanFormula } from '../plan/formulas';
import { CellStyle, FORMAT } from '../plan/types';
import { a1, columnLetters } from '../sheet/address';
import { isAccountNode, TableNode } from '../table/model';
import { IndicatorFigures } from '../check/analysis';
import { BORDERED, CENTERED, HEADER, linkFormula, roman, SheetBuilder } from './builder';
import { GenerateContext, SourceTable } from './context';
import { bandCondition, bandFill, bandRangeText, predikatFormula } from './predikat';
import { flat } from '../plan/flat';
import { pushTo } from '../collect';

/** Columns of the Pengukuran Kinerja sheet. */
export const PK_COL = {
  no: 0,
  nama: 1,
  indikator: 2,
  target: 3,
  realisasi: 4,
  capaian: 5,
  predikat: 6,
  pagu: 7,
  realisasiRp: 8,
  penyerapan: 9,
  tingkat: 10,
} as const;

/** Columns that belong to a node (its first line), merged down over its further indicator lines. */
const NODE_COLS = [
  PK_COL.no,
  PK_COL.nama,
  PK_COL.pagu,
  PK_COL.realisasiRp,
  PK_COL.penyerapan,
  PK_COL.tingkat,
];

/** Where things landed, for the Ringkasan sheet to count and link. */
export interface PengukuranLayout {
  readonly sheet: string;
  readonly sasaranRows: { readonly top: number; readonly bottom: number } | null;
  readonly programRows: { readonly top: number; readonly bottom: number } | null;
  /** Sheet row of each node's first line in part B. */
  readonly nodeRow: ReadonlyMap<number, number>;
  /** Sheet row of each indicator line, by source row. */
  readonly indicatorRow: ReadonlyMap<number, number>;
}

function writeHeader(
  b: SheetBuilder,
  row: number,
  ctx: GenerateContext,
  first: string,
  withBudget: boolean,
): void {
  const l = ctx.labels;
  const heads = [l.no, first, l.indikator, l.target, l.realisasi, l.capaian, l.predikat];
  if (withBudget) heads.push(l.pagu, l.realisasiRp, l.penyerapan, l.tingkat);
  heads.forEach((h, c) => b.text(row, c, h, HEADER));
}

/** Target, realisasi, capaian and predikat of one indicator line. */
function writeIndicator(
  b: SheetBuilder,
  row: number,
  src: SourceTable,
  ind: IndicatorFigures,
  ctx: GenerateContext,
): void {
  const cTarget = src.col('targetK');
  const cReal = src.col('realisasiK');
  b.text(row, PK_COL.indikator, ind.indikator);
  if (cTarget !== null) linkCentred(b, row, PK_COL.target, src, ind.row, cTarget);
  else b.blank(row, PK_COL.target);
  // The source's realisasi column holds the year's figure (a live total where there are periods).
  if (cReal !== null) linkCentred(b, row, PK_COL.realisasi, src, ind.row, cReal);
  else if (src.periodCols.length > 0) {
    // No realisasi column: the year's figure from the periods, as the source table would total them.
    const refs = src.periodCols.map((c) => src.ref(ind.row, c));
    const list = ind.periodRule === 'jumlah' ? refs.join(',') : '';
    const total =
      ind.periodRule === 'jumlah' ? flat`=IF(COUNT(${list})=0,"",SUM(${list}))` : lastFilledFormula(refs);
    b.formula(row, PK_COL.realisasi, total, src.format(ind.row, src.periodCols[0]!), CENTERED);
  } else b.blank(row, PK_COL.realisasi);
  const t = a1(row, PK_COL.target);

  const r = a1(row, PK_COL.realisasi);
  b.formula(row, PK_COL.capaian, capaianFormula(t, r, ind.polarity, ctx.settings), FORMAT.percent);
  const cap = a1(row, PK_COL.capaian);
  b.formula(row, PK_COL.predikat, predikatFormula(cap, ctx.settings.scale, ctx.lang), undefined, CENTERED);
}

/** A centred link to the source cell, showing it as the source does ("25 org"). */
function linkCentred(
  b: SheetBuilder,
  row: number,
  col: number,
  src: SourceTable,
  sourceRow: number,
  sourceCol: number,
): void {
  b.formula(row, col, linkFormula(src.ref(sourceRow, sourceCol)), src.format(sourceRow, sourceCol), CENTERED);
}

const INDICATOR_COLS = [PK_COL.indikator, PK_COL.target, PK_COL.realisasi, PK_COL.capaian, PK_COL.predikat];

function emptyIndicator(b: SheetBuilder, row: number): void {
  for (const c of INDICATOR_COLS) b.blank(row, c);
}

/** By boldness and indent (bold × 3 + indent): asked for on every line. */
const NODE_STYLES: ({ readonly no: CellStyle; readonly nama: CellStyle } | undefined)[] = [];

/** A program's number and name are bold; names are indented by level. One style object per kind. */
function nodeStyle(node: TableNode): { readonly no: CellStyle; readonly nama: CellStyle } {
  const bold = node.level === 'program';
  const indent = node.parentId === null ? 0 : node.level === 'kegiatan' ? 1 : 2;
  const key = (bold ? 3 : 0) + indent;
  let style = NODE_STYLES[key];
  if (!style) {
    style = { no: { ...CENTERED, bold }, nama: { ...BORDERED, bold, indent } };
    NODE_STYLES[key] = style;
  }
  return style;
}

function numbering(nodes: readonly TableNode[]): Map<number, string> {
  const out = new Map<number, string>();
  let program = 0;
  const childCount = new Map<number | null, number>();
  for (const n of nodes) {
    if (n.level === 'program' || n.parentId === null) {
      out.set(n.id, roman(++program));
      continue;
    }
    const k = (childCount.get(n.parentId) ?? 0) + 1;
    childCount.set(n.parentId, k);
    out.set(n.id, String(k));
  }
  return out;
}

/**
 * A program prints with its kegiatan and sub kegiatan, a kegiatan with its sub kegiatan, when they fit on
 * a page: each node's rows down to the next node of its level or above.
 */
function keepGroups(
  b: SheetBuilder,
  table: SourceTable['at']['table'],
  nodes: readonly TableNode[],
  nodeRow: ReadonlyMap<number, number>,
  last: number,
): void {
  const depth = (n: TableNode): number => {
    let d = 0;
    for (let p = n.parentId; p !== null; p = table.nodes[p]!.parentId) d++;
    return d;
  };
  const depths = nodes.map(depth);
  nodes.forEach((node, i) => {
    let j = i + 1;
    while (j < nodes.length && depths[j]! > depths[i]!) j++;
    const end = j < nodes.length ? nodeRow.get(nodes[j]!.id)! - 1 : last;
    b.keep(nodeRow.get(node.id)!, end);
  });
}

/** The Pengukuran Kinerja sheet: sasaran level, then program/kegiatan/sub kegiatan with budget. */
export function buildPengukuran(
  name: string,
  src: SourceTable,
  ctx: GenerateContext,
): { builder: SheetBuilder; layout: PengukuranLayout } {
  const b = new SheetBuilder(name);
  const l = ctx.labels;
  const { table, analysis } = src.at;
  b.titleBlock(l.pengukuranTitle(ctx.year), ctx.dinas, PK_COL.penyerapan);
  let row = 3;
  const indicatorRow = new Map<number, number>();
  const nodeRow = new Map<number, number>();
  // By sheet row, in an array: asked for every row of the source table.
  const byRow: (IndicatorFigures | undefined)[] = [];
  for (const i of analysis.indicators) byRow[i.row] = i;

  // A. Sasaran level: sasaran-only tables, or the program indicators grouped by the sasaran they serve.
  // Every sasaran is listed, also one served only by programs without an indicator of their own.
  const groups = new Map<string, IndicatorFigures[]>();
  for (const node of table.nodes) if (node.sasaran) groups.set(node.sasaran, []);
  for (const ind of analysis.indicators) {
    const node = ind.node;
    const isSasaranLevel = node.level === 'sasaran' || (node.level === 'program' && ind.indikator !== '');
    if (!isSasaranLevel) continue;
    const key = node.sasaran ?? node.name;
    pushTo(groups, key, ind);
  }
  let sasaranRows: PengukuranLayout['sasaranRows'] = null;
  if (groups.size > 0) {
    b.text(row++, 0, l.sasaranLevel, { bold: true });
    writeHeader(b, row++, ctx, l.sasaran, false);
    const top = row;
    // The part's heading prints with its header and first row.
    b.keep(top - 2, top);
    let n = 0;
    for (const [sasaran, inds] of groups) {
      b.text(row, PK_COL.no, String(++n), CENTERED);
      b.text(row, PK_COL.nama, sasaran);
      const first = row;
      for (const ind of inds) {
        if (ind !== inds[0]) b.blank(row, PK_COL.no).blank(row, PK_COL.nama);
        writeIndicator(b, row, src, ind, ctx);
        indicatorRow.set(ind.row, row);
        row++;
      }
      if (inds.length === 0) emptyIndicator(b, row++);
      b.merge(first, PK_COL.no, row - 1, PK_COL.no).merge(first, PK_COL.nama, row - 1, PK_COL.nama);
    }
    sasaranRows = { top, bottom: row - 1 };
    row++;
  }

  // B. Program, kegiatan, sub kegiatan.
  const hierarchy = table.nodes.filter((n) => n.level !== 'sasaran');
  let programRows: PengukuranLayout['programRows'] = null;
  if (hierarchy.length > 0) {
    b.text(row++, 0, l.programLevel, { bold: true });
    const headerRow = row;
    writeHeader(b, row++, ctx, l.programKegiatan, true);
    const top = row;
    const numbers = numbering(hierarchy);
    const cPagu = src.col('pagu');
    const cRealRp = src.col('realisasiRp');
    for (const node of hierarchy) {
      nodeRow.set(node.id, row);
      const first = row;
      const style = nodeStyle(node);
      b.text(row, PK_COL.no, numbers.get(node.id)!, style.no);
      const label = node.orphanReason ? `${node.name} (${l.noProgramRow})` : node.name;
      b.text(row, PK_COL.nama, label, style.nama);

      const level = isAccountNode(table, node) ? l.rekening : l.levelName[node.level];
      b.text(row, PK_COL.tingkat, level, CENTERED);
      const nodeTop = node.rows[0]!;
      if (cPagu === null) b.blank(row, PK_COL.pagu);
      else b.formula(row, PK_COL.pagu, linkFormula(src.ref(nodeTop, cPagu)), FORMAT.rupiah);
      if (cRealRp === null) b.blank(row, PK_COL.realisasiRp);
      else b.formula(row, PK_COL.realisasiRp, linkFormula(src.ref(nodeTop, cRealRp)), FORMAT.rupiah);
      b.formula(
        row,
        PK_COL.penyerapan,
        penyerapanFormula(a1(row, PK_COL.pagu), a1(row, PK_COL.realisasiRp)),
        FORMAT.percent,
      );
      for (const sourceRow of node.rows) {
        const ind = byRow[sourceRow];
        if (sourceRow !== nodeTop) {
          for (const c of NODE_COLS) b.blank(row, c);
        }
        if (ind) {
          writeIndicator(b, row, src, ind, ctx);
          indicatorRow.set(ind.row, row);
        } else emptyIndicator(b, row);
        row++;
      }
      if (row - first > 1) {
        for (const c of NODE_COLS) {
          b.merge(first, c, row - 1, c);
        }
      }
    }
    programRows = { top, bottom: row - 1 };
    b.keep(headerRow - 1, top);
    keepGroups(b, table, hierarchy, nodeRow, row - 1);
    b.print('landscape', { top: headerRow, bottom: headerRow });
    b.freeze(headerRow + 1);
  } else {
    b.print('landscape');
  }

  // Capaian and predikat cells coloured by band, a data bar on capaian, and the legend.
  const scale = ctx.settings.scale;
  for (const rows of [sasaranRows, programRows]) {
    if (!rows) continue;
    const ref = `$${columnLetters(PK_COL.capaian)}${rows.top + 1}`;
    scale.bands.forEach((_, i) =>
      b.conditionalFormat({
        range: { top: rows.top, left: PK_COL.capaian, bottom: rows.bottom, right: PK_COL.predikat },
        rule: {
          kind: 'expression',
          formula: bandCondition(ref, scale, i),
          fill: bandFill(i),
          fontColor: '000000',
        },
      }),
    );
  }
  if (programRows) {
    b.conditionalFormat({
      range: {
        top: programRows.top,
        left: PK_COL.capaian,
        bottom: programRows.bottom,
        right: PK_COL.capaian,
      },
      rule: { kind: 'dataBar', color: '5B9BD5' },
    });
  }
  row++;
  b.text(row++, 0, l.legend, { bold: true });

  scale.bands.forEach((band, i) => {
    b.text(row, PK_COL.no, '', { ...BORDERED, fill: bandFill(i) });
    b.text(
      row,
      PK_COL.nama,
      `${ctx.lang === 'en' ? band.labelEn : band.label}: ${bandRangeText(scale, i)}`,
      {},
    );
    row++;
  });

  row++;
  b.text(row++, 0, l.negativeNote(ctx.negative.method, ctx.negative.source), { italic: true });

  [6, 48, 40, 14, 14, 12, 14, 17, 17, 12, 12].forEach((w, c) => b.width(c, w));
  return { builder: b, layout: { sheet: name, sasaranRows, programRows, nodeRow, indicatorRow } };
}
