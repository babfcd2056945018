import { BudgetFigures, IndicatorFigures, TableAnalysis } from '../check/analysis';
import { CapaianSettings } from '../capaian/settings';
import { NumberReading, Reading } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { a1, columnLetters } from '../sheet/address';
import { CellGrid } from '../sheet/grid';
import { columnOf, ParsedTable, periodColumns } from '../table/model';
import { TableCells } from '../table/values';
import { capaianFormula, columnRefs, lastFilledFormula, penyerapanFormula, sumFormula } from './formulas';
import { formatForTyped } from './numberFormat';
import { CellEdit, ConditionalFormat, FORMAT } from './types';

/** What generate did to the user's sheet, for the summary line and the JSON output. */
export interface SourceChanges {
  readonly capaianK: number;
  readonly capaianRp: number;
  readonly subtotals: number;
  readonly converted: number;
  readonly appendedColumns: readonly string[];
  readonly highlightRange: string | null;
}

export interface SourcePlan {
  readonly cells: readonly CellEdit[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly changes: SourceChanges;
  /** Where the table's capaian K and capaian Rp now live, for the generated sheets to link to. */
  readonly capaianKCol: number | null;
  readonly capaianRpCol: number | null;
}

const HIGHLIGHT = { fill: 'FFC7CE', fontColor: '9C0006' };

class Edits {
  /** A later edit of a cell replaces the earlier one. */
  readonly cells = new CellGrid<CellEdit>();
  constructor(private readonly cellsReader: TableCells) {}
  /** Merged slaves are never written: only a merged area's top-left cell holds its value. */
  put(edit: CellEdit): boolean {
    const m = this.cellsReader.sheet.merge(edit.row, edit.col);
    if (m && (m.top !== edit.row || m.left !== edit.col)) return false;
    this.cells.set(edit.row, edit.col, edit);
    return true;
  }
}

/** Does any of these cells hold an error value now (a total over them then skips errors)? */
function holdsError(cells: TableCells, rows: readonly number[], col: number): boolean {
  return rows.some((r) => cells.read(r, col).kind === 'error');
}

function isUsable(r: Reading): boolean {
  return r.kind === 'number' || r.kind === 'empty';
}

/** Numbers typed as text ("25 org", "44.223.782") become numbers that show the same. */
function convertTyped(
  edits: Edits,
  reading: Reading,
  row: number,
  col: number,
  money: boolean,
  scale = 1,
): boolean {
  if (reading.kind !== 'number') return false;
  if (!reading.fromText && scale === 1) return false;
  const scaled: NumberReading =
    scale === 1
      ? reading
      : {
          ...reading,
          value: reading.value * scale,
          unit: PERCENT,
          unitText: '%',
          decimals: reading.decimals + 2,
        };
  const numberFormat = formatForTyped(scaled, money);
  if (numberFormat === null) return false;
  return edits.put({ row, col, content: { kind: 'number', value: scaled.value }, numberFormat });
}

/** First free column to the right of the table, for capaian columns the table lacks. */
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

export function planSource(
  cells: TableCells,
  analysis: TableAnalysis,
  settings: CapaianSettings,
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
  let cCapK = col('capaianK');
  let cCapRp = col('capaianRp');
  const periodsK = periodColumns(table, 'K');
  const periodsRp = periodColumns(table, 'Rp');
  const appended: string[] = [];
  const headerStyle = {
    bold: true,
    wrap: true,
    border: true,
    horizontal: 'center',
    vertical: 'middle',
  } as const;

  const wantsK =
    cTarget !== null && (cReal !== null || periodsK.length > 0) && analysis.indicators.length > 0;
  const wantsRp = cPagu !== null && (cRealRp !== null || periodsRp.length > 0);
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
      style: headerStyle,
    });
    appended.push(columnLetters(c));
    return c;
  };
  if (wantsK && cCapK === null) cCapK = appendColumn('Capaian Kinerja (%)');
  if (wantsRp && cCapRp === null) cCapRp = appendColumn('Penyerapan Anggaran (%)');

  let converted = 0;
  let capaianK = 0;
  let capaianRp = 0;
  let subtotals = 0;

  for (const ind of analysis.indicators) {
    if (cTarget === null) continue;
    const { row } = ind;
    const t = ind.target.kind === 'number' ? ind.target : null;
    if (convertTyped(edits, ind.target, row, cTarget, false)) converted++;
    const realisasiRef = realisasiReference(edits, cells, ind, cReal, periodsK, t);
    if (realisasiRef.converted) converted += realisasiRef.converted;
    if (wantsK && cCapK !== null && realisasiRef.ref && isUsable(ind.target)) {
      const formula = capaianFormula(a1(row, cTarget), realisasiRef.ref, ind.polarity, settings);
      if (edits.put({ row, col: cCapK, content: { kind: 'formula', formula }, numberFormat: FORMAT.percent }))
        capaianK++;
    }
  }

  const moneyRef = (b: BudgetFigures, c: number | null, reading: Reading): string | null =>
    c !== null && isUsable(reading) ? a1(b.node.rows[0]!, c) : null;
  for (const b of analysis.budgets.values()) {
    const row = b.node.rows[0]!;
    if (cPagu !== null && convertTyped(edits, b.pagu, row, cPagu, true)) converted++;
    if (cRealRp !== null && convertTyped(edits, b.realisasiRp, row, cRealRp, true)) converted++;
    if (cRealRp !== null && b.fromPeriodsRp && b.node.childIds.length === 0) {
      const refs = periodsRp.map((p) => a1(row, p));
      if (
        edits.put({
          row,
          col: cRealRp,
          content: { kind: 'formula', formula: sumFormula(refs) },
          numberFormat: FORMAT.rupiah,
        })
      ) {
        subtotals++;
      }
    }
    const children = b.node.childIds.map((id) => table.nodes[id]!.rows[0]!);
    for (const c of [cPagu, cRealRp]) {
      if (c === null || children.length === 0) continue;
      const formula = sumFormula(columnRefs(columnLetters(c), children), holdsError(cells, children, c));
      if (edits.put({ row, col: c, content: { kind: 'formula', formula }, numberFormat: FORMAT.rupiah }))
        subtotals++;
    }
    if (wantsRp && cCapRp !== null) {
      const p = moneyRef(b, cPagu, b.pagu);
      const r = moneyRef(b, cRealRp, b.realisasiRp) ?? (cRealRp === null ? null : a1(row, cRealRp));
      if (
        p &&
        r &&
        edits.put({
          row,
          col: cCapRp,
          content: { kind: 'formula', formula: penyerapanFormula(p, r) },
          numberFormat: FORMAT.percent,
        })
      ) {
        capaianRp++;
      }
    }
  }

  if (table.totalRow !== null) {
    const row = table.totalRow;
    const tops = analysis.topLevel.map((n) => n.rows[0]!);
    for (const c of [cPagu, cRealRp]) {
      if (c === null || tops.length === 0) continue;
      const formula = sumFormula(columnRefs(columnLetters(c), tops), holdsError(cells, tops, c));
      if (edits.put({ row, col: c, content: { kind: 'formula', formula }, numberFormat: FORMAT.rupiah }))
        subtotals++;
    }
    if (wantsRp && cCapRp !== null && cPagu !== null && cRealRp !== null) {
      const formula = penyerapanFormula(a1(row, cPagu), a1(row, cRealRp));
      if (
        edits.put({ row, col: cCapRp, content: { kind: 'formula', formula }, numberFormat: FORMAT.percent })
      )
        capaianRp++;
    }
  }

  const highlightCol = wantsK ? cCapK : cCapRp;
  const conditionalFormats: ConditionalFormat[] = [];
  let highlightRange: string | null = null;
  const lastDataRow =
    table.totalRow !== null && table.totalRow === table.dataBottom ? table.dataBottom - 1 : table.dataBottom;
  if (highlightCol !== null && lastDataRow >= table.dataTop) {
    // Not the 'no' and sasaran columns: their merged cells span many rows and would take one row's colour.
    const left =
      table.columns.find((c) => c.role.kind !== 'no' && c.role.kind !== 'sasaran')?.col ?? table.header.left;

    const right = Math.max(table.header.right, cCapK ?? 0, cCapRp ?? 0);
    const ref = `$${columnLetters(highlightCol)}${table.dataTop + 1}`;
    conditionalFormats.push({
      range: { top: table.dataTop, left, bottom: lastDataRow, right },
      rule: {
        kind: 'expression',
        formula: `AND(ISNUMBER(${ref}),${ref}<${settings.threshold})`,
        ...HIGHLIGHT,
      },
    });
    highlightRange = `${a1(table.dataTop, left)}:${a1(lastDataRow, right)}`;
  }

  return {
    cells: edits.cells.values(),
    conditionalFormats,
    changes: { capaianK, capaianRp, subtotals, converted, appendedColumns: appended, highlightRange },
    capaianKCol: wantsK ? cCapK : null,
    capaianRpCol: wantsRp ? cCapRp : null,
  };
}

