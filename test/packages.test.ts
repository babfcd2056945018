import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../src/cli/main';
import { generateWorkbook } from '../src/core/generate';
import { columnLetters } from '../src/core/sheet/address';
import { SheetReader } from '../src/core/sheet/snapshot';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FIXTURE, SAMPLE_AFTER_RUN, SHEET, tempDir } from './helpers/fixture';
import { libreofficeConvertAll } from './helpers/libreoffice';
import { ooxmlErrors } from './helpers/ooxml';

/**
 * `generate` patches the office's package: every part it does not edit comes out byte for byte, and inside the
 * sheet it edits every cell it does not write stays as it was. The fixtures are committed; they are made by
 * `test/packages/make_fixtures.py` (openpyxl, LibreOffice and parts added by hand).
 */
const PACKAGES = path.join(__dirname, 'packages');
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

async function generate(input: string, dir: string): Promise<string> {
  const file = path.join(dir, path.basename(input));
  await fs.copyFile(input, file);
  expect(await run(['generate', file], quiet)).toBe(0);
  return file.replace(/\.(xls[xm])$/, '-capaian.$1');
}

async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async('nodebuffer'));
  }
  return parts;
}

/** Each cell's XML by its address. */
function cellsOf(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/c>)/g))
    cells.set(m[1]!, m[0]);
  return cells;
}

/** The parts `generate` edits in an office's package; every other part of it must come out as it was. */
const EDITED = new Set([
  'xl/worksheets/sheet1.xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  '[Content_Types].xml',
]);

