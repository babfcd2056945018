import { periodRuleOf, typedCapaianMatches } from '../capaian/compute';
import { NumberReading } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { ColumnNumbering, formColumns, FormFormula } from './numbering';
import { Measure } from './roles';
import { capaianFit, ColumnSample, evaluateForm, numberAt, repeats, sameFigure } from './evidence';

/** The columns a table's figures come from, as samples. */
export interface Figures {
  readonly targetK?: ColumnSample;
  readonly realisasiK?: ColumnSample;
  readonly periodsK: readonly ColumnSample[];
  readonly pagu?: ColumnSample;
  readonly realisasiRp?: ColumnSample;
  readonly periodsRp: readonly ColumnSample[];
  /** Indicator names, for the per-row period rule. */
  readonly indikator?: ColumnSample;
}

/** How many sample rows a relation explains, out of the rows where it can be tested. */
export interface Tally {
  fit: number;
  of: number;
  /** Rows that repeat another column instead of fitting. */
  copies: number;
  /** Rows right only as points in a %-formatted cell. */
  scale100: number;
}

const emptyTally = (): Tally => ({ fit: 0, of: 0, copies: 0, scale100: 0 });

export function explained(t: Tally): number {
  return t.fit + t.copies + t.scale100;
}

function periodValues(periods: readonly ColumnSample[], i: number): NumberReading[] {
  const out: NumberReading[] = [];
  for (const p of periods) {
    const n = numberAt(p, i);
    if (n) out.push(n);
  }
  return out;
}

/** The year's realisasi on a sample row: the realisasi column, else its periods (sum, or last for %). */
function realisasiAt(f: Figures, measure: Measure, i: number): NumberReading | null {
  const own = numberAt(measure === 'K' ? f.realisasiK : f.realisasiRp, i);
  if (own) return own;
  const periods = periodValues(measure === 'K' ? f.periodsK : f.periodsRp, i);
  if (periods.length === 0) return null;
  const last = periods[periods.length - 1]!;
  if (measure === 'K' && last.unit === PERCENT) return last;
  return { ...last, value: periods.reduce((s, n) => s + n.value, 0) };
}

/** A typed capaian (K) or penyerapan (Rp) column against the table's own figures. */
export function capaianTally(cand: ColumnSample, measure: Measure, f: Figures): Tally {
  const tally = emptyTally();
  const base = measure === 'K' ? f.targetK : f.pagu;
  const realCol = measure === 'K' ? f.realisasiK : f.realisasiRp;
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = cand.readings[i]!;
    if (typed.kind === 'empty') continue;
    const t = numberAt(base, i);
    const r = realisasiAt(f, measure, i);
    const copy =
      realCol !== undefined && repeats(typed, cand.texts[i]!, realCol.readings[i]!, realCol.texts[i]!);
    if (typed.kind === 'number' && t && r) {
      tally.of++;
      const fit = capaianFit(typed, t, r);
      if (fit.positif || (measure === 'K' && (fit.selisih || fit.kebalikan))) tally.fit++;
      else if (fit.scale100) tally.scale100++;
      else if (copy) tally.copies++;
    } else if (copy) {
      tally.of++;
      tally.copies++;
    }
  }
  return tally;
}

/**
 * A typed Jumlah beside its periods: the sum, the last filled period (cumulative periods), or each row by
 * its indicator (counts add up, percentages and indexes take the last period).
 */
export function periodsTally(
  cand: ColumnSample,
  periods: readonly ColumnSample[],
  indikator: ColumnSample | undefined,
): { sum: Tally; last: Tally; perRow: Tally } {
  const sum = emptyTally();
  const last = emptyTally();
  const perRow = emptyTally();
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = numberAt(cand, i);
    const values = periodValues(periods, i);
    if (!typed || values.length === 0) continue;
    sum.of++;
    last.of++;
    perRow.of++;
    const total = sameFigure(
      typed,
      values.reduce((s, n) => s + n.value, 0),
    );
    const latest = sameFigure(typed, values[values.length - 1]!.value);
    if (total) sum.fit++;
    if (latest) last.fit++;
    const rule = periodRuleOf(indikator?.texts[i] ?? '', values[values.length - 1]!.unit);
    if (rule === 'jumlah' ? total : latest) perRow.fit++;
  }
  return { sum, last, perRow };
}

/** Figures of one kind on each sample row: one column, or periods summed. */
export interface FigureSource {
  readonly cols: readonly number[];
  readonly at: (i: number) => number | null;
}

