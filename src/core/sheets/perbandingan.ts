import { IndicatorFigures } from '../check/analysis';
import { capaianFormula } from '../plan/formulas';
import { FORMAT } from '../plan/types';
import { a1, columnLetters } from '../sheet/address';
import { CENTERED, HEADER, linkFormula, SheetBuilder } from './builder';
import { EarlierTable } from './compare';
import { GenerateContext, SourceTable } from './context';
import { chartWithData } from './charts';
import { matchNames } from './match';
import { ReferenceColumns } from './years';
import { flat } from '../plan/flat';

/** Where one year's figures of an indicator are: cell references, or null for none. */
interface YearBlock {
  readonly year: number;
  readonly target: ((ind: IndicatorFigures) => string | null) | null;
  readonly realisasi: (ind: IndicatorFigures) => string | null;
  /** A typed capaian, for a year without a target; `percentNumbers` when typed as 97,2 for 97,2 %. */
  readonly capaian: ((ind: IndicatorFigures) => string | null) | null;
  readonly percentNumbers: boolean;
}

/** The sheet columns of one year's block: a target and a capaian only where the year has them. */
interface BlockCols {
  readonly target: number | null;
  readonly realisasi: number;
  readonly capaian: number | null;
}

/** Where things landed, for the Narasi sheet's sentences. */
export interface PerbandinganLayout {
  readonly sheet: string;
  /** Sheet row of each indicator, by source row. */
  readonly rowOf: ReadonlyMap<number, number>;
  readonly previous: { readonly year: number; readonly capaianCol: number } | null;
  readonly renstra: { readonly capaianCol: number; readonly year: string } | null;
}

export interface Unmatched {
  readonly sheet: string;
  /** This year's indicators with no pair in last year's table. */
  readonly now: readonly IndicatorFigures[];
  /** Last year's indicators with no pair this year: their row and name. */
  readonly earlier: readonly { readonly row: number; readonly col: number; readonly name: string }[];
}

const ARROWS = ['▲', '▼', '▬'] as const;
const POINTS = '+0.00;-0.00;0.00';
const NAIK = 'C6EFCE';
const TURUN = 'FFC7CE';

/** The figures of earlier years, from the table's own columns and from last year's table. */
function yearBlocks(
  src: SourceTable,
  refs: ReferenceColumns,
  earlier: EarlierTable | null,
  pairs: ReadonlyMap<number, IndicatorFigures>,
): YearBlock[] {
  const blocks: YearBlock[] = refs.earlier.map((y) => {
    const at = (col: number | null) => (ind: IndicatorFigures) =>
      col === null ? null : src.ref(ind.row, col);
    const typed = y.capaian;
    const big =
      typed !== null &&
      src.at.analysis.indicators.some((i) => {
        const r = src.at.cells.read(i.row, typed);
        return r.kind === 'number' && Math.abs(r.value) > 3;
      });
    return {
      year: y.year,
      target: y.target === null ? null : at(y.target),
      realisasi: at(y.realisasi),
      capaian: typed === null ? null : at(typed),
      percentNumbers: big,
    };
  });
  if (earlier) {
    const t = earlier.table.columns.find((c) => c.role.kind === 'targetK')?.col ?? null;
    const r = earlier.table.columns.find((c) => c.role.kind === 'realisasiK')?.col ?? null;
    const at = (col: number | null) => (ind: IndicatorFigures) => {
      const pair = pairs.get(ind.row);
      return pair && col !== null ? earlier.ref(pair.row, col) : null;
    };
    const year = earlier.year ?? (src.at.table.year ?? new Date().getFullYear()) - 1;
    // Last year's own table wins over a column of the same year typed beside this year's figures.
    const own = blocks.findIndex((b) => b.year === year);
    if (own >= 0) blocks.splice(own, 1);
    blocks.push({
      year,
      target: t === null ? null : at(t),
      realisasi: at(r),
      capaian: null,
      percentNumbers: false,
    });
  }
  return blocks.sort((a, b) => a.year - b.year);
}

/** One year's target, realisasi and capaian of an indicator; this year's shown as the source shows them. */
function writeYear(
  b: SheetBuilder,
  row: number,
  ind: IndicatorFigures,
  y: YearBlock,
  cols: BlockCols,
  formats: { readonly target?: string; readonly realisasi?: string },
  ctx: GenerateContext,
): void {
  const link = (col: number, ref: string | null, format: string | undefined): void => {
    if (ref === null) b.blank(row, col);
    else b.formula(row, col, linkFormula(ref), format, CENTERED);
  };
  const t = y.target?.(ind) ?? null;
  if (cols.target !== null) link(cols.target, t, formats.target);
  link(cols.realisasi, y.realisasi(ind), formats.realisasi);
  if (cols.capaian === null) return;
  const typed = y.capaian?.(ind) ?? null;
  if (cols.target !== null && t !== null) {
    const formula = capaianFormula(a1(row, cols.target), a1(row, cols.realisasi), ind.polarity, ctx.settings);
    b.formula(row, cols.capaian, formula, FORMAT.percent);
  } else if (typed !== null) {
    const scaled = y.percentNumbers ? `${typed}/100` : typed;
    b.formula(row, cols.capaian, flat`=IF(ISNUMBER(${typed}),${scaled},"")`, FORMAT.percent);
  } else b.blank(row, cols.capaian);
}

