/**
 * The Narasi sheet writes numbers into sentences by formula, with Indonesian separators whatever the
 * locale of the Excel that computes them. LibreOffice (here in the C/en-US locale, whose own TEXT would
 * give "1,234.50") computes them.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { numberTextFormula } from '../src/core/sheets/numberText';
import { tempDir } from './helpers/fixture';
import { recalculated, valueAt } from './helpers/libreoffice';

const CASES: readonly (readonly [number | string | null, string, string, string])[] = [
  // value, figure (id), capaian (id, value as a fraction), figure (en)
  [0, '0', '0,00', '0'],
  [0.5, '0,5', '50,00', '0.5'],
  [0.008, '0,008', '0,80', '0.008'],
  [90.63, '90,63', '9.063,00', '90.63'],
  [1234.5, '1.234,5', '123.450,00', '1,234.5'],
  [1000000, '1.000.000', '100.000.000,00', '1,000,000'],
  [5993350294, '5.993.350.294', '599.335.029.400,00', '5,993,350,294'],
  [-12.3456, '-12,3456', '-1.234,56', '-12.3456'],
  [0.99856765, '0,9986', '99,86', '0.9986'],
  [1.2818181, '1,2818', '128,18', '1.2818'],
  ['23 org', '', '', ''],
  [null, '', '', ''],
];

test('numbers as text: thousands dot and decimal comma in Bahasa Indonesia, the reverse in English', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Angka');
  CASES.forEach(([v], i) => {
    const r = i + 1;
    if (v !== null) ws.getCell(`A${r}`).value = v;
    ws.getCell(`B${r}`).value = { formula: numberTextFormula(`A${r}`, 'id', false).slice(1) };
    ws.getCell(`C${r}`).value = { formula: numberTextFormula(`A${r}`, 'id', true).slice(1) };
    ws.getCell(`D${r}`).value = { formula: numberTextFormula(`A${r}`, 'en', false).slice(1) };
  });
  const file = path.join(await tempDir(), 'angka.xlsx');
  await wb.xlsx.writeFile(file);
  const lo = await recalculated(file);
  const shown = CASES.map((_, i) => ['B', 'C', 'D'].map((c) => valueAt(lo, 'Angka', `${c}${i + 1}`) ?? ''));
  expect(shown).toEqual(CASES.map(([, id, pct, en]) => [id, pct, en]));
});
