import { typedCapaianMatches } from '../capaian/compute';
import { BudgetFigures, sumOverBudget, TableAnalysis } from '../check/analysis';
import { CapaianSettings } from '../capaian/settings';
import { Reading } from '../numbers/read';
import { a1, columnLetters } from '../sheet/address';
import { Relation } from '../table/columns';
import { columnOf, isDerived, ParsedTable, periodColumns, subtotalsConfirmed } from '../table/model';
import { TableCells } from '../table/values';
import { isCumulative } from '../table/series';
import { Finding } from '../check/finding';
import { Edits, replacedColumns } from './edits';
import { namedBy, Unwritten } from './guard';
import { capaianFormula, columnRefs, penyerapanFormula, sumFormula } from './formulas';
import { highlight } from './highlight';
import { planOtherDerived } from './otherDerived';
import { convertTyped, isUsable, realisasiReference, scaleRefs } from './references';
import { CellEdit, cellEdit, ConditionalFormat, FORMAT } from './types';

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

const HEADER_STYLE = {
  bold: true,
  wrap: true,
  border: true,
  horizontal: 'center',
  vertical: 'middle',
} as const;

/** A line without items (most lines): no array made for its children. */
const NONE: readonly number[] = [];

/** Money is compared to the rupiah. */
const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) < 1;

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
    edits.put(cellEdit(table.header.top, c, { kind: 'text', value: header }, undefined, HEADER_STYLE));
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
    const children = b.node.childIds.length ? b.node.childIds.map((id) => table.nodes[id]!.rows[0]!) : NONE;
    if (cRealRp !== null && rpDerived && periodsRp.length > 0 && children.length === 0) {
      const formula = sumFormula(periodsRp.map((p) => a1(row, p)));
      const expected = b.fromPeriodsRp?.value ?? null;
      edits.formula(row, cRealRp, formula, FORMAT.rupiah, keeps(row, cRealRp, expected, true), 'subtotal');
    }
    // A hierarchy its typed parent figures refute gets no subtotal formula (check says so once).
    if (children.length > 0 && confirmed) {
      const subtotal = (c: number | null, truth: number | null): void => {
        if (c === null) return;
        if (c === cRealRp && !cells.hasFormula(row, c) && sumOverBudget(table, b)) return;
        const formula = sumFormula(columnRefs(columnLetters(c), children), holdsError(cells, children, c));
        edits.formula(row, c, formula, FORMAT.rupiah, keeps(row, c, truth, true), 'subtotal');
      };
      subtotal(cPagu, b.truePagu);
      subtotal(cRealRp, b.trueRealisasiRp);
      // A parent's rupiah of each period are its items' sum too (a Renja form's Rp of triwulan I … IV); a
      // period none of the items filled stays as the office left it.
      periodsRp.forEach((p, i) => {
        const truth = b.truePeriodsRp[i];
        if (truth != null) subtotal(p, truth);
      });
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
