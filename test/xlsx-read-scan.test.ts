import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { SheetSnapshot } from '../src/core/sheet/snapshot';
import { numberFormats } from '../src/xlsx/numFmts';
import { itemText, sharedStrings } from '../src/xlsx/sharedStrings';
import { readSheet } from '../src/xlsx/sheetRead';
import { FIXTURE } from './helpers/fixture';
import { itemTextByRegex, readSheetByRegex, sharedStringsByRegex } from './helpers/regexRead';

/**
 * The reader scans a sheet's XML by index, not by regular expression (it meets every cell of a 10,000-row
 * sheet). It must read what the regular expressions it replaced read (test/helpers/regexRead.ts keeps them):
 * the same snapshot of every sheet of the sample, the real files and the writers' packages, and of sheets
 * made at random from the spellings writers use (prefixes, attribute order and quotes, spaces, entities,
 * inline and rich strings, shared formulas, empty and styled cells), with a fixed seed.
 */
const PACKAGES = path.join(__dirname, 'packages');
const REAL = path.join(__dirname, 'real');

async function workbooks(): Promise<string[]> {
  const inDir = async (dir: string): Promise<string[]> =>
    (await fs.readdir(dir)).filter((f) => /\.xls[xm]$/.test(f)).map((f) => path.join(dir, f));
  return [FIXTURE, ...(await inDir(REAL)), ...(await inDir(PACKAGES))];
}

test('every sheet of the sample, the real files and the packages reads as the regular expressions read it', async () => {
  let sheets = 0;
  for (const file of await workbooks()) {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const part = async (name: string): Promise<string | null> =>
      (await zip.file(name)?.async('string')) ?? null;
    const stringsXml = await part('xl/sharedStrings.xml');
    const strings = sharedStrings(stringsXml);
    expect([file, strings]).toEqual([file, sharedStringsByRegex(stringsXml)]);
    const context = { strings, formats: numberFormats(await part('xl/styles.xml')) };
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      const xml = (await part(name))!;
      expect([file, name, readSheet(name, xml, context)]).toEqual([
        file,
        name,
        readSheetByRegex(name, xml, context),
      ]);
      sheets++;
    }
  }
  expect(sheets).toBeGreaterThan(40);
});

let seed = 20261207;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const upTo = (n: number): number => Math.floor(random() * (n + 1));
const letters = (col: number): string =>
  (col >= 26 ? letters(Math.floor(col / 26) - 1) : '') + String.fromCharCode(65 + (col % 26));

/** An attribute as writers spell it: either quote, spaces around '=' or none. */
function attribute(name: string, value: string): string {
  const q = pick(['"', "'"]);
  return `${pick([' ', '  ', '\n', '\t'])}${name}${pick(['', ' '])}=${pick(['', ' '])}${q}${value}${q}`;
}

function tag(p: string, name: string, attrs: readonly (readonly [string, string])[], end: string): string {
  const shuffled = [...attrs].sort(() => random() - 0.5);
  return `<${p}${name}${shuffled.map(([n, v]) => attribute(n, v)).join('')}${pick(['', ' ', '\n'])}${end}`;
}

const TEXTS = [
  'Capaian',
  'a &amp; b',
  '&lt;c&gt; &quot;q&quot; &#65;&#x42;',
  'baris\r\nbaru',
  '_x000D_ dan _x005F_x',
  '',
  ' spasi ',
  '=1+1',
  'ĀŠ—',
];

/** A string item's content: one text, rich runs, phonetic runs, CDATA, an empty text. */
function item(p: string): string {
  const t = (s: string): string =>
    pick([
      `<${p}t>${s}</${p}t>`,
      `<${p}t xml:space="preserve">${s}</${p}t>`,
      `<${p}t/>`,
      `<${p}t><![CDATA[${s}]]></${p}t>`,
    ]);
  const parts: string[] = [];
  for (let n = upTo(3); n >= 0; n--)
    parts.push(
      pick([
        t(pick(TEXTS)),
        `<${p}r><${p}rPr><${p}b/></${p}rPr>${t(pick(TEXTS))}</${p}r>`,
        `<${p}r>${t(pick(TEXTS))}</${p}r>`,
        `<${p}rPh sb="0" eb="1">${t('ふりがな')}</${p}rPh>`,
        `<${p}phoneticPr fontId="1"/>`,
      ]),
    );
  return parts.join(pick(['', '\n']));
}

