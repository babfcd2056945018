import { alignedRealisasi, alignedTarget, capaianOf, periodRuleOf, PeriodRule } from '../capaian/compute';
import { polarityFromCell, polarityKey, suggestedPolarityOfKey } from '../capaian/polarity';
import { CapaianSettings, Polarity } from '../capaian/settings';
import { NumberReading, Reading } from '../numbers/read';
import { a1 } from '../sheet/address';
import { columnOf, isDerived, isRevenueNode, ParsedTable, periodColumns, TableNode } from '../table/model';
import { officeSum } from '../table/subtotals';
import { TableCells } from '../table/values';
import { isCumulative, lastFigure, TimeSeries, timeSeriesOf } from '../table/series';
import { capaianFit } from '../table/evidence';
import { FormExpr } from '../table/numbering';

/** One indicator row with what it needs for capaian K. */
export interface IndicatorFigures {
  readonly row: number;
  readonly node: TableNode;
  readonly indikator: string;
  readonly target: Reading;
  /** Realisasi for the year: the realisasi column, else the periods by the period rule. */
  readonly realisasi: Reading;
  readonly periodRule: PeriodRule;
  /** The periods' total when any period is filled: it wins over a typed Jumlah, which must agree. */
  readonly fromPeriods: NumberReading | null;
  readonly polarity: Polarity;
  /**
   * Where the polarity came from: a polarity column, the user, the target typed as a bound ("≤ 25"), the
   * office's typed capaian, or our list.
   */
  readonly polaritySource: 'kolom' | 'pengguna' | 'target' | 'data' | 'daftar';
  readonly capaian: number | null;
}

/** A node's budget: as typed and as its items add up. */
export interface BudgetFigures {
  readonly node: TableNode;
  readonly pagu: Reading;
  readonly realisasiRp: Reading;
  readonly fromPeriodsRp: NumberReading | null;
  /** The sum of the children's true figures, or the typed figure for a node without children. */
  readonly truePagu: number | null;
  readonly trueRealisasiRp: number | null;
  /** Each period's rupiah (periodColumns order): typed on a line without items, else its items' sum. */
  readonly truePeriodsRp: readonly (number | null)[];
}

/**
 * Would the sum of a line's items spend more than its pagu? Then an item holds a mistake (a figure many
 * times its own pagu) that the sum would carry up: the office's typed realisasi stays as typed, and its
 * subtotal-mismatch says why. Revenue above its target is no such sign.
 */
export function sumOverBudget(table: ParsedTable, b: BudgetFigures): boolean {
  const pagu = b.truePagu ?? (b.pagu.kind === 'number' ? b.pagu.value : null);
  return (
    pagu !== null &&
    b.trueRealisasiRp !== null &&
    b.trueRealisasiRp > pagu + 0.5 &&
    !isRevenueNode(table, b.node)
  );
}

export interface TableAnalysis {
  readonly indicators: readonly IndicatorFigures[];
  readonly budgets: ReadonlyMap<number, BudgetFigures>;
  readonly topLevel: readonly TableNode[];
  /** The lines the grand total adds up: the ones the office's own total formula names, else the top lines. */
  readonly totalParts: readonly TableNode[];
  readonly grandPagu: number | null;
  readonly grandRealisasiRp: number | null;
  /** The table's rows are periods (a time series), and how its figures run down them. */
  readonly series: TimeSeries | null;
}

/** Does the typed capaian fit a negative formula and not realisasi ÷ target? */
function typedOnlyNegative(
  cells: TableCells,
  row: number,
  capCol: number | null,
  target: NumberReading,
  realisasi: NumberReading,
): boolean {
  if (capCol === null || cells.hasFormula(row, capCol)) return false;
  const typed = cells.number(row, capCol);
  if (!typed) return false;
  const fit = capaianFit(typed, target, realisasi);
  return !fit.positif && (fit.selisih || fit.kebalikan);
}

function numberOf(r: Reading): NumberReading | null {
  return r.kind === 'number' ? r : null;
}

