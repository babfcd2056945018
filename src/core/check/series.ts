import { a1 } from '../sheet/address';
import { columnOf, ParsedTable } from '../table/model';
import { decreases, seriesValues, TimeSeries } from '../table/series';
import { TableCells } from '../table/values';
import { Report } from './consistency';

/**
 * The checks of a time series (a table whose rows are periods): a running total never goes down, and the
 * last period of a full year is the year's figure wherever the workbook states it.
 */

/** Each cumulative figure below the period before it, at its cell. */
export function checkSeries(report: Report, cells: TableCells, table: ParsedTable, series: TimeSeries): void {
  for (const c of series.columns) {
    if (c.reading !== 'cumulative') continue;
    const values = seriesValues(cells, series, c.col);
    for (const { at, previous } of decreases(values)) {
      const period = series.rows[at]!;
      report(
        { rule: 'cumulative-decrease', typed: values[at]!, previous, period: period.name },
        'error',
        period.row,
        c.col,
      );
    }
    // The table's own total under running totals is the year's figure: the last period, not their sum.
    const total = table.totalRow === null ? undefined : cells.number(table.totalRow, c.col)?.value;
    if (total !== undefined) yearAgainst(report, cells, series, c, total, a1(table.totalRow!, c.col));
  }
}

/**
 * The last period's figure against the year's figure `stated` (at `where`): reported at the last period's
 * cell when they differ. Only when the series reaches the year's last period (a series up to November says
 * nothing of the year yet).
 */
function yearAgainst(
  report: Report,
  cells: TableCells,
  series: TimeSeries,
  column: TimeSeries['columns'][number],
  stated: number,
  where: string,
): void {
  const values = seriesValues(cells, series, column.col);
  const lastAt = values.length - 1;
  const last = series.rows[lastAt];
  const typed = last ? cells.number(last.row, column.col) : null;
  if (!last || last.index !== series.of || !typed) return;
  // Money to the rupiah; a percentage to the decimals the office typed.
  const tolerance = column.percent ? 0.5 * 10 ** -typed.decimals + 1e-9 : 1;
  if (Math.abs(typed.value - stated) < tolerance) return;
  report(
    { rule: 'series-year-mismatch', typed: typed.value, stated, period: last.name, where },
    'error',
    last.row,
    column.col,
  );
}

export interface SeriesTable {
  readonly table: ParsedTable;
  readonly cells: TableCells;
  readonly series: TimeSeries | null;
}

/**
 * A monthly or quarterly series of the budget against the year's budget table in the same workbook: the
 * last period's realisasi (in rupiah, or as a % of the pagu) is the year's realisasi its total row states.
 * Only when exactly one other table states such a total, so that it is the same budget beyond doubt.
 */
export function checkSeriesAgainstYear(
  report: (table: ParsedTable, ...args: Parameters<Report>) => void,
  tables: readonly SeriesTable[],
): void {
  const years = tables.filter(
    (t) =>
      t.series === null &&
      t.table.totalRow !== null &&
      columnOf(t.table, 'realisasiRp') !== null &&
      columnOf(t.table, 'pagu') !== null,
  );
  if (years.length !== 1) return;
  const year = years[0]!;
  const totalRow = year.table.totalRow!;
  const cPagu = columnOf(year.table, 'pagu')!;
  const cReal = columnOf(year.table, 'realisasiRp')!;
  const pagu = year.cells.number(totalRow, cPagu)?.value;
  const real = year.cells.number(totalRow, cReal)?.value;
  if (pagu === undefined || real === undefined || pagu === 0) return;
  for (const t of tables) {
    if (t.series === null) continue;
    const cSeries = columnOf(t.table, 'realisasiRp');
    const column = t.series.columns.find((c) => c.col === cSeries && c.reading === 'cumulative');
    if (!column) continue;
    const values = seriesValues(t.cells, t.series, column.col);
    const last = values[values.length - 1];
    if (last === null || last === undefined) continue;
    // A percentage of the year's budget is compared with the penyerapan, a rupiah figure with the realisasi.
    const whole = last <= 1.0001 ? 1 : 100;
    const stated = column.percent ? (real / pagu) * whole : real;
    const where = `${year.table.sheet}!${a1(totalRow, cReal)}`;
    yearAgainst((...args) => report(t.table, ...args), t.cells, t.series, column, stated, where);
  }
}
