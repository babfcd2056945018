import { alignedRealisasi, alignedTarget, capaianOf, typedCapaianMatches } from '../capaian/compute';
import { CapaianSettings, NegativeMethod } from '../capaian/settings';
import { NumberReading, Reading } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { formatNumber, formatPercent } from '../i18n/format';
import { a1, columnLetters, rangeA1 } from '../sheet/address';
import {
  columnOf,
  isDerived,
  isRevenueNode,
  normalizedName,
  ParsedTable,
  periodColumns,
  subtotalsConfirmed,
} from '../table/model';
import { fitsRounded, repeats } from '../table/evidence';
import { isCumulative } from '../table/series';
import { checkSeries } from './series';
import { reportFollowing } from './cascade';
import { TableCells } from '../table/values';
import { TableAnalysis } from './analysis';
import { checkFormColumns, checkPlainMeans, checkStatus, Report } from './consistency';
import {
  checkPeriodSubtotals,
  checkProgressMeans,
  checkProgressRealisasi,
  figuresBySum,
  reportUnconfirmed,
} from './subtotals';
import { Finding, FindingData, Rule, Severity, ValueKind } from './finding';

/** Its words come from the catalogue (`findingMessage`) when shown: most findings of a big table never are. */
export function makeFinding(data: FindingData, severity: Severity, sheet: string, cell: string): Finding {
  // Object.assign, not a spread: spreading findings of many shapes is ~20× slower in V8.
  return Object.assign({}, data, { severity, sheet, cell });
}

/** Money is compared to the rupiah; a difference under one rupiah is rounding. */
const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) < 1;

class Collector {
  readonly findings: Finding[] = [];
  /** The rules already reported, by cell: a rule is reported once per cell. */
  private readonly seen = new Map<number, Rule[]>();
  constructor(private readonly sheet: string) {}
  add(data: FindingData, severity: Severity, row: number, col: number): void {
    const key = row * 16384 + col;
    const rules = this.seen.get(key);
    if (rules?.includes(data.rule)) return;
    if (rules) rules.push(data.rule);
    else this.seen.set(key, [data.rule]);
    this.findings.push(makeFinding(data, severity, this.sheet, a1(row, col)));
  }
}

/** The cell as the user sees it: text as typed, numbers as Excel shows them. */
function shownText(cells: TableCells, row: number, col: number): string {
  const r = cells.read(row, col);
  if (r.kind === 'number' && !r.fromText) {
    return r.unit === PERCENT ? formatPercent(r.value) : formatNumber(r.value, Math.min(r.decimals, 6));
  }
  return cells.sheet.text(row, col);
}

/** Findings about the reading of one value cell; returns the number when there is one. */
function checkValue(
  out: Collector,
  cells: TableCells,
  reading: Reading,
  row: number,
  col: number,
  what: ValueKind,
): NumberReading | null {
  switch (reading.kind) {
    case 'error':
      out.add({ rule: 'formula-error', code: reading.code }, 'error', row, col);
      return null;
    case 'text':
      // A non-numeric target ("BB") is a choice of the office; non-numeric figures elsewhere are mistakes.
      out.add(
        { rule: 'not-a-number', text: reading.text, what },
        what === 'target' ? 'info' : 'error',
        row,
        col,
      );
      return null;
    case 'number':
      if (reading.ambiguous) {
        out.add(
          { rule: 'ambiguous-number', text: cells.sheet.text(row, col), value: reading.value },
          'warning',
          row,
          col,
        );
      } else if (reading.note !== null) {
        out.add(
          { rule: 'number-as-text', text: cells.sheet.text(row, col), value: reading.value, kept: true },
          'info',
          row,
          col,
        );
      } else if (reading.fromText && (what === 'pagu' || what === 'realisasiRp')) {
        // SUM skips numbers stored as text: in rupiah columns that silently drops money from totals.
        out.add(
          { rule: 'number-as-text', text: cells.sheet.text(row, col), value: reading.value },
          'info',
          row,
          col,
        );
      }
      return reading;
    default:
      return null;
  }
}

