/**
 * An in-memory Excel behind the Office.js calls the adapter makes. Like Office.js it queues every write and
 * load until `sync()`, refuses to show a loaded property before the sync, and (like Excel on the web)
 * refuses a request over 5 MB. It counts syncs, queued operations and request bytes. It does not compute
 * formulas: tests read what was written.
 */
import { parseA1, rangeA1 } from '../../src/core/sheet/address';
import { CellRange, SheetSnapshot } from '../../src/core/sheet/snapshot';

export interface FakeCell {
  /** A constant: number, boolean or text (text may begin with '=': it is still text). */
  value: string | number | boolean | null;
  /** A formula, starting with '='. */
  formula?: string;
  error?: string;
  numberFormat: string;
  format: Record<string, unknown>;
}

export interface FakeConditional {
  readonly type: string;
  readonly range: string;
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  readonly dataBar: { positiveFormat: { fillColor: string } };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  conditionals: FakeConditional[] = [];
  visibility = 'Visible';
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly page: Record<string, unknown> = {};
  protected = false;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, numberFormat: 'General', format: {} };
      this.cells.set(k, c);
    }
    return c;
  }

  /** The formula of a formula cell, else its constant. */
  at(address: string): string | number | boolean | null {
    const { row, col } = parseA1(address);
    const c = this.cell(row, col);
    return c?.formula ?? c?.value ?? null;
  }

  isFormula(address: string): boolean {
    const { row, col } = parseA1(address);
    return this.cell(row, col)?.formula !== undefined;
  }
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const LIMIT = 5 * 1024 * 1024;

function parseAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b = a] = local.split(':') as [string, string?];
  const part = (p: string, end: boolean): { row: number; col: number } => {
    if (/^\d+$/.test(p)) return { row: Number(p) - 1, col: end ? MAX_COL : 0 };
    if (/^[A-Z]+$/i.test(p)) return { row: end ? MAX_ROW : 0, col: parseA1(`${p}1`).col };
    return parseA1(p);
  };
  const s = part(a, false);
  const e = part(b!, true);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(
      `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = '';
  syncs = 0;
  operations = 0;
  maxRequestBytes = 0;
  suspended = 0;
  /** The cell last selected, as "Sheet!A1". */
  selected = '';
  /** Throws this error code at the next sync, to test how the adapter handles Office errors. */
  failNextSyncWith: string | null = null;
  private queue: { bytes: number; run: () => void }[] = [];

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
    return s;
  }

  /** A workbook from snapshots (e.g. the fixture read by the ExcelJS adapter). */
  static from(snapshots: readonly SheetSnapshot[], active?: string): FakeExcel {
    const x = new FakeExcel();
    for (const snap of snapshots) {
      const s = new FakeSheet(snap.name);
      snap.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = snap.formulas[r]?.[c] ?? null;
          const fmt = snap.numberFormats[r]?.[c] ?? 'General';
          if (v === null && f === null && fmt === 'General') return;
          const cell = s.ensure(r + snap.origin.row, c + snap.origin.col);
          if (typeof v === 'object' && v !== null) cell.error = v.error;
          if (f !== null) cell.formula = f;
          cell.value = typeof v === 'object' ? null : v;
          cell.numberFormat = fmt;
        }),
      );
      s.merges = [...snap.merges];
      x.sheets.push(s);
    }
    x.active = active ?? snapshots[0]?.name ?? '';
    return x;
  }

  /** Queues an operation until the next sync (used by the proxies below). */
  enqueue(payload: unknown, run: () => void): void {
    this.operations++;
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length + 60, run });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.queue.reduce((n, q) => n + q.bytes, 0);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    const queue = this.queue;
    this.queue = [];
    if (this.failNextSyncWith) {
      const code = this.failNextSyncWith;
      this.failNextSyncWith = null;
      throw Object.assign(new Error(code), { code });
    }
    if (bytes > LIMIT)
      throw Object.assign(new Error('Request payload too large'), {
        code: 'RequestPayloadSizeLimitExceeded',
      });
    for (const q of queue) q.run();
  }

  /** The Office.js-shaped context the adapter is given. */

  /** The Office.js-shaped context the adapter is given. */
  context(): unknown {
    return contextOf(this);
  }
}

function contextOf(excel: FakeExcel): unknown {
  const application = {
    suspendApiCalculationUntilNextSync: () => excel.enqueue('suspend', () => excel.suspended++),
  };
  const worksheets = {
    items: [] as unknown[],
    load: () =>
      excel.enqueue(
        'load',
        () => (worksheets.items = excel.sheets.map((s) => worksheetProxy(excel, () => s))),
      ),
    getActiveWorksheet: () => worksheetProxy(excel, () => excel.sheet(excel.active)),
    getItem: (name: string) => worksheetProxy(excel, () => excel.sheet(name)),
    add: (name: string) => {
      const created = new FakeSheet(name);
      excel.enqueue({ add: name }, () => excel.sheets.push(created));
      return worksheetProxy(excel, () => created);
    },
  };
  return { workbook: { worksheets }, application, sync: () => excel.sync() };
}

function worksheetProxy(excel: FakeExcel, resolve: () => FakeSheet): unknown {
  const loaded: Record<string, unknown> = {};
  const proxy = {
    load(props: string) {
      excel.enqueue({ load: props }, () => {
        const s = resolve();
        loaded.name = s.name;
        loaded.visibility = s.visibility;
      });
    },
    get name() {
      if (!('name' in loaded)) {
        // Worksheet items of a loaded collection know their name without a separate load.
        try {
          return resolve().name;
        } catch {
          throw new NotLoaded('name');
        }
      }
      return loaded.name as string;
    },
    get visibility() {
      return resolve().visibility;
    },
    set visibility(v: string) {
      excel.enqueue({ visibility: v }, () => (resolve().visibility = v));
    },
    getRange: (address: string) => rangeProxy(excel, resolve, () => parseAddress(address)),
    getUsedRangeOrNullObject: () =>
      rangeProxy(excel, resolve, () => {
        const s = resolve();
        const keys = [...s.cells.entries()]
          .filter(([, c]) => c.formula !== undefined || (c.value !== null && c.value !== ''))
          .map(([k]) => k.split(',').map(Number) as [number, number]);
        if (keys.length === 0) return null;
        return {
          top: Math.min(...keys.map((k) => k[0])),
          left: Math.min(...keys.map((k) => k[1])),
          bottom: Math.max(...keys.map((k) => k[0])),
          right: Math.max(...keys.map((k) => k[1])),
        };
      }),
    activate: () => excel.enqueue('activate', () => (excel.active = resolve().name)),
    freezePanes: {
      freezeRows: (n: number) => excel.enqueue({ freeze: n }, () => (resolve().frozenRows = n)),
    },
    pageLayout: pageLayoutProxy(excel, resolve),
  };
  return proxy;
}

function pageLayoutProxy(excel: FakeExcel, resolve: () => FakeSheet): unknown {
  const set = (k: string) => (v: unknown) => excel.enqueue({ [k]: v }, () => (resolve().page[k] = v));
  return {
    set orientation(v: string) {
      set('orientation')(v);
    },
    set paperSize(v: string) {
      set('paperSize')(v);
    },
    set zoom(v: unknown) {
      set('zoom')(v);
    },
    setPrintTitleRows: (rows: string) => set('printTitleRows')(rows),
  };
}

function rangeProxy(
  excel: FakeExcel,
  resolveSheet: () => FakeSheet,
  resolveRange: () => CellRange | null,
): unknown {
  const loaded: Record<string, unknown> = {};
  let isLoaded = false;
  const each = (fn: (s: FakeSheet, r: number, c: number, i: number, j: number) => void): void => {
    const s = resolveSheet();
    const rg = resolveRange()!;
    for (let r = rg.top; r <= rg.bottom; r++)
      for (let c = rg.left; c <= rg.right; c++) fn(s, r, c, r - rg.top, c - rg.left);
  };
  const grid = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
    const s = resolveSheet();
    const rg = resolveRange()!;
    const out: T[][] = [];
    for (let r = rg.top; r <= rg.bottom; r++) {
      const row: T[] = [];
      for (let c = rg.left; c <= rg.right; c++) row.push(fn(s.cell(r, c)));
      out.push(row);
    }
    return out;
  };
  const get = (k: string): unknown => {
    if (!isLoaded || !(k in loaded)) throw new NotLoaded(k);
    return loaded[k];
  };
  const formatSetter = (key: string) => (v: unknown) =>
    excel.enqueue({ [key]: v }, () => each((s, r, c) => (s.ensure(r, c).format[key] = v)));
  const format = {
    set wrapText(v: boolean) {
      formatSetter('wrapText')(v);
    },
    set horizontalAlignment(v: string) {
      formatSetter('horizontalAlignment')(v);
    },
    set verticalAlignment(v: string) {
      formatSetter('verticalAlignment')(v);
    },
    set indentLevel(v: number) {
      formatSetter('indentLevel')(v);
    },
    set columnWidth(v: number) {
      excel.enqueue({ columnWidth: v }, () => {
        const rg = resolveRange()!;
        for (let c = rg.left; c <= rg.right; c++) resolveSheet().columnWidths.set(c, v);
      });
    },
    set rowHeight(v: number) {
      excel.enqueue({ rowHeight: v }, () => {
        const rg = resolveRange()!;
        for (let r = rg.top; r <= rg.bottom; r++) resolveSheet().rowHeights.set(r, v);
      });
    },
    font: {
      set bold(v: boolean) {
        formatSetter('bold')(v);
      },
      set italic(v: boolean) {
        formatSetter('italic')(v);
      },
      set size(v: number) {
        formatSetter('size')(v);
      },
      set color(v: string) {
        formatSetter('fontColor')(v);
      },
    },
    fill: {
      set color(v: string) {
        formatSetter('fill')(v);
      },
    },
    borders: {
      getItem: (edge: string) => ({
        set style(v: string) {
          formatSetter(`border${edge}`)(v);
        },
        set color(v: string) {
          excel.operations++;
          void v;
        },
      }),
    },
  };
  const proxy = {
    load(props: string) {
      excel.enqueue({ load: props }, () => {
        const rg = resolveRange();
        isLoaded = true;
        loaded.isNullObject = rg === null;
        if (rg === null) return;
        const s = resolveSheet();
        loaded.address = `${s.name}!${rangeA1(rg.top, rg.left, rg.bottom, rg.right)}`;
        loaded.rowIndex = rg.top;
        loaded.columnIndex = rg.left;
        // A formula's value is what Excel computed; the fake computes nothing and reports the last known one.
        loaded.values = grid((c) => (c?.error ? c.error : (c?.value ?? '')));
        loaded.formulas = grid((c) => c?.formula ?? c?.value ?? '');
        loaded.numberFormat = grid((c) => c?.numberFormat ?? 'General');
        loaded.valueTypes = grid((c) =>
          c?.error
            ? 'Error'
            : c?.value === null || c?.value === undefined || c.value === ''
              ? 'Empty'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      });
    },
    get isNullObject() {
      return get('isNullObject') as boolean;
    },
    get address() {
      return get('address') as string;
    },
    get rowIndex() {
      return get('rowIndex') as number;
    },
    get columnIndex() {
      return get('columnIndex') as number;
    },
    get values() {
      return get('values') as unknown[][];
    },
    get valueTypes() {
      return get('valueTypes') as string[][];
    },
    get formulas() {
      return get('formulas') as unknown[][];
    },
    set formulas(rows: unknown[][]) {
      excel.enqueue(rows, () =>
        each((s, r, c, i, j) => {
          const v = rows[i]?.[j];
          if (v === null || v === undefined) return;
          if (s.protected) throw Object.assign(new Error('protected'), { code: 'AccessDenied' });
          const cell = s.ensure(r, c);
          delete cell.error;
          delete cell.formula;
          // Excel's own reading of what it is given: a leading apostrophe makes text, "=…" (or "+…",
          // "-…", "@…" typed as text) a formula, number-like text a number.
          if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
          else if (typeof v === 'string' && /^[=+@-]/.test(v) && v.length > 1 && Number.isNaN(Number(v))) {
            cell.formula = v.startsWith('=') ? v : `=${v}`;
            cell.value = null;
          } else if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
            cell.value = Number(v);
          else cell.value = v === '' ? null : (v as string | number | boolean);
        }),
      );
    },
    get numberFormat() {
      return get('numberFormat') as string[][];
    },
    set numberFormat(rows: string[][]) {
      excel.enqueue(rows, () =>
        each((s, r, c, i, j) => {
          const v = rows[i]?.[j];
          if (v !== null && v !== undefined) s.ensure(r, c).numberFormat = v;
        }),
      );
    },
    format,
    merge: () => excel.enqueue('merge', () => resolveSheet().merges.push(resolveRange()!)),
    select: () =>
      excel.enqueue('select', () => {
        const rg = resolveRange()!;
        excel.selected = `${resolveSheet().name}!${rangeA1(rg.top, rg.left, rg.bottom, rg.right)}`;
      }),
    unmerge: () =>
      excel.enqueue('unmerge', () => {
        const rg = resolveRange()!;
        const s = resolveSheet();
        s.merges = s.merges.filter(
          (m) => m.bottom < rg.top || m.top > rg.bottom || m.right < rg.left || m.left > rg.right,
        );
      }),
    clear: () =>
      excel.enqueue('clear', () =>
        each((s, r, c) => {
          s.cells.delete(`${r},${c}`);
        }),
      ),
    conditionalFormats: {
      add: (type: string) => {
        const cf: FakeConditional = {
          type,
          range: '',
          custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } },
          dataBar: { positiveFormat: { fillColor: '' } },
        };
        excel.enqueue({ conditional: type }, () => {
          const rg = resolveRange()!;
          resolveSheet().conditionals.push({ ...cf, range: rangeA1(rg.top, rg.left, rg.bottom, rg.right) });
        });
        return cf;
      },
      clearAll: () =>
        excel.enqueue('clearAll', () => {
          const rg = resolveRange()!;
          const s = resolveSheet();
          const inside = (ref: string): boolean => {
            const r = parseAddress(ref);
            return r.top >= rg.top && r.bottom <= rg.bottom && r.left >= rg.left && r.right <= rg.right;
          };
          s.conditionals = s.conditionals.filter((c) => !inside(c.range));
        }),
    },
    getMergedAreasOrNullObject: () => {
      const result: Record<string, unknown> = {};
      return {
        load: () =>
          excel.enqueue('loadMerged', () => {
            const s = resolveSheet();
            result.isNullObject = s.merges.length === 0;
            result.items = s.merges.map((m) => ({
              address: `${s.name}!${rangeA1(m.top, m.left, m.bottom, m.right)}`,
            }));
          }),
        get isNullObject() {
          return result.isNullObject as boolean;
        },
        get areas() {
          return { items: result.items as { address: string }[] };
        },
        address: '',
      };
    },
  };
  return proxy;
}
