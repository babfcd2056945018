import { unescapeXml } from './ooxml';
import { Child, child, childAt, closeTag, isNameChar, localName } from './readScan';

/** ST_Xstring's escapes of characters XML cannot carry (`_x000D_`, `_x005F_` for an underscore). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** `[A-Za-z0-9_]`: what `\b` takes for a word's character. */
const isWordChar = (ch: number): boolean => ch !== 45 && ch !== 46 && isNameChar(ch);

/** `rPh\b` at `i`. */
function isRPh(xml: string, i: number, to: number): boolean {
  return i + 3 <= to && xml.startsWith('rPh', i) && (i + 3 === to || !isWordChar(xml.charCodeAt(i + 3)));
}

/**
 * Just past the phonetic run (`<rPh>`, any prefix) whose tag begins at `lt`, within `to`, as
 * `<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>` finds it there; -1 when none begins there.
 */
function phoneticEnd(xml: string, lt: number, to: number): number {
  const p = localName(xml, lt + 1, to);
  const i = isRPh(xml, p, to) ? p : isRPh(xml, lt + 1, to) ? lt + 1 : -1;
  if (i < 0) return -1;
  const close = closeTag(xml, i + 3, to, 'rPh');
  return close < 0 ? -1 : xml.indexOf('>', close) + 1;
}

const run = new Child();

/**
 * The text a string item shows (`<si>` or a cell's `<is>`, the range [from, to) of `xml`): its `<t>`, or its
 * rich runs' `<t>`s joined; the phonetic runs (`<rPh>`) are a reading aid, not shown.
 */
export function itemText(xml: string, from = 0, to = xml.length): string {
  let text = '';
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    const aside = phoneticEnd(xml, lt, to);
    if (aside >= 0) {
      lt = aside - 1;
      continue;
    }
    const i = localName(xml, lt + 1, to);
    if (i + 1 >= to || xml.charCodeAt(i) !== 116 || isNameChar(xml.charCodeAt(i + 1))) continue;
    const here = childAt(xml, lt, i + 1, to, 't', true, run);
    // No '>' is left for this <t>, nor for any after it.
    if (here < 0) break;
    if (here === 0) continue;
    if (run.textEnd > run.textStart) text += xml.slice(run.textStart, run.textEnd);
    lt = run.end - 1;
  }
  return shownText(text);
}

/** An item's text as it shows: entities, line breaks and ST_Xstring's escapes read. */
export function shownText(raw: string): string {
  let text = raw.includes('&') ? unescapeXml(raw) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('_x')
    ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The shared strings part's items, in order. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const item = new Child();
  for (let pos = 0; child(xml, pos, xml.length, 'si', true, item); pos = item.end)
    out.push(item.textEnd > item.textStart ? itemText(xml, item.textStart, item.textEnd) : '');
  return out;
}
