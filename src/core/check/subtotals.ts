import { columnOf, ParsedTable, periodColumns } from '../table/model';
import { TableCells } from '../table/values';
import { TableAnalysis } from './analysis';
import { Report } from './consistency';

const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) < 1;

/**
 * The hierarchy the typed parent figures refute (no reading explains most of them): one info finding, with
 * the count, at the first parent line; no subtotal is reported or written.
 */
export function reportUnconfirmed(report: Report, table: ParsedTable): void {
  const fit = table.hierarchyFit;
  const col = columnOf(table, 'pagu') ?? columnOf(table, 'nama');
  const first = table.nodes.find((n) => n.childIds.length > 0);
  if (!fit || !first || col === null) return;
  report(
    { rule: 'hierarchy-unconfirmed', explained: fit.explained, of: fit.of },
    'info',
    first.rows[0]!,
    col,
  );
}

/**
 * The rupiah of each period on a parent line are its items' sum, as its pagu and realisasi are (a Renja
 * form's Rp of triwulan I … IV). A typed figure that is not is a subtotal mistake at that cell.
 */
export function checkPeriodSubtotals(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
): void {
  const periods = periodColumns(table, 'Rp');
  if (periods.length === 0) return;
  for (const b of analysis.budgets.values()) {
    if (b.node.childIds.length === 0) continue;
    const row = b.node.rows[0]!;
    periods.forEach((col, i) => {
      const truth = b.truePeriodsRp[i] ?? null;
      const typed = cells.hasFormula(row, col) ? null : cells.number(row, col);
      if (truth === null || !typed || sameMoney(typed.value, truth)) return;
      const of = b.node.level === 'kegiatan' ? 'kegiatan' : 'program';
      report({ rule: 'subtotal-mismatch', stated: typed.value, sum: truth, of }, 'error', row, col);
    });
  }
}

/**
 * Cells of parent lines whose typed rupiah (pagu, realisasi) are their items' sum: right by the hierarchy,
 * so a disagreement with the same line's periods lies in those periods, reported there.
 */
export function figuresBySum(
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
): ReadonlySet<string> {
  const out = new Set<string>();
  const [cPagu, cReal] = [columnOf(table, 'pagu'), columnOf(table, 'realisasiRp')];
  for (const b of analysis.budgets.values()) {
    if (b.node.childIds.length === 0) continue;
    const row = b.node.rows[0]!;
    for (const [col, truth] of [
      [cPagu, b.truePagu],
      [cReal, b.trueRealisasiRp],
    ] as const) {
      const typed = col === null ? null : cells.number(row, col);
      if (typed && truth !== null && sameMoney(typed.value, truth)) out.add(`${row}:${col}`);
    }
  }
  return out;
}

/**
 * A parent's cumulative progress per period (K | % | Rp forms) as the mean of its items' (offices leave out
 * items with a target of 0; either mean is accepted), where most typed parent progress figures are that
 * mean: the office's own convention. Another figure is then a mistake at that cell (an AVERAGE over the
 * wrong range, a figure typed over). A parent measuring its own indicator is not judged so.
 */
export function checkProgressMeans(report: Report, cells: TableCells, table: ParsedTable): void {
  const cols = table.columns.filter((c) => c.role.kind === 'progress').map((c) => c.col);
  const target = columnOf(table, 'targetK');
  if (cols.length === 0) return;
  const misfits: { row: number; col: number; typed: number; mean: number }[] = [];
  let fitting = 0;
  for (const node of table.nodes) {
    if (node.childIds.length === 0) continue;
    const row = node.rows[0]!;
    const items = node.childIds.map((id) => table.nodes[id]!.rows[0]!);
    const withTarget = items.filter((r) => target === null || cells.number(r, target)?.value !== 0);
    for (const col of cols) {
      const typed = cells.hasFormula(row, col) ? null : cells.number(row, col);
      const all = meanOf(items.map((r) => cells.number(r, col)?.value));
      if (!typed || all === null) continue;
      const targeted = meanOf(withTarget.map((r) => cells.number(r, col)?.value));
      const fits = (m: number | null): boolean => m !== null && Math.abs(m - typed.value) < 5e-4;
      if (fits(all) || fits(targeted)) fitting++;
      else misfits.push({ row, col, typed: typed.value, mean: targeted ?? all });
    }
  }
  if (fitting <= misfits.length) return;
  for (const m of misfits)
    report({ rule: 'progress-mismatch', typed: m.typed, mean: m.mean }, 'error', m.row, m.col);
}

function meanOf(values: readonly (number | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return null;
    sum += v;
  }
  return values.length > 0 ? sum / values.length : null;
}

/**
 * The year's realisasi K of a line is its last period's cumulative progress × its target, where most lines
 * keep that rule (a Renja form's K | % | Rp per triwulan): a line whose realisasi says otherwise (0 typed
 * where the % says 100 % of 1 is done) is reported at its realisasi. Lines with no target are not judged.
 */
export function checkProgressRealisasi(report: Report, cells: TableCells, table: ParsedTable): void {
  const progress = table.columns
    .filter((c) => c.role.kind === 'progress')
    .sort((a, b) =>
      a.role.kind === 'progress' && b.role.kind === 'progress' ? b.role.index - a.role.index : 0,
    );
  const [last, cReal, cTarget] = [
    progress[0]?.col,
    columnOf(table, 'realisasiK'),
    columnOf(table, 'targetK'),
  ];
  if (last === undefined || cReal === null || cTarget === null) return;
  const misfits: { row: number; realisasi: number; progress: number; target: number }[] = [];
  let fitting = 0;
  for (const node of table.nodes) {
    if (node.childIds.length > 0) continue;
    const row = node.rows[0]!;
    const [p, r, t] = [cells.number(row, last), cells.number(row, cReal), cells.number(row, cTarget)];
    if (!p || !r || !t || t.value === 0) continue;
    if (Math.abs(p.value * t.value - r.value) <= 0.005 * Math.max(1, Math.abs(r.value))) fitting++;
    else misfits.push({ row, realisasi: r.value, progress: p.value, target: t.value });
  }
  if (fitting < 3 || fitting <= 4 * misfits.length) return;
  for (const m of misfits)
    report(
      { rule: 'progress-realisasi', realisasi: m.realisasi, progress: m.progress, target: m.target },
      'warning',
      m.row,
      cReal,
    );
}
