import { columnRefs, penyerapanFormula, sumFormula } from '../plan/formulas';
import { FORMAT } from '../plan/types';
import { a1, columnLetters } from '../sheet/address';
import { IndicatorFigures } from '../check/analysis';
import { BORDERED, CENTERED, HEADER, sheetPrefix, sheetRef, SheetBuilder } from './builder';
import { chartWithData } from './charts';
import { GenerateContext, SourceTable } from './context';
import { PengukuranLayout, PK_COL } from './pengukuran';
import { flat } from '../plan/flat';
import { pushTo } from '../collect';

/** Efficiency bands: capaian kinerja minus penyerapan anggaran. */
export const EFISIENSI_CUKUP = -0.1;

function rangeOn(sheet: string, col: number, top: number, bottom: number): string {
  const c = columnLetters(col);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${top + 1}:$${c}$${bottom + 1}`;
}

/** The figures an LKjIP's Bab III sentences need, as formulas over the Pengukuran sheet and the source. */
export function buildRingkasan(
  name: string,
  src: SourceTable,
  p: PengukuranLayout,
  ctx: GenerateContext,
  /** The indicators charted: those Bab III reports on. */
  charted: readonly IndicatorFigures[],
): SheetBuilder {
  const b = new SheetBuilder(name);
  const l = ctx.labels;
  const { analysis, table } = src.at;
  b.titleBlock(l.ringkasanTitle(ctx.year), ctx.dinas, 4);
  let row = 3;
  const line = (label: string, formula: string, format?: string): number => {
    b.text(row, 0, label).merge(row, 0, row, 1);
    b.blank(row, 1);
    b.formula(row, 2, formula, format, { ...BORDERED, horizontal: 'right' });
    return row++;
  };

  // Program indicators appear in both parts; count each once, from part B when there is one.
  const lines = [p.programRows ?? p.sasaranRows].filter(
    (r): r is { top: number; bottom: number } => r !== null,
  );
  const over = (col: number, fn: (range: string) => string): string =>
    lines.length ? flat`=${lines.map((r) => fn(rangeOn(p.sheet, col, r.top, r.bottom))).join('+')}` : '=0';
  const b_ = p.programRows;
  const level = (key: 'program' | 'kegiatan' | 'subKegiatan'): string =>
    b_ ? flat`=COUNTIF(${rangeOn(p.sheet, PK_COL.tingkat, b_.top, b_.bottom)},"${l.levelName[key]}")` : '=0';

  line(
    l.counts.sasaran!,
    p.sasaranRows
      ? flat`=COUNTA(${rangeOn(p.sheet, PK_COL.nama, p.sasaranRows.top, p.sasaranRows.bottom)})`
      : '=0',
  );
  line(l.counts.program!, level('program'));
  line(l.counts.kegiatan!, level('kegiatan'));
  line(l.counts.subKegiatan!, level('subKegiatan'));
  line(
    l.counts.indikator!,
    b_
      ? flat`=COUNTIF(${rangeOn(p.sheet, PK_COL.indikator, b_.top, b_.bottom)},"?*")`
      : over(PK_COL.indikator, (r) => `COUNTIF(${r},"?*")`),
  );
  line(
    l.counts.tercapai!,
    over(PK_COL.capaian, (r) => `COUNTIF(${r},">=1")`),
  );
  line(
    l.counts.dibawah!,
    over(PK_COL.capaian, (r) => `COUNTIF(${r},"<1")`),
  );
  for (const band of ctx.settings.scale.bands) {
    const label = ctx.lang === 'en' ? band.labelEn : band.label;
    line(
      `${l.predikat} ${label}`,
      over(PK_COL.predikat, (r) => `COUNTIF(${r},"${label}")`),
    );
  }

  // Totals: the source's own grand total when it has one, else the programs' sum on the Pengukuran sheet.
  const cPagu = src.col('pagu');
  const cRealRp = src.col('realisasiRp');
  const total = (col: number | null, pCol: number): string => {
    if (col !== null && table.totalRow !== null) return flat`=${src.ref(table.totalRow, col)}`;
    const tops = analysis.topLevel
      .map((n) => p.nodeRow.get(n.id))
      .filter((r): r is number => r !== undefined);
    // Over 255 programmes the sum is nested (Excel's SUM takes 255 arguments).
    return tops.length ? sumFormula(tops.map((r) => sheetRef(p.sheet, r, pCol))) : '=0';
  };
  const paguRow = line(l.counts.pagu!, total(cPagu, PK_COL.pagu), FORMAT.rupiah);
  const realRow = line(l.counts.realisasi!, total(cRealRp, PK_COL.realisasiRp), FORMAT.rupiah);
  line(l.counts.penyerapan!, penyerapanFormula(a1(paguRow, 2), a1(realRow, 2)), FORMAT.percent);

  // Indicators below target now; their capaian stays live.
  row++;
  b.keep(row, row + 2);
  b.text(row++, 0, l.belowTarget, { bold: true });
  [l.indikator, l.programKegiatan, l.capaian, l.predikat].forEach((h, c) => b.text(row, c, h, HEADER));
  row++;
  for (const ind of analysis.indicators) {
    const at = p.indicatorRow.get(ind.row);
    if (at === undefined || ind.capaian === null || ind.capaian >= ctx.settings.threshold) continue;
    b.text(row, 0, ind.indikator);
    b.text(row, 1, ind.node.name);
    b.formula(row, 2, flat`=${sheetRef(p.sheet, at, PK_COL.capaian)}`, FORMAT.percent);
    b.formula(row, 3, flat`=${sheetRef(p.sheet, at, PK_COL.predikat)}`, undefined, CENTERED);
    row++;
  }

  // Efisiensi per program: capaian kinerja beside penyerapan anggaran.
  let programChart: { top: number; bottom: number } | null = null;
  if (b_) {
    row++;
    b.keep(row, row + 2);
    b.text(row++, 0, l.efisiensi, { bold: true });
    const efTop = row;
    [l.program, l.capaian, l.penyerapan, l.selisih, l.efisiensiShort].forEach((h, c) =>
      b.text(row, c, h, HEADER),
    );
    row++;
    const byNode = new Map<number, number[]>();
    for (const i of analysis.indicators) {
      const r = p.indicatorRow.get(i.row);
      if (r === undefined) continue;
      pushTo(byNode, i.node.id, r);
    }
    const indicatorRows = new Set(p.indicatorRow.values());
    for (const node of analysis.topLevel) {
      const at = p.nodeRow.get(node.id);
      if (at === undefined) continue;
      // A program measured by its own indicator; without one, by the average of its sub kegiatan (the lines
      // under it are walked only then).
      const rows = byNode.get(node.id) ?? [];
      const walk = (id: number): void => {
        for (const c of table.nodes[id]!.childIds) {
          rows.push(...(byNode.get(c) ?? []));
          walk(c);
        }
      };
      if (rows.length === 0) walk(node.id);
      // One range where the rows between are the program's or empty (its kegiatan rows without indicator),
      // else runs of neighbouring rows in groups of at most 255 (AVERAGE's arguments): a program of a few
      // hundred sub kegiatan stays far under Excel's 8,192 characters.
      const cells = columnRefs(columnLetters(PK_COL.capaian), spanOf(rows, indicatorRows) ?? rows).map(
        (r) => sheetPrefix(p.sheet) + r,
      );
      const list = groupsOf(cells, 255);
      b.text(row, 0, node.name);
      b.formula(
        row,
        1,
        cells.length ? flat`=IF(COUNT(${list})=0,"",AVERAGE(${list}))` : '=""',
        FORMAT.percent,
      );
      b.formula(row, 2, flat`=${sheetRef(p.sheet, at, PK_COL.penyerapan)}`, FORMAT.percent);
      const [c, s] = [a1(row, 1), a1(row, 2)];
      b.formula(row, 3, flat`=IF(AND(ISNUMBER(${c}),ISNUMBER(${s})),${c}-${s},"")`, FORMAT.percent);
      const d = a1(row, 3);
      const [ef, cukup, tidak] = l.efficiency;
      b.formula(
        row,
        4,
        flat`=IF(ISNUMBER(${d}),IF(${d}>=0,"${ef}",IF(${d}>=${EFISIENSI_CUKUP},"${cukup}","${tidak}")),"")`,
        undefined,
        CENTERED,
      );
      row++;
    }
    if (row > efTop + 1) programChart = { top: efTop, bottom: row - 1 };
  }

  // Charts, live on the cells: capaian per indicator against the 100 % line; capaian and penyerapan per program.
  row++;
  const rows = charted.flatMap((i) => {
    const at = p.indicatorRow.get(i.row);
    return at === undefined
      ? []
      : [{ name: i.indikator, values: [sheetRef(p.sheet, at, PK_COL.capaian), 1] }];
  });
  row = chartWithData(
    b,
    row,
    ctx.labels.grafik.capaian,
    [l.capaian, ctx.labels.grafik.target100],
    rows,
    [1],
    4,
  );
  if (programChart) {
    const height = Math.max(16, Math.min(30, 10 + programChart.bottom - programChart.top));
    b.text(row, 0, ctx.labels.grafik.program, { bold: true });
    b.keep(row, row + 1 + height);
    b.chart({
      title: ctx.labels.grafik.program,
      kind: 'column',
      source: { top: programChart.top, left: 0, bottom: programChart.bottom, right: 2 },
      lines: [],
      percent: true,
      at: { top: row + 1, left: 0, bottom: row + 1 + height, right: 4 },
    });
  }

  [52, 44, 16, 16, 16].forEach((w, c) => b.width(c, w));
  b.print('landscape');
  return b;
}

/**
 * References as one argument list of at most `max` arguments: past it, groups in parentheses (Excel's union
 * operator), each one argument, which COUNT and AVERAGE take as their cells.
 */
function groupsOf(refs: readonly string[], max: number): string {
  if (refs.length <= max) return refs.join(',');
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += max) groups.push(`(${refs.slice(i, i + max).join(',')})`);
  return groupsOf(groups, max);
}

/** Every row from the first to the last of `rows`, when none between is another's indicator; else null. */
function spanOf(rows: readonly number[], indicators: ReadonlySet<number>): number[] | null {
  if (rows.length < 2) return null;
  const mine = new Set(rows);
  const top = rows.reduce((a, b) => Math.min(a, b));
  const bottom = rows.reduce((a, b) => Math.max(a, b));
  const all: number[] = [];
  for (let r = top; r <= bottom; r++) {
    if (indicators.has(r) && !mine.has(r)) return null;
    all.push(r);
  }
  return all;
}
