import { CellContent, EditPlan } from '../plan/types';
import { normalizeFormula } from '../sheet/formula';
import { CellValue, isCellError, SheetSnapshot } from '../sheet/snapshot';
import { CellWas, MAX_STEPS, UndoCell, UndoKind, UndoRecord, UndoSheet, UndoStack } from './undo';

/*
 * What a change records for Kembalikan, and the fingerprints of what it wrote: the writing half, apart from the
 * record's encoding (undo.ts), so that the task pane opens without it.
 */

/** Rows in a sheet (Excel's limit), for one number per cell. */
const ROWS = 1_048_576;

/** FNV-1a, 32 bits, of `t` (continuing from `h`): a few characters per cell is enough to see that a cell changed. */
function fnv(t: string, h = 0x811c9dc5): number {
  // Signed 32 bits inside the loop (small integers for the engine), unsigned once at the end: the same bits.
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Each ASCII character as `normalizeFormula` leaves it: capitals for small letters, -1 for white space. */
const ASCII_NORMAL = Int32Array.from({ length: 128 }, (_, ch) =>
  ch === 32 || (ch >= 9 && ch <= 13) ? -1 : ch >= 97 && ch <= 122 ? ch - 32 : ch,
);

/**
 * FNV-1a of `normalizeFormula(formula)` without making that string (most of the cells we hash are formulas,
 * some 8 million characters at 10,000 rows): ASCII only, -1 for any other character, whose spaces and capitals
 * the regular expressions decide. A table rather than three tests per character: a third faster.
 */
function asciiFormulaHash(formula: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula.charCodeAt(i);
    if (ch > 127) return -1;
    const normal = ASCII_NORMAL[ch]!;
    if (normal >= 0) h = Math.imul(h ^ normal, 0x01000193); // signed inside the loop, as in `fnv`
  }
  return h >>> 0;
}

const EMPTY = fnv('');
const NUMBER = fnv('n');

/** A number's hash: its text after an 'n', so that 5 and the text "5" differ. */
const numberHash = (n: number): number => fnv(String(n), NUMBER);

/** Text as a cell holds it, without the apostrophe: text that reads as a number hashes as that number's text. */
function textHash(t: string): number {
  if (t === '') return EMPTY;
  const n = Number(t);
  return Number.isNaN(n) ? fnv(t) : numberHash(n);
}

/** The number behind `fingerprint`. */
export function fingerprintHash(content: unknown): number {
  if (content === null || content === undefined || content === '') return EMPTY;
  if (typeof content === 'number') return numberHash(content);
  if (typeof content === 'boolean') return fnv(content ? 'TRUE' : 'FALSE');
  const s = String(content);
  if (s.startsWith('=')) {
    const h = asciiFormulaHash(s);
    return h >= 0 ? h : fnv(normalizeFormula(s));
  }
  return textHash(s.startsWith("'") ? s.slice(1) : s);
}

/**
 * `fingerprintHash(formulasValue(content))` without making the text: a text cell's apostrophe is dropped by
 * the hash anyway, and the generated sheets hold some 60,000 text cells at 10,000 rows.
 */
export function contentHash(content: CellContent): number {
  switch (content.kind) {
    case 'formula':
      return fingerprintHash(content.formula);
    case 'number':
      return numberHash(content.value);
    case 'text':
      return textHash(content.value);
    case 'blank':
      return EMPTY;
  }
}

/**
 * Base-36 digits, and 0 to 1295 in two of them ('00' to 'zz'): the record's texts are made from them, where
 * `toString(36)` would cost ten times more (some 200,000 cells at 10,000 rows).
 */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const PAIRS = Array.from({ length: 1296 }, (_, i) => DIGITS[Math.floor(i / 36)]! + DIGITS[i % 36]!);

/** `h.toString(36)`, for a hash (a whole number from 0). */
export function base36(h: number): string {
  let s = '';
  for (; h > 1295; h = Math.floor(h / 1296)) s = PAIRS[h % 1296]! + s;
  return (h < 36 ? DIGITS[h]! : PAIRS[h]!) + s;
}

/** What a cell holds, normalised the same way whether we wrote it or Excel gives it back. */
export function fingerprint(content: unknown): string {
  return base36(fingerprintHash(content));
}