function cell(p: string, row: number, col: number, strings: number): string {
  const attrs: [string, string][] = [];
  if (random() < 0.85)
    attrs.push([
      'r',
      pick([
        `${letters(col)}${row}`,
        `${letters(col)}${row}`,
        `$${letters(col)}$${row}`,
        `${letters(col).toLowerCase()}${row}`,
      ]),
    ]);
  if (random() < 0.4) attrs.push(['s', pick(['0', '1', '2', '3', '07', 'x'])]);
  if (random() < 0.2) attrs.push([pick(['xr:uid', 'cm', 'vm', 'ph']), pick(['1', '{A}'])]);
  const v = (s: string): string => pick([`<${p}v>${s}</${p}v>`, `<${p}v xml:space="preserve">${s}</${p}v>`]);
  const kind = pick(['n', 'n', 's', 's', 'str', 'b', 'e', 'd', 'inlineStr', 'f', 'shared', 'empty', 'junk']);
  const typed = (t: string | null, inner: string): string =>
    tag(p, 'c', t === null ? attrs : [...attrs, ['t', t]], `>${inner}</${p}c>`);
  switch (kind) {
    case 'n':
      return typed(
        pick([null, 'n']),
        v(pick(['0', '42', '1000000', '-3', '0.9', '1.5E-3', '123456789012345678', '', ' 7'])),
      );
    case 's':
      return typed('s', v(pick([`${upTo(strings + 1)}`, '0', 'x', ''])));
    case 'str':
      return typed('str', v(pick(TEXTS)));
    case 'b':
      return typed('b', v(pick(['0', '1'])));
    case 'e':
      return typed('e', v(pick(['#DIV/0!', '#N/A'])));
    case 'd':
      return typed('d', v(pick(['2022-12-31T13:30:00Z', '2022-01-01', 'bukan tanggal'])));
    case 'inlineStr':
      return typed('inlineStr', pick([`<${p}is>${item(p)}</${p}is>`, `<${p}is/>`, '']));
    case 'f': {
      const formula = pick([
        `<${p}f>SUM(A1:B${row})&amp;&quot;x&quot;</${p}f>`,
        `<${p}f/>`,
        `<${p}f></${p}f>`,
        `<${p}f t="array" ref="A1:A2">A1*2</${p}f>`,
        `<${p}fx>1</${p}fx>`,
      ]);
      const value = pick(['', v('3'), v('TRUE'), v('#N/A'), v(''), `<${p}v/>`, `<${p}v/>${v('4')}`]);
      // Either order, and now and then a stray '<' or '>' between them.
      const between = pick(['', '', ' ', '<', '>']);
      return typed(
        pick([null, 'str', 'b', 'e']),
        random() < 0.8 ? formula + between + value : value + between + formula,
      );
    }
    case 'shared':
      return typed(
        null,
        pick([
          tag(
            p,
            'f',
            [
              ['t', 'shared'],
              ['ref', `${letters(col)}${row}:${letters(col)}${row + 3}`],
              ['si', `${col % 2}`],
            ],
            `>A${row}+$B$1*2</${p}f>`,
          ),
          tag(
            p,
            'f',
            [
              ['t', 'shared'],
              ['si', `${col % 2}`],
            ],
            '/>',
          ),
          tag(
            p,
            'f',
            [
              ['t', 'shared'],
              ['si', '9'],
            ],
            '/>',
          ),
        ]) + pick(['', v('5')]),
      );
    case 'empty':
      return pick([tag(p, 'c', attrs, '/>'), tag(p, 'c', attrs, `></${p}c>`)]);
    default:
      return pick([`<!-- <${p}c r="Z9"><${p}v>1</${p}v></${p}c> -->`, `<${p}extLst/>`, ' ', '\n']);
  }
}

