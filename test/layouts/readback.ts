import { a1 } from '../../src/core/sheet/address';
import { CellValue } from '../../src/core/sheet/snapshot';
import { cellKey, GeneratedLayout, Role, TruthColumn } from './truth';

/**
 * Reads the generated sheet back the way a person would, independently of how the generator typed it:
 * these checks prove the ground truth says what the sheet shows.
 */

/** The number a cell shows: a % format shows value × 100; text is read in the office's locale. */
export function shownNumber(v: CellValue, format: string, locale: 'id' | 'en'): number | null {
  if (typeof v === 'number') return /%/.test(format.replace(/"[^"]*"/g, '')) ? v * 100 : v;
  if (typeof v !== 'string') return null;
  let s = v
    .replace(/^(≥|min\.)\s*/i, '')
    .replace(/^Rp\.?\s*/i, '')
    .replace(/%/g, '')
    .replace(/\s+[A-Za-z]+$/, '')
    .trim();
  s = locale === 'id' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** A figure as typed (not as shown): under a % format the stored fraction, for adding up money. */
function typedNumber(layout: GeneratedLayout, row: number, col: number): number {
  const v = layout.grid.get(row, col);
  if (typeof v === 'number') return v;
  return shownNumber(v, 'General', layout.spec.numbers.locale) ?? 0;
}

const is = (kind: string) => (c: TruthColumn) => c.role.kind === kind;
const isPeriod = (measure: 'K' | 'Rp') => (c: TruthColumn) =>
  c.role.kind === 'period' && c.role.measure === measure;

/** Typed capaian and penyerapan equal realisasi ÷ target within the office's rounding. */
export function capaianProblems(layout: GeneratedLayout): string[] {
  const { truth, grid, spec } = layout;
  const locale = spec.numbers.locale;
  const shown = (row: number, col: number): number | null =>
    shownNumber(grid.get(row, col), grid.format(row, col), locale);
  const col = (pred: (c: TruthColumn) => boolean): TruthColumn[] => truth.columns.filter(pred);
  const problems: string[] = [];
  const check = (
    row: number,
    capaian: TruthColumn | undefined,
    target: TruthColumn | undefined,
    real: TruthColumn[],
  ): void => {
    if (!capaian || !target || real.length === 0) return;
    const typed = shown(row, capaian.col);
    const t = shown(row, target.col);
    const parts = real.map((c) => shown(row, c.col));
    if (typed === null) return;
    if (t === null || parts.some((p) => p === null)) {
      problems.push(`${a1(row, capaian.col)} shows ${typed} but its target or realisasi cannot be read`);
      return;
    }
    const exact = (parts.reduce((s, p) => s! + p!, 0)! / t) * 100;
    const rounding = spec.numbers.rounding;
    const decimals = rounding === 'round0' ? 0 : rounding === 'round1' ? 1 : 2;
    const step = 10 ** -decimals;
    const ok =
      grid.formula(row, capaian.col) !== null
        ? Math.abs(typed - exact) < 1e-9
        : rounding === 'trunc2'
          ? exact - typed > -1e-6 && exact - typed < step + 1e-6
          : Math.abs(exact - typed) <= step / 2 + 1e-6;
    if (!ok)
      problems.push(`${a1(row, capaian.col)} shows ${typed}, realisasi ÷ target is ${exact} (${rounding})`);
  };
  const realK = col(is('realisasiK'));
  const realRp = col(is('realisasiRp'));
  for (const r of truth.rows.filter((x) => x.kind === 'item' || x.kind === 'parent' || x.kind === 'total')) {
    check(r.row, col(is('capaianK'))[0], col(is('targetK'))[0], realK.length ? realK : col(isPeriod('K')));
    check(r.row, col(is('capaianRp'))[0], col(is('pagu'))[0], realRp.length ? realRp : col(isPeriod('Rp')));
  }
  return problems;
}

/** Every figure the truth records is the number its cell shows (a formula's cached result included). */
export function figureProblems(layout: GeneratedLayout): string[] {
  const { truth, grid } = layout;
  const problems: string[] = [];
  for (let row = truth.range.top; row <= truth.range.bottom; row++)
    for (const c of truth.columns) {
      const f = truth.figures.get(cellKey(row, c.col));
      if (!f) continue;
      const got = typedNumber(layout, row, c.col);
      if (Math.abs(got - f.value) > 1e-9 * Math.max(1, Math.abs(f.value)))
        problems.push(`${a1(row, c.col)} holds ${String(grid.get(row, c.col))}, truth says ${f.value}`);
    }
  return problems;
}

/** Subtotals and totals add up their items; a Jumlah of periods adds up its periods; Sisa = pagu − realisasi. */
export function arithmeticProblems(layout: GeneratedLayout): string[] {
  const { truth } = layout;
  const problems: string[] = [];
  const num = (row: number, col: number): number => typedNumber(layout, row, col);
  const money = truth.columns.filter(
    (c) => c.role.kind === 'pagu' || c.role.kind === 'realisasiRp' || isPeriod('Rp')(c),
  );
  const items = truth.rows.filter((r) => r.kind === 'item');
  for (const r of truth.rows) {
    if (!r.span) continue;
    for (const c of money) {
      const want = items
        .filter((i) => i.row >= r.span!.first && i.row <= r.span!.last)
        .reduce((s, i) => s + num(i.row, c.col), 0);
      if (num(r.row, c.col) !== want)
        problems.push(`${a1(r.row, c.col)} is ${num(r.row, c.col)}, its items add up to ${want}`);
    }
  }
  const derivedTotal = (kind: Role['kind'], measure: 'K' | 'Rp'): void => {
    const total = truth.columns.find((c) => c.role.kind === kind && c.kind === 'derived');
    const periods = truth.columns.filter(isPeriod(measure));
    if (!total) return;
    for (const r of truth.rows) {
      if (r.kind === 'blank' || layout.grid.isEmpty(r.row, total.col)) continue;
      const sum = periods.reduce((s, p) => s + num(r.row, p.col), 0);
      if (Math.abs(num(r.row, total.col) - sum) > 1e-6)
        problems.push(`${a1(r.row, total.col)} is not the sum of its periods (${sum})`);
    }
  };
  derivedTotal('realisasiK', 'K');
  derivedTotal('realisasiRp', 'Rp');
  const selisih = truth.columns.find((c) => c.role.kind === 'selisih');
  const pagu = truth.columns.find((c) => c.role.kind === 'pagu');
  const real = truth.columns.find((c) => c.role.kind === 'realisasiRp');
  if (selisih && pagu && real) {
    const sign = /lebih/i.test(selisih.header) ? -1 : 1;
    for (const r of truth.rows) {
      if (layout.grid.isEmpty(r.row, selisih.col)) continue;
      const want = sign * (num(r.row, pagu.col) - num(r.row, real.col));
      if (num(r.row, selisih.col) !== want) problems.push(`${a1(r.row, selisih.col)} is not ${want}`);
    }
  }
  return problems;
}

/** The range holds exactly the header and the data: nothing beside it, a blank row below, titles above. */
export function rangeProblems(layout: GeneratedLayout): string[] {
  const { truth, grid } = layout;
  const { top, bottom, left, right } = truth.range;
  const problems: string[] = [];
  const covered = (row: number, col: number): boolean =>
    !grid.isEmpty(row, col) ||
    grid.merges.some(
      (m) =>
        row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !grid.isEmpty(m.top, m.left),
    );
  for (let row = top; row <= bottom; row++) {
    for (const col of [left - 1, right + 1])
      if (col >= 0 && !grid.isEmpty(row, col)) problems.push(`${a1(row, col)} beside the table is filled`);
    const filled = truth.columns.some((c) => covered(row, c.col));
    const kind =
      row <= truth.headerBottom || row === truth.numberRow
        ? 'header'
        : truth.rows.find((r) => r.row === row)?.kind;
    if (kind === undefined) problems.push(`row ${row + 1} is in the range but not in the truth`);
    if (kind === 'blank' ? filled : !filled)
      problems.push(`row ${row + 1} (${kind}) is ${filled ? 'filled' : 'empty'}`);
  }
  for (const c of truth.columns) {
    let labelled = false;
    for (let row = top; row <= truth.headerBottom; row++) labelled ||= covered(row, c.col);
    if (!labelled) problems.push(`column ${c.letter} has no header label`);
  }
  for (let col = 0; col < grid.width; col++)
    if (!grid.isEmpty(bottom + 1, col)) problems.push(`${a1(bottom + 1, col)} under the table is filled`);
  for (let row = 0; row < top; row++) {
    const cells = Array.from({ length: grid.width }, (_, col) => grid.get(row, col)).filter(
      (v) => v !== null,
    );
    if (cells.length > 2 || cells.some((v) => typeof v !== 'string'))
      problems.push(`row ${row + 1} above the header is not a title`);
  }
  return problems;
}