function checkIndicators(
  out: Collector,
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
  settings: CapaianSettings,
  heading: ReadonlySet<number>,
): void {
  const [cTarget, cReal, cInd, cCapK, cName] = [
    columnOf(table, 'targetK'),
    columnOf(table, 'realisasiK'),
    columnOf(table, 'indikator'),
    columnOf(table, 'capaianK'),
    columnOf(table, 'nama'),
  ];
  const periodsK = periodColumns(table, 'K');
  const hasRealisasi = cReal !== null || periodsK.length > 0;
  const computes = table.layout !== 'rencana-kinerja';
  const capKConfirmed = isDerived(table, cCapK);
  const other = settings.negativeMethod === 'selisih' ? 'kebalikan' : 'selisih';

  for (const node of table.nodes) {
    const first = node.rows[0]!;
    const needsIndicator =
      (node.level === 'subKegiatan' || node.level === 'program' || node.level === 'sasaran') &&
      !heading.has(node.id);
    if (cInd !== null && needsIndicator && node.rows.every((r) => cells.sheet.isEmpty(r, cInd))) {
      out.add(
        { rule: 'missing-indicator', level: node.level },
        node.level === 'program' ? 'info' : 'warning',
        first,
        cInd,
      );
    }
  }

  for (const ind of analysis.indicators) {
    const { row } = ind;
    // "BB" or "WTP" are real targets in an IKU list; where capaian is computed they only mean it cannot be.
    const target =
      cTarget === null || (!computes && ind.target.kind === 'text')
        ? null
        : checkValue(out, cells, ind.target, row, cTarget, 'target');
    if (cTarget !== null && ind.indikator && ind.target.kind === 'empty') {
      out.add({ rule: 'missing-target' }, 'warning', row, cTarget);
    }
    if (target && target.value === 0 && computes) {
      const met = ind.polarity === 'negatif' && ind.realisasi.kind === 'number' && ind.realisasi.value === 0;
      if (met) out.add({ rule: 'zero-target-met' }, 'info', row, cTarget!);
      else out.add({ rule: 'zero-target' }, 'warning', row, cTarget!);
    }
    if (!hasRealisasi) continue;
    const realCol = cReal ?? periodsK[0]!;
    const typedTotal =
      cReal !== null ? checkValue(out, cells, cells.read(row, cReal), row, cReal, 'realisasi') : null;
    if (typedTotal && ind.fromPeriods && Math.abs(typedTotal.value - ind.fromPeriods.value) > 1e-9) {
      const data = {
        rule: 'subtotal-mismatch',
        stated: typedTotal.value,
        sum: ind.fromPeriods.value,
        of: 'periode',
      } as const;
      out.add(data, 'error', row, cReal!);
    }
    for (const p of periodsK) checkValue(out, cells, cells.read(row, p), row, p, 'realisasi');
    if (ind.realisasi.kind === 'empty' && ind.target.kind !== 'empty' && !cells.uncomputed(row, realCol)) {
      out.add({ rule: 'missing-realisasi' }, 'warning', row, realCol);
    }
    const real = ind.realisasi.kind === 'number' ? ind.realisasi : null;
    if (target && real && target.unit && real.unit && target.unit !== real.unit) {
      out.add(
        { rule: 'unit-mismatch', targetUnit: target.unitText!, realisasiUnit: real.unitText! },
        'warning',
        row,
        realCol,
      );
    }
    if (cCapK !== null && !cells.hasFormula(row, cCapK)) {
      const typed = cells.read(row, cCapK);
      const t = ind.target.kind === 'number' ? ind.target : null;
      const alternative =
        ind.polarity === 'negatif' && t && real
          ? capaianOf(alignedTarget(t, real), alignedRealisasi(t, real), 'negatif', {
              negativeMethod: other,
              cap: settings.cap,
            })
          : null;
      const rounded =
        typed.kind === 'number' &&
        t !== null &&
        real !== null &&
        settings.cap === null &&
        fitsRounded(typed, t, real, ind.polarity, settings.negativeMethod);
      if (!rounded)
        checkTypedCapaian(out, typed, ind.capaian, row, cCapK, 'K', cells, {
          confirmed: capKConfirmed,
          copyOf: cReal,
          alternative: alternative === null ? null : { value: alternative, method: other },
        });
    }
  }

  // Two rows with the same name and indicator under the same parent are one row typed twice.
  const seen = new Map<string, number>();
  for (const node of table.nodes) {
    const name = normalizedName(table, node);
    for (const row of node.rows) {
      const indikator = cInd !== null ? cells.sheet.normalizedText(row, cInd) : '';
      if (!indikator && node.level !== 'subKegiatan') continue;
      const key = `${node.parentId}|${name}|${indikator}`;
      const firstRow = seen.get(key);
      if (firstRow === undefined) seen.set(key, row);
      else
        out.add(
          { rule: 'duplicate-row', firstCell: a1(firstRow, cName ?? cInd ?? 0) },
          'warning',
          row,
          cName ?? cInd ?? 0,
        );
    }
  }
}

