import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { FIXTURE, SHEET, sha256, tempDir } from './helpers/fixture';
import { displayedFirstSheet, numberAt, recalculated, shownAt, valueAt } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

let out: string;
let before: string;
let lo: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = await tempDir();
  out = path.join(dir, 'binjai-capaian.xlsx');
  before = await sha256(FIXTURE);
  expect(await run(['generate', FIXTURE, '--out', out], quiet)).toBe(0);
  lo = await recalculated(out);
});

describe('generate on the Binjai fixture, recalculated by LibreOffice', () => {
  test('the input workbook is not touched', async () => {
    expect(await sha256(FIXTURE)).toBe(before);
  });

  test('capaian and penyerapan come out right', () => {
    expect(numberAt(lo, SHEET, 'K18')).toBeCloseTo(0.3521, 4); // typed 35,10%
    expect(numberAt(lo, SHEET, 'J9')).toBeCloseTo(0.92, 10); // 23 of 25 org
    expect(numberAt(lo, SHEET, 'J18')).toBeCloseTo(0.5, 10); // 2 of 4 unit
    expect(numberAt(lo, SHEET, 'J31')).toBeCloseTo(0.4, 10); // Rasio KDRT, negative
    expect(numberAt(lo, SHEET, 'J42')).toBeCloseTo(1.2818, 4); // 705 of 550, no cap
    expect(numberAt(lo, SHEET, 'K58')).toBeCloseTo(0.8837, 4);
  });

  test('subtotals and the grand total add up', () => {
    expect(numberAt(lo, SHEET, 'G19')).toBe(174698795);
    expect(numberAt(lo, SHEET, 'G28')).toBe(25180901);
    expect(numberAt(lo, SHEET, 'G58')).toBe(5993350294); // typed 5.993.530.294
    expect(numberAt(lo, SHEET, 'G17')).toBe(60571752);
    expect(numberAt(lo, SHEET, 'I48')).toBe(44223782); // was text
  });

  test('where there is nothing to compute the cell is empty, never #DIV/0!', () => {
    expect(valueAt(lo, SHEET, 'J39')).toBeNull(); // realisasi missing
    expect(valueAt(lo, SHEET, 'J17')).toBeNull(); // indicator without target
    const ws = lo.getWorksheet(SHEET)!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { result?: unknown } | null;
        expect(JSON.stringify(v?.result ?? null)).not.toMatch(/#DIV\/0!|#VALUE!|#REF!|NaN/);
      }),
    );
  });

  test('the cells hold formulas on the row’s own figures', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(SHEET)!;
    const formula = (a: string): string | undefined =>
      (ws.getCell(a).value as { formula?: string } | null)?.formula;
    expect(formula('K18')).toBe('IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
    expect(formula('J31')).toBe(
      'IF(AND(ISNUMBER(F31),ISNUMBER(H31)),IF(F31<>0,MAX(0,(2*F31-H31)/F31),IF(H31=0,1,"")),"")',
    );
    expect(formula('G19')).toBe('SUM(G20:G22)');
    expect(formula('G7')).toBe('SUM(G8,G11,G17,G19,G23)');
    expect(formula('G58')).toBe('SUM(G7,G28,G31,G36,G39,G42,G46,G53)');
    expect(ws.getCell('K18').numFmt).toBe('0.00%');
  });

  test('"25 org" keeps showing 25 org but is the number 25', async () => {
    expect(numberAt(lo, SHEET, 'F9')).toBe(25);
    const shown = await displayedFirstSheet(out);
    expect(shownAt(shown, 'F9')).toBe('25 org');
    expect(shownAt(shown, 'H26')).toBe('1 paket');
    expect(shownAt(shown, 'F31')).toBe('0.005');
    expect(shownAt(shown, 'J9')).toBe('92.00%');
    expect(shownAt(shown, 'G58')).toBe('5,993,350,294');
  });

  test('rows below target are highlighted by a conditional format on capaian K', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Read back from the file: ExcelJS parses it but leaves it out of its type definitions.
    const cf = (
      wb.getWorksheet(SHEET) as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe('C7:K57');
    expect((cf[0]!.rules[0] as { formulae: string[] }).formulae[0]).toBe('AND(ISNUMBER($J7),$J7<1)');
  });

  test('editing a realisasi changes its capaian and every total above it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell('I18').value = 30000000; // was 21.325.000
    ws.getCell('H18').value = 3; // was 2 unit
    const edited = path.join(path.dirname(out), 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const again = await recalculated(edited);
    expect(numberAt(again, SHEET, 'K18')).toBeCloseTo(30000000 / 60571752, 10);
    expect(numberAt(again, SHEET, 'J18')).toBeCloseTo(0.75, 10);
    expect(numberAt(again, SHEET, 'I17')).toBe(30000000);
    const delta = 30000000 - 21325000;
    expect(numberAt(again, SHEET, 'I7')).toBe(numberAt(lo, SHEET, 'I7') + delta);
    expect(numberAt(again, SHEET, 'I58')).toBe(numberAt(lo, SHEET, 'I58') + delta);
    expect(numberAt(again, SHEET, 'K58')).toBeCloseTo(numberAt(again, SHEET, 'I58') / 5993350294, 10);
  });
});
