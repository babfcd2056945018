import { a1 } from '../sheet/address';
import { columnOf, ParsedTable } from '../table/model';
import { decreases, seriesValues, TimeSeries } from '../table/series';
import { normalize } from '../table/text';
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

/** A line (or the total) of a budget table: the year's pagu and realisasi, and where the realisasi is. */
interface YearFigure {
  readonly pagu: number;
  readonly realisasi: number;
  readonly where: string;
  /** The line's name; null for the table's total row. */
  readonly name: string | null;
}

function yearFigures(t: SeriesTable): YearFigure[] {
  const [cPagu, cReal] = [columnOf(t.table, 'pagu'), columnOf(t.table, 'realisasiRp')];
  if (t.series !== null || cPagu === null || cReal === null) return [];
  const lines = t.table.nodes.map((n) => ({ row: n.rows[0]!, name: n.name as string | null }));
  if (t.table.totalRow !== null) lines.push({ row: t.table.totalRow, name: null });
  return lines.flatMap(({ row, name }) => {
    const pagu = t.cells.number(row, cPagu)?.value;
    const realisasi = t.cells.number(row, cReal)?.value;
    if (pagu === undefined || realisasi === undefined || pagu === 0) return [];
    return [{ pagu, realisasi, where: `${t.table.sheet}!${a1(row, cReal)}`, name }];
  });
}

/** The series' own year budget in rupiah: its pagu column's last running total, or the sum of its periods. */
function seriesPagu(t: SeriesTable, series: TimeSeries): number | null {
  const cPagu = columnOf(t.table, 'pagu');
  const column = series.columns.find((c) => c.col === cPagu && !c.percent);
  if (!column || column.reading === 'unknown') return null;
  const values = seriesValues(t.cells, series, column.col);
  if (values.some((v) => v === null)) return null;
  const typed = values as number[];
  return column.reading === 'cumulative' ? typed[typed.length - 1]! : typed.reduce((a, b) => a + b, 0);
}

/**
 * The budget line a series reports on. Header words propose: a line whose name the series' title or sheet
 * names ("Realisasi Bulanan Pemeliharaan Gedung Kantor"); the numbers confirm: the series' own pagu, where
 * it states one, is that line's. With no name, the series' pagu alone picks the one line that has it (lines
 * with the same pagu and realisasi, a program and its one kegiatan, are one). With neither, only the
 * workbook's one budget table, by its total, is the year beyond doubt. Otherwise nothing is compared.
 */
function yearOf(t: SeriesTable, series: TimeSeries, tables: readonly SeriesTable[]): YearFigure | null {
  const figures = tables.flatMap(yearFigures);
  const pagu = seriesPagu(t, series);
  const fits = (f: YearFigure): boolean => pagu === null || Math.abs(f.pagu - pagu) < 1;
  const label = normalize([t.table.sheet, ...t.table.titles].join(' '));
  const named = figures.filter((f) => f.name !== null && nameIn(normalize(f.name), label));
  if (named.length > 0) {
    const confirmed = named.filter(fits);
    return confirmed.length === 1 ? confirmed[0]! : null;
  }
  if (pagu !== null) {
    const same = figures.filter(fits);
    const one = same[0];
    return one && same.every((f) => Math.abs(f.realisasi - one.realisasi) < 1) ? one : null;
  }
  const budgets = tables.map(yearFigures).filter((b) => b.length > 0);
  return budgets.length === 1 ? (budgets[0]!.find((f) => f.name === null) ?? null) : null;
}

/** A line's name inside a title, as whole words, and long enough to name one thing ("Belanja" is not). */
function nameIn(name: string, label: string): boolean {
  return name.split(' ').length >= 2 && ` ${label} `.includes(` ${name} `);
}

/**
 * A monthly or quarterly series of the budget against the year's budget line in the same workbook (yearOf):
 * the last period's realisasi (in rupiah, or as a % of the pagu) is the year's realisasi that line states.
 */
export function checkSeriesAgainstYear(
  report: (table: ParsedTable, ...args: Parameters<Report>) => void,
  tables: readonly SeriesTable[],
): void {
  for (const t of tables) {
    if (t.series === null) continue;
    const cSeries = columnOf(t.table, 'realisasiRp');
    const column = t.series.columns.find((c) => c.col === cSeries && c.reading === 'cumulative');
    if (!column) continue;
    const values = seriesValues(t.cells, t.series, column.col);
    const last = values[values.length - 1];
    if (last === null || last === undefined) continue;
    const year = yearOf(t, t.series, tables);
    if (!year) continue;
    // A percentage of the year's budget is compared with the penyerapan, a rupiah figure with the realisasi.
    const whole = last <= 1.0001 ? 1 : 100;
    const stated = column.percent ? (year.realisasi / year.pagu) * whole : year.realisasi;
    yearAgainst((...args) => report(t.table, ...args), t.cells, t.series, column, stated, year.where);
  }
}