/**
 * The cell (or expression) holding the year's realisasi K. With period columns, an empty realisasi/Jumlah
 * cell becomes a live total of the periods: a sum, or the last filled period for percentages and indexes.
 */
function realisasiReference(
  edits: Edits,
  cells: TableCells,
  ind: IndicatorFigures,
  cReal: number | null,
  periodsK: readonly number[],
  target: NumberReading | null,
): { ref: string | null; converted: number } {
  const row = ind.row;
  let converted = 0;
  const own = cells.read(row, cReal);
  // A bare 95 beside a "100 %" target is 95 %: stored as 0.95 so that the division is right.
  const percentScale = (r: Reading): number =>
    target?.unit === PERCENT && r.kind === 'number' && r.unit === null && Math.abs(r.value) > 1.5 ? 0.01 : 1;
  for (const p of periodsK) {
    const r = cells.read(row, p);
    if (convertTyped(edits, r, row, p, false, percentScale(r))) converted++;
  }
  if (cReal === null) {
    if (periodsK.length === 0) return { ref: null, converted };
    const refs = periodsK.map((p) => a1(row, p));
    const expr = ind.periodRule === 'jumlah' ? sumFormula(refs) : lastFilledFormula(refs);
    return { ref: `(${expr.slice(1)})`, converted };
  }
  if (ind.fromPeriods || (own.kind === 'empty' && periodsK.length > 0)) {
    const refs = periodsK.map((p) => a1(row, p));
    const formula = ind.periodRule === 'jumlah' ? sumFormula(refs) : lastFilledFormula(refs);
    edits.put({ row, col: cReal, content: { kind: 'formula', formula } });
    return { ref: a1(row, cReal), converted };
  } else if (convertTyped(edits, own, row, cReal, false, percentScale(own))) converted++;
  if (own.kind !== 'empty' && own.kind !== 'number') return { ref: null, converted };
  return { ref: a1(row, cReal), converted };
}