function periodRealisasi(cells: TableCells, row: number, cols: number[], rule: PeriodRule): Reading {
  const readings = cols.map((c) => cells.read(row, c));
  const numbers = readings.map(numberOf).filter((n): n is NumberReading => n !== null);
  if (numbers.length === 0) return readings.find((r) => r.kind !== 'empty') ?? { kind: 'empty' };
  const pick =
    rule === 'jumlah' ? numbers.reduce((s, n) => s + n.value, 0) : numbers[numbers.length - 1]!.value;
  const last = numbers[numbers.length - 1]!;
  return { ...last, value: pick, decimals: Math.max(...numbers.map((n) => n.decimals)) };
}

/**
 * Realisasi per period typed as running totals (3, 6, 9, 11 of a target of 12, "s.d. triwulan") is a choice
 * of the office that the header does not always state. Where the typed capaian fit the last period over the
 * target and not the periods' sum, in more rows than the other way round, the year's realisasi is the last
 * filled period on every row. A capaian formula says it too: ours from an earlier run takes the last filled
 * period (`IF(ISNUMBER(last),last,…)`), an office's may refer to the last period alone.
 */
function runningTotals(
  cells: TableCells,
  table: ParsedTable,
  cTarget: number | null,
  periodsK: number[],
  cCapK: number | null,
): boolean {
  if (cCapK === null || cTarget === null || periodsK.length < 2) return false;
  let last = 0;
  let sum = 0;
  for (const row of table.nodes.flatMap((n) => n.rows)) {
    const formula = cells.sheet.formula(row, cCapK);
    if (formula !== null) {
      const f = formula.toUpperCase().replace(/[\s$]/g, '');
      const refs = periodsK.map((c) => new RegExp(`(?<![A-Z0-9])${a1(row, c)}(?![0-9])`).test(f));
      const lastRef = a1(row, periodsK[periodsK.length - 1]!);
      if (
        f.includes(`IF(ISNUMBER(${lastRef}),${lastRef}`) ||
        (refs.at(-1) && refs.filter(Boolean).length === 1)
      )
        last++;
      else if (refs.filter(Boolean).length > 1) sum++;
      continue;
    }
    const t = numberOf(cells.read(row, cTarget));
    const typed = cells.number(row, cCapK);
    if (!t || !typed) continue;
    const asSum = numberOf(periodRealisasi(cells, row, periodsK, 'jumlah'));
    const asLast = numberOf(periodRealisasi(cells, row, periodsK, 'terakhir'));
    if (!asSum || !asLast || asSum.value === asLast.value) continue;
    const fitsSum = capaianFit(typed, t, asSum).positif;
    const fitsLast = capaianFit(typed, t, asLast).positif;
    if (fitsLast && !fitsSum) last++;
    else if (fitsSum && !fitsLast) sum++;
  }
  return last > sum;
}

/** The form states the year's realisasi as the sum of its periods ("13 = 9 + 10 + 11 + 12"). */
function sumsPeriods(expr: FormExpr, cols: ReadonlyMap<number, number>, periods: readonly number[]): boolean {
  const terms: number[] = [];
  const walk = (e: FormExpr): boolean => {
    if (e.kind === 'col') return terms.push(cols.get(e.n) ?? -1) > 0;
    return e.kind === 'op' && e.op === '+' && walk(e.a) && walk(e.b);
  };
  return (
    periods.length >= 2 &&
    walk(expr) &&
    terms.length === periods.length &&
    periods.every((p) => terms.includes(p))
  );
}

/**
 * The year's figure of a row (realisasi K or Rp): a column confirmed as the periods' total, or no column,
 * follows the periods; a typed one is the office's figure. An empty one takes the periods' either way.
 */
function yearFigure(own: Reading, periods: Reading | null, followsPeriods: boolean): Reading {
  if (followsPeriods && periods?.kind === 'number') return periods;
  return own.kind === 'empty' && periods ? periods : own;
}

/** Capaian K of one indicator, or null when its target or realisasi is not a number. */
function capaianFor(
  target: Reading,
  realisasi: Reading,
  polarity: Polarity,
  settings: Pick<CapaianSettings, 'negativeMethod' | 'cap'>,
): number | null {
  const t = numberOf(target);
  const r = numberOf(realisasi);
  return t && r ? capaianOf(alignedTarget(t, r), alignedRealisasi(t, r), polarity, settings) : null;
}

/**
 * The analysis under another method for negative indicators. Only their capaian depends on the method (the
 * polarity, the figures and the budgets do not), so only theirs is computed again.
 */