/** What else a typed capaian may be: a copy of another column, or computed by the other method. */
interface TypedContext {
  /** The column's values fit its reading (kind 'derived'); otherwise mismatches are one cause. */
  readonly confirmed: boolean;
  /** The column it may repeat (the realisasi). */
  readonly copyOf: number | null;
  /** Capaian by the negative method the settings do not use, and that method. */
  readonly alternative: { readonly value: number; readonly method: NegativeMethod } | null;
}

function checkTypedCapaian(
  out: Collector,
  typed: Reading,
  expected: number | null,
  row: number,
  col: number,
  measure: 'K' | 'Rp',
  cells: TableCells,
  ctx: TypedContext,
): void {
  if (typed.kind === 'error') {
    out.add({ rule: 'formula-error', code: typed.code }, 'error', row, col);
    return;
  }
  if (typed.kind === 'empty' || expected === null) return;
  if (typed.kind === 'number' && typedCapaianMatches(typed, expected)) return;
  // The cell as shown is worked out only for a mismatch: most typed capaian agree.
  const shown = shownText(cells, row, col);
  const source = ctx.copyOf;
  if (
    source !== null &&
    repeats(typed, cells.sheet.text(row, col), cells.read(row, source), cells.sheet.text(row, source))
  ) {
    out.add(
      { rule: 'copied-column', source: columnLetters(source), typed: shown, expected },
      'error',
      row,
      col,
    );
    return;
  }
  if (
    typed.kind === 'number' &&
    typed.unit === PERCENT &&
    typedCapaianMatches({ ...typed, value: typed.value / 100 }, expected)
  ) {
    out.add({ rule: 'percent-scale', typed: shown, expected }, 'error', row, col);
    return;
  }
  const alt = ctx.alternative;
  if (typed.kind === 'number' && alt && typedCapaianMatches(typed, alt.value)) {
    out.add(
      { rule: 'capaian-mismatch', typed: shown, expected, measure, cause: alt.method },
      'warning',
      row,
      col,
    );
    return;
  }
  if (!ctx.confirmed) {
    out.add(
      { rule: 'capaian-mismatch', typed: shown, expected, measure, cause: 'column' },
      'warning',
      row,
      col,
    );
    return;
  }
  out.add({ rule: 'capaian-mismatch', typed: shown, expected, measure }, 'error', row, col);
}

function overBudget(pagu: number, realisasi: number): boolean {
  return realisasi > pagu + 0.5;
}

/** The budget lines with a line under them (a child, or deeper) whose typed realisasi exceeds its typed pagu. */
function linesOverBudgetBelow(table: ParsedTable, analysis: TableAnalysis): Set<number> {
  const out = new Set<number>();
  for (const b of analysis.budgets.values()) {
    const [pagu, real] = [b.pagu, b.realisasiRp];
    if (pagu.kind !== 'number' || real.kind !== 'number' || !overBudget(pagu.value, real.value)) continue;
    if (isRevenueNode(table, b.node)) continue;
    for (let id = b.node.parentId; id !== null && !out.has(id); id = table.nodes[id]?.parentId ?? null)
      out.add(id);
  }
  return out;
}

