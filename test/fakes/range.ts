import { rangeA1 } from '../../src/core/sheet/address';
import { CellRange } from '../../src/core/sheet/snapshot';
import { addressOf } from './address';
import { conditionalFormatsProxy } from './conditional';
import { officeError, notLoaded } from './errors';
import { objectPath, ObjectPath } from './excel';
import type { FakeExcel } from './excel';
import { isValidFormula, MAX_FORMULA_LENGTH } from './formula';
import { loadedProperties, setters } from './setters';
import { FakeCell, FakeSheet } from './sheet';

/** "A range is limited to 5,000,000 cells for read operations." (resource limits, Excel add-ins) */
const READ_CELL_LIMIT = 5_000_000;
/** getMergedAreasOrNullObject "will fail to return the result" above this many merged areas. */
export const MERGED_AREAS_LIMIT = 512;

type Resolve<T> = () => T;

function cellsOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** A written 2-D array must have the range's own shape; anything else is Excel's InvalidArgument. */
function assertShape(rows: unknown, r: CellRange, what: string): asserts rows is unknown[][] {
  const height = r.bottom - r.top + 1;
  const width = r.right - r.left + 1;
  if (
    !Array.isArray(rows) ||
    rows.length !== height ||
    rows.some((x) => !Array.isArray(x) || x.length !== width)
  )
    throw officeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
}

/**
 * Excel's reading of what `formulas` (or `values`) is given. A cell formatted as Text (@) keeps what it is
 * given as text, a formula too ("If a cell is formatted as Text, a formula entered in it is displayed as
 * text"): changing the format afterwards does not make it a formula.
 */
function writeCell(cell: FakeCell, v: unknown): void {
  delete cell.error;
  delete cell.formula;
  if (cell.numberFormat === '@' && v !== null && v !== undefined && v !== '')
    cell.value = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : String(v);
  else if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
  else if (
    typeof v === 'string' &&
    (v.startsWith('=') || (/^[+@-]/.test(v) && v.length > 1 && Number.isNaN(Number(v))))
  ) {
    const formula = v.startsWith('=') ? v : `=${v}`;
    if (formula.length > MAX_FORMULA_LENGTH)
      throw officeError(
        'FormulaLengthExceedsLimit',
        'The bytecode of the applied formula exceeds the maximum length limit.',
      );
    if (!isValidFormula(formula))
      throw officeError('InvalidArgument', `There's a problem with this formula: ${v}`);
    cell.formula = formula;
    cell.value = null;
  } else if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) cell.value = Number(v);
  else cell.value = v === '' ? null : (v as string | number | boolean);
}

function valueTypeOf(c: FakeCell | undefined): string {
  if (c?.error) return 'Error';
  if (c?.value === null || c?.value === undefined || c.value === '') return c?.formula ? 'String' : 'Empty';
  return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
}

const GRIDS: Readonly<Record<string, (c: FakeCell | undefined) => unknown>> = {
  // A formula's value is what Excel computed; the fake computes nothing and reports the last known one.
  values: (c) => (c?.error ? c.error : (c?.value ?? '')),
  formulas: (c) => c?.formula ?? c?.error ?? c?.value ?? '',
  numberFormat: (c) => c?.numberFormat ?? 'General',
  valueTypes: valueTypeOf,
};

/** Where each range proxy points, for the calls that take a range (charts.add): resolved at sync. */
const TARGETS = new WeakMap<object, { sheet: Resolve<FakeSheet>; range: Resolve<CellRange | null> }>();

export function targetOf(proxy: unknown): { sheet: Resolve<FakeSheet>; range: Resolve<CellRange | null> } {
  const t = typeof proxy === 'object' && proxy !== null ? TARGETS.get(proxy) : undefined;
  if (!t) throw officeError('InvalidArgument', 'The argument is not a Range.');
  return t;
}