describe('the part-by-part fixture through generate', () => {
  const input = path.join(PACKAGES, 'parts.xlsm');
  let dir: string;
  let out: string;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    dir = await tempDir();
    out = await generate(input, dir);
    [before, after] = [await partsOf(input), await partsOf(out)];
  });

  test('.xlsm in, .xlsm out: every part of the office comes out, those we do not edit byte for byte', () => {
    expect(out).toMatch(/parts-capaian\.xlsm$/);
    // One of each: the fixture really holds them.
    for (const part of [
      'xl/vbaProject.bin',
      'xl/externalLinks/externalLink1.xml',
      'xl/comments/comment1.xml',
      'xl/media/image1.png',
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'customXml/item1.xml',
      'docProps/custom.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/slicers/slicer1.xml',
      'xl/slicerCaches/slicerCache1.xml',
      'xl/drawings/drawingSlicer1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
    ])
      expect(before.has(part)).toBe(true);
    expect(before.get('xl/drawings/drawing1.xml')!.toString()).toContain('Catatan Kepala Dinas');
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!EDITED.has(name)) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
    }
  });

  test('in the edited sheet, every cell we do not write and everything around the cells is as it was', async () => {
    const loaded = await loadWorkbook(input);
    const written = new Set(
      generateWorkbook(loaded.snapshots)
        .plan.sheets.filter((s) => s.sheet === SHEET)
        .flatMap((s) => s.cells.map((c) => `${columnLetters(c.col)}${c.row + 1}`)),
    );
    expect(written.size).toBeGreaterThan(100);
    const a = before.get('xl/worksheets/sheet1.xml')!.toString();
    const b = after.get('xl/worksheets/sheet1.xml')!.toString();
    const [ca, cb] = [cellsOf(a), cellsOf(b)];
    let kept = 0;
    for (const [ref, xml] of ca) {
      if (written.has(ref)) continue;
      expect([ref, cb.get(ref)]).toEqual([ref, xml]);
      kept++;
    }
    expect(kept).toBeGreaterThan(300);
    // Rows keep their attributes (height, hidden, outline level); only `spans`, a hint, may go.
    const rows = (x: string): string[] =>
      [...x.matchAll(/<row [^>]*>/g)].map((m) => m[0].replace(/ spans="[^"]*"/, ''));
    expect(rows(b)).toEqual(expect.arrayContaining(rows(a)));
    expect(rows(a).some((r) => r.includes('hidden="1"'))).toBe(true);
    expect(rows(a).some((r) => r.includes('outlineLevel="1"'))).toBe(true);
    // Before the cells (sheet properties, tab colour, frozen panes, column widths, hidden columns) and after
    // them (merges, the office's conditional format, data validation, print setup, header, drawing, comments'
    // anchor, extLst): as they were, with only our highlight rule added and the used range widened.
    const head = (x: string): string =>
      x.slice(0, x.indexOf('<sheetData')).replace(/<dimension [^>]*\/>/, '');
    const tail = (x: string): string => x.slice(x.indexOf('</sheetData>'));
    expect(head(b)).toBe(head(a));
    expect(head(a)).toMatch(/tabColor.*<pane [^>]*state="frozen".*<col [^>]*hidden="1"/s);
    const ours =
      /<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>AND\(ISNUMBER[^<]*<\/formula><\/cfRule><\/conditionalFormatting>/;
    expect(b).toMatch(ours);
    expect(tail(b).replace(ours, '')).toBe(tail(a));
    expect(tail(a)).toMatch(
      /<mergeCell .*<conditionalFormatting.*<dataValidations.*<pageSetup.*<headerFooter.*<drawing .*<legacyDrawing /s,
    );
    // Our edits are there: the office's typed capaian became live formulas.
    expect(cb.get('K18')).toContain('<f>IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18&lt;&gt;0),I18/G18,"")</f>');
  });

  test("the office's styles, defined names, external references, relationships and content types stay", () => {
    const text = (m: Map<string, Buffer>, part: string): string => m.get(part)!.toString();
    const xfs = (x: string): string[] =>
      x.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)![1]!.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    const [xa, xb] = [xfs(text(before, 'xl/styles.xml')), xfs(text(after, 'xl/styles.xml'))];
    expect(xb.slice(0, xa.length)).toEqual(xa);
    expect(xb.length).toBeGreaterThan(xa.length);
    const wbA = text(before, 'xl/workbook.xml');
    const wbB = text(after, 'xl/workbook.xml');
    const names = wbA.match(/<definedName [^>]*>[^<]*<\/definedName>/g)!;
    expect(names.join()).toMatch(/_xlnm.Print_Area.*_xlnm.Print_Titles|_xlnm.Print_Titles.*_xlnm.Print_Area/);
    expect(names.join()).toContain('hidden="1"');
    for (const n of names) expect(wbB).toContain(n);
    expect(wbB).toContain(wbA.match(/<externalReferences>.*<\/externalReferences>/)![0]);
    expect(wbB).toContain(wbA.match(/<workbookProtection[^>]*\/>/)![0]);
    // The pivot caches and the slicer caches the workbook names, as they were.
    expect(wbB).toContain(wbA.match(/<pivotCaches>.*<\/pivotCaches>/)![0]);
    expect(wbB).toContain(wbA.match(/<extLst>.*<\/extLst>/)![0]);
    for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      for (const tag of text(before, part).match(/<(Relationship|Override|Default) [^>]*\/>/g)!)
        expect([part, text(after, part).includes(tag)]).toEqual([part, true]);
    }
    expect(text(after, '[Content_Types].xml')).toContain('macroEnabled.main+xml');
  });

  test('Excel would open it without a repair (the schemas and its load rules: 0 errors)', async () => {
    expect(await ooxmlErrors(input)).toEqual([]);
    expect(await ooxmlErrors(out)).toEqual([]);
  });

  test("LibreOffice computes the office's values as before (the external link's too) and ours", async () => {
    const [a, b] = await libreofficeConvertAll([input, out], 'xlsx');
    const [wa, wb] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await wa.xlsx.readFile(a!);
    await wb.xlsx.readFile(b!);
    const value = (c: ExcelJS.Cell): unknown =>
      c.value && typeof c.value === 'object' && 'result' in c.value ? c.value.result : c.value;
    const rk = 'Rencana Kinerja 2022';
    let compared = 0;
    wa.getWorksheet(rk)!.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        expect([cell.address, value(wb.getWorksheet(rk)!.getCell(r, c))]).toEqual([
          cell.address,
          value(cell),
        ]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(40);
    // =[1]Rekap!$B$2*2 from the link's cached 125, and the office's SUM.
    expect(value(wb.getWorksheet(rk)!.getCell('H20'))).toBe(250);
    expect(value(wb.getWorksheet(rk)!.getCell('H21'))).toBe(42);
    const k18 = wb.getWorksheet(SHEET)!.getCell('K18');
    expect(k18.formula).toBe(SAMPLE_AFTER_RUN.k18.slice(1));
    expect(value(k18)).toBeCloseTo(
      Number(value(wb.getWorksheet(SHEET)!.getCell('I18'))) /
        Number(value(wb.getWorksheet(SHEET)!.getCell('G18'))),
      9,
    );
  });

  test('a second generate on the patched file keeps every part again, and its own output validates', async () => {
    const again = await generate(out, await tempDir());
    const third = await partsOf(again);
    for (const [name, bytes] of before) {
      if (!EDITED.has(name)) expect([name, third.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect([...third.keys()].filter((p) => p.includes('capaianChart')).sort()).toEqual(
      [...after.keys()].filter((p) => p.includes('capaianChart')).sort(),
    );
    expect(await ooxmlErrors(again)).toEqual([]);
  });
});

/** The sample as each writer spells it: the same table, the same numbers after generate. */
const WRITERS = [
  ['the sample (openpyxl, inline strings)', FIXTURE],
  ['LibreOffice Calc', path.join(PACKAGES, 'writer-libreoffice.xlsx')],
  ['openpyxl with a comment (absolute targets)', path.join(PACKAGES, 'writer-openpyxl.xlsx')],
  ['shared formulas', path.join(PACKAGES, 'writer-shared-formulas.xlsx')],
  ['no <dimension>', path.join(PACKAGES, 'writer-no-dimension.xlsx')],
  ['x:-prefixed SpreadsheetML', path.join(PACKAGES, 'writer-x-prefix.xlsx')],
  [
    "Excel's add-in template (Open XML SDK: byte-order mark, x: prefix, no styles part)",
    path.join(PACKAGES, 'writer-excel-template.xlsx'),
  ],
  ['150,000 empty rows with a format', path.join(PACKAGES, 'writer-empty-rows.xlsx')],
  // By hand from each writer's traits (make_writer_traits.py, each trait with its source).
  ['PhpSpreadsheet (its Writer/Xlsx source)', path.join(PACKAGES, 'writer-phpspreadsheet.xlsx')],
  ["Google Sheets' export (a real export's package)", path.join(PACKAGES, 'writer-google-sheets.xlsx')],
  ['WPS Spreadsheets (traits from issues)', path.join(PACKAGES, 'writer-wps.xlsx')],
] as const;

/**
 * Errors of the office's own that generate carries as they are (never rewriting a part it does not edit):
 * WPS's autoFilter holds an attribute and an extLst child of WPS's namespace, outside the schema.
 */
const OWN_ERRORS: Readonly<Record<string, number>> = { 'writer-wps.xlsx': 2 };

describe('any file Excel opens, opens here', () => {
  let outs: string[];
  let computed: ExcelJS.Workbook[];

  beforeAll(async () => {
    const dir = await tempDir();
    outs = [];
    for (const [, file] of WRITERS) outs.push(await generate(file, dir));
    computed = [];
    for (const f of await libreofficeConvertAll(outs, 'xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      computed.push(wb);
    }
  });

  test.each(WRITERS.map(([writer], i) => [writer, i] as const))(
    "%s: no repair, 0 errors (but the office's own, as they were)",
    async (_, i) => {
      const input = WRITERS[i]![1];
      const own = await ooxmlErrors(input);
      expect(own).toHaveLength(OWN_ERRORS[path.basename(input)] ?? 0);
      expect(await ooxmlErrors(outs[i]!)).toEqual(own);
    },
  );

  const result = (wb: ExcelJS.Workbook, address: string): unknown => {
    const v = wb.getWorksheet(SHEET)!.getCell(address).value;
    return v && typeof v === 'object' && 'result' in v ? v.result : v;
  };
  /** The office's own shared formulas that generate does not replace (see make_fixtures.py). */
  const OFFICE_SHARED = ['J7', 'J8', 'J11'];

  test('every writer gives the same capaian and penyerapan, computed by LibreOffice', () => {
    const figures = (wb: ExcelJS.Workbook): [string, unknown][] => {
      const out: [string, unknown][] = [];
      for (let r = 7; r <= 58; r++)
        for (const c of ['J', 'K'])
          if (!OFFICE_SHARED.includes(`${c}${r}`)) out.push([`${c}${r}`, result(wb, `${c}${r}`)]);
      return out;
    };
    const sample = figures(computed[0]!);
    expect(sample.filter(([, v]) => typeof v === 'number').length).toBeGreaterThan(60);
    for (const [i, wb] of computed.entries())
      expect([WRITERS[i]![0], figures(wb)]).toEqual([WRITERS[i]![0], sample]);
  });

  test("shared formulas: the office's keep computing, also one whose lead cell generate replaced", async () => {
    const wb = computed[3]!;
    for (const at of OFFICE_SHARED) {
      const r = at.slice(1);
      const [g, i] = [Number(result(wb, `G${r}`)), Number(result(wb, `I${r}`))];
      expect(Number(result(wb, at))).toBeCloseTo(g === 0 ? 0 : i / g, 12);
    }
    // J10 led the group J10:J11 and is ours now: J11 carries its own formula, as the reader computed it.
    const sheet = (await partsOf(outs[3]!)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(cellsOf(sheet).get('J11')).toMatch(/<f>IF\(G11=0,0,I11\/G11\)<\/f>/);
    expect(cellsOf(sheet).get('J10')).not.toContain('t="shared"');
  });

  test("PhpSpreadsheet's formula written without its value (a cached 0) is computed after generate", async () => {
    const i = WRITERS.findIndex(([, f]) => f.endsWith('writer-phpspreadsheet.xlsx'));
    const sample = computed[0]!.getWorksheet(SHEET)!;
    let indicators = 0;
    // A merged area's other cells give ExcelJS its first cell's value; COUNTA counts that cell once.
    for (let r = 7; r <= 58; r++) {
      const cell = sample.getCell(`E${r}`);
      if (cell.value !== null && cell.master.address === cell.address) indicators++;
    }
    expect(indicators).toBeGreaterThan(20);
    const rekap = computed[i]!.getWorksheet('Rekap')!.getCell('B1').value;
    expect(rekap).toMatchObject({ formula: "COUNTA('Realisasi 2022'!E7:E58)", result: indicators });
    // The office's workbook part keeps PhpSpreadsheet's spelling where generate does not edit it.
    const workbook = (await partsOf(outs[i]!)).get('xl/workbook.xml')!.toString();
    expect(workbook).toMatch(/<workbook xml:space="preserve"/);
    expect(workbook).toContain('<fileVersion appName="xl" lastEdited="4" lowestEdited="4" rupBuild="4505"/>');
  });

  test("Google Sheets' export: the zip's data descriptors and [Content_Types].xml last are read, the sheets' empty drawings kept", async () => {
    const i = WRITERS.findIndex(([, f]) => f.endsWith('writer-google-sheets.xlsx'));
    const raw = await fs.readFile(WRITERS[i]![1]);
    // The first local header's flags: sizes in a data descriptor after the data (bit 3), UTF-8 names (bit 11).
    expect(raw.readUInt16LE(6)).toBe(0x0808);
    const before = await partsOf(WRITERS[i]![1]);
    expect([...before.keys()].at(-1)).toBe('[Content_Types].xml');
    const after = await partsOf(outs[i]!);
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml', 'xl/worksheets/sheet2.xml'])
      expect([part, after.get(part)]).toEqual([part, before.get(part)]);
    // Numbers of 10^7 and more spelled as Java prints them (5.36731778E8) are the sample's numbers.
    expect(before.get('xl/worksheets/sheet1.xml')!.toString()).toContain(
      '<c r="G7" s="2"><v>5.36731778E8</v>',
    );
    const sheet = new SheetReader((await loadWorkbook(WRITERS[i]![1])).snapshots[0]!);
    expect(sheet.value(6, 6)).toBe(536731778);
  });

  test('a real Google Sheets export (no capaian table in it): 0 errors, and generate says there is no table', async () => {
    const file = path.join(PACKAGES, 'google-sheets-export.xlsx');
    expect(await ooxmlErrors(file)).toEqual([]);
    let err = '';
    const dir = await tempDir();
    const out = path.join(dir, 'out.xlsx');
    const code = await run(['generate', file, '--out', out], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
    });
    expect([code, err]).toEqual([2, expect.stringContaining('Tidak ditemukan tabel kinerja/anggaran')]);
  });

  test('a strict-conformance file says to save it as "Excel Workbook"', async () => {
    let err = '';
    const file = path.join(PACKAGES, 'writer-strict.xlsx');
    expect(await run(['check', file], { stdout: () => undefined, stderr: (t) => (err += t) })).toBe(2);
    expect(err).toContain('simpan ulang sebagai "Excel Workbook (*.xlsx)"');
  });
});

/**
 * Real offices' files (the shared set, in test/real as on main; see its README for each), those in which the
 * reader finds a table: every part generate does not edit comes out byte for byte, and the output passes the
 * schemas and Excel's load rules.
 */
const REAL = path.join(__dirname, 'real');
const REAL_FILES = [
  'h1-polman-2022.xlsx',
  'h1-pringsewu-2025.xlsx',
  'h1-sumut-2021.xlsx',
  'h2-aceh-apbd-2011.xlsx',
  'h2-manggaraitimur-2019.xlsx',
  'h2-sutojayan-pkp-2019.xlsx',
  'h3-deliserdang-renja-2025.xlsx',
  'h3-karantina-yogya-2020.xlsx',
  'h4-disporasu-lra-2022.xlsx',
];

describe("real offices' files through generate", () => {
  test('nine files, each patched: untouched parts byte for byte, 0 errors', async () => {
    const dir = await tempDir();
    for (const name of REAL_FILES) {
      const input = path.join(REAL, name);
      const edited = generateWorkbook((await loadWorkbook(input)).snapshots).plan.sheets.filter(
        (s) => !s.create,
      );
      const out = await generate(input, dir);
      const [a, b] = [await partsOf(input), await partsOf(out)];
      const changed = [...a.keys()].filter((p) => !b.get(p)?.equals(a.get(p)!));
      const sheets = changed.filter((p) => p.startsWith('xl/worksheets/sheet'));
      expect([name, changed.filter((p) => !EDITED.has(p) && !sheets.includes(p))]).toEqual([name, []]);
      expect(sheets.length).toBeLessThanOrEqual(edited.length);
      expect([name, await ooxmlErrors(out)]).toEqual([name, []]);
    }
  });
});
