/**
 * Worksheet.charts as the Office.js reference describes it (ExcelApi 1.1 unless said):
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection and excel.chart.
 * - add(type, sourceData, seriesBy) makes a chart of an Excel.ChartType over a Range of the same workbook;
 *   with seriesBy "Columns" each column after the first is a series, the first row naming it and the first
 *   column giving the categories (as Excel reads a block with a header row and a label column);
 * - a chart has a name, title.text, legend.position (Top, Bottom, Left, Right, Corner), setPosition(start,
 *   end) with cell addresses, delete(); series.getItemAt(i) fails with ItemNotFound past the last series,
 *   and its chartType is ExcelApi 1.7;
 * - items/name loads; like every write, adding a chart to a protected sheet is refused.
 */
import { CellRange } from '../../src/core/sheet/snapshot';
import { parseAddress } from './address';
import { notLoaded, officeError } from './errors';
import type { FakeExcel } from './excel';
import { targetOf } from './range';
import type { FakeSheet } from './sheet';

export interface FakeChart {
  name: string;
  readonly type: string;
  readonly source: CellRange;
  readonly seriesBy: string;
  title: string;
  legend: string;
  position: { start: CellRange; end: CellRange } | null;
  /** Each series' own type ("Line" over columns); the chart's type until set. */
  readonly seriesTypes: string[];
}

/** The chart types the reference lists that our adapter may use, and a few more. */
const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'BarClustered',
  'Line',
  'LineMarkers',
  'Pie',
  'Area',
  'XYScatter',
]);
const LEGEND = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner']);

function chartProxy(excel: FakeExcel, resolve: () => FakeChart, known?: { name: string }): unknown {
  const loaded = known ? { ...known } : null;
  const set = (what: string, fn: (c: FakeChart) => void) =>
    excel.enqueue({ [what]: true }, () => fn(resolve()));
  const proxy = {
    get name(): string {
      if (!loaded) throw notLoaded('name');
      return loaded.name;
    },
    set name(v: string) {
      set('chartName', (c) => void (c.name = v));
    },
    title: {
      set text(v: string) {
        set('chartTitle', (c) => void (c.title = v));
      },
    },
    legend: {
      set position(v: string) {
        set('legendPosition', (c) => {
          if (!LEGEND.has(v)) throw officeError('InvalidArgument', `"${v}" is not a legend position.`);
          c.legend = v;
        });
      },
    },
    setPosition: (start: string, end?: string) =>
      set('setPosition', (c) => {
        const s = parseAddress(start);
        c.position = { start: s, end: end === undefined ? s : parseAddress(end) };
      }),
    series: {
      getItemAt: (i: number) => ({
        set chartType(v: string) {
          set('seriesChartType', (c) => {
            if (i < 0 || i >= c.seriesTypes.length)
              throw officeError('ItemNotFound', `The chart has no series at index ${i}.`);
            if (!CHART_TYPES.has(v)) throw officeError('InvalidArgument', `"${v}" is not a chart type.`);
            c.seriesTypes[i] = v;
          });
        },
      }),
    },
    delete: () =>
      set('deleteChart', (c) => {
        for (const s of excel.sheets) s.charts = s.charts.filter((x) => x !== c);
      }),
  };
  return proxy;
}

export function chartsProxy(excel: FakeExcel, resolveSheet: () => FakeSheet): unknown {
  let items: unknown[] | null = null;
  return {
    add(type: string, sourceData: unknown, seriesBy = 'Auto') {
      const target = targetOf(sourceData);
      let made: FakeChart | null = null;
      excel.enqueue({ addChart: type }, () => {
        const sheet = resolveSheet();
        sheet.assertWritable();
        if (!CHART_TYPES.has(type)) throw officeError('InvalidArgument', `"${type}" is not a chart type.`);
        const source = target.range();
        if (!source) throw officeError('InvalidArgument', 'The source data is a null range.');
        // The source's sheet must still be there.
        target.sheet();
        const count = seriesBy === 'Rows' ? source.bottom - source.top : source.right - source.left;
        made = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source,
          seriesBy,
          title: '',
          legend: 'Right',
          position: null,
          seriesTypes: Array.from({ length: Math.max(1, count) }, () => type),
        };
        sheet.charts.push(made);
      });
      return chartProxy(excel, () => {
        if (!made) throw officeError('ItemNotFound', 'The chart was not added.');
        return made;
      });
    },
    load(props: string) {
      excel.enqueue({ load: props }, () => {
        const charts = [...resolveSheet().charts];
        return {
          bytes: JSON.stringify(charts.map((c) => c.name)).length,
          deliver: () => (items = charts.map((c) => chartProxy(excel, () => c, { name: c.name }))),
        };
      });
    },
    get items(): unknown[] {
      if (!items) throw notLoaded('items');
      return items;
    },
  };
}