export function rangeProxy(
  excel: FakeExcel,
  resolveSheet: Resolve<FakeSheet>,
  resolveRange: Resolve<CellRange | null>,
  path: ObjectPath,
): unknown {
  let loaded: Record<string, unknown> | null = null;
  const range = (): CellRange => {
    const r = resolveRange();
    if (!r) throw officeError('ItemNotFound', 'The range is a null object.');
    return r;
  };
  const get = (k: string): unknown => {
    if (!loaded || !(k in loaded)) throw notLoaded(k);
    return loaded[k];
  };
  const grid = (s: FakeSheet, r: CellRange, fn: (c: FakeCell | undefined) => unknown): unknown[][] => {
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(s.cell(row, col)));
      out.push(line);
    }
    return out;
  };
  /** Writes a 2-D array cell by cell; null leaves a cell as it is (Office.js's "null input in 2-D array"). */
  const write2d = (
    rows: unknown,
    what: string,
    set: (s: FakeSheet, row: number, col: number, v: unknown) => void,
    after?: (s: FakeSheet, r: CellRange, rows: unknown[][]) => void,
  ): void =>
    excel.enqueue(
      rows,
      () => {
        const s = resolveSheet();
        const r = range();
        assertShape(rows, r, what);
        if (rows.some((line) => line.some((v) => v !== null && v !== undefined))) s.assertWritable();
        rows.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null || v === undefined) return;
            set(s, r.top + i, r.left + j, v);
            s.forgetIfEmpty(r.top + i, r.left + j);
          }),
        );
        after?.(s, r, rows);
      },
      path,
    );
  const content = (what: string) => (s: FakeSheet, row: number, col: number, v: unknown) => {
    const anchorless = s.mergedNonAnchor(row, col);
    if (anchorless) {
      if (v === '') return;
      throw officeError(
        'InvalidArgument',
        `Cannot change part of a merged cell (${what} at row ${row + 1}).`,
      );
    }
    writeCell(s.ensure(row, col), v);
  };
  const formatPath = objectPath('Format', undefined, path);
  const formatSet = (on: ObjectPath) => (key: string, v: unknown) =>
    excel.enqueue(
      { [key]: v },
      () => {
        const s = resolveSheet();
        s.assertWritable();
        const r = range();
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) s.ensure(row, col).format[key] = v;
      },
      on,
    );
  /** Column widths and row heights: kept per column or row, not per cell. */
  const sizeSet = (key: string, v: unknown) =>
    excel.enqueue(
      { [key]: v },
      () => {
        const s = resolveSheet();
        s.assertWritable();
        const r = range();
        if (key === 'columnWidth') for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v as number);
        else for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, v as number);
      },
      formatPath,
    );
  const cellFormat = setters(
    {
      wrapText: 'wrapText',
      horizontalAlignment: 'horizontalAlignment',
      verticalAlignment: 'verticalAlignment',
      indentLevel: 'indentLevel',
    },
    formatSet(formatPath),
    {
      font: setters(
        { bold: 'bold', italic: 'italic', size: 'size', color: 'fontColor' },
        formatSet(objectPath('Font', undefined, formatPath)),
      ),
      fill: setters({ color: 'fill' }, formatSet(objectPath('Fill', undefined, formatPath))),
      borders: {
        // Each getItem is a proxy of its own, with its own path.
        getItem: (edge: string) =>
          setters(
            { style: `border${edge}`, color: `border${edge}Color` },
            formatSet(objectPath('GetItem', [edge], objectPath('Borders', undefined, formatPath))),
          ),
      },
    },
  );
  const format = Object.defineProperties(cellFormat, {
    columnWidth: { set: (v: unknown) => sizeSet('columnWidth', v), enumerable: true },
    rowHeight: { set: (v: unknown) => sizeSet('rowHeight', v), enumerable: true },
  });
  const enq = (payload: unknown, run: Parameters<FakeExcel['enqueue']>[1]): void =>
    excel.enqueue(payload, run, path);
  const proxy = {
    load(props: string) {
      const wanted = props.split(',').map((p) => p.trim());
      enq({ load: props }, () => {
        const r = resolveRange();
        const out: Record<string, unknown> = { isNullObject: r === null };
        if (r) {
          const s = resolveSheet();
          out.address = addressOf(s.name, r);
          out.rowIndex = r.top;
          out.columnIndex = r.left;
          out.rowCount = r.bottom - r.top + 1;
          out.columnCount = r.right - r.left + 1;
          // True when every column of the range is hidden, as Office.js reports it.
          out.columnHidden = Array.from({ length: r.right - r.left + 1 }, (_, i) => r.left + i).every((c) =>
            s.hiddenColumns.has(c),
          );
          const grids = wanted.filter((w) => w in GRIDS);
          if (grids.length && cellsOf(r) > READ_CELL_LIMIT)
            throw officeError(
              'RangeExceedsLimit',
              'The cell count in the range has exceeded the maximum supported number.',
            );
          for (const g of grids) out[g] = grid(s, r, GRIDS[g]!);
        }
        const sent = Object.fromEntries(
          Object.entries(out).filter(([k]) => k === 'isNullObject' || wanted.includes(k)),
        );
        const log =
          r && wanted.some((w) => w in GRIDS)
            ? `${resolveSheet().name}!${addressOf('x', r).slice(2)} ${props}`
            : null;
        return {
          bytes: JSON.stringify(sent).length,
          deliver: () => {
            loaded = out;
            if (log) excel.reads.push(log);
          },
        };
      });
    },
    format,
    merge: (across = false) =>
      enq({ merge: across }, () => {
        const s = resolveSheet();
        s.assertWritable();
        const r = range();
        const areas = across
          ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({
              ...r,
              top: r.top + i,
              bottom: r.top + i,
            }))
          : [r];
        for (const m of areas) {
          s.merges = s.merges.filter(
            (x) => x.bottom < m.top || x.top > m.bottom || x.right < m.left || x.left > m.right,
          );
          // Merging keeps the upper-left value only.
          for (let row = m.top; row <= m.bottom; row++)
            for (let col = m.left; col <= m.right; col++) {
              const c = s.cell(row, col);
              if (c && (row !== m.top || col !== m.left)) {
                c.value = null;
                delete c.formula;
              }
            }
          if (m.top !== m.bottom || m.left !== m.right) s.merges.push(m);
        }
      }),
    unmerge: () =>
      enq('unmerge', () => {
        const s = resolveSheet();
        s.assertWritable();
        const r = range();
        s.merges = s.merges.filter(
          (m) => m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right,
        );
      }),
    select: () =>
      enq('select', () => {
        const r = range();
        excel.selected = `${resolveSheet().name}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
      }),
    clear: (applyTo: 'All' | 'Contents' | 'Formats' = 'All') =>
      enq({ clear: applyTo }, () => {
        const s = resolveSheet();
        s.assertWritable();
        s.clear(range(), applyTo);
      }),
    conditionalFormats: conditionalFormatsProxy(
      excel,
      resolveSheet,
      range,
      objectPath('ConditionalFormats', undefined, path),
    ),
    getMergedAreasOrNullObject: () => {
      let areas: { address: string }[] | null = null;
      const read = (): { address: string }[] => {
        if (!areas) throw notLoaded('areas');
        return areas;
      };
      return {
        load: (props: string) =>
          enq({ loadMerged: props }, () => {
            const s = resolveSheet();
            const found = s.mergesIn(range());
            if (found.length > MERGED_AREAS_LIMIT)
              throw officeError(
                'GeneralException',
                `The range has ${found.length} merged areas; more than 512 cannot be returned.`,
              );
            const items = found.map((m) => ({ address: addressOf(s.name, m) }));
            return { bytes: JSON.stringify(items).length + 20, deliver: () => (areas = items) };
          }),
        get isNullObject() {
          return read().length === 0;
        },
        get areaCount() {
          return read().length;
        },
        get address() {
          return read()
            .map((a) => a.address)
            .join(',');
        },
        get areas() {
          return { items: read() };
        },
      };
    },
  };
  TARGETS.set(proxy, { sheet: resolveSheet, range: resolveRange });
  return loadedProperties(
    proxy,
    [
      'isNullObject',
      'address',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'values',
      'valueTypes',
      'formulas',
      'numberFormat',
      'columnHidden',
    ],
    get,
    {
      // Range.columnHidden (ExcelApi 1.2): hides or shows every column the range touches.
      columnHidden: (v) =>
        enq({ columnHidden: v }, () => {
          const s = resolveSheet();
          s.assertWritable();
          const r = range();
          for (let c = r.left; c <= r.right; c++) {
            if (v === true) s.hiddenColumns.add(c);
            else s.hiddenColumns.delete(c);
          }
        }),
      values: (rows) => write2d(rows, 'values', content('values')),
      formulas: (rows) => write2d(rows, 'formulas', content('formulas'), fillCalculatedColumns),
      // A blank number format resets it to General.
      numberFormat: (rows) =>
        write2d(
          rows,
          'numberFormat',
          (s, row, col, v) => (s.ensure(row, col).numberFormat = v === '' ? 'General' : String(v)),
        ),
    },
  );
}

/** A formula written for row `from`, as Excel writes it into row `to`: relative row numbers move. */
function movedFormula(formula: string, from: number, to: number): string {
  return formula.replace(/("[^"]*")|(\$?[A-Z]{1,3})(\$?)(\d+)/g, (m, text, col, abs, row) =>
    text ? m : abs ? m : `${col}${Number(row) + to - from}`,
  );
}

/**
 * A calculated column: a formula written into a cell of an Excel table's column is filled by Excel down the
 * column's other empty cells (office-js #2093, "by design"; #5909, #1916, #6745), cells the add-in never
 * wrote. Not modelled: the fill over cells that hold values (Excel asks the user in its own UI).
 */
function fillCalculatedColumns(s: FakeSheet, r: CellRange, rows: unknown[][]): void {
  for (const t of s.tables) {
    const top = t.range.top + 1;
    for (let col = Math.max(r.left, t.range.left); col <= Math.min(r.right, t.range.right); col++) {
      const i = rows.findIndex(
        (line, k) =>
          r.top + k >= top &&
          r.top + k <= t.range.bottom &&
          typeof line[col - r.left] === 'string' &&
          String(line[col - r.left]).startsWith('='),
      );
      if (i < 0) continue;
      const formula = String(rows[i]![col - r.left]);
      for (let row = top; row <= t.range.bottom; row++) {
        const c = s.cell(row, col);
        if (c && (c.formula !== undefined || (c.value !== null && c.value !== ''))) continue;
        const cell = s.ensure(row, col);
        cell.formula = movedFormula(formula, r.top + i, row);
        cell.value = null;
      }
    }
  }
}