function checkBudgets(
  out: Collector,
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
  bySum: ReadonlySet<string>,
): void {
  const confirmed = subtotalsConfirmed(table);
  const [cPagu, cRealRp, cCapRp] = [
    columnOf(table, 'pagu'),
    columnOf(table, 'realisasiRp'),
    columnOf(table, 'capaianRp'),
  ];
  const capRpConfirmed = isDerived(table, cCapRp);
  const overBelow = linesOverBudgetBelow(table, analysis);
  // A parent line's pagu or realisasi against its items' sum (called per column: no tuples per line).
  const checkSubtotal = (
    row: number,
    col: number | null,
    reading: Reading,
    stated: NumberReading | null,
    truth: number | null,
    of: 'kegiatan' | 'program',
  ): void => {
    if (col === null || truth === null || cells.uncomputed(row, col)) return;
    // Typed as its items' sum: right, whatever the line's own periods add up to.
    if (bySum.has(`${row}:${col}`)) return;
    if (reading.kind === 'empty') out.add({ rule: 'missing-subtotal', sum: truth, of }, 'warning', row, col);
    else if (stated && !sameMoney(stated.value, truth)) {
      out.add({ rule: 'subtotal-mismatch', stated: stated.value, sum: truth, of }, 'error', row, col);
    }
  };
  for (const b of analysis.budgets.values()) {
    const row = b.node.rows[0]!;
    const pagu = cPagu !== null ? checkValue(out, cells, b.pagu, row, cPagu, 'pagu') : null;
    const real = cRealRp !== null ? checkValue(out, cells, b.realisasiRp, row, cRealRp, 'realisasiRp') : null;
    const typedRp = cRealRp !== null ? cells.number(row, cRealRp) : null;
    if (
      typedRp &&
      b.fromPeriodsRp &&
      !sameMoney(typedRp.value, b.fromPeriodsRp.value) &&
      !bySum.has(`${row}:${cRealRp}`)
    ) {
      const data = {
        rule: 'subtotal-mismatch',
        stated: typedRp.value,
        sum: b.fromPeriodsRp.value,
        of: 'periode',
      } as const;
      out.add(data, 'error', row, cRealRp!);
    }
    if (b.node.childIds.length > 0 && confirmed) {
      const of = b.node.level === 'kegiatan' ? 'kegiatan' : 'program';
      checkSubtotal(row, cPagu, b.pagu, pagu, b.truePagu, of);
      checkSubtotal(row, cRealRp, b.realisasiRp, real, b.trueRealisasiRp, of);
    }
    // Revenue above its target is an achievement, not spending over the budget. A line that is over only because
    // a line under it is over has that line's cause: it is reported there, once.
    if (
      pagu &&
      real &&
      overBudget(pagu.value, real.value) &&
      !isRevenueNode(table, b.node) &&
      !overBelow.has(b.node.id) &&
      // A period's plan is no budget: realisasi ahead of the plan so far is not spending over the pagu.
      analysis.series === null
    ) {
      out.add({ rule: 'over-budget', pagu: pagu.value, realisasi: real.value }, 'error', row, cRealRp!);
    }
    if (cCapRp !== null && !cells.hasFormula(row, cCapRp)) {
      const expected =
        pagu && real
          ? capaianOf(pagu.value, real.value, 'positif', { negativeMethod: 'selisih', cap: null })
          : null;
      checkTypedCapaian(out, cells.read(row, cCapRp), expected, row, cCapRp, 'Rp', cells, {
        confirmed: capRpConfirmed,
        copyOf: cRealRp,
        alternative: null,
      });
    }
  }
  if (table.totalRow !== null && confirmed) {
    const row = table.totalRow;
    for (const [col, truth] of [
      [cPagu, analysis.grandPagu],
      [cRealRp, analysis.grandRealisasiRp],
    ] as const) {
      if (col === null || truth === null || cells.uncomputed(row, col)) continue;
      // Under running totals the total is the last period's (checked with the series), not their sum.
      if (isCumulative(analysis.series, col)) continue;
      const stated = checkValue(
        out,
        cells,
        cells.read(row, col),
        row,
        col,
        col === cPagu ? 'pagu' : 'realisasiRp',
      );
      if (stated && !sameMoney(stated.value, truth)) {
        out.add(
          { rule: 'subtotal-mismatch', stated: stated.value, sum: truth, of: 'total' },
          'error',
          row,
          col,
        );
      }
    }
    if (
      cCapRp !== null &&
      !cells.hasFormula(row, cCapRp) &&
      analysis.grandPagu &&
      analysis.grandRealisasiRp !== null
    ) {
      const typed = cells.read(row, cCapRp);
      const expected = analysis.grandRealisasiRp / analysis.grandPagu;
      checkTypedCapaian(out, typed, expected, row, cCapRp, 'Rp', cells, {
        confirmed: capRpConfirmed,
        copyOf: null,
        alternative: null,
      });
    }
  }
}

/** Columns of figures: targets, realisasi, capaian and budget, per period too. */
const FIGURE_ROLES: ReadonlySet<string> = new Set(
  'targetK pagu realisasiK realisasiRp capaianK capaianRp period'.split(' '),
);

/**
 * Lines that are headings: no figure of their own in any target, realisasi, capaian or budget column, over
 * lines of their own or right above a line that has them (a PKP's "Upaya Promosi Kesehatan" over its
 * kegiatan). A line with neither figures nor an indicator in a list of figured lines stays a finding.
 */
/** Lines with no figure of their own that head the lines below them. Read once for the checks that ask. */
function headingLines(cells: TableCells, table: ParsedTable): Set<number> {
  const cols = table.columns.filter((c) => FIGURE_ROLES.has(c.role.kind)).map((c) => c.col);
  const figured = (rows: readonly number[]): boolean =>
    rows.some((r) => cols.some((c) => !cells.sheet.isEmpty(r, c)));
  const out = new Set<number>();
  // Each line is asked about as itself and as the next one's neighbour: the answer is carried over.
  let nextFigured = table.nodes.length > 0 && figured(table.nodes[0]!.rows);
  table.nodes.forEach((node, i) => {
    const own = nextFigured;
    const next = table.nodes[i + 1];
    nextFigured = next !== undefined && figured(next.rows);
    if (own) return;
    if (node.childIds.length > 0 || nextFigured) out.add(node.id);
  });
  return out;
}

