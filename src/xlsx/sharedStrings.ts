import { unescapeXml } from './ooxml';

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
/** ST_Xstring's escapes of characters XML cannot carry (`_x000D_`, `_x005F_` for an underscore). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/**
 * The text a string item shows (`<si>` or a cell's `<is>`): its `<t>`, or its rich runs' `<t>`s joined; the
 * phonetic runs (`<rPh>`) are a reading aid, not shown.
 */
export function itemText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m; m = TEXT.exec(body)) text += m[1] ?? '';
  if (text.includes('&')) text = unescapeXml(text);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('_x')
    ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The shared strings part's items, in order. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? itemText(m[1]) : '');
  return out;
}
