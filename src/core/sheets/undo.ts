import { CellContent, EditPlan } from '../plan/types';
import { normalizeFormula } from '../sheet/formula';
import { CellValue, isCellError, SheetSnapshot } from '../sheet/snapshot';

/**
 * Kembalikan's record: what the add-in overwrote in the user's own sheets since the last Kembalikan, as it was
 * before the first of those runs, and which sheets the runs made. A second run keeps the first run's "before",
 * so Kembalikan always goes back to the workbook as the user had it.
 */
export interface UndoRecord {
  /** Changes recorded (Buat Tabel Capaian runs and fixes from the task pane). */
  readonly runs: number;
  /** ISO times of the first and the last run the record undoes. */
  readonly first: string;
  readonly last: string;
  readonly sheets: readonly UndoSheet[];
  /** Sheets the runs made (they did not exist before the first): Kembalikan deletes them. */
  readonly created: readonly string[];
}

export interface UndoSheet {
  readonly sheet: string;
  /** By column, then row. */
  readonly cells: readonly UndoCell[];
}

export interface UndoCell {
  readonly row: number;
  readonly col: number;
  /** As Range.formulas gives it back to Excel: a formula, a number, text with its apostrophe, or null. */
  readonly content: string | number | boolean | null;
  readonly numberFormat: string;
  /** Fingerprint of what we wrote: a cell the user changed since is left alone. */
  readonly wrote: string;
}

/** Rows in a sheet (Excel's limit), for one number per cell. */
const ROWS = 1_048_576;

/** A cell's content and format as Kembalikan puts them back. */
export type CellWas = Pick<UndoCell, 'content' | 'numberFormat'>;

