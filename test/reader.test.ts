import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { a1, parseA1, refColumn } from '../src/core/sheet/address';
import { CellValue, SheetSnapshot } from '../src/core/sheet/snapshot';
import { openWorkbook } from '../src/xlsx/open';
import { FIXTURE, tempDir } from './helpers/fixture';
import { snapshotOf } from './helpers/exceljsSnapshot';

/**
 * The project's own reader of the package (src/xlsx/sheetRead.ts) gives the core the same sheets as
 * ExcelJS, an independent reader: the same values, formulas (a shared formula's dependents spelled out),
 * number formats and merged areas, over the same rows and columns.
 */
const PACKAGES = path.join(__dirname, 'packages');
const REAL = path.join(__dirname, 'real');

/** A value as compared: numbers to the millisecond of a day (ExcelJS reads a date's serial through a Date). */
function comparable(v: CellValue): CellValue {
  return typeof v === 'number' ? Math.round(v * 86400000) / 86400000 : v;
}

/**
 * A sheet as compared. ExcelJS drops a number format's escapes (`\-` reads `-`); Office.js and our reader
 * keep the code as the file has it.
 */
function comparableSheet(s: SheetSnapshot): object {
  return {
    ...s,
    values: s.values.map((r) => r.map(comparable)),
    numberFormats: s.numberFormats.map((r) => r.map((f) => f.replace(/\\(.)/g, '$1'))),
  };
}

/**
 * The package as ExcelJS can read it: it throws on some drawings (a shape beside a picture) and on comments
 * named as openpyxl names them. Neither holds a cell: the copy it reads goes without them.
 */
async function forExcelJS(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/drawings\/[^/]*\.xml$/.test(name)) zip.file(name, EMPTY_DRAWING);
    else if (/^xl\/worksheets\/_rels\/.*\.rels$/.test(name)) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/<Relationship [^>]*\/(comments|vmlDrawing)"[^>]*\/>/g, ''));
    } else if (/^xl\/worksheets\/[^/]*\.xml$/.test(name)) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/<legacyDrawing [^>]*\/>/, ''));
    }
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}
const EMPTY_DRAWING =
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';

async function exceljsSheets(bytes: Buffer): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await forExcelJS(bytes)) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(snapshotOf);
}

/** Our reader on `file`; ExcelJS on `reference` (the same workbook as a writer ExcelJS reads spells it). */
async function both(
  file: string,
  reference = file,
): Promise<{ ours: SheetSnapshot[]; theirs: SheetSnapshot[] }> {
  const ours = [...(await openWorkbook(await fs.readFile(file), path.basename(file))).snapshots];
  return { ours, theirs: await exceljsSheets(await fs.readFile(reference)) };
}

/** The writers' fixtures: inline strings (the sample), shared strings, shared formulas, parts of every kind. */
const WRITERS: readonly (readonly [string, string])[] = [
  ['the sample (openpyxl, inline strings)', FIXTURE],
  ...[
    'writer-libreoffice.xlsx',
    'writer-openpyxl.xlsx',
    'writer-shared-formulas.xlsx',
    'writer-no-dimension.xlsx',
    'writer-empty-rows.xlsx',
    'parts.xlsm',
    'writer-phpspreadsheet.xlsx',
    'writer-google-sheets.xlsx',
    'writer-wps.xlsx',
    'google-sheets-export.xlsx',
  ].map((f) => [f, path.join(PACKAGES, f)] as const),
];