/** A worksheet part as some writer might spell it. */
function sheet(strings: number): string {
  const p = pick(['', '', 'x:']);
  let xml = `<?xml version="1.0"?>\n<${p}worksheet xmlns${p ? ':x' : ''}="main">`;
  if (random() < 0.5) xml += `<${p}dimension ref="A1:F9"/>`;
  if (random() < 0.5) {
    xml += `<${p}cols>`;
    for (let n = upTo(3); n > 0; n--) {
      const min = 1 + upTo(5);
      const attrs: [string, string][] = [
        ['min', `${min}`],
        ['width', '9'],
      ];
      if (random() < 0.7) attrs.push(['max', `${min + upTo(3)}`]);
      if (random() < 0.7) attrs.push(['style', pick(['1', '2', '0'])]);
      xml += tag(p, 'col', attrs, '/>');
    }
    xml += `</${p}cols>`;
  }
  // A cell outside any row: the reader refuses the sheet.
  if (random() < 0.05) xml += `<${p}c r="A1"><${p}v>1</${p}v></${p}c>`;
  xml += `<${p}sheetData>`;
  let row = 0;
  for (let n = upTo(8); n > 0; n--) {
    row += 1 + upTo(2);
    const attrs: [string, string][] = [];
    if (random() < 0.85) attrs.push(['r', random() < 0.02 ? pick(['0', 'x']) : `${row}`]);
    if (random() < 0.3) attrs.push(['s', pick(['1', '2', '3'])], ['customFormat', '1']);
    if (random() < 0.3) attrs.push(['spans', '1:6']);
    if (random() < 0.15) {
      xml += tag(p, 'row', attrs, '/>');
      continue;
    }
    let cells = '';
    let col = -1;
    for (let m = upTo(6); m > 0; m--) {
      col += 1 + upTo(1);
      cells += cell(p, row, col, strings) + pick(['', '', '\n  ']);
    }
    xml += `${tag(p, 'row', attrs, '>')}${cells}</${p}row>`;
  }
  xml += `</${p}sheetData>`;
  if (random() < 0.4) {
    const merges = [
      tag(p, 'mergeCell', [['ref', 'A1:B2']], '/>'),
      tag(p, 'mergeCell', [['ref', 'C3']], '/>'),
    ];
    xml += `<${p}mergeCells count="2">${merges.slice(0, 1 + upTo(1)).join('')}</${p}mergeCells>`;
  }
  return `${xml}</${p}worksheet>`;
}

test('sheets made at random from the spellings writers use read as the regular expressions read them', () => {
  // What the random sheets came to: the comparisons must not all be of empty or refused sheets.
  const seen = { refused: 0, cells: 0, formulas: 0, texts: 0 };
  for (let n = 0; n < 3000; n++) {
    const p = pick(['', 'x:']);
    const items = Array.from({ length: upTo(6) }, () => pick([`<${p}si>${item(p)}</${p}si>`, `<${p}si/>`]));
    const sst = `<${p}sst count="${items.length}">${items.join(pick(['', '\n']))}</${p}sst>`;
    const strings = sharedStrings(sst);
    expect([sst, strings]).toEqual([sst, sharedStringsByRegex(sst)]);
    const one = item(p);
    expect([one, itemText(`<${p}is>${one}</${p}is>`)]).toEqual([
      one,
      itemTextByRegex(`<${p}is>${one}</${p}is>`),
    ]);
    const xml = sheet(strings.length);
    const context = { strings, formats: [undefined, '0%', '#,##0', '0.0'] };
    let ours: unknown;
    let theirs: unknown;
    try {
      ours = readSheet('Acak', xml, context);
    } catch (e) {
      ours = e instanceof Error && 'throws';
    }
    try {
      theirs = readSheetByRegex('Acak', xml, context);
    } catch (e) {
      theirs = e instanceof Error && 'throws';
    }
    expect([xml, ours]).toEqual([xml, theirs]);
    if (ours === 'throws') seen.refused++;
    else {
      const read = ours as SheetSnapshot;
      seen.cells += read.values.flat().filter((x) => x !== null).length;
      seen.formulas += read.formulas.flat().filter((x) => x !== null).length;
      seen.texts += read.values.flat().filter((x) => typeof x === 'string' && x !== '').length;
    }
  }
  expect(seen.refused).toBeGreaterThan(10);
  expect(seen.formulas).toBeGreaterThan(500);
  expect(seen.texts).toBeGreaterThan(1000);
  expect(seen.cells).toBeGreaterThan(10 * seen.refused);
});