function checkStructure(
  out: Collector,
  cells: TableCells,
  table: ParsedTable,
  heading: ReadonlySet<number>,
): void {
  const cName = columnOf(table, 'nama') ?? columnOf(table, 'indikator') ?? table.header.left;
  // Two columns read the same way: said once, at the first one's header, and neither is written.
  for (const c of table.columns) {
    if (c.why.by !== 'ambiguous' || c.why.other < c.col) continue;
    const columns = [columnLetters(c.col), columnLetters(c.why.other)];
    out.add({ rule: 'ambiguous-columns', columns, role: c.role.kind }, 'warning', table.header.top, c.col);
  }
  for (const node of table.nodes) {
    // A heading over the lines below it ("UKM Esensial") measures nothing: placed anywhere, it misleads no sum.
    if (node.orphanReason && !(node.orphanReason === 'before-program' && heading.has(node.id))) {
      out.add({ rule: 'orphan-row', reason: node.orphanReason }, 'warning', node.rows[0]!, cName);
    }
  }
  for (const row of table.strayRows)
    out.add({ rule: 'orphan-row', reason: 'no-name' }, 'warning', row, cName);
  const valueCols = new Set(table.columns.filter((c) => FIGURE_ROLES.has(c.role.kind)).map((c) => c.col));
  for (const m of cells.sheet.snapshot.merges) {
    if (m.top < table.dataTop || m.top > table.dataBottom || m.right === m.left) continue;
    let spanned = 0;
    for (let c = m.left; c <= m.right; c++) if (valueCols.has(c)) spanned++;
    if (spanned >= 2)
      out.add(
        { rule: 'merged-value-cells', range: rangeA1(m.top, m.left, m.bottom, m.right) },
        'warning',
        m.top,
        m.left,
      );
  }

  // An error in any cell the table reads is reported even where no rule looks at the value.
  for (const c of table.columns) {
    for (let r = table.dataTop; r <= table.dataBottom; r++) {
      // Only an error value or text like "#REF!" can be one: skip the number reader for everything else.
      const raw = cells.sheet.value(r, c.col);
      if (
        raw === null ||
        (typeof raw !== 'object' && !(typeof raw === 'string' && raw.trimStart().startsWith('#')))
      )
        continue;
      const v = cells.read(r, c.col);
      if (v.kind === 'error') out.add({ rule: 'formula-error', code: v.code }, 'error', r, c.col);
    }
  }
}

export interface TableCheck {
  readonly findings: readonly Finding[];
}

export function checkTable(
  cells: TableCells,
  settings: CapaianSettings,
  analysis: TableAnalysis,
): TableCheck {
  const table = cells.table;
  const out = new Collector(table.sheet);
  const report: Report = (data, severity, row, col) => out.add(data, severity, row, col);
  const heading = headingLines(cells, table);
  checkStructure(out, cells, table, heading);
  const plainMeans = checkPlainMeans(report, cells, table, analysis);
  checkIndicators(out, cells, table, analysis, settings, heading);
  const confirmed = subtotalsConfirmed(table);
  const bySum = confirmed ? figuresBySum(cells, table, analysis) : new Set<string>();
  checkBudgets(out, cells, table, analysis, bySum);
  if (confirmed) {
    checkPeriodSubtotals(report, cells, table, analysis);
    checkProgressMeans(report, cells, table);
    checkProgressRealisasi(report, cells, table);
  } else reportUnconfirmed(report, table);
  checkStatus(report, cells, table, analysis);
  if (analysis.series) checkSeries(report, cells, table, analysis.series);
  checkFormColumns(report, cells, table, bySum);
  reportFollowing(report, cells, table, out.findings);
  // A typed mean is one cause, said by plain-mean: not also a plain mismatch; a realisasi already wrong by its
  // own figures is not also contradicted by its progress.
  const wrong = new Set(out.findings.filter((f) => f.severity === 'error').map((f) => f.cell));
  const findings = out.findings.filter(
    (f) =>
      !(f.rule === 'capaian-mismatch' && plainMeans.has(f.cell)) &&
      !(f.rule === 'progress-realisasi' && wrong.has(f.cell)),
  );
  return { findings };
}
