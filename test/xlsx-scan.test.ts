import { attr } from '../src/xlsx/ooxml';
import { nextElement } from '../src/xlsx/scan';

/**
 * The patcher finds an office's rows, cells and attributes by index, not by regular expression (it walks
 * every row of a 10,000-row sheet). It must find what the regular expressions it replaced find, however a
 * writer spelled the XML: prefixes, spaces and line breaks, empty elements, single quotes, attributes whose
 * names begin alike. The expressions are the specification here; the inputs are made at random from the
 * spellings writers use, with a fixed seed.
 */
let seed = 20261207;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

function elementsByRegex(xml: string, p: string, name: string): string[] {
  const re = new RegExp(`<${p}${name}(?=[\\s/>])(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${p}${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

function elementsByIndex(xml: string, p: string, name: string): string[] {
  const found: string[] = [];
  const open = `<${p}${name}`;
  const close = `</${p}${name}>`;
  for (let e = nextElement(xml, open, close, 0); e; e = nextElement(xml, open, close, e.end))
    found.push(`${e.start}:${xml.slice(e.start, e.end)}`);
  return found;
}

function attrByRegex(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
}

describe('rows, cells and attributes found by index', () => {
  it('finds the elements the regular expression finds', () => {
    for (let n = 0; n < 2000; n++) {
      const p = pick(['', 'x:']);
      let xml = '';
      for (let i = Math.floor(random() * 12); i > 0; i--) {
        xml += pick([
          `<${p}row r="1">`,
          `<${p}row/>`,
          `<${p}row r="2" spans="1:3"/>`,
          `</${p}row>`,
          `<${p}rowBreaks>`,
          `<${p}c r="A1"/>`,
          `<${p}c\nr="B1" s="2">`,
          `<${p}c>`,
          `</${p}c>`,
          `<${p}col/>`,
          `<${p}v>1</${p}v>`,
          '\n  ',
          ' ',
          '<',
          '>',
          '/>',
        ]);
      }
      for (const name of ['row', 'c'])
        expect(elementsByIndex(xml, p, name)).toEqual(elementsByRegex(xml, p, name));
    }
  });

  it('reads the attribute the regular expression reads', () => {
    for (let n = 0; n < 5000; n++) {
      let tag = `<${pick(['c', 'row', 'x:c'])}`;
      for (let i = Math.floor(random() * 5); i > 0; i--) {
        tag +=
          pick([' ', '\n', '\t', '', '  ']) +
          pick(['r', 's', 't', 'ref', 'xr', 'r:id', 'spans', 'rr']) +
          pick(['', ' ']) +
          pick(['=', '', '= ']) +
          pick(['"A1"', "'B2'", '"a&amp;b"', '"x', "'", '" r=\'z\'"']);
      }
      tag += pick(['>', '/>']);
      for (const name of ['r', 's', 't', 'ref', 'r:id', 'spans'])
        expect(attr(tag, name)).toBe(attrByRegex(tag, name));
    }
  });
});
