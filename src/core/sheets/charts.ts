import { FORMAT } from '../plan/types';
import { HEADER, linkFormula, SheetBuilder } from './builder';

/** More bars than this make a chart nobody can read; the table beside it has them all. */
export const MAX_BARS = 40;

/** Rows of a chart's data block: a category and one formula (or constant) per series. */
export interface ChartRow {
  readonly name: string;
  readonly values: readonly (string | number)[];
}

/**
 * A chart with its data block at (top, 0): a header row naming the series, then one row per category
 * (at most MAX_BARS), values as live links; the chart is drawn below the block. Returns the next free row.
 */
export function chartWithData(
  b: SheetBuilder,
  top: number,
  title: string,
  series: readonly string[],
  rows: readonly ChartRow[],
  lines: readonly number[],
  lastCol: number,
): number {
  const shown = rows.slice(0, MAX_BARS);
  if (shown.length === 0) return top;
  b.text(top, 0, title, { bold: true });
  const head = top + 1;
  b.blank(head, 0, HEADER);
  series.forEach((s, i) => b.text(head, i + 1, s, HEADER));
  shown.forEach((r, i) => {
    const row = head + 1 + i;
    b.text(row, 0, r.name);
    r.values.forEach((v, c) => {
      if (typeof v === 'number') b.number(row, c + 1, v, FORMAT.percent);
      else b.formula(row, c + 1, linkFormula(v), FORMAT.percent);
    });
  });
  const bottom = head + shown.length;
  const chartTop = bottom + 2;
  // Tall enough for the category names under the bars.
  const height = Math.max(16, Math.min(30, 10 + shown.length));
  // Printed together when they fit on a page: the heading, the figures and their chart.
  b.keep(top, chartTop + height);
  b.chart({
    title,
    kind: 'column',
    source: { top: head, left: 0, bottom, right: series.length },
    lines,
    percent: true,
    at: { top: chartTop, left: 0, bottom: chartTop + height, right: lastCol },
  });
  return chartTop + height + 2;
}
