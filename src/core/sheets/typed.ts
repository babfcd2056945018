import { Lang } from '../i18n/format';
import { EditPlan, SheetPlan } from '../plan/types';
import { REGISTRY_SHEET } from './registry';
import { Written, WrittenRun } from './written';
import { base36, contentHash, DIGITS, fingerprintHash, key } from './record';

const WIDTH = 4;
const SPACE = 36 ** WIDTH;

/**
 * Character codes on their way to text, a piece at a time (a call takes only so many arguments): a plain array
 * of small numbers, which `String.fromCharCode.apply` takes as it is, where a typed array (or a spread) is
 * first copied into a new list of arguments (8 bytes a character, 5 MB at 10,000 rows).
 */
const PIECE = 8192;
const CODES: number[] = new Array<number>(PIECE).fill(0);

/**
 * The order of cells by column, then row, given their columns (the `last` at most) and rows in the plan's order:
 * counted by column (a plan writes each column's rows in order, so a column rarely needs a sort), stable, so
 * that a cell written twice keeps the plan's order.
 */
function byColumnThenRow(cols: Int32Array, rows: Int32Array, last: number): Int32Array {
  // Plain loops, here and below: for-of and forEach cost an object or a call per cell until the code is
  // optimised, and the CLI runs it once.
  const start = new Int32Array(last + 2);
  for (let i = 0; i < cols.length; i++) start[cols[i]! + 1]!++;
  for (let col = 1; col <= last + 1; col++) start[col]! += start[col - 1]!;
  const order = new Int32Array(cols.length);
  const next = start.slice(0, last + 1);
  for (let i = 0; i < cols.length; i++) order[next[cols[i]!]!++] = i;
  for (let col = 0; col <= last; col++) {
    const column = order.subarray(start[col]!, start[col + 1]!);
    let ordered = true;
    for (let k = 1; k < column.length && ordered; k++) ordered = rows[column[k]!]! >= rows[column[k - 1]!]!;
    if (!ordered) column.set(Array.from(column).sort((x, y) => rows[x]! - rows[y]!));
  }
  return order;
}

/**
 * A generated sheet's runs: the cells we filled, by column in the plan's order, then by row. The sheets of a
 * 10,000-row table hold some 150,000 cells: they are kept in typed arrays, no object or array per cell or
 * column, and the text of all runs is made from character codes a piece at a time, each run's a slice of it.
 */
function runsOf(p: SheetPlan): WrittenRun[] {
  const typed = p.typed?.length ? new Set(p.typed.map((c) => key(c.row, c.col))) : null;
  const size = p.cells.length;
  const [cols, rows, prints] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  let n = 0;
  let last = 0;
  for (let i = 0; i < size; i++) {
    const c = p.cells[i]!;
    if (c.kind === undefined || c.kind === 'blank' || typed?.has(key(c.row, c.col))) continue;
    last = Math.max(last, c.col);
    cols[n] = c.col;
    rows[n] = c.row;
    prints[n++] = contentHash(c) % SPACE;
  }
  const order = byColumnThenRow(cols.subarray(0, n), rows, last);
  const heads: number[] = [];
  let text = '';
  // A run ends where the column changes or a row is skipped (or written twice: its last writing wins).
  for (let k = 0, col = -1, row = -1; k < n; k++) {
    const cell = order[k]!;
    if (cols[cell] !== col || rows[cell] !== row + 1) heads.push(k);
    col = cols[cell]!;
    row = rows[cell]!;
    // The cell's four characters: base-36 digits by hand (`toString(36)` and `padStart` cost more than the hash).
    const i = (k * WIDTH) % PIECE;
    for (let d = WIDTH - 1, print = prints[cell]!; d >= 0; d--, print = Math.floor(print / 36))
      CODES[i + d] = DIGITS.charCodeAt(print % 36);
    if (i + WIDTH === PIECE) text += String.fromCharCode.apply(null, CODES);
  }
  text += String.fromCharCode.apply(null, CODES.slice(0, (n * WIDTH) % PIECE));
  return heads.map((k, i) => [
    cols[order[k]!]!,
    rows[order[k]!]!,
    text.slice(k * WIDTH, (heads[i + 1] ?? n) * WIDTH),
  ]);
}

/** The record after a run: the plan's generated sheets as it writes them, the others as they were. */
export function rememberWritten(before: Written, plan: EditPlan): Written {
  const out: Record<string, readonly WrittenRun[]> = { ...before };
  for (const p of plan.sheets) if (p.create && p.sheet !== REGISTRY_SHEET) out[p.sheet] = runsOf(p);
  return out;
}

/** The record without these sheets (deleted, or kept as the user's). */
export function forgetWritten(written: Written, sheets: readonly string[]): Written {
  return Object.fromEntries(Object.entries(written).filter(([s]) => !sheets.includes(s)));
}

/** A cell of a sheet as Excel gives it back: its formula, or its constant. */
export interface CellNow {
  readonly row: number;
  readonly col: number;
  readonly content: string | number | boolean;
}

/**
 * The cells of our sheet that hold something the record does not: typed by the user (or pasted) in a cell we
 * left empty or over what we wrote. `over` counts the second kind: with a record made now from the plan (a
 * sheet made before the record was kept), those may be the older version's writing, not the user's.
 */
export function typedCells(
  runs: readonly WrittenRun[],
  now: readonly CellNow[],
): { readonly cells: CellNow[]; readonly over: number } {
  const ours = new Map<number, string>();
  for (const [col, top, prints] of runs)
    for (let i = 0; i * WIDTH < prints.length; i++)
      ours.set(key(top + i, col), prints.slice(i * WIDTH, (i + 1) * WIDTH));
  // A cell's content in four characters: enough to see that the user changed it (1 in 1.7 million alike).
  const print = (content: unknown): string => base36(fingerprintHash(content) % SPACE).padStart(WIDTH, '0');
  const cells = now.filter((c) => ours.get(key(c.row, c.col)) !== print(c.content));
  return { cells, over: cells.filter((c) => ours.has(key(c.row, c.col))).length };
}

/** Characters Excel forbids in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * The name our sheet is kept under when it holds what the user typed: "Narasi (disimpan)", within Excel's
 * 31 characters, free whatever the case ("Narasi (disimpan 2)" when that is taken).
 */
export function keptSheetName(name: string, existing: readonly string[], lang: Lang): string {
  const word = lang === 'en' ? 'kept' : 'disimpan';
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  const base = name.replace(FORBIDDEN, ' ');
  for (let i = 1; ; i++) {
    const tail = ` (${word}${i > 1 ? ` ${i}` : ''})`;
    const candidate = `${base
      .slice(0, 31 - tail.length)
      .trimEnd()
      .replace(/^'+|'+$/g, '')}${tail}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
