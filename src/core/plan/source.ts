import { percentSide, typedCapaianMatches } from '../capaian/compute';
import { BudgetFigures, IndicatorFigures, sumOverBudget, TableAnalysis } from '../check/analysis';
import { CapaianSettings } from '../capaian/settings';
import { Reading } from '../numbers/read';
import { a1, columnLetters } from '../sheet/address';
import { Relation } from '../table/columns';
import {
  columnOf,
  dataRows,
  isDerived,
  ParsedTable,
  periodColumns,
  subtotalsConfirmed,
} from '../table/model';
import { TableCells } from '../table/values';
import { isCumulative } from '../table/series';
import { Finding } from '../check/finding';
import { Edits, replacedColumns } from './edits';
import { namedBy, Unwritten } from './guard';
import {
  capaianFormula,
  columnRefs,
  differenceFormula,
  formFormula,
  lastFilledFormula,
  penyerapanFormula,
  sumFormula,
} from './formulas';
import { formatForTyped } from './numberFormat';
import { CellEdit, ConditionalFormat, FORMAT } from './types';

/** What generate did to the user's sheet, for the summary line and the JSON output. */
export interface SourceChanges {
  readonly capaianK: number;
  readonly capaianRp: number;
  readonly subtotals: number;
  /** Formulas written into the table's other derived columns (sisa, the form's own columns). */
  readonly derived: number;
  readonly converted: number;
  readonly appendedColumns: readonly string[];
  readonly highlightRange: string | null;
  /** Where capaian K and penyerapan now live: a confirmed column of the table, or an appended one. */
  readonly capaianKColumn: string | null;
  readonly capaianRpColumn: string | null;
  /** Columns whose typed values were replaced by formulas. */
  readonly replaced: readonly { readonly letter: string; readonly header: string; readonly count: number }[];
}

export interface SourcePlan {
  readonly cells: readonly CellEdit[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly changes: SourceChanges;
  /** Where the table's capaian K and capaian Rp now live, for the generated sheets to link to. */
  readonly capaianKCol: number | null;
  readonly capaianRpCol: number | null;
  /** Cells whose shown value a formula would have changed with no finding naming them: left as typed. */
  readonly unwritten: readonly Unwritten[];
}

const HIGHLIGHT = { fill: 'FFC7CE', fontColor: '9C0006' };
const HEADER_STYLE = {
  bold: true,
  wrap: true,
  border: true,
  horizontal: 'center',
  vertical: 'middle',
} as const;

/** Money is compared to the rupiah. */
const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) < 1;

/**
 * Can a formula refer to this cell: a number, one typed as text that becomes a number here, or an empty cell.
 * A figure read from text that must stay text ("96,2" with a note under it) cannot: its row's capaian then
 * stays as the office typed it.
 */
function isUsable(r: Reading, money: boolean): boolean {
  if (r.kind === 'empty') return true;
  return r.kind === 'number' && (!r.fromText || formatForTyped(r, money) !== null);
}

/**
 * A number typed as text ("25 org", "44.223.782") becomes the same number, with a format that shows it as
 * the office typed it. Nothing else the office typed changes: this is not an overwrite.
 */
function convertTyped(edits: Edits, reading: Reading, row: number, col: number, money: boolean): boolean {
  if (reading.kind !== 'number' || !reading.fromText) return false;
  const numberFormat = formatForTyped(reading, money);
  if (numberFormat === null) return false;
  return edits.put({ row, col, content: { kind: 'number', value: reading.value }, numberFormat });
}

/** First free columns to the right of the table, for capaian columns the table lacks. */
function freeColumns(cells: TableCells, table: ParsedTable, count: number): number[] {
  const out: number[] = [];
  for (let c = table.header.right + 1; out.length < count && c < table.header.right + 50; c++) {
    let empty = true;
    for (let r = table.header.top; r <= table.dataBottom && empty; r++)
      if (!cells.sheet.isEmpty(r, c)) empty = false;
    if (empty) out.push(c);
  }
  return out;
}

function relationOf(table: ParsedTable, col: number | null): Relation | null {
  return col === null ? null : (table.columns.find((c) => c.col === col)?.relation ?? null);
}

