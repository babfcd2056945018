/**
 * Issue 19, part 3: every figure goes through one reader. An IKU table whose earlier years' realisasi and
 * Renstra target are typed as text ("89,90", "92,00") gives a Perbandingan sheet with every change and
 * every capaian against the Renstra filled, as LibreOffice computes them; the typed cells still show
 * what the office typed.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { Cell, writeWorkbook } from './helpers/build';
import { perbandinganLine } from './helpers/bab3';
import { displayedFirstSheet, recalculated, shownAt, valueAt } from './helpers/libreoffice';

const SHEET = 'IKU 2023';

/** Name, satuan, realisasi 2020, 2021, 2022, target and realisasi 2023, Renstra target: all typed as text. */
const LINES = [
  ['Indeks Kepuasan Masyarakat', 'indeks', '85,10', '87,25', '89,90', '90,00', '91,35', '92,00'],
  ['Persentase Desa Mandiri', '%', '40,00', '45,50', '50,00', '55,00', '53,20', '70,00'],
] as const;

let lo: ExcelJS.Workbook;
let shown: string[][];
let stdout = '';

beforeAll(async () => {
  const rows: Cell[][] = [
    ['CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2023'],
    ['DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH'],
    [],
    [
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Realisasi 2020',
      'Realisasi 2021',
      'Realisasi 2022',
      'Target 2023',
      'Realisasi 2023',
      'Capaian (%)',
      'Target Akhir Renstra (2026)',
    ],
    ...LINES.map(([nama, satuan, ...n], i): Cell[] => [i + 1, nama, satuan, ...n.slice(0, 5), null, n[5]!]),
  ];
  const file = await writeWorkbook([{ name: SHEET, rows }], 'iku-text.xlsx');
  const out = path.join(path.dirname(file), 'iku-text-capaian.xlsx');
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => process.stderr.write(t) };
  expect(await run(['generate', file, '--out', out, '--json'], io)).toBe(0);
  lo = await recalculated(out);
  shown = await displayedFirstSheet(out);
}, 240000);

const line = (indikator: string) => perbandinganLine(lo, indikator);

test('every change from 2022 and every capaian against the Renstra is filled', () => {
  const ikm = line('Indeks Kepuasan Masyarakat');
  expect(ikm('Tahun 2022', 'Realisasi')).toBe(89.9);
  expect(ikm('Tahun 2023', 'Capaian (%)')).toBeCloseTo(91.35 / 90, 10);
  expect(ikm('Perubahan dari 2022', 'Arah realisasi')).toBe('▲');
  expect(ikm('Perubahan dari 2022', 'Kinerja')).toBe('naik');
  expect(ikm('Renstra (akhir 2026)', 'Target akhir')).toBe(92);
  expect(ikm('Renstra (akhir 2026)', 'Capaian s.d. 2023')).toBeCloseTo(91.35 / 92, 10);
  const desa = line('Persentase Desa Mandiri');
  expect(desa('Tahun 2020', 'Realisasi')).toBe(40);
  expect(desa('Perubahan dari 2022', 'Arah realisasi')).toBe('▲');
  expect(desa('Renstra (akhir 2026)', 'Capaian s.d. 2023')).toBeCloseTo(53.2 / 70, 10);
});

test('the typed figures became numbers that show as typed, and nothing was left as typed for lack of a finding', () => {
  expect(valueAt(lo, SHEET, 'F5')).toBe(89.9);
  expect(valueAt(lo, SHEET, 'J5')).toBe(92);
  expect(shownAt(shown, 'F5')).toBe('89.90');
  expect(shownAt(shown, 'J5')).toBe('92.00');
  expect(shownAt(shown, 'D6')).toBe('40.00');
  const json = JSON.parse(stdout) as { findings: { rule: string }[] };
  expect(json.findings.filter((f) => f.rule === 'not-written')).toEqual([]);
});