test.each(WRITERS)('the same sheets as ExcelJS reads: %s', async (_, file) => {
  const { ours, theirs } = await both(file);
  expect(ours.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
  for (const [i, s] of ours.entries()) expect(comparableSheet(s)).toEqual(comparableSheet(theirs[i]!));
});

test.each(['writer-phpspreadsheet.xlsx', 'writer-google-sheets.xlsx', 'writer-wps.xlsx'])(
  "made by hand from a writer's traits, %s reads as the sample it was made from",
  async (file) => {
    const { ours, theirs } = await both(path.join(PACKAGES, file), FIXTURE);
    // PhpSpreadsheet's has a third sheet, for its formula written without a cached value.
    expect(ours.slice(0, 2).map(comparableSheet)).toEqual(theirs.map(comparableSheet));
  },
);

test('x:-prefixed SpreadsheetML reads as the sample it was made from', async () => {
  const { ours, theirs } = await both(path.join(PACKAGES, 'writer-x-prefix.xlsx'), FIXTURE);
  expect(ours.map(comparableSheet)).toEqual(theirs.map(comparableSheet));
});

test("Excel's add-in template (byte-order mark, x: prefix, no styles part) reads the sample's cells it holds", async () => {
  const { ours, theirs } = await both(path.join(PACKAGES, 'writer-excel-template.xlsx'), FIXTURE);
  const cells = (x: SheetSnapshot): object => ({ ...comparableSheet(x), numberFormats: [] });
  expect(ours.map(cells)).toEqual([cells(theirs[0]!)]);
  expect(ours[0]!.numberFormats.flat().every((f) => f === 'General')).toBe(true);
});

test('the same sheets as ExcelJS on the eleven real files', async () => {
  const files = (await fs.readdir(REAL)).filter((f) => f.endsWith('.xlsx'));
  expect(files.length).toBe(11);
  for (const f of files) {
    const { ours, theirs } = await both(path.join(REAL, f));
    expect([f, ours.map((s) => s.name)]).toEqual([f, theirs.map((s) => s.name)]);
    for (const [i, s] of ours.entries())
      expect([f, s.name, comparableSheet(s)]).toEqual([f, s.name, comparableSheet(theirs[i]!)]);
  }
});

test('rich text, dates, booleans, errors, formulas of each kind, merges, row and column formats', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Jenis');
  ws.getColumn(6).numFmt = '#,##0.00';
  ws.getCell('A1').value = {
    richText: [{ text: 'Capaian ', font: { bold: true } }, { text: 'Kinerja' }],
  };
  ws.getCell('A2').value = new Date(Date.UTC(2022, 11, 31, 13, 30));
  ws.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('A3').value = true;
  ws.getCell('A4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('B1').value = { formula: 'A3', result: false };
  ws.getCell('B2').value = { formula: 'A4', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('B3').value = { formula: '"a"&"b"', result: 'ab' };
  ws.getCell('B4').value = { formula: '1-1', result: 0 };
  ws.getCell('B5').value = { formula: 'NOW()' };
  ws.getCell('C1').value = 'teks & <tanda> "kutip"';
  ws.getCell('C2').value = '=bukan rumus';
  ws.getCell('C2').numFmt = '@';
  ws.mergeCells('D1:E2');
  ws.getCell('D1').value = 'gabung';
  ws.getRow(6).numFmt = '0%';
  ws.getRow(6).hidden = true;
  ws.getCell('A6').value = 0.5;
  ws.getCell('G6').value = 1;
  for (let r = 7; r <= 40; r++) ws.getCell(r, 1).style = { numFmt: '0.0' };
  wb.addWorksheet('Kosong');
  const file = path.join(await tempDir(), 'jenis.xlsx');
  await wb.xlsx.writeFile(file);
  const { ours, theirs } = await both(file);
  expect(ours.map(comparableSheet)).toEqual(theirs.map(comparableSheet));
  const [s] = ours;
  expect(s!.values[0]!.slice(0, 4)).toEqual(['Capaian Kinerja', false, 'teks & <tanda> "kutip"', 'gabung']);
  expect(s!.values.map((r) => r[0]).slice(1, 4)).toEqual([44926.5625, true, { error: '#DIV/0!' }]);
  expect(s!.formulas.map((r) => r[1]).slice(0, 5)).toEqual(['=A3', '=A4', '="a"&"b"', '=1-1', '=NOW()']);
  expect(s!.values.map((r) => r[1]).slice(0, 5)).toEqual([false, { error: '#DIV/0!' }, 'ab', 0, null]);
  expect(s!.numberFormats[5]!.slice(0, 2)).toEqual(['0%', '0%']);
  expect(s!.numberFormats[0]![5]).toBe('#,##0.00');
  expect(s!.values.length).toBe(40);
});

test('a cell reference gives the column parseA1 gives, however the writer spelled it', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
      expect(refColumn(a1(row, col))).toBe(col);
    }),
  );
  for (const ref of ['$B$3', 'b3', ' C4 ', 'xfd1048576', 'AB$12'])
    expect(refColumn(ref)).toBe(parseA1(ref).col);
  for (const bad of ['12', 'ABCD1', 'A', 'A1B']) expect(() => refColumn(bad)).toThrow(RangeError);
});
