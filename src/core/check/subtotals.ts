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