export function figureSource(cols: readonly ColumnSample[]): FigureSource {
  return {
    cols: cols.map((c) => c.col),
    at: (i) => {
      const values = cols.map((c) => numberAt(c, i)).filter((n): n is NumberReading => n !== null);
      return values.length ? values.reduce((s, n) => s + n.value, 0) : null;
    },
  };
}

/** A typed difference: one figure minus another. */
export function differenceTally(cand: ColumnSample, a: FigureSource, b: FigureSource): Tally {
  const tally = emptyTally();
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = numberAt(cand, i);
    const x = a.at(i);
    const y = b.at(i);
    if (!typed || x === null || y === null) continue;
    tally.of++;
    if (sameFigure(typed, x - y)) tally.fit++;
  }
  return tally;
}

/** Which columns a form formula for `col` uses: its K or Rp sub-column matches the derived one's. */
export function formColumnsFor(
  numbering: ColumnNumbering,
  col: number,
  formula: FormFormula,
): Map<number, number> | null {
  const groups = new Map<number, number[]>();
  for (const [c, n] of numbering.numberOf)
    groups.set(
      n,
      [...(groups.get(n) ?? []), c].sort((x, y) => x - y),
    );
  const own = numbering.numberOf.get(col);
  const position = own === undefined ? 0 : groups.get(own)!.indexOf(col);
  // Under a unit row the sub-columns say their measure: Rp takes Rp of a group of K | % | Rp, not its second.
  const unit = unitKey(numbering.units.get(col));
  const out = new Map<number, number>();
  for (const n of formColumns(formula.expr)) {
    const cols = groups.get(n);
    if (!cols) return null;
    const same = unit === null ? undefined : cols.find((c) => unitKey(numbering.units.get(c)) === unit);
    out.set(n, same ?? cols[position] ?? cols[0]!);
  }
  return out;
}

function unitKey(label: string | undefined): 'K' | 'Rp' | '%' | null {
  const t =
    label
      ?.trim()
      .toLowerCase()
      .replace(/[().\s]/g, '') ?? '';
  if (t === 'rp' || t === 'rupiah' || t === 'keuangan') return 'Rp';
  if (t === '%') return '%';
  if (t === 'k' || t === 'vol' || t === 'volume' || t === 'fisik') return 'K';
  return null;
}

export function formTally(
  cand: ColumnSample,
  formula: FormFormula,
  cols: ReadonlyMap<number, number>,
  samples: ReadonlyMap<number, ColumnSample>,
): Tally {
  const tally = emptyTally();
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = numberAt(cand, i);
    if (!typed) continue;
    const expected = evaluateForm(formula.expr, (n) => numberAt(samples.get(cols.get(n)!), i)?.value ?? null);
    if (expected === null) continue;
    tally.of++;
    // "x 100" in the form, typed as a fraction in a %-formatted cell, is the same figure.
    if (sameFigure(typed, expected) || (typed.unit === PERCENT && sameFigure(typed, expected / 100)))
      tally.fit++;
  }
  return tally;
}

/** A typed percentage against the ratio of two other columns. */
export function ratioTally(cand: ColumnSample, num: ColumnSample, den: ColumnSample): Tally {
  const tally = emptyTally();
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = numberAt(cand, i);
    const x = numberAt(num, i);
    const y = numberAt(den, i);
    if (!typed || !x || !y || y.value === 0) continue;
    tally.of++;
    if (typedCapaianMatches(typed, x.value / y.value)) tally.fit++;
  }
  return tally;
}

/** How far the typed values lie from num ÷ den on average, relative: tells apart two ratios that both fit. */
export function ratioError(cand: ColumnSample, num: ColumnSample, den: ColumnSample): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < cand.readings.length; i++) {
    const typed = numberAt(cand, i);
    const x = numberAt(num, i);
    const y = numberAt(den, i);
    if (!typed || !x || !y || y.value === 0) continue;
    const want = x.value / y.value;
    // The typed value on the ratio's scale: a fraction, or points.
    const v =
      typed.unit === null && Math.abs(want) < 5 && Math.abs(typed.value) > 5
        ? typed.value / 100
        : typed.value;
    sum += Math.abs(v - want) / Math.max(Math.abs(want), 1e-9);
    n++;
  }
  return n === 0 ? Number.POSITIVE_INFINITY : sum / n;
}
