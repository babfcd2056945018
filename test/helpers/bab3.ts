import * as path from 'path';
import ExcelJS from 'exceljs';
import { FIXTURE, SHEET, tempDir } from './fixture';
import { BASIC_HEADER, Cell, writeWorkbook } from './build';
import { rowWith, valueAt } from './libreoffice';

/** The bundled sample with the office's 2021 realisasi typed in a new column L. */
export async function seedWith2021(values: Readonly<Record<number, number>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell('L4').value = 'REALISASI KINERJA TAHUN 2021';
  ws.mergeCells('L4:L5');
  ws.getCell('L6').value = 7;
  for (const [row, v] of Object.entries(values)) ws.getCell(`L${row}`).value = v;
  const file = path.join(await tempDir(), 'binjai-2021.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** One IKU line: name, satuan, then target and realisasi for 2019 … 2023, then the Renstra target. */
export type IkuLine = readonly [string, string, ...number[]];

/** An IKU table over 2019–2023 (Target | Realisasi under each year, capaian in 2023) and the Renstra. */
export async function ikuWorkbook(lines: readonly IkuLine[], name = 'iku.xlsx'): Promise<string> {
  const years = [2019, 2020, 2021, 2022];
  const top: Cell[] = ['No', 'Indikator Kinerja', 'Satuan'];
  const sub: Cell[] = [null, null, null];
  for (const y of years) {
    top.push(`Tahun ${y}`, null);
    sub.push('Target', 'Realisasi');
  }
  top.push('Tahun 2023', null, null, 'Target Akhir Renstra (2026)');
  sub.push('Target', 'Realisasi', 'Capaian (%)', null);
  const rows: Cell[][] = [
    ['CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2023'],
    ['DINAS KESEHATAN KABUPATEN CONTOH'],
    [],
    top,
    sub,
    ...lines.map(([nama, satuan, ...n], i): Cell[] => [
      i + 1,
      nama,
      satuan,
      ...n.slice(0, 10),
      null,
      n[10] ?? null,
    ]),
  ];
  const merges = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:I4', 'J4:K4', 'L4:N4', 'O4:O5'];
  return writeWorkbook([{ name: 'IKU 2023', rows, merges }], name);
}

/** A realisasi table as offices type it: program, indicator, target, pagu, realisasi, realisasi Rp. */
function table(year: number, lines: readonly (readonly Cell[])[]): Cell[][] {
  return [
    [`REALISASI KINERJA DAN ANGGARAN TAHUN ${year}`],
    ['DINAS KESEHATAN KOTA CONTOH'],
    [],
    [...BASIC_HEADER],
    ...lines.map((l) => [...l]),
  ];
}

export const NOW = table(2022, [
  ['I', 'Program Pelayanan Kesehatan', 'Cakupan imunisasi dasar lengkap', 95, 500000000, 93, 450000000, null],
  ['II', 'Program Gizi Masyarakat', 'Prevalensi stunting (%)', 14, 300000000, 12.5, 280000000, null],
  ['III', 'Program Promosi Kesehatan', 'Jumlah desa siaga aktif', 40, 200000000, 42, 190000000, null],
]);
// Last year the names were typed differently; the third indicator had another name.
export const LAST = table(2021, [
  [
    'I',
    'Program Pelayanan Kesehatan',
    'CAKUPAN  IMUNISASI DASAR LENGKAP',
    90,
    480000000,
    88,
    470000000,
    null,
  ],
  ['II', 'Program Gizi Masyarakat', 'Prevalensi Stunting (%).', 16, 290000000, 15, 270000000, null],
  ['III', 'Program Promosi Kesehatan', 'Jumlah desa siaga', 35, 150000000, 30, 140000000, null],
]);

/**
 * A Perbandingan row by indicator, as LibreOffice computed it: each cell found by the label of its group
 * (row 4: the year, the change, the Renstra) and its own (row 5).
 */
export function perbandinganLine(
  wb: ExcelJS.Workbook,
  indikator: string,
  sheet = 'Perbandingan',
): (group: string, sub: string) => unknown {
  const r = rowWith(wb, sheet, 'B', indikator);
  const ws = wb.getWorksheet(sheet)!;
  return (group, sub) => {
    for (let c = 3; c <= ws.columnCount; c++) {
      const g = valueAt(wb, sheet, ws.getCell(4, c).address);
      const s = valueAt(wb, sheet, ws.getCell(5, c).address);
      if (g === group && s === sub) return valueAt(wb, sheet, ws.getCell(r, c).address);
    }
    throw new Error(`no column ${group} › ${sub}`);
  };
}