/** The "before" of each cell from a snapshot read before the write. */
export function cellsBefore(snapshot: SheetSnapshot): (row: number, col: number) => CellWas {
  return (row, col) => {
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
 * A cell's "before" from what it holds, the same for Office.js and the .xlsx reader: a formula wins, text gets the
 * apostrophe that keeps it text, and an error value counts as empty.
 */
export function cellWasOf(value: CellValue, formula: string | null, numberFormat: string): CellWas {
  const plain = value === null || isCellError(value) ? null : value;
  return { content: formula ?? (typeof plain === 'string' ? `'${plain}` : plain), numberFormat };
}

/** Column-major numeric keys: cheap to look up, and in the order the record is kept in. */
export const key = (row: number, col: number): number => col * ROWS + row;

/** The sheets of merged changes, each by column then row. */
function sheetsOf(cells: Map<string, Map<number, UndoCell>>): UndoSheet[] {
  return [...cells].map(([sheet, byKey]) => ({
    sheet,
    cells: [...byKey].sort((a, b) => a[0] - b[0]).map(([, c]) => c),
  }));
}

/**
 * One sheet's cells, given by column in the order they were written, by column then row, one per cell (the
 * last written wins). A plan writes each column's rows in order, so a sort is rarely needed.
 */
function inColumnOrder(columns: readonly (UndoCell[] | undefined)[]): UndoCell[] {
  const out: UndoCell[] = [];
  for (const column of columns) {
    if (!column) continue;
    let ascending = true;
    for (let i = 1; i < column.length && ascending; i++) ascending = column[i - 1]!.row < column[i]!.row;
    if (!ascending) column.sort((a, b) => a.row - b.row); // stable: a cell written twice keeps its last writing last
    for (let i = 0; i < column.length; i++) if (column[i + 1]?.row !== column[i]!.row) out.push(column[i]!);
  }
  return out;
}

/**
 * One change as Kembalikan will undo it: the cells the plan writes in sheets that are not ours, with what they
 * held just before and the fingerprint of what is written. A cell written as it already was is left out: undoing
 * it would change nothing.
 */
export function recordRun(
  kind: UndoKind,
  plan: EditPlan,
  before: (sheet: string, row: number, col: number) => CellWas,
  existingSheets: readonly string[],
  now: string,
): UndoRecord {
  // Per sheet, the cells by column: a 10,000-row table writes some 44,000 cells, kept in order without a sort.
  const bySheet = new Map<string, UndoCell[][]>();
  for (const p of plan.sheets) {
    if (p.create) continue;
    let columns = bySheet.get(p.sheet);
    // A plain loop, as in encodeUndo: for-of costs an object per cell until the code is optimised.
    for (let i = 0; i < p.cells.length; i++) {
      const e = p.cells[i]!;
      if (e.kind === undefined && !e.numberFormat) continue;
      const was = before(p.sheet, e.row, e.col);
      // A format-only edit leaves the content: what is there now is the content we "wrote".
      const wrote = e.kind !== undefined ? contentHash(e) : fingerprintHash(was.content);
      // Compared as numbers, and what was there hashed only when the format stays: most edits change it.
      const same =
        (e.numberFormat ?? was.numberFormat) === was.numberFormat &&
        (e.kind === undefined || wrote === fingerprintHash(was.content));
      if (same) continue;
      if (!columns) bySheet.set(p.sheet, (columns = []));
      (columns[e.col] ??= []).push({
        row: e.row,
        col: e.col,
        content: was.content,
        numberFormat: was.numberFormat,
        wrote: base36(wrote),
      });
    }
  }
  const sheets = [...bySheet].map(([sheet, columns]) => ({ sheet, cells: inColumnOrder(columns) }));
  const made = plan.sheets.filter((p) => p.create && !existingSheets.includes(p.sheet)).map((p) => p.sheet);
  return { kind, runs: 1, first: now, last: now, sheets, created: [...new Set(made)] };
}

/** Two changes as one: each cell as it was before the older, with what the newer wrote. */
export function mergeRuns(older: UndoRecord, newer: UndoRecord): UndoRecord {
  const bySheet = new Map<string, Map<number, UndoCell>>();
  for (const s of older.sheets) bySheet.set(s.sheet, new Map(s.cells.map((c) => [key(c.row, c.col), c])));
  for (const s of newer.sheets) {
    let cells = bySheet.get(s.sheet);
    if (!cells) bySheet.set(s.sheet, (cells = new Map()));
    for (const c of s.cells) {
      const known = cells.get(key(c.row, c.col));
      cells.set(key(c.row, c.col), known ? { ...known, wrote: c.wrote } : c);
    }
  }
  return {
    // A Buat Tabel Capaian inside keeps its meaning: undoing the merged step removes our highlight rules.
    kind: older.kind === 'generate' || newer.kind === 'generate' ? 'generate' : 'fix',
    runs: older.runs + newer.runs,
    first: older.first,
    last: newer.last,
    sheets: sheetsOf(bySheet),
    created: [...new Set([...older.created, ...newer.created])],
  };
}

/**
 * The stack after one more change. A change that wrote nothing and made no sheet (a second Buat Tabel
 * Capaian on a table already live) is not a step: Kembalikan still undoes the change that did something.
 */
export function pushRun(stack: UndoStack, run: UndoRecord): UndoStack {
  if (run.created.length === 0 && run.sheets.every((s) => s.cells.length === 0)) return stack;
  const next = [...stack, run];
  while (next.length > MAX_STEPS) next.splice(0, 2, mergeRuns(next[0]!, next[1]!));
  return next;
}