export function planSource(
  cells: TableCells,
  analysis: TableAnalysis,
  settings: CapaianSettings,
  findings: readonly Finding[],
): SourcePlan {
  const table = cells.table;
  const edits = new Edits(cells);
  const col = (k: Parameters<typeof columnOf>[1]): number | null => columnOf(table, k);
  const [cTarget, cReal, cPagu, cRealRp] = [
    col('targetK'),
    col('realisasiK'),
    col('pagu'),
    col('realisasiRp'),
  ];
  const periodsK = periodColumns(table, 'K');
  const periodsRp = periodColumns(table, 'Rp');
  const appended: string[] = [];

  const wantsK =
    cTarget !== null && (cReal !== null || periodsK.length > 0) && analysis.indicators.length > 0;
  const wantsRp = cPagu !== null && (cRealRp !== null || periodsRp.length > 0);
  // Capaian goes into the table's own column only when the data confirmed it; otherwise beside the table.
  let cCapK = isDerived(table, col('capaianK')) ? col('capaianK') : null;
  let cCapRp = isDerived(table, col('capaianRp')) ? col('capaianRp') : null;
  const free = freeColumns(
    cells,
    table,
    (wantsK && cCapK === null ? 1 : 0) + (wantsRp && cCapRp === null ? 1 : 0),
  );
  const appendColumn = (header: string): number => {
    const c = free.shift()!;
    edits.put({
      row: table.header.top,
      col: c,
      content: { kind: 'text', value: header },
      style: HEADER_STYLE,
    });
    appended.push(columnLetters(c));
    return c;
  };
  if (wantsK && cCapK === null && free.length > 0) cCapK = appendColumn('Capaian Kinerja (%)');
  if (wantsRp && cCapRp === null && free.length > 0) cCapRp = appendColumn('Penyerapan Anggaran (%)');

  /** The office's own formula already gives this figure: it is kept. */
  const keeps = (row: number, c: number, expected: number | null, money: boolean): boolean => {
    if (!cells.hasFormula(row, c) || expected === null) return false;
    const r = cells.read(row, c);
    if (r.kind !== 'number') return false;
    return money ? sameMoney(r.value, expected) : typedCapaianMatches(r, expected);
  };

  // A realisasi K column confirmed as computed (from its periods or by the form) gets live formulas.
  const realRelation = isDerived(table, cReal) ? relationOf(table, cReal) : null;
  let converted = 0;
  // Earlier years and the Renstra target, which the generated sheets link to, are read like the rest.
  const references = table.columns.filter((c) => c.role.kind === 'reference').map((c) => c.col);

  for (const ind of analysis.indicators) {
    if (cTarget === null) continue;
    const { row } = ind;
    for (const c of references) if (convertTyped(edits, cells.read(row, c), row, c, false)) converted++;
    if (convertTyped(edits, ind.target, row, cTarget, false)) converted++;
    const real = realisasiReference(edits, cells, ind, cReal, realRelation, periodsK);
    converted += real.converted;
    if (!wantsK || cCapK === null || !real.ref || !isUsable(ind.target, false)) continue;
    const scaled = scaleRefs(ind, a1(row, cTarget), real.ref);
    const formula = capaianFormula(scaled.target, scaled.realisasi, ind.polarity, settings);
    edits.formula(row, cCapK, formula, FORMAT.percent, keeps(row, cCapK, ind.capaian, false), 'capaianK');
  }

  const moneyRef = (b: BudgetFigures, c: number | null, reading: Reading): string | null =>
    c !== null && isUsable(reading, true) ? a1(b.node.rows[0]!, c) : null;
  const rpDerived = isDerived(table, cRealRp);
  const confirmed = subtotalsConfirmed(table);
  for (const b of analysis.budgets.values()) {
    const row = b.node.rows[0]!;
    if (cPagu !== null && convertTyped(edits, b.pagu, row, cPagu, true)) converted++;
    if (cRealRp !== null && convertTyped(edits, b.realisasiRp, row, cRealRp, true)) converted++;
    // Rupiah per period typed as text ("20.000.000") would be left out of every SUM over them.
    for (const p of periodsRp) if (convertTyped(edits, cells.read(row, p), row, p, true)) converted++;
    const children = b.node.childIds.map((id) => table.nodes[id]!.rows[0]!);
    if (cRealRp !== null && rpDerived && periodsRp.length > 0 && children.length === 0) {
      const formula = sumFormula(periodsRp.map((p) => a1(row, p)));
      const expected = b.fromPeriodsRp?.value ?? null;
      edits.formula(row, cRealRp, formula, FORMAT.rupiah, keeps(row, cRealRp, expected, true), 'subtotal');
    }
    // A parent's rupiah of each period are its items' sum too (a Renja form's Rp of triwulan I … IV).
    const sums: (readonly [number | null, number | null])[] = [
      [cPagu, b.truePagu],
      [cRealRp, b.trueRealisasiRp],
      // A period none of the items filled stays as the office left it.
      ...periodsRp.flatMap((p, i) => (b.truePeriodsRp[i] == null ? [] : [[p, b.truePeriodsRp[i]!] as const])),
    ];
    for (const [c, truth] of sums) {
      // A hierarchy its typed parent figures refute gets no subtotal formula (check says so once).
      if (c === null || children.length === 0 || !confirmed) continue;
      if (c === cRealRp && !cells.hasFormula(row, c) && sumOverBudget(table, b)) continue;
      const formula = sumFormula(columnRefs(columnLetters(c), children), holdsError(cells, children, c));
      edits.formula(row, c, formula, FORMAT.rupiah, keeps(row, c, truth, true), 'subtotal');
    }
    if (wantsRp && cCapRp !== null) {
      const p = moneyRef(b, cPagu, b.pagu) ?? (cPagu === null ? null : a1(row, cPagu));
      // An empty realisasi the plan could not fill is taken from its periods inside the formula.
      const ownEmpty = cRealRp === null || cells.read(row, cRealRp).kind === 'empty';
      const inline =
        !rpDerived && ownEmpty && periodsRp.length > 0
          ? `(${sumFormula(periodsRp.map((p) => a1(row, p))).slice(1)})`
          : null;
      const r = inline ?? moneyRef(b, cRealRp, b.realisasiRp) ?? (cRealRp === null ? null : a1(row, cRealRp));
      const expected = b.truePagu && b.trueRealisasiRp !== null ? b.trueRealisasiRp / b.truePagu : null;
      if (p && r) {
        const keep = keeps(row, cCapRp, expected, false);
        edits.formula(row, cCapRp, penyerapanFormula(p, r), FORMAT.percent, keep, 'capaianRp');
      }
    }
  }

  if (table.totalRow !== null) {
    const row = table.totalRow;
    const tops = analysis.totalParts.map((n) => n.rows[0]!);
    for (const [c, truth] of [
      [cPagu, analysis.grandPagu],
      [cRealRp, analysis.grandRealisasiRp],
    ] as const) {
      // Under running totals the year's figure is the last period, never their sum: left as typed.
      if (c === null || tops.length === 0 || !confirmed || isCumulative(analysis.series, c)) continue;
      const formula = sumFormula(columnRefs(columnLetters(c), tops), holdsError(cells, tops, c));
      edits.formula(row, c, formula, FORMAT.rupiah, keeps(row, c, truth, true), 'subtotal');
    }
    if (wantsRp && cCapRp !== null && cPagu !== null && cRealRp !== null) {
      const expected =
        analysis.grandPagu && analysis.grandRealisasiRp !== null
          ? analysis.grandRealisasiRp / analysis.grandPagu
          : null;
      const formula = penyerapanFormula(a1(row, cPagu), a1(row, cRealRp));
      edits.formula(row, cCapRp, formula, FORMAT.percent, keeps(row, cCapRp, expected, false), 'capaianRp');
    }
  }

  planOtherDerived(edits, cells, [cCapK, cCapRp, cReal, cRealRp]);
  const done = edits.finish(namedBy(findings, table.sheet));

  const { conditionalFormats, highlightRange } = highlight(
    table,
    wantsK ? cCapK : cCapRp,
    [cCapK, cCapRp],
    settings,
  );
  const header = (c: number): string => table.columns.find((x) => x.col === c)?.header ?? '';
  return {
    cells: done.cells,
    conditionalFormats,
    unwritten: done.unwritten,
    changes: {
      capaianK: done.written.capaianK,
      capaianRp: done.written.capaianRp,
      subtotals: done.written.subtotal,
      derived: done.written.derived,
      converted,
      appendedColumns: appended,
      highlightRange,
      capaianKColumn: wantsK && cCapK !== null ? columnLetters(cCapK) : null,
      capaianRpColumn: wantsRp && cCapRp !== null ? columnLetters(cCapRp) : null,
      replaced: replacedColumns(done.replaced, header),
    },
    capaianKCol: wantsK ? cCapK : null,
    capaianRpCol: wantsRp ? cCapRp : null,
  };
}

