import { isSpace } from './ooxml';

/*
 * Reading a part's elements and attributes in place, by index: the reader meets every cell of a 10,000-row
 * sheet, and a regex match (its array, its captures, each cell's text cut out) cost more than the reading.
 * Each function finds what a regular expression, named beside it, finds in the same text; a range
 * [from, to) stands for the text cut out (`xml.slice(from, to)`) without cutting it.
 */

/** `[\w.-]`: a character of an element's name or prefix. */
export function isNameChar(ch: number): boolean {
  return (
    (ch >= 97 && ch <= 122) ||
    (ch >= 65 && ch <= 90) ||
    (ch >= 48 && ch <= 57) ||
    ch === 95 ||
    ch === 46 ||
    ch === 45
  );
}

/** Just past the run of name characters at `i` (not beyond `to`). */
export function nameEnd(xml: string, i: number, to: number): number {
  while (i < to && isNameChar(xml.charCodeAt(i))) i++;
  return i;
}

/** Where the local name of the tag whose '<' (or '</') ends just before `i` begins: past a `prefix:`, if any. */
export function localName(xml: string, i: number, to: number): number {
  const end = nameEnd(xml, i, to);
  return end > i && end < to && xml.charCodeAt(end) === 58 ? end + 1 : i;
}

/** `xml.slice(i, end) === name`, without the slice. */
function named(xml: string, i: number, end: number, name: string): boolean {
  return end - i === name.length && xml.startsWith(name, i);
}

/**
 * Where the first `</name>` or `</prefix:name>` at or after `from` begins, ending by `to`; -1 when none:
 * `<\/(?:[\w.-]+:)?name>`.
 */
export function closeTag(xml: string, from: number, to: number, name: string): number {
  for (let at = xml.indexOf('</', from); at >= 0 && at < to; at = xml.indexOf('</', at + 1)) {
    const i = localName(xml, at + 2, to);
    const gt = i + name.length;
    if (gt < to && xml.charCodeAt(gt) === 62 && xml.startsWith(name, i)) return at;
  }
  return -1;
}

/** An element found by `child`: its attributes' and its text's ranges, and where it ends. */
export class Child {
  /** Its '<'. */
  start = 0;
  attrsStart = 0;
  attrsEnd = 0;
  /** -1 for an empty element (`<f/>`). */
  textStart = -1;
  textEnd = -1;
  end = 0;
}

/**
 * The first `name` element (any prefix) in [from, to) with its text, into `out`; false when there is none.
 * With `empty` allowed: `<(?:[\w.-]+:)?name(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?name>)`;
 * without: `<(?:[\w.-]+:)?name(?=[\s>])([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?name>`.
 */
export function child(
  xml: string,
  from: number,
  to: number,
  name: string,
  empty: boolean,
  out: Child,
): boolean {
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    const i = localName(xml, lt + 1, to);
    const j = nameEnd(xml, i, to);
    if (j >= to || !named(xml, i, j, name)) continue;
    const here = childAt(xml, lt, j, to, name, empty, out);
    if (here !== 0) return here > 0;
  }
  return false;
}

/**
 * `child`'s test at one '<' (`lt`), whose name ends at `j`: 1 when the element is there (into `out`), 0 when
 * not, -1 when no '>' is left for it nor for any tag after it.
 */
export function childAt(
  xml: string,
  lt: number,
  j: number,
  to: number,
  name: string,
  empty: boolean,
  out: Child,
): number {
  const after = xml.charCodeAt(j);
  if (!(after === 62 || isSpace(after) || (empty && after === 47))) return 0;
  const gt = xml.indexOf('>', j);
  if (gt < 0 || gt >= to) return -1;
  out.start = lt;
  out.attrsStart = j;
  if (empty && gt > j && xml.charCodeAt(gt - 1) === 47) {
    out.attrsEnd = gt - 1;
    out.textStart = out.textEnd = -1;
    out.end = gt + 1;
    return 1;
  }
  const close = closeTag(xml, gt + 1, to, name);
  if (close < 0) return 0;
  out.attrsEnd = gt;
  out.textStart = gt + 1;
  out.textEnd = close;
  out.end = xml.indexOf('>', close) + 1;
  return 1;
}

/**
 * A cell's formula and its value in its content [from, to), in one pass over its tags: what
 * `child(xml, from, to, 'f', true, f)` and `child(xml, from, to, 'v', false, v)` find. Returns which it
 * found: 1 the formula, 2 the value, 3 both.
 */
export function formulaAndValue(xml: string, from: number, to: number, f: Child, v: Child): number {
  let found = 0;
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    const i = localName(xml, lt + 1, to);
    // A one-letter name, f or v, not found before.
    if (i + 1 >= to || isNameChar(xml.charCodeAt(i + 1))) continue;
    const ch = xml.charCodeAt(i);
    const which = ch === 102 ? 1 : ch === 118 ? 2 : 0;
    if (which === 0 || (found & which) !== 0) continue;
    const here =
      which === 1 ? childAt(xml, lt, i + 1, to, 'f', true, f) : childAt(xml, lt, i + 1, to, 'v', false, v);
    if (here < 0) break;
    if (here > 0) found |= which;
    if (found === 3) break;
  }
  return found;
}

/** The whole number [from, to) spells in 1 to 15 plain digits (`parseInt` reads it so), else -1. */
export function digits(xml: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
