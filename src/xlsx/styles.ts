import { CellEdit, CellStyle, ConditionalRule } from '../core/plan/types';
import { attr, escapeAttr, withAttr, XML_HEAD, NS_MAIN } from './ooxml';
import { EditKeys } from './editKeys';

/** Excel's built-in number formats we write, by code (ECMA-376 18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** A styles part with nothing but Excel's defaults, for a package that has none. */
export const EMPTY_STYLES = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** One list of the styles part (fonts, fills, …): its items as written, and what we add after them. */
class Section {
  readonly items: string[];
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly item: string,
    readonly p: string,
    xml: string,
    within?: { start: number; end: number },
  ) {
    const body = within ? xml.slice(within.start, within.end) : '';
    const re = new RegExp(`<${p}${item}(?=[\\s/>])(?:[^>]*/>|[\\s\\S]*?</${p}${item}>)`, 'g');
    this.items = body.match(re) ?? [];
    this.items.forEach((x, i) => this.index.set(x, i));
  }

  /** The index of this item, added when no item like it is there. */
  indexOf(xml: string): number {
    const known = this.index.get(xml);
    if (known !== undefined) return known;
    const i = this.items.length + this.added.length;
    this.added.push(xml);
    this.index.set(xml, i);
    return i;
  }

  at(i: number): string | undefined {
    return i < this.items.length ? this.items[i] : this.added[i - this.items.length];
  }

  /** The section with what was added: `<fonts count="n">…</fonts>`. */
  render(): string {
    const p = this.p;
    return `<${p}${this.name} count="${this.items.length + this.added.length}">${this.items.join('')}${this.added.join('')}</${p}${this.name}>`;
  }
}

