/*
 * Small readers for the package's XML as any writer spells it: element names with or without a prefix
 * (`<x:row>`), relationship targets relative or absolute. Text in, text out: parts are patched, never rebuilt.
 */

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!,
  );
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `\s` as a JavaScript regex takes it. */
export function isSpace(ch: number): boolean {
  if (ch === 32 || (ch >= 9 && ch <= 13)) return true;
  if (ch < 160) return false;
  return (
    ch === 160 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/** An attribute of a start tag, unescaped, or null: the first place where `\sname\s*=\s*` and a quoted value stand. */
export function attr(tag: string, name: string): string | null {
  return attrIn(tag, 0, tag.length, name);
}

/**
 * Where the value of attribute `name` begins (after its quote) in the tag text [from, to), or -1: the place
 * `attr(xml.slice(from, to), name)` reads, found without the slice: by index, not by a regex, as it is read for
 * every row and every cell of a sheet.
 */
export function attrAt(xml: string, from: number, to: number, name: string): number {
  for (
    let at = xml.indexOf(name, from + 1);
    at >= 0 && at + name.length <= to;
    at = xml.indexOf(name, at + 1)
  ) {
    if (!isSpace(xml.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (i >= to || xml.charCodeAt(i) !== 61) continue;
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = i < to ? xml.charCodeAt(i) : 0;
    if (quote !== 34 && quote !== 39) continue;
    const end = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0 || end >= to) continue;
    return i + 1;
  }
  return -1;
}

/** Where the value that begins at `at` (see `attrAt`) ends: its closing quote. */
export function attrEnd(xml: string, at: number): number {
  return xml.indexOf(xml.charCodeAt(at - 1) === 34 ? '"' : "'", at);
}

/** `attr(xml.slice(from, to), name)`: the attribute's value, unescaped, or null. */
export function attrIn(xml: string, from: number, to: number, name: string): string | null {
  const at = attrAt(xml, from, to, name);
  return at < 0 ? null : valueAt(xml, at, attrEnd(xml, at));
}

/** An attribute's value [at, end) as `attr` gives it: unescaped. */
export function valueAt(xml: string, at: number, end: number): string {
  const value = xml.slice(at, end);
  return value.includes('&') ? unescapeXml(value) : value;
}

const attrRegexes = new Map<string, RegExp>();

/** The start tag with the attribute set (added when missing); `null` removes it. */
export function withAttr(tag: string, name: string, value: string | null): string {
  // Rows of a patched sheet lose their `spans`, which most do not have.
  if (value === null && !tag.includes(name)) return tag;
  let re = attrRegexes.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("[^"]*"|'[^']*')`);
    attrRegexes.set(name, re);
  }
  const bare = tag.replace(re, '');
  if (value === null) return bare;
  const close = bare.endsWith('/>') ? bare.length - 2 : bare.length - 1;
  return `${bare.slice(0, close)} ${name}="${escapeAttr(value)}"${bare.slice(close)}`;
}

/** The prefix (with its colon, or '') the root element is written with: `x:` in `<x:worksheet>`. */
export function rootPrefix(xml: string): string {
  const m = /<(?!\?|!)([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml);
  return m?.[1] ?? '';
}

/** The prefix bound to a namespace in the root element, or null when it is not declared there. */
export function prefixOf(xml: string, ns: string): string | null {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? '';
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${ns.replace(/[.]/g, '\\.')}["']`).exec(root);
  return m ? m[1]! : null;
}

/** The root element with a namespace declared when it is not (returns the prefix to use). */
export function declare(xml: string, ns: string, wanted: string): { xml: string; prefix: string } {
  const found = prefixOf(xml, ns);
  if (found) return { xml, prefix: found };
  const root = /<(?!\?|!)[^>]*>/.exec(xml)!;
  const tag = root[0];
  const at = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  const changed = `${tag.slice(0, at)} xmlns:${wanted}="${ns}"${tag.slice(at)}`;
  return { xml: xml.slice(0, root.index) + changed + xml.slice(root.index + tag.length), prefix: wanted };
}

/** Every start (or empty) tag of an element, with where it is. */
export function* tags(xml: string, name: string, from = 0): Generator<{ tag: string; at: number }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield { tag: m[0], at: m.index };
}

/** Where an element begins and ends (after its end tag), the first one from `from`; null when there is none. */
export function element(xml: string, name: string, from = 0): { start: number; end: number } | null {
  const first = tags(xml, name, from).next();
  if (first.done) return null;
  const { tag, at } = first.value;
  if (tag.endsWith('/>')) return { start: at, end: at + tag.length };
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
  close.lastIndex = at + tag.length;
  const m = close.exec(xml);
  if (!m) return null;
  return { start: at, end: m.index + m[0].length };
}

/** The first of these elements present (in the document's top level, as the sheet parts keep them). */
export function firstOf(xml: string, names: readonly string[], from: number): number | null {
  let best: number | null = null;
  for (const name of names) {
    const found = tags(xml, name, from).next();
    if (!found.done && (best === null || found.value.at < best)) best = found.value.at;
  }
  return best;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it names, as a package path without leading '/' (external targets as written). */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part that belongs to a part. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target as a package path: absolute (`/xl/comments/comment1.xml`, as openpyxl writes) or relative. */
export function resolveTarget(part: string, target: string): string {
  const base = target.startsWith('/') ? [] : part.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') base.pop();
    else base.push(piece);
  }
  return base.join('/');
}

export function relationships(xml: string | null, part: string): Relationship[] {
  if (!xml) return [];
  return [...tags(xml, 'Relationship')].map(({ tag }) => {
    const external = attr(tag, 'TargetMode') === 'External';
    const target = attr(tag, 'Target') ?? '';
    return {
      id: attr(tag, 'Id') ?? '',
      type: attr(tag, 'Type') ?? '',
      target: external ? target : resolveTarget(part, decodeURI(target)),
      external,
    };
  });
}

/** The type's last word: `worksheet`, `drawing`, `officeDocument`… (transitional and strict alike). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/** A target from one part to another, relative as Excel writes it. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let same = 0;
  while (same < a.length && same < b.length - 1 && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}
