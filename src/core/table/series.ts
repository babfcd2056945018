import { normalize } from './text';
import { ParsedTable } from './model';
import { TableCells } from './values';
import { periodLabel, termsOf } from './vocabulary';

/**
 * A table whose rows are periods (`Bulan | Target % | Realisasi %`, `Triwulan | …`): a time series. Its
 * figures are either running totals (the year so far at each period) or each period's own; the header words
 * propose which, the numbers decide.
 */

/** How a figure column of a series runs: the year so far at each period, each period's own, or not known. */
export type SeriesReading = 'cumulative' | 'perPeriod' | 'unknown';

export interface SeriesColumn {
  readonly col: number;
  readonly reading: SeriesReading;
  /** The column's figures are a percentage of the year's figure (`Realisasi Anggaran %`). */
  readonly percent: boolean;
}

export interface TimeSeries {
  /** Periods in a year: 12 months, 4 triwulan, 2 semester. */
  readonly of: 2 | 4 | 12;
  /** The rows in order with the period each names (1-based). */
  readonly rows: readonly { readonly row: number; readonly index: number; readonly name: string }[];
  readonly columns: readonly SeriesColumn[];
}

const FIGURE_ROLES: ReadonlySet<string> = new Set(['targetK', 'realisasiK', 'pagu', 'realisasiRp']);

/** The periods lines are named, in order (three or more, of one kind): else null. */
export function periodsNamed(names: readonly string[]): { of: 2 | 4 | 12; indexes: number[] } | null {
  if (names.length < 3) return null;
  const indexes: number[] = [];
  let of: 2 | 4 | 12 | null = null;
  for (const name of names) {
    const label = periodLabel(name);
    if (!label || (of !== null && label.of !== of)) return null;
    if (indexes.length > 0 && label.index <= indexes[indexes.length - 1]!) return null;
    of = label.of;
    indexes.push(label.index);
  }
  return of === null ? null : { of, indexes };
}

/** The rows of a flat table named one period each, in order, three or more: a time series; else null. */
export function timeSeriesOf(table: ParsedTable, cells: TableCells): TimeSeries | null {
  if (table.nodes.some((n) => n.childIds.length > 0 || n.rows.length !== 1)) return null;
  const periods = periodsNamed(table.nodes.map((n) => n.name));
  if (!periods) return null;
  const rows = table.nodes.map((n, i) => ({
    row: n.rows[0]!,
    index: periods.indexes[i]!,
    name: n.name.trim(),
  }));
  const columns = table.columns
    .filter((c) => FIGURE_ROLES.has(c.role.kind))
    .map((c) => {
      const percent = /%|persen/.test(normalize(c.header));
      return { col: c.col, percent, reading: readingOf(cells, table, rows, c.col, c.header, percent) };
    });
  return { of: periods.of, rows, columns };
}

/** Whether a column of the table runs as the year so far down its periods. */
export function isCumulative(series: TimeSeries | null, col: number | null): boolean {
  return series?.columns.some((c) => c.col === col && c.reading === 'cumulative') ?? false;
}

/** The figures of a column down the periods, up to the last one filled (later periods not yet reported). */
export function seriesValues(cells: TableCells, series: TimeSeries, col: number): (number | null)[] {
  const values = series.rows.map((r) => cells.number(r.row, col)?.value ?? null);
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

/** The figure of the last period filled in a column. */
export function lastFigure(cells: TableCells, series: TimeSeries, col: number): number | null {
  return seriesValues(cells, series, col).at(-1) ?? null;
}

/** Steps where a figure is below the one before it (a running total never goes down), with that one. */
export function decreases(values: readonly (number | null)[]): { at: number; previous: number }[] {
  const out: { at: number; previous: number }[] = [];
  let last: number | null = null;
  values.forEach((v, at) => {
    if (v === null) return;
    if (last !== null && v < last - 1e-9 * Math.max(1, Math.abs(last))) out.push({ at, previous: last });
    last = v;
  });
  return out;
}

/**
 * Running totals when the header says so (`kumulatif`, `s.d.`), when percentages of the year add up to more
 * than the whole year (8, 18, 27 … % of a plan can only be the plan so far), or when the table's own total
 * is the last period and not the sum; and the figures mostly rise (a slip may go down once, or once in four steps).
 * Each period's own when the total is their sum.
 */
function readingOf(
  cells: TableCells,
  table: ParsedTable,
  rows: TimeSeries['rows'],
  col: number,
  header: string,
  percent: boolean,
): SeriesReading {
  const values = rows.map((r) => cells.number(r.row, col)?.value ?? null);
  const filled = values.filter((v): v is number => v !== null);
  if (filled.length < 3) return 'unknown';
  const sum = filled.reduce((a, b) => a + b, 0);
  const last = filled[filled.length - 1]!;
  const total = table.totalRow === null ? null : (cells.number(table.totalRow, col)?.value ?? null);
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 0.5 + 1e-6 * Math.abs(b);
  if (total !== null && close(total, sum) && !close(total, last)) return 'perPeriod';
  const whole = Math.max(...filled) <= 1.0001 ? 1 : 100;
  const evidence =
    // "Kumulatif", "s.d.", "s/d", "sampai dengan": the header says the figures are the year so far.
    termsOf(header).has('sampaiDengan') ||
    (percent && Math.max(...filled) <= whole * 1.0001 && sum > whole * 1.05) ||
    (total !== null && close(total, last) && !close(total, sum));
  const mostlyRising = decreases(values).length <= Math.max(1, Math.floor((filled.length - 1) / 4));
  return evidence && mostlyRising ? 'cumulative' : 'unknown';
}