export function withNegativeMethod(analysis: TableAnalysis, settings: CapaianSettings): TableAnalysis {
  return {
    ...analysis,
    indicators: analysis.indicators.map((i) =>
      i.polarity === 'negatif'
        ? { ...i, capaian: capaianFor(i.target, i.realisasi, i.polarity, settings) }
        : i,
    ),
  };
}

export function analyseTable(
  cells: TableCells,
  table: ParsedTable,
  settings: CapaianSettings,
): TableAnalysis {
  const col = (k: Parameters<typeof columnOf>[1]): number | null => columnOf(table, k);
  const cCapK = isDerived(table, columnOf(table, 'capaianK')) ? columnOf(table, 'capaianK') : null;
  const [cTarget, cReal, cInd, cPol, cPagu, cRealRp] = [
    col('targetK'),
    col('realisasiK'),
    col('indikator'),
    col('polaritas'),
    col('pagu'),
    col('realisasiRp'),
  ];
  const periodsK = periodColumns(table, 'K');
  const periodsRp = periodColumns(table, 'Rp');
  const realDerived = isDerived(table, cReal);
  const relation = cReal === null ? null : table.columns.find((c) => c.col === cReal)?.relation;
  const realRule =
    relation?.kind === 'periods' && relation.rule !== 'perBaris'
      ? relation.rule
      : relation?.kind === 'form' && sumsPeriods(relation.formula.expr, relation.cols, periodsK)
        ? 'jumlah'
        : null;
  const rpDerived = isDerived(table, cRealRp);
  const running = realRule === null && runningTotals(cells, table, cTarget, periodsK, cCapK);

  const indicators: IndicatorFigures[] = [];
  // A budget report (pagu and realisasi in rupiah only) measures no indicator: its lines are spending lines.
  const measuresK = cInd !== null || cTarget !== null || cReal !== null || periodsK.length > 0;
  // Most users set none: then no name is looked up (a fresh key string costs a hash each time).
  const anyFromUser = Object.keys(settings.polarity).length > 0;
  for (const node of measuresK ? table.nodes : []) {
    for (const row of node.rows) {
      // Without an indicator column, the line's own name is what it measures ("Jenis Pelayanan Dasar").
      const indikator = cInd !== null ? cells.sheet.text(row, cInd) : row === node.rows[0] ? node.name : '';
      const target = cells.read(row, cTarget);
      if (!indikator && target.kind === 'empty' && cells.read(row, cReal).kind === 'empty') continue;
      const unit = numberOf(target)?.unit ?? null;
      const periodRule = realRule ?? (running ? 'terakhir' : periodRuleOf(indikator, unit));
      const own = cells.read(row, cReal);
      const periods = periodsK.length > 0 ? periodRealisasi(cells, row, periodsK, periodRule) : null;
      const fromPeriods = periods?.kind === 'number' ? periods : null;
      const realisasi = yearFigure(own, periods, realDerived || cReal === null);
      const fromCol = cPol !== null ? polarityFromCell(cells.sheet.text(row, cPol)) : null;
      const key = cInd !== null ? cells.sheet.normalizedText(row, cInd) : polarityKey(indikator);
      const fromUser = anyFromUser ? settings.polarity[key] : undefined;
      const t = numberOf(target);
      const r = numberOf(realisasi);
      const listed = suggestedPolarityOfKey(key);
      // "≤ 25 kasus" or "maks 5": lower is better; "≥ 80" or "min. 90%": higher is.
      const bounded: Polarity | null = t?.bound === 'max' ? 'negatif' : t?.bound === 'min' ? 'positif' : null;
      // An office's typed capaian that only the negative formulas give shows an indicator the list misses.
      const shownNegative =
        !fromCol &&
        !fromUser &&
        !bounded &&
        listed === 'positif' &&
        t !== null &&
        r !== null &&
        typedOnlyNegative(cells, row, cCapK, t, r);
      const polarity = fromCol ?? fromUser ?? bounded ?? (shownNegative ? 'negatif' : listed);
      indicators.push({
        row,
        node,
        indikator,
        target,
        realisasi,
        periodRule,
        fromPeriods,
        polarity,
        polaritySource: fromCol
          ? 'kolom'
          : fromUser
            ? 'pengguna'
            : bounded
              ? 'target'
              : shownNegative
                ? 'data'
                : 'daftar',
        capaian: capaianFor(target, realisasi, polarity, settings),
      });
    }
  }

  const budgets = new Map<number, BudgetFigures>();
  const budgetOf = (node: TableNode): BudgetFigures => {
    const done = budgets.get(node.id);
    if (done) return done;
    const row = node.rows[0]!;
    const pagu = cells.read(row, cPagu);
    const ownRp = cells.read(row, cRealRp);
    const periods = periodsRp.length > 0 ? periodRealisasi(cells, row, periodsRp, 'jumlah') : null;
    const fromPeriodsRp = periods?.kind === 'number' ? periods : null;
    const realisasiRp = yearFigure(ownRp, periods, rpDerived || cRealRp === null);
    // Most lines are items: their figures are their own, with no sums to make.
    const figures: BudgetFigures =
      node.childIds.length === 0
        ? {
            node,
            pagu,
            realisasiRp,
            fromPeriodsRp,
            truePagu: numberOf(pagu)?.value ?? null,
            trueRealisasiRp: numberOf(realisasiRp)?.value ?? null,
            truePeriodsRp: periodsRp.map((c) => cells.number(row, c)?.value ?? null),
          }
        : parentFigures(node, pagu, realisasiRp, fromPeriodsRp);
    budgets.set(node.id, figures);
    return figures;
  };
  const parentFigures = (
    node: TableNode,
    pagu: Reading,
    realisasiRp: Reading,
    fromPeriodsRp: NumberReading | null,
  ): BudgetFigures => {
    const children = node.childIds.map((id) => budgetOf(table.nodes[id]!));
    // Added in the children's order, as a reduce from 0 would: no arrays per sum (thousands of parents).
    const sum = (pick: (b: BudgetFigures) => number | null): number | null => {
      let total: number | null = null;
      for (const b of children) {
        const v = pick(b);
        if (v !== null) total = (total ?? 0) + v;
      }
      return total;
    };
    return {
      node,
      pagu,
      realisasiRp,
      fromPeriodsRp,
      truePagu: sum((b) => b.truePagu),
      trueRealisasiRp: sum((b) => b.trueRealisasiRp),
      truePeriodsRp: periodsRp.map((_, i) => sum((b) => b.truePeriodsRp[i] ?? null)),
    };
  };
  const topLevel = table.nodes.filter((n) => n.parentId === null && n.level !== 'sasaran');
  table.nodes.forEach(budgetOf);
  const totalParts = officeTotalParts(cells, table, [cPagu, cRealRp]) ?? topLevel;
  const grand = (pick: (b: BudgetFigures) => number | null): number | null => {
    const parts = totalParts.map((n) => pick(budgets.get(n.id)!)).filter((v): v is number => v !== null);
    return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
  };
  // Under running totals the year's figure is the one the total row states, else the last period's; never
  // their sum (a total that is not the last period is reported with the series).
  const series = timeSeriesOf(table, cells);
  const year = (col: number | null, pick: (b: BudgetFigures) => number | null): number | null =>
    series && isCumulative(series, col)
      ? ((table.totalRow === null ? null : cells.number(table.totalRow, col)?.value) ??
        lastFigure(cells, series, col!))
      : grand(pick);
  return {
    indicators,
    budgets,
    topLevel,
    totalParts,
    grandPagu: year(cPagu, (b) => b.truePagu),
    grandRealisasiRp: year(cRealRp, (b) => b.trueRealisasiRp),
    series,
  };
}

/**
 * The lines an office's grand total adds up by its own formula (`=G12`, `=SUM(G8,G12)`): an LRA's "Jumlah"
 * of the belanja lines leaves the pendapatan out, and that is the office's definition, not a slip.
 */
function officeTotalParts(
  cells: TableCells,
  table: ParsedTable,
  money: readonly (number | null)[],
): TableNode[] | null {
  if (table.totalRow === null) return null;
  const rows = officeSum(
    cells.sheet,
    table.totalRow,
    money.filter((c): c is number => c !== null),
  );
  if (!rows) return null;
  const parts = table.nodes.filter((n) => rows.includes(n.rows[0]!));
  return parts.length > 0 ? parts : null;
}
