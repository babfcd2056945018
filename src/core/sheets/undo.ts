import { CellContent } from '../plan/types';

/** Which button made a change: Kembalikan says which one it undoes. */
export type UndoKind = 'generate' | 'fix';

/**
 * One change of the add-in that Kembalikan can undo: what it overwrote in the user's own sheets, as it was
 * just before, and which sheets it made. The workbook keeps a stack of them (`UndoStack`), so each Kembalikan
 * undoes the last change only and the one before it stays undoable.
 */
export interface UndoRecord {
  readonly kind: UndoKind;
  /** Changes this record stands for: more than one only when the oldest were merged (see pushRun). */
  readonly runs: number;
  /** ISO times of the first and the last change the record undoes. */
  readonly first: string;
  readonly last: string;
  readonly sheets: readonly UndoSheet[];
  /** Sheets the change made (they did not exist before it): Kembalikan deletes them. */
  readonly created: readonly string[];
}

/** Oldest first; Kembalikan takes the last. */
export type UndoStack = readonly UndoRecord[];

/** Beyond this many changes the two oldest are merged into one: the registry stays small, nothing is lost. */
export const MAX_STEPS = 20;

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

/** A cell's content and format as Kembalikan puts them back. */
export type CellWas = Pick<UndoCell, 'content' | 'numberFormat'>;

/**
 * Compact JSON for the registry: per change, per sheet, runs of cells down one column as [col, top, entries],
 * each entry [wrote, content] or [wrote, content, numberFormat] when that is not General.
 */
export function encodeUndo(stack: UndoStack): unknown {
  return {
    v: 2,
    steps: stack.map((u) => ({
      kind: u.kind,
      runs: u.runs,
      first: u.first,
      last: u.last,
      created: u.created,
      sheets: u.sheets.map((s) => {
        // recordRun keeps the cells by column, then row.
        const runs: [number, number, unknown[]][] = [];
        for (let i = 0; i < s.cells.length; i++) {
          const c = s.cells[i]!;
          const last = runs[runs.length - 1];
          const entry =
            c.numberFormat === 'General' ? [c.wrote, c.content] : [c.wrote, c.content, c.numberFormat];
          if (last && last[0] === c.col && last[1] + last[2].length === c.row) last[2].push(entry);
          else runs.push([c.col, c.row, [entry]]);
        }
        return [s.sheet, runs];
      }),
    })),
  };
}

function decodeSheets(v: unknown): UndoSheet[] | null {
  if (!Array.isArray(v)) return null;
  const sheets: UndoSheet[] = [];
  for (const s of v) {
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
  return sheets;
}

function decodeStep(o: Record<string, unknown>, kind: UndoKind): UndoRecord | null {
  const sheets = decodeSheets(o.sheets);
  if (!sheets) return null;
  return {
    kind,
    runs: Number(o.runs) || 1,
    first: String(o.first ?? ''),
    last: String(o.last ?? ''),
    sheets,
    created: Array.isArray(o.created) ? o.created.filter((x): x is string => typeof x === 'string') : [],
  };
}

/**
 * The stack from the registry; damaged data gives an empty stack, never a throw. Version 1 (one record for
 * every change since the first) is read as one step.
 */
export function decodeUndo(v: unknown): UndoStack {
  if (typeof v !== 'object' || v === null) return [];
  const o = v as Record<string, unknown>;
  if (o.v === 1) {
    const step = decodeStep(o, 'generate');
    return step ? [step] : [];
  }
  if (o.v !== 2 || !Array.isArray(o.steps)) return [];
  const steps: UndoRecord[] = [];
  for (const s of o.steps) {
    if (typeof s !== 'object' || s === null) return [];
    const r = s as Record<string, unknown>;
    const step = decodeStep(r, r.kind === 'fix' ? 'fix' : 'generate');
    if (!step) return [];
    steps.push(step);
  }
  return steps;
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
