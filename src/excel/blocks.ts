import { CellEdit } from '../core/plan/types';
import { formulasValue } from '../core/sheets/undo';

/** A filled rectangle of cells, written with one 2-D assignment. */
export interface Block<T> {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly key: string;
  readonly cells: T[][];
}

/**
 * Groups cells into rectangles with no gaps: runs of neighbouring cells in a row with the same key,
 * joined downwards while the run below spans the same columns. A gap would overwrite a cell we do not own.
 */
export function rectangles<T extends { row: number; col: number }>(
  items: readonly T[],
  keyOf: (t: T) => string | null,
): Block<T>[] {
  const sorted = items.filter((i) => keyOf(i) !== null).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; left: number; cells: T[]; key: string }[] = [];
  for (const item of sorted) {
    const key = keyOf(item)!;
    const last = runs[runs.length - 1];
    if (last && last.row === item.row && last.key === key && last.left + last.cells.length === item.col)
      last.cells.push(item);
    else runs.push({ row: item.row, left: item.col, cells: [item], key });
  }
  const open = new Map<string, { top: number; left: number; rows: T[][]; key: string; lastRow: number }>();
  const done: Block<T>[] = [];
  const close = (id: string): void => {
    const b = open.get(id)!;
    done.push({
      top: b.top,
      left: b.left,
      rows: b.rows.length,
      cols: b.rows[0]!.length,
      key: b.key,
      cells: b.rows,
    });
    open.delete(id);
  };
  for (const run of runs) {
    const id = `${run.left}:${run.cells.length}:${run.key}`;
    const b = open.get(id);
    if (b && b.lastRow === run.row - 1) {
      b.rows.push(run.cells);
      b.lastRow = run.row;
    } else {
      if (b) close(id);
      open.set(id, { top: run.row, left: run.left, rows: [run.cells], key: run.key, lastRow: run.row });
    }
    for (const [otherId, other] of open) if (other.lastRow < run.row - 1) close(otherId);
  }
  for (const id of [...open.keys()]) close(id);
  return done;
}

/** The value Office.js's `range.formulas` takes for the edit's content; null leaves a cell as it is. */
export function formulaCell(e: CellEdit): string | number | null {
  return e.kind !== undefined ? formulasValue(e) : null;
}

export function contentKey(e: CellEdit): string | null {
  return e.kind !== undefined || e.numberFormat ? 'c' : null;
}

/** Style without borders: borders are grouped on their own, as most table cells share them. */
/** Builders share a style object among thousands of cells: each object's key is made once. */
const STYLE_KEYS = new WeakMap<object, string | null>();

export function styleKey(e: CellEdit): string | null {
  if (!e.style) return null;
  const known = STYLE_KEYS.get(e.style);
  if (known !== undefined) return known;
  const { border: _border, ...rest } = e.style;
  void _border;
  const key = Object.keys(rest).length ? JSON.stringify(rest) : null;
  STYLE_KEYS.set(e.style, key);
  return key;
}

export function borderKey(e: CellEdit): string | null {
  return e.style?.border ? 'border' : null;
}

/**
 * Size of what a queued write sends, for staying under Excel on the web's 5 MB request limit: the range's
 * object path, the numberFormat and formulas actions, and their values (the sheet's path is counted apart).
 */
export function blockBytes(block: Block<CellEdit>): number {
  let n = 190 + 2 * 125 + block.rows * 4;
  for (const row of block.cells)
    for (const c of row)
      n += JSON.stringify(formulaCell(c) ?? null).length + (c.numberFormat?.length ?? 4) + 8;
  return n;
}