/** What a cell holds, normalised the same way whether we wrote it or Excel gives it back. */
export function fingerprint(content: unknown): string {
  let t: string;
  if (content === null || content === undefined || content === '') t = '';
  else if (typeof content === 'number') t = `n${content}`;
  else if (typeof content === 'boolean') t = content ? 'TRUE' : 'FALSE';
  else {
    const s = String(content);
    t = s.startsWith('=') ? normalizeFormula(s) : s.startsWith("'") ? s.slice(1) : s;
    if (!s.startsWith('=') && t !== '' && !Number.isNaN(Number(t))) t = `n${Number(t)}`;
  }
  // FNV-1a, 32 bits: a few characters per cell is enough to see that a cell changed.
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The "before" of each cell from a snapshot read before the write. */
export function cellsBefore(snapshot: SheetSnapshot | undefined): (row: number, col: number) => CellWas {
  return (row, col) => {
    if (!snapshot) return { content: null, numberFormat: 'General' };
    const r = row - snapshot.origin.row;
    const c = col - snapshot.origin.col;
    return cellWasOf(
      snapshot.values[r]?.[c] ?? null,
      snapshot.formulas[r]?.[c] ?? null,
      snapshot.numberFormats[r]?.[c] ?? 'General',
    );
  };
}

/**
 * A cell's "before" from what it holds, the same for Office.js and ExcelJS: a formula wins, text gets the
 * apostrophe that keeps it text, and an error value counts as empty.
 */
export function cellWasOf(value: CellValue, formula: string | null, numberFormat: string): CellWas {
  const plain = value === null || isCellError(value) ? null : value;
  return { content: formula ?? (typeof plain === 'string' ? `'${plain}` : plain), numberFormat };
}

/**
 * The record after one more run: cells the plan writes in sheets that are not ours, with their "before"
 * (kept from an earlier run when there was one) and the fingerprint of what this run writes.
 */
export function recordRun(
  previous: UndoRecord | null,
  plan: EditPlan,
  before: (sheet: string, row: number, col: number) => CellWas,
  existingSheets: readonly string[],
  now: string,
): UndoRecord {
  // Column-major numeric keys: cheap to look up, and in the order the record is kept in.
  const key = (row: number, col: number): number => col * ROWS + row;
  const bySheet = new Map<string, Map<number, UndoCell>>();
  for (const s of previous?.sheets ?? [])
    bySheet.set(s.sheet, new Map(s.cells.map((c) => [key(c.row, c.col), c])));
  for (const p of plan.sheets) {
    if (p.create) continue;
    let cells = bySheet.get(p.sheet);
    if (!cells) bySheet.set(p.sheet, (cells = new Map()));
    for (const e of p.cells) {
      if (!e.content && !e.numberFormat) continue;
      const k = key(e.row, e.col);
      const known = cells.get(k);
      const was: CellWas = known ?? before(p.sheet, e.row, e.col);
      // A format-only edit leaves the content: what is there now is the content we "wrote".
      const wrote = e.content
        ? fingerprint(formulasValue(e.content))
        : (known?.wrote ?? fingerprint(was.content));
      if (known?.wrote === wrote) continue;
      cells.set(k, { row: e.row, col: e.col, content: was.content, numberFormat: was.numberFormat, wrote });
    }
  }
  const made = plan.sheets.filter((p) => p.create && !existingSheets.includes(p.sheet)).map((p) => p.sheet);
  return {
    runs: (previous?.runs ?? 0) + 1,
    first: previous?.first ?? now,
    last: now,
    sheets: [...bySheet].map(([sheet, cells]) => ({
      sheet,
      cells: [...cells].sort((a, b) => a[0] - b[0]).map(([, c]) => c),
    })),
    created: [...new Set([...(previous?.created ?? []), ...made])],
  };
}

/**
 * Compact JSON for the registry: per sheet, runs of cells down one column as [col, top, entries], each entry
 * [wrote, content] or [wrote, content, numberFormat] when that is not General.
 */
export function encodeUndo(u: UndoRecord): unknown {
  return {
    v: 1,
    runs: u.runs,
    first: u.first,
    last: u.last,
    created: u.created,
    sheets: u.sheets.map((s) => {
      // recordRun keeps the cells by column, then row.
      const runs: [number, number, unknown[]][] = [];
      for (const c of s.cells) {
        const last = runs[runs.length - 1];
        const entry =
          c.numberFormat === 'General' ? [c.wrote, c.content] : [c.wrote, c.content, c.numberFormat];
        if (last && last[0] === c.col && last[1] + last[2].length === c.row) last[2].push(entry);
        else runs.push([c.col, c.row, [entry]]);
      }
      return [s.sheet, runs];
    }),
  };
}

export function decodeUndo(v: unknown): UndoRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || !Array.isArray(o.sheets)) return null;
  const sheets: UndoSheet[] = [];
  for (const s of o.sheets) {
    if (!Array.isArray(s) || typeof s[0] !== 'string' || !Array.isArray(s[1])) return null;
    const cells: UndoCell[] = [];
    for (const run of s[1] as unknown[]) {
      if (
        !Array.isArray(run) ||
        typeof run[0] !== 'number' ||
        typeof run[1] !== 'number' ||
        !Array.isArray(run[2])
      )
        return null;
      (run[2] as unknown[]).forEach((entry, i) => {
        const [wrote, content, numberFormat] = Array.isArray(entry) ? entry : [];
        const ok = typeof content === 'string' || typeof content === 'number' || typeof content === 'boolean';
        cells.push({
          row: (run[1] as number) + i,
          col: run[0] as number,
          content: ok ? content : null,
          numberFormat: typeof numberFormat === 'string' ? numberFormat : 'General',
          wrote: String(wrote ?? ''),
        });
      });
    }
    sheets.push({ sheet: s[0], cells });
  }
  return {
    runs: Number(o.runs) || 1,
    first: String(o.first ?? ''),
    last: String(o.last ?? ''),
    sheets,
    created: Array.isArray(o.created) ? o.created.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** The text Office.js's `range.formulas` takes for our content (text gets the apostrophe that keeps it text). */
export function formulasValue(content: CellContent): string | number {
  switch (content.kind) {
    case 'formula':
      return content.formula;
    case 'number':
      return content.value;
    case 'text':
      return `'${content.value}`;
    case 'blank':
      return '';
  }
}