/** Does any of these cells hold an error value now (a total over them then skips errors)? */
function holdsError(cells: TableCells, rows: readonly number[], col: number): boolean {
  return rows.some((r) => cells.read(r, col).kind === 'error');
}

/**
 * "100 %" is 1 while a bare 95 beside it means 95 %: the formula divides the bare one by 100, so the typed
 * number stays as the office typed it.
 */
function scaleRefs(
  ind: IndicatorFigures,
  target: string,
  realisasi: string,
): { target: string; realisasi: string } {
  const side =
    ind.target.kind === 'number' && ind.realisasi.kind === 'number'
      ? percentSide(ind.target, ind.realisasi)
      : null;
  if (side === 'realisasi') return { target, realisasi: `(${realisasi}/100)` };
  if (side === 'target') return { target: `(${target}/100)`, realisasi };
  return { target, realisasi };
}

/**
 * The cell (or expression) holding the year's realisasi K. A realisasi column confirmed as the periods'
 * total becomes a live total (a sum, or the last filled period for percentages and indexes); otherwise the
 * typed realisasi is used as typed, and an empty one is replaced by the periods' total inside the formula.
 * `relation` is the realisasi column's, given only when the column is confirmed as computed.
 */
function realisasiReference(
  edits: Edits,
  cells: TableCells,
  ind: IndicatorFigures,
  cReal: number | null,
  relation: Relation | null,
  periodsK: readonly number[],
): { ref: string | null; converted: number } {
  const row = ind.row;
  let converted = 0;
  for (const p of periodsK) if (convertTyped(edits, cells.read(row, p), row, p, false)) converted++;
  const refs = periodsK.map((p) => a1(row, p));
  // The analysis chose the rule: the column's own (sum or last) when it has one, else by the indicator.
  const fromPeriods = (): string =>
    ind.periodRule === 'jumlah' ? sumFormula(refs) : lastFilledFormula(refs);
  if (cReal === null) return { ref: periodsK.length ? `(${fromPeriods().slice(1)})` : null, converted };
  const own = cells.read(row, cReal);
  if (relation && (periodsK.length > 0 || relation.kind === 'form')) {
    const formula =
      relation.kind === 'form' && !(ind.periodRule === 'terakhir' && periodsK.length > 0)
        ? formFormula(relation.formula.expr, (n) => a1(row, relation.cols.get(n)!), false)
        : fromPeriods();
    const expected = ind.fromPeriods?.value ?? null;
    const keep =
      expected !== null && cells.hasFormula(row, cReal) && cells.number(row, cReal)?.value === expected;
    edits.formula(row, cReal, formula, undefined, keep, 'realisasi');
    return { ref: a1(row, cReal), converted };
  }
  if (convertTyped(edits, own, row, cReal, false)) converted++;
  if (own.kind === 'empty' && periodsK.length > 0) return { ref: `(${fromPeriods().slice(1)})`, converted };
  if (!isUsable(own, false)) return { ref: null, converted };
  return { ref: a1(row, cReal), converted };
}

