import { percentSide } from '../capaian/compute';
import { IndicatorFigures } from '../check/analysis';
import { Reading } from '../numbers/read';
import { a1 } from '../sheet/address';
import { Relation } from '../table/columns';
import { TableCells } from '../table/values';
import { Edits } from './edits';
import { cellEdit } from './types';
import { formFormula, lastFilledFormula, sumFormula } from './formulas';
import { formatForTyped } from './numberFormat';

/** The cells a row's formulas read: typed text turned into its number, the realisasi's live reference. */

/**
 * Can a formula refer to this cell: a number, one typed as text that becomes a number here, or an empty cell.
 * A figure read from text that must stay text ("96,2" with a note under it) cannot: its row's capaian then
 * stays as the office typed it.
 */
export function isUsable(r: Reading, money: boolean): boolean {
  if (r.kind === 'empty') return true;
  return r.kind === 'number' && (!r.fromText || formatForTyped(r, money) !== null);
}

/**
 * A number typed as text ("25 org", "44.223.782") becomes the same number, with a format that shows it as
 * the office typed it. Nothing else the office typed changes: this is not an overwrite.
 */
export function convertTyped(
  edits: Edits,
  reading: Reading,
  row: number,
  col: number,
  money: boolean,
): boolean {
  if (reading.kind !== 'number' || !reading.fromText) return false;
  const numberFormat = formatForTyped(reading, money);
  if (numberFormat === null) return false;
  return edits.put(cellEdit(row, col, { kind: 'number', value: reading.value }, numberFormat));
}

/**
 * "100 %" is 1 while a bare 95 beside it means 95 %: the formula divides the bare one by 100, so the typed
 * number stays as the office typed it.
 */
export function scaleRefs(
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
export function realisasiReference(
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
  // The analysis chose the rule: the column's own (sum or last) when it has one, else by the indicator. The
  // periods' references are made only for a row that needs them.
  const fromPeriods = (): string => {
    const refs = periodsK.map((p) => a1(row, p));
    return ind.periodRule === 'jumlah' ? sumFormula(refs) : lastFilledFormula(refs);
  };
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
