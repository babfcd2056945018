import { isSpace } from './ooxml';

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