/** Sisa, lebih/(kurang) and the form's own columns, written live on every row that has figures. */
function planOtherDerived(edits: Edits, cells: TableCells, handled: readonly (number | null)[]): void {
  const table = cells.table;
  const rows = dataRows(table);
  for (const c of table.columns) {
    const relation = c.relation;
    if (c.kind !== 'derived' || !relation || handled.includes(c.col)) continue;
    if (relation.kind !== 'difference' && relation.kind !== 'form' && relation.kind !== 'ratio') continue;
    const sources =
      relation.kind === 'difference'
        ? [...relation.a, ...relation.b]
        : relation.kind === 'ratio'
          ? [relation.num, relation.den]
          : [...relation.cols.values()];
    const percent = /%/.test(cells.sheet.numberFormat(table.dataTop, c.col));
    for (const row of rows) {
      if (sources.every((s) => cells.sheet.isEmpty(row, s)) && cells.sheet.isEmpty(row, c.col)) continue;
      // "11 unit" in a column the formula reads becomes the number 11, still shown as "11 unit".
      for (const s of sources) convertTyped(edits, cells.read(row, s), row, s, false);
      const formula =
        relation.kind === 'difference'
          ? differenceFormula(
              relation.a.map((x) => a1(row, x)),
              relation.b.map((x) => a1(row, x)),
            )
          : relation.kind === 'ratio'
            ? penyerapanFormula(a1(row, relation.den), a1(row, relation.num))
            : formFormula(relation.formula.expr, (n) => a1(row, relation.cols.get(n)!), percent);
      const format = relation.kind === 'ratio' ? FORMAT.percent : undefined;
      edits.formula(row, c.col, formula, format, false, 'derived');
    }
  }
}

function highlight(
  table: ParsedTable,
  highlightCol: number | null,
  capaianCols: readonly (number | null)[],
  settings: CapaianSettings,
): { conditionalFormats: ConditionalFormat[]; highlightRange: string | null } {
  const lastDataRow =
    table.totalRow !== null && table.totalRow === table.dataBottom ? table.dataBottom - 1 : table.dataBottom;
  if (highlightCol === null || lastDataRow < table.dataTop)
    return { conditionalFormats: [], highlightRange: null };
  // Not the 'no' and sasaran columns: their merged cells span many rows and would take one row's colour.
  const left =
    table.columns.find((c) => c.role.kind !== 'no' && c.role.kind !== 'sasaran')?.col ?? table.header.left;
  const right = Math.max(table.header.right, ...capaianCols.map((c) => c ?? 0));
  const ref = `$${columnLetters(highlightCol)}${table.dataTop + 1}`;
  return {
    conditionalFormats: [
      {
        range: { top: table.dataTop, left, bottom: lastDataRow, right },
        rule: {
          kind: 'expression',
          formula: `AND(ISNUMBER(${ref}),${ref}<${settings.threshold})`,
          ...HIGHLIGHT,
        },
      },
    ],
    highlightRange: `${a1(table.dataTop, left)}:${a1(lastDataRow, right)}`,
  };
}