/** Where a section is in the part: its whole element. */
function sectionAt(
  xml: string,
  p: string,
  name: string,
): { start: number; end: number; inner: { start: number; end: number } } | null {
  const open = new RegExp(`<${p}${name}(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open) return null;
  if (open[0].endsWith('/>')) {
    const at = open.index + open[0].length;
    return { start: open.index, end: at, inner: { start: at, end: at } };
  }
  const close = xml.indexOf(`</${p}${name}>`, open.index);
  if (close < 0) return null;
  return {
    start: open.index,
    end: close + `</${p}${name}>`.length,
    inner: { start: open.index + open[0].length, end: close },
  };
}

/** The order of the stylesheet's children (CT_Stylesheet), to put a section that was missing in its place. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/**
 * The office's styles part, with the cell formats our cells need appended: every format the office has keeps
 * its index, so every cell we do not write looks as it did. A cell we write keeps its own look (font, fill,
 * borders) with only what the plan changes.
 */
export class StyleBook {
  private readonly p: string;
  private readonly numFmts: Section;
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly xfs: Section;
  private readonly dxfs: Section;
  private readonly codes = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly cache = new Map<number, Map<string, number>>();
  private readonly keys = new EditKeys();

  constructor(private readonly xml: string) {
    this.p = /<([\w.-]+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? '';
    const section = (name: string, item: string): Section =>
      new Section(name, item, this.p, xml, sectionAt(xml, this.p, name)?.inner);
    this.numFmts = section('numFmts', 'numFmt');
    this.fonts = section('fonts', 'font');
    this.fills = section('fills', 'fill');
    this.borders = section('borders', 'border');
    this.xfs = section('cellXfs', 'xf');
    this.dxfs = section('dxfs', 'dxf');
    for (const f of this.numFmts.items) {
      const id = Number(attr(f, 'numFmtId'));
      this.codes.set(attr(f, 'formatCode') ?? '', id);
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
  }

  get changed(): boolean {
    return [this.numFmts, this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some(
      (s) => s.added.length,
    );
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.codes.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.codes.set(code, id);
    this.numFmts.indexOf(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** The base font with the plan's changes (CT_Font's children come in any order). */
  private font(base: string, s: CellStyle): string {
    const p = this.p;
    let inner = /^<[^>]*\/>$/.test(base) ? '' : base.replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '');
    const drop = (name: string): void => {
      inner = inner.replace(
        new RegExp(`<${p}${name}(?=[\\s/>])(?:[^>]*/>|[\\s\\S]*?</${p}${name}>)`, 'g'),
        '',
      );
    };
    const extra: string[] = [];
    if (s.bold !== undefined) {
      drop('b');
      if (s.bold) extra.push(`<${p}b/>`);
    }
    if (s.italic !== undefined) {
      drop('i');
      if (s.italic) extra.push(`<${p}i/>`);
    }
    if (s.fontSize) {
      drop('sz');
      extra.push(`<${p}sz val="${s.fontSize}"/>`);
    }
    if (s.fontColor) {
      drop('color');
      extra.push(`<${p}color rgb="${argb(s.fontColor)}"/>`);
    }
    return `<${p}font>${extra.join('')}${inner}</${p}font>`;
  }

  /** The cell format of a cell whose format was `base`, with the edit's number format and look. */
  xfFor(base: number, edit: CellEdit): number {
    if (!edit.numberFormat && !edit.style) return base;
    let byKey = this.cache.get(base);
    if (!byKey) this.cache.set(base, (byKey = new Map<string, number>()));
    const key = this.keys.keyOf(edit);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const made = this.xfs.indexOf(this.xfXml(this.xfs.at(base) ?? this.xfs.at(0) ?? `<${this.p}xf/>`, edit));
    byKey.set(key, made);
    return made;
  }

  private xfXml(baseXf: string, edit: CellEdit): string {
    const p = this.p;
    let tag = /^<[^>]*>/.exec(baseXf)![0].replace(/\/>$/, '>');
    const inner = baseXf.endsWith('/>') ? '' : baseXf.slice(tag.length).replace(new RegExp(`</${p}xf>$`), '');
    const set = (name: string, value: string): void => {
      tag = withAttr(tag, name, value);
    };
    if (!attr(tag, 'xfId')) set('xfId', '0');
    for (const id of ['numFmtId', 'fontId', 'fillId', 'borderId']) if (!attr(tag, id)) set(id, '0');
    if (edit.numberFormat) {
      set('numFmtId', String(this.numFmtId(edit.numberFormat)));
      set('applyNumberFormat', '1');
    }
    const s = edit.style;
    let alignment = new RegExp(`<${p}alignment\\b[^>]*>`).exec(inner)?.[0] ?? null;
    const rest = inner.replace(
      new RegExp(`<${p}alignment\\b[^>]*/>|<${p}alignment\\b[^>]*>[\\s\\S]*?</${p}alignment>`),
      '',
    );
    if (s) {
      if (s.bold !== undefined || s.italic !== undefined || s.fontSize || s.fontColor) {
        const base = this.fonts.at(Number(attr(tag, 'fontId'))) ?? `<${p}font/>`;
        set('fontId', String(this.fonts.indexOf(this.font(base, s))));
        set('applyFont', '1');
      }
      if (s.fill) {
        const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
        set('fillId', String(this.fills.indexOf(fill)));
        set('applyFill', '1');
      }
      if (s.border) {
        const side = (n: string): string => `<${p}${n} style="thin"><${p}color rgb="FF000000"/></${p}${n}>`;
        const border = `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
        set('borderId', String(this.borders.indexOf(border)));
        set('applyBorder', '1');
      }
      if (s.wrap !== undefined || s.horizontal || s.vertical || s.indent) {
        let a = (alignment ?? `<${p}alignment/>`).replace(/\s*\/?>$/, '/>');
        if (s.wrap !== undefined) a = withAttr(a, 'wrapText', s.wrap ? '1' : '0');
        if (s.horizontal) a = withAttr(a, 'horizontal', s.horizontal);
        if (s.vertical) a = withAttr(a, 'vertical', s.vertical === 'middle' ? 'center' : s.vertical);
        if (s.indent) a = withAttr(a, 'indent', String(s.indent));
        alignment = a;
        set('applyAlignment', '1');
      }
    }
    const a = alignment ? alignment.replace(/\s*\/?>$/, '/>') : '';
    return `${tag}${a}${rest}</${p}xf>`;
  }

  /** The differential format of a highlight rule: its fill and font colour. */
  dxfFor(rule: Extract<ConditionalRule, { kind: 'expression' }>): number {
    const p = this.p;
    return this.dxfs.indexOf(
      `<${p}dxf><${p}font><${p}color rgb="${argb(rule.fontColor)}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(rule.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** The styles part with what was added; the part as it was when nothing was. */
  render(): string {
    let xml = this.xml;
    const sections = [this.numFmts, this.fonts, this.fills, this.borders, this.xfs, this.dxfs];
    for (const s of sections) {
      if (s.added.length === 0) continue;
      const at = sectionAt(xml, this.p, s.name);
      if (at) {
        xml = xml.slice(0, at.start) + s.render() + xml.slice(at.end);
        continue;
      }
      // A missing section goes before the first later one that is there.
      const later = ORDER.slice(ORDER.indexOf(s.name) + 1)
        .map((n) => sectionAt(xml, this.p, n)?.start)
        .find((x) => x !== undefined);
      const insert = later ?? xml.lastIndexOf(`</${this.p}styleSheet>`);
      xml = xml.slice(0, insert) + s.render() + xml.slice(insert);
    }
    return xml;
  }
}
