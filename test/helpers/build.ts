import * as path from 'path';
import ExcelJS from 'exceljs';
import { tempDir } from './fixture';

/** A formula may carry the result the office's Excel cached for it. */
export type Cell = string | number | null | { formula: string; result?: number } | { error: string };

export interface SheetSpec {
  readonly name: string;
  /** Row 1 first; each inner array starts at column A. */
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: readonly string[];
  /** Number formats by A1 address. */
  readonly formats?: Readonly<Record<string, string>>;
}

/** The header of a plain realisasi table with budget, as many offices type it. */
export const BASIC_HEADER: readonly Cell[] = [
  'No',
  'Program/Kegiatan/Sub Kegiatan',
  'Indikator',
  'Target',
  'Pagu (Rp)',
  'Realisasi',
  'Realisasi (Rp)',
  'Capaian (%)',
];

/** Writes a workbook as an office would have typed it, and returns its path. */
export async function writeWorkbook(sheets: readonly SheetSpec[], name = 'layout.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r + 1, c + 1).value =
          typeof v === 'object' && 'error' in v
            ? ({ error: v.error } as ExcelJS.CellErrorValue)
            : (v as ExcelJS.CellValue);
      }),
    );
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const [addr, fmt] of Object.entries(spec.formats ?? {})) ws.getCell(addr).numFmt = fmt;
  }
  const file = path.join(await tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Month headers as offices type them. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
] as const;

/** A table whose header words we do not know: it is found only when the user marks it (and sets roles). */
export const UNKNOWN_TABLE: SheetSpec = {
  name: 'Kinerja',
  rows: [
    ['LAPORAN TRIWULAN IV'],
    [],
    ['Aktivitas', 'Sasaran Angka', 'Hasil Nyata', 'Catatan Bidang'],
    ['Pelatihan kader posyandu', 120, 96, 'sesuai jadwal'],
    ['Penyuluhan gizi balita', 40, 44, ''],
    ['Pemeriksaan air sumur', 300, 150, 'alat rusak'],
  ],
};