/**
 * The Perbandingan sheet: each indicator's target, realisasi and capaian for every year present, the
 * change from the latest earlier year, and the Renstra end-of-period target with the capaian against it.
 * Every figure is a formula on the source cells.
 */
export function buildPerbandingan(
  name: string,
  src: SourceTable,
  refs: ReferenceColumns,
  earlier: EarlierTable | null,
  ctx: GenerateContext,
  /** The indicators charted across the years: those Bab III reports on. */
  charted: readonly IndicatorFigures[],
): { builder: SheetBuilder; layout: PerbandinganLayout; unmatched: Unmatched | null } {
  const l = ctx.labels.banding;
  const b = new SheetBuilder(name);
  const indicators = src.at.analysis.indicators.filter((i) => i.indikator !== '');

  const pairs = new Map<number, IndicatorFigures>();
  let unmatched: Unmatched | null = null;
  if (earlier) {
    const theirs = earlier.analysis.indicators.filter((i) => i.indikator !== '');
    const match = matchNames(
      indicators.map((i) => i.indikator),
      theirs.map((i) => i.indikator),
    );
    match.pairs.forEach((p, i) => p >= 0 && pairs.set(indicators[i]!.row, theirs[p]!));
    const cInd = earlier.table.columns.find((c) => c.role.kind === 'indikator')?.col ?? 0;
    unmatched = {
      sheet: earlier.sheet,
      now: indicators.filter((_, i) => match.pairs[i]! < 0),
      earlier: match.unmatchedEarlier.map((i) => ({
        row: theirs[i]!.row,
        col: cInd,
        name: theirs[i]!.indikator,
      })),
    };
  }
  const blocks = yearBlocks(src, refs, earlier, pairs);
  const cTarget = src.col('targetK');
  const cReal = src.col('realisasiK');
  const now: YearBlock = {
    year: Number(ctx.year) || (src.at.table.year ?? 0),
    target: cTarget === null ? null : (ind) => src.ref(ind.row, cTarget),
    realisasi: (ind) => (cReal === null ? null : src.ref(ind.row, cReal)),
    capaian: null,
    percentNumbers: false,
  };
  const years = [...blocks, now];
  const previous = blocks[blocks.length - 1];

  const header = 3;
  const first = header + 2;
  b.text(header, 0, ctx.labels.no, HEADER)
    .merge(header, 0, header + 1, 0)
    .blank(header + 1, 0, HEADER);
  b.text(header, 1, ctx.labels.indikator, HEADER)
    .merge(header, 1, header + 1, 1)
    .blank(header + 1, 1, HEADER);
  let col = 2;
  /** A header group over its sub-columns; returns the first sub-column, or -1 when there are none. */
  const group = (label: string, subs: readonly (string | null)[]): number[] => {
    const shown = subs.filter((x): x is string => x !== null);
    b.text(header, col, label, HEADER).merge(header, col, header, col + shown.length - 1);
    let i = 0;
    return subs.map((sub) => {
      if (sub === null) return -1;
      if (i > 0) b.blank(header, col, HEADER);
      b.text(header + 1, col, sub, HEADER);
      i++;
      return col++;
    });
  };
  const yearCols: BlockCols[] = years.map((y) => {
    const capaian = y.target !== null || y.capaian !== null;
    const l3 = ctx.labels;
    const [t, r, c] = group(l.tahun(y.year), [
      y.target ? l3.target : null,
      l3.realisasi,
      capaian ? l3.capaian : null,
    ]);
    return { target: t! < 0 ? null : t!, realisasi: r!, capaian: c! < 0 ? null : c! };
  });
  const nowCols = yearCols[years.length - 1]!;
  const prevCols = previous ? yearCols[years.length - 2]! : null;
  const points = prevCols?.capaian != null && nowCols.capaian !== null;
  const [arahCol, poinCol, kinerjaCol] = previous
    ? group(l.perubahan(previous.year), [l.arah, points ? l.poin : null, l.kinerja])
    : [-1, -1, -1];
  const renstraYear = refs.renstra?.year ?? null;
  const [renstraCol] = refs.renstra
    ? group(l.renstra(renstraYear), [l.targetAkhir, l.capaianRenstra(ctx.year), l.sisaTahun])
    : [-1];
  const lastCol = col - 1;
  b.titleBlock(l.title(ctx.year), ctx.dinas, lastCol);

  const rowOf = new Map<number, number>();
  let row = first;
  for (const ind of indicators) {
    rowOf.set(ind.row, row);
    b.text(row, 0, String(row - first + 1), CENTERED);
    b.text(row, 1, ind.indikator);
    const formats = {
      target: cTarget === null ? undefined : src.format(ind.row, cTarget),
      realisasi: cReal === null ? undefined : src.format(ind.row, cReal),
    };
    years.forEach((y, i) => writeYear(b, row, ind, y, yearCols[i]!, y === now ? formats : {}, ctx));
    if (prevCols) {
      const [rn, rp] = [a1(row, nowCols.realisasi), a1(row, prevCols.realisasi)];
      const both = (x: string, y: string): string => `AND(ISNUMBER(${x}),ISNUMBER(${y}))`;
      const [up, down, same] = ARROWS;
      const arrow = `IF(${rn}>${rp},"${up}",IF(${rn}<${rp},"${down}","${same}"))`;
      b.formula(row, arahCol!, flat`=IF(${both(rn, rp)},${arrow},"")`, undefined, CENTERED);
      if (points) {
        const [cn, cp] = [a1(row, nowCols.capaian!), a1(row, prevCols.capaian!)];
        b.formula(row, poinCol!, flat`=IF(${both(cn, cp)},(${cn}-${cp})*100,"")`, POINTS, CENTERED);
      }
      // A falling Rasio KDRT is a better year: the word follows the polarity, the arrow the figure.
      const [naik, turun, tetap] = l.words;
      const [better, worse] = ind.polarity === 'negatif' ? ['<', '>'] : ['>', '<'];
      const word = `IF(${rn}${better}${rp},"${naik}",IF(${rn}${worse}${rp},"${turun}","${tetap}"))`;
      b.formula(row, kinerjaCol!, flat`=IF(${both(rn, rp)},${word},"")`, undefined, CENTERED);
    }
    if (refs.renstra) {
      const target = src.ref(ind.row, refs.renstra.col);
      b.formula(row, renstraCol!, linkFormula(target), src.format(ind.row, refs.renstra.col), CENTERED);
      const achieved = capaianFormula(
        a1(row, renstraCol!),
        a1(row, nowCols.realisasi),
        ind.polarity,
        ctx.settings,
      );
      b.formula(row, renstraCol! + 1, achieved, FORMAT.percent);
      if (renstraYear !== null && now.year > 0)
        b.number(row, renstraCol! + 2, Math.max(0, renstraYear - now.year), '0', CENTERED);
      else b.blank(row, renstraCol! + 2);
    }
    row++;
  }
  if (prevCols && row > first) {
    const word = `$${columnLetters(kinerjaCol!)}${first + 1}`;
    const range = { top: first, left: arahCol!, bottom: row - 1, right: kinerjaCol! };
    const [naik, turun] = l.words;
    for (const [w, fill] of [
      [naik, NAIK],
      [turun, TURUN],
    ] as const)
      b.conditionalFormat({
        range,
        rule: { kind: 'expression', formula: `${word}="${w}"`, fill, fontColor: '000000' },
      });
  }

  row++;
  b.text(row++, 0, l.note, { italic: true });
  if (unmatched && (unmatched.now.length || unmatched.earlier.length)) {
    const list = (title: string, names: readonly string[]): void => {
      if (!names.length) return;
      b.text(row++, 0, title, { bold: true });
      for (const n of names) b.text(row++, 1, n, {});
    };
    list(
      l.unmatchedNow(unmatched.sheet),
      unmatched.now.map((i) => i.indikator),
    );
    list(
      l.unmatchedEarlier(unmatched.sheet),
      unmatched.earlier.map((i) => i.name),
    );
  }

  // Capaian across the years, for the indicators Bab III reports on, when more than one year has it.
  const withCapaian = years.map((y, i) => ({ y, c: yearCols[i]!.capaian })).filter((x) => x.c !== null);
  if (withCapaian.length > 1) {
    const rows = charted.flatMap((ind) => {
      const at = rowOf.get(ind.row);
      return at === undefined ? [] : [{ name: ind.indikator, values: withCapaian.map((x) => a1(at, x.c!)) }];
    });
    const series = withCapaian.map((x) => String(x.y.year));
    chartWithData(b, row + 1, ctx.labels.grafik.tahun, series, rows, [], Math.min(lastCol, 12));
  }

  b.width(0, 5).width(1, 44);
  for (let c = 2; c <= lastCol; c++) b.width(c, 12);
  b.freeze(first, 2);
  b.print('landscape', { top: header, bottom: header + 1 });
  return {
    builder: b,
    layout: {
      sheet: name,
      rowOf,
      previous:
        previous && prevCols?.capaian != null ? { year: previous.year, capaianCol: prevCols.capaian } : null,
      renstra: refs.renstra
        ? { capaianCol: renstraCol! + 1, year: renstraYear === null ? '' : String(renstraYear) }
        : null,
    },
    unmatched,
  };
}
