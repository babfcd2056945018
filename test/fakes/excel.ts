/**
 * An in-memory Excel behind the Office.js calls the adapter makes, strict where Excel is strict: like
 * Office.js it queues every write and load until `sync()`, refuses to show a property before it is loaded and
 * synced, and like Excel on the web refuses a request or a response over 5 MB. A failing operation stops the
 * batch where it is: what came before it stays written, as in Excel (a batch is not a transaction).
 * It does not compute formulas: tests read what was written.
 *
 * One file per concern: sheet.ts (cells, merges, rules, protection), range.ts, conditional.ts, worksheet.ts
 * (the proxies), settings.ts and office.ts (the Office global of one runtime).
 */
import { SheetSnapshot } from '../../src/core/sheet/snapshot';
import { officeError, OfficeErrorCode } from './errors';
import { FakeSheet } from './sheet';
import { contextOf } from './worksheet';

export { FakeSheet } from './sheet';
export type { FakeCell, FakeConditional } from './sheet';

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB" (the reference does not say
 * which megabyte; the fake takes the smaller).
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const PAYLOAD_LIMIT = 5_000_000;

/** What an operation gives back at sync: the size of its part of the response, and how to hand it over. */
export interface Loaded {
  readonly bytes: number;
  deliver(): void;
}

interface Operation {
  readonly bytes: number;
  readonly path?: ObjectPath;
  run(): Loaded | void;
}

/**
 * An object Office.js has a proxy for (a worksheet, a range, its format, font, fill, a border): a request
 * sends, once for each object its actions touch, the object's path ({"Id":12,"ObjectPathType":3,
 * "Name":"GetRange","ParentObjectPathId":11,"ArgumentInfo":{"Arguments":["A1:K58"]}}) and an Instantiate
 * action ({"Id":13,"ActionType":1,"Name":"","ObjectPathId":12}), and the paths of its parents.
 */
export interface ObjectPath {
  readonly bytes: number;
  readonly parent?: ObjectPath;
}

/** The path JSON's and the Instantiate action's own characters, besides the name and arguments. */
const PATH_BYTES = 170;
/** An action's own characters ({"Id":14,"ActionType":4,"Name":…,"ObjectPathId":12,"ArgumentInfo":…}). */
const ACTION_BYTES = 100;

export function objectPath(name: string, args?: readonly unknown[], parent?: ObjectPath): ObjectPath {
  return { bytes: PATH_BYTES + name.length + (args ? JSON.stringify(args).length : 0), parent };
}

/** What a request of these operations weighs: each action, and each object path once. */
function requestBytes(queue: readonly Operation[]): number {
  const sent = new Set<ObjectPath>();
  let n = 40;
  for (const q of queue) {
    n += q.bytes;
    for (let p = q.path; p && !sent.has(p); p = p.parent) {
      sent.add(p);
      n += p.bytes;
    }
  }
  return n;
}

/** Excel.WorksheetActivatedEventArgs. */
export interface WorksheetActivatedArgs {
  readonly type: 'WorksheetActivated';
  readonly source: 'Local' | 'Remote';
  readonly worksheetId: string;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = '';
  /** Workbook protection (Review › Protect Workbook): no sheet may be added, deleted, hidden or shown. */
  structureProtected = false;
  /** Excel is editing a cell: every request fails until the user presses Enter or Esc. */
  cellEditMode = false;
  syncs = 0;
  operations = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  suspended = 0;
  /** The cell last selected, as "Sheet!A1". */
  selected = '';
  /** Every grid load handed over ("Sheet!A1:K58 values,formulas"), for tests of what is read. */
  readonly reads: string[] = [];
  /** Throws this error code at the next sync, for the errors the fake has no cause of its own for. */
  failNextSyncWith: OfficeErrorCode | null = null;
  /**
   * Fails sync number `sync` (counted as `syncs`) after running the first `after` of its operations: what they
   * wrote stays (a batch is not a transaction), as when the user switches workbook part-way (InactiveWorkbook)
   * or a co-author's change conflicts.
   */
  failPartWay: { readonly sync: number; readonly after: number; readonly code: OfficeErrorCode } | null =
    null;
  /** How many operations each sync carried, in order. */
  readonly syncSizes: number[] = [];
  /**
   * Each sync's request by the fake's count, beside the length of the JSON the real Office.js sent for it
   * (when the browser test's host answers the real library's requests), to check the count against.
   */
  readonly requests: { fake: number; real?: number }[] = [];
  private queue: Operation[] = [];
  /** Handlers registered with worksheets.onActivated (ExcelApi 1.7). */
  readonly activatedHandlers = new Set<(args: WorksheetActivatedArgs) => Promise<unknown>>();

  /**
   * The user (or the add-in) activates a sheet. As in Excel, onActivated fires only when the active sheet
   * changes, and its handlers run after the activation, not inside it.
   */
  activate(name: string): void {
    const s = this.sheet(name);
    if (s.name === this.active) return;
    this.active = s.name;
    const args: WorksheetActivatedArgs = { type: 'WorksheetActivated', source: 'Local', worksheetId: s.id };
    for (const h of this.activatedHandlers) setTimeout(() => void h(args), 0);
  }

  /** A sheet by name or by its id, as WorksheetCollection.getItem(key) takes either. */
  sheet(name: string): FakeSheet {
    const s = this.find(name) ?? this.sheets.find((x) => x.id === name);
    if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}".`);
    return s;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
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

  /**
   * Queues an operation until the next sync; `payload` is what Office.js would send for it (its name and
   * arguments), `path` the object it acts on.
   */
  enqueue(payload: unknown, run: () => Loaded | void, path?: ObjectPath): void {
    this.operations++;
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length + ACTION_BYTES, run, path });
  }

  /**
   * The next sync does not answer until `release()` (Excel on the web stalling, office-js #6150, #4805): then
   * it runs, late, as Excel would.
   */
  hangNextSync = false;
  private held: (() => void) | null = null;

  release(): void {
    this.held?.();
    this.held = null;
  }

  async sync(): Promise<void> {
    if (this.hangNextSync) {
      this.hangNextSync = false;
      const queue = this.queue;
      this.queue = [];
      await new Promise<void>((resolve) => (this.held = resolve));
      this.queue = [...queue, ...this.queue];
    }
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    const request = requestBytes(queue);
    this.requests.push({ fake: request });
    this.maxRequestBytes = Math.max(this.maxRequestBytes, request);
    if (this.cellEditMode)
      throw officeError(
        'InvalidOperationInCellEditMode',
        "The operation isn't available while Excel is in Edit cell mode.",
      );
    if (this.failNextSyncWith) {
      const code = this.failNextSyncWith;
      this.failNextSyncWith = null;
      throw officeError(code, code);
    }
    if (request > PAYLOAD_LIMIT)
      throw officeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    const loaded: Loaded[] = [];
    this.syncSizes.push(queue.length);
    const partWay = this.failPartWay?.sync === this.syncs ? this.failPartWay : null;
    if (partWay) this.failPartWay = null;
    for (const [i, q] of queue.entries()) {
      if (partWay && i === partWay.after) throw officeError(partWay.code, partWay.code);
      const l = q.run();
      if (l) loaded.push(l);
    }
    const response = loaded.reduce((n, l) => n + l.bytes, 0);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, response);
    if (response > PAYLOAD_LIMIT)
      throw officeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    for (const l of loaded) l.deliver();
  }

  /** The Office.js-shaped context the adapter is given (one per Excel.run). */
  context(): unknown {
    return contextOf(this);
  }
}
