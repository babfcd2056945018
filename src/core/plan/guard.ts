import { Finding } from '../check/finding';
import { Reading } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { makeFinding } from '../check/rules';
import { formatNumber } from '../i18n/format';
import { a1, columnLetters, parseA1, rangeA1 } from '../sheet/address';
import { refersTo } from '../sheet/formula';
import { CellGrid } from '../sheet/grid';
import { isCellError } from '../sheet/snapshot';
import { TableCells } from '../table/values';
import { EMPTY, evaluate, UNKNOWN, Value } from './evaluate';
import { columnRefs } from './formulas';
import { CellEdit } from './types';
import { pushTo } from '../collect';

/**
 * Nothing the office typed changes silently. Every formula the plan would write over a cell that shows
 * something is evaluated with the figures as they will be; where what the cell shows would change, the
 * formula is written only when a finding names the cell (an error or a warning on it, or an error on a
 * figure the formula reads). An office formula that already shows our result stays exactly as typed.
 */

/** A cell the plan leaves as it is, and what it would have shown. */
export interface Unwritten {
  readonly row: number;
  readonly col: number;
  readonly after: Value | typeof UNKNOWN;
  /** The cell would show the formula's result as a percentage. */
  readonly percent: boolean;
}

/** Our formulas' shapes: a second generate replaces its own formulas freely, never the office's. */
const OURS = /^=(IF\((AND\()?ISNUMBER\(|AGGREGATE\(9,6,)/i;

export const isOurFormula = (formula: string): boolean => OURS.test(formula.replace(/\s+/g, ''));

/** Which cells the findings name: errors and warnings at the cell, and errors on the figures read. */
export function namedBy(
  findings: readonly Finding[],
  sheet: string,
): (e: CellEdit, formula: string) => boolean {
  const atCell = new Set<string>();
  const errors: { row: number; col: number }[] = [];
  for (const f of findings) {
    if (f.sheet !== sheet || f.severity === 'info') continue;
    for (const cell of f.cells ?? [f.cell]) {
      atCell.add(cell);
      if (f.severity === 'error') errors.push(parseA1(cell));
    }
  }
  return (e, formula) => atCell.has(a1(e.row, e.col)) || errors.some((x) => refersTo(formula, x.row, x.col));
}

/** The tolerance of a shown figure: one unit of its last digit, so rounding and cutting both fit. */
function close(shown: number, decimals: number, value: number): boolean {
  const tol = Math.max(Math.pow(10, -Math.min(decimals, 12)), 1e-9 * Math.abs(shown)) + 1e-12;
  return Math.abs(shown - value) <= tol;
}

/**
 * Does a cell that shows `before` show the same after the write? A ratio may be shown as a fraction or in
 * points (0,9966 and 99,66 under a % format alike); "25 org" is 25 shown as `0 "org"`.
 */
export function sameShown(before: Reading, after: Value | typeof UNKNOWN, ratio: boolean): boolean {
  if (after === UNKNOWN) return false;
  const blank = after.kind === 'empty' || (after.kind === 'text' && after.value.trim() === '');
  switch (before.kind) {
    case 'empty':
      // A dash: "nothing yet" or zero.
      return blank || (after.kind === 'number' && after.value === 0);
    case 'error':
      return after.kind === 'error' && after.code === before.code;
    case 'text':
      return after.kind === 'text' && after.value.trim() === before.text;
    case 'number': {
      if (after.kind !== 'number') return false;
      const { value: v, decimals: d } = before;
      const a = after.value;
      if (close(v, d, a)) return true;
      if (!ratio) return false;
      return before.unit === PERCENT ? close(v, d, a / 100) : close(v, d, a * 100) || close(v, d, a / 100);
    }
  }
}

/**
 * Drops the formula writes that would change what a cell shows with no finding naming it; returns them.
 * Dropping one can change what another reads (a capaian over a realisasi left as typed), so it runs until
 * nothing more is dropped.
 */
export function guardWrites(
  grid: CellGrid<CellEdit>,
  cells: TableCells,
  named: (e: CellEdit, formula: string) => boolean,
): { kept: CellEdit[]; unwritten: Unwritten[] } {
  const sheet = cells.sheet;
  const all = grid.values();
  const dropped = new Set<CellEdit>();
  const unwritten: Unwritten[] = [];
  for (let pass = 0; pass < 10; pass++) {
    const memo = new Map<CellEdit, Value>();
    const lookup = (row: number, col: number): Value => {
      const e = grid.get(row, col);
      if (e?.kind !== undefined && !dropped.has(e)) return planned(e);
      const m = sheet.merge(row, col);
      if (m && (m.top !== row || m.left !== col)) return EMPTY;
      return valueOf(sheet.raw(row, col));
    };
    const planned = (c: CellEdit): Value => {
      if (c.kind === 'blank' || c.kind === undefined) return EMPTY;
      // Every planned value is made once a pass: a figure is read by its capaian, its subtotal and more.
      const hit = memo.get(c);
      if (hit) return hit;
      if (c.kind === 'number' || c.kind === 'text') {
        const v: Value =
          c.kind === 'number' ? { kind: 'number', value: c.value } : { kind: 'text', value: c.value };
        memo.set(c, v);
        return v;
      }
      memo.set(c, { kind: 'error', code: '#REF!' }); // a cycle reads as an error
      const v = evaluate(c.formula, lookup);
      const out: Value = v === UNKNOWN ? { kind: 'error', code: '#N/A' } : v;
      memo.set(c, out);
      return out;
    };
    let more = false;
    for (const e of all) {
      if (dropped.has(e) || e.kind !== 'formula') continue;
      const { row, col } = e;
      const own = sheet.formula(row, col);
      // Nothing shown before (an empty cell, or a formula no spreadsheet has computed yet): no change.
      if (sheet.isEmpty(row, col)) continue;
      if (own !== null && isOurFormula(own)) continue;
      const after = evaluate(e.formula, lookup);
      const percent = (e.numberFormat ?? sheet.numberFormat(row, col)).includes('%');
      const ratio = percent || sheet.numberFormat(row, col).includes('%');
      const same = sameShown(cells.read(row, col), after, ratio);
      if (same ? own === null : named(e, e.formula)) continue;
      // The office's own formula that shows the same stays exactly as typed; a change nobody named is not made.
      dropped.add(e);
      if (!same) unwritten.push({ row, col, after, percent });
      more = true;
    }
    if (!more) break;
  }
  return { kept: all.filter((e) => !dropped.has(e)), unwritten };
}

/** One info finding for the cells left alone in a table: which, and what the first would have become. */
export function notWrittenFinding(unwritten: readonly Unwritten[], cells: TableCells): Finding | null {
  const first = unwritten[0];
  if (!first) return null;
  const byCol = new Map<number, number[]>();
  for (const u of unwritten) pushTo(byCol, u.col, u.row);
  const list = [...byCol.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([col, rows]) => columnRefs(columnLetters(col), rows))
    .join(', ');
  const shown = cells.read(first.row, first.col);
  const typed =
    shown.kind === 'number' && !shown.fromText
      ? shown.unit === PERCENT
        ? `${formatNumber(shown.value * 100, Math.max(0, shown.decimals - 2))}%`
        : formatNumber(shown.value, Math.min(shown.decimals, 6))
      : cells.sheet.text(first.row, first.col);
  const would = first.after !== UNKNOWN && first.after.kind === 'number' ? first.after.value : null;
  const rows = unwritten.map((u) => u.row);
  const cols = unwritten.map((u) => u.col);
  const data = { rule: 'not-written', list, typed, would, percent: first.percent } as const;
  return Object.assign(makeFinding(data, 'info', cells.sheet.name, a1(first.row, first.col)), {
    cells: unwritten.map((u) => a1(u.row, u.col)),
    range: rangeA1(Math.min(...rows), Math.min(...cols), Math.max(...rows), Math.max(...cols)),
  });
}

function valueOf(v: ReturnType<TableCells['sheet']['raw']>): Value {
  if (v === null) return EMPTY;
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (isCellError(v)) return { kind: 'error', code: v.error };
  return v.trim() === '' ? EMPTY : { kind: 'text', value: v };
}
