import { refColumn } from '../core/sheet/address';
import { attr, isSpace } from './ooxml';

/*
 * Finding a sheet's rows and cells by index, without a regex over the rows: the patcher walks every row of
 * an office's sheet (10,000 and more), and copies what it does not change as slices of the part's own text.
 */

/** An element found in a part's text: where it starts, where its start tag ends, where it ends. */
export interface Found {
  readonly start: number;
  /** Just after the start tag's '>'. */
  readonly tagEnd: number;
  /** Where its content ends: its end tag, or `tagEnd` for an empty element (`<row/>`). */
  readonly innerEnd: number;
  /** Just after the element. */
  readonly end: number;
}

/**
 * The next element whose start tag begins with `open` (`<row`, `<x:c`) at or after `from`, ending at the
 * first `close` (`</row>`) after its start tag, or at its start tag's own `/>`. The same elements, in the
 * same places, as `<row(?=[\s/>])(?:[^>]*?/>|[^>]*>[\s\S]*?</row>)` finds with the `g` flag.
 */
export function nextElement(xml: string, open: string, close: string, from: number): Found | null {
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + 1)) {
    const after = xml.charCodeAt(at + open.length);
    if (!(after === 47 || after === 62 || isSpace(after))) continue;
    const gt = xml.indexOf('>', at + open.length);
    if (gt < 0) return null;
    if (xml.charCodeAt(gt - 1) === 47) return { start: at, tagEnd: gt + 1, innerEnd: gt + 1, end: gt + 1 };
    const closeAt = xml.indexOf(close, gt + 1);
    if (closeAt < 0) continue;
    return { start: at, tagEnd: gt + 1, innerEnd: closeAt, end: closeAt + close.length };
  }
  return null;
}

/** A cell of a row: where it is in the row's text, and its column. */
export interface Cell {
  readonly start: number;
  readonly end: number;
  readonly col: number;
}

/** The cells of a row's content in the order written, each with its column (a cell without `r` follows the one before). */
export function cellsAsWritten(inner: string, p: string): { cells: Cell[]; rest: string; ordered: boolean } {
  const open = `<${p}c`;
  const close = `</${p}c>`;
  const cells: Cell[] = [];
  let col = -1;
  let last = 0;
  let rest = '';
  let ordered = true;
  for (let c = nextElement(inner, open, close, 0); c; c = nextElement(inner, open, close, c.end)) {
    if (c.start > last) rest += inner.slice(last, c.start);
    last = c.end;
    const r = attr(inner.slice(c.start, c.tagEnd), 'r');
    const at = r ? refColumn(r) : col + 1;
    if (at <= col) ordered = false;
    col = at;
    cells.push({ start: c.start, end: c.end, col });
  }
  return { cells, rest: rest + inner.slice(last), ordered };
}

/**
 * The cells of a row's content in column order, one per column (the last, when a writer repeated one);
 * `rest` is what lies between them.
 */
export function cellsOf(inner: string, p: string): { cells: Cell[]; rest: string } {
  const { cells, rest, ordered } = cellsAsWritten(inner, p);
  if (ordered) return { cells, rest };
  return { cells: [...new Map(cells.map((c) => [c.col, c])).values()].sort((a, b) => a.col - b.col), rest };
}
