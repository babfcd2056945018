/**
 * Comparing with last year's table: from last year's workbook (`--compare`), copied in, or from a sheet of
 * the open workbook (the add-in). Names are paired however they were retyped; a renamed indicator is
 * reported on both sides. Regenerating replaces our sheets in place and keeps what the user wrote in
 * them; Kembalikan removes them all.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { writeWorkbook } from './helpers/build';
import { LAST, NOW } from './helpers/bab3';
import { dumpSheet } from './helpers/dump';
import { tempDir } from './helpers/fixture';
import { recalculatedAll, rowWith, valueAt } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

describe('generate --compare LAST.xlsx', () => {
  let dir: string;
  let out: string;
  let again: string;
  let typed: string;
  let json: {
    findings: { rule: string; sheet: string; cell: string; name: string; other: string }[];
    generated: Record<string, string>;
  };
  let lo: ExcelJS.Workbook;
  let lo2: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await tempDir();
    const now = await writeWorkbook([{ name: 'Realisasi 2022', rows: NOW }], 'now.xlsx');
    const last = await writeWorkbook([{ name: 'Realisasi 2021', rows: LAST }], 'last.xlsx');
    out = path.join(dir, 'out.xlsx');
    let text = '';
    const io = { stdout: (t: string) => (text += t), stderr: quiet.stderr };
    expect(await run(['generate', now, '--out', out, '--compare', last, '--json'], io)).toBe(0);
    json = JSON.parse(text) as typeof json;
    // The user writes an analysis beside a sentence, then generates again without --compare.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const narasi = wb.getWorksheet('Narasi')!;
    let written = false;
    narasi.eachRow((row) => {
      if (row.getCell(2).value === 'Cakupan imunisasi dasar lengkap') {
        row.getCell(5).value = 'Vaksin terlambat datang pada triwulan III.';
        written = true;
      }
    });
    expect(written).toBe(true);
    typed = path.join(dir, 'typed.xlsx');
    await wb.xlsx.writeFile(typed);
    again = path.join(dir, 'again.xlsx');
    expect(await run(['generate', typed, '--out', again], quiet)).toBe(0);
    [lo, lo2] = (await recalculatedAll([out, again])).map((b) => b!) as [ExcelJS.Workbook, ExcelJS.Workbook];
  }, 240000);

  test('last year’s table is copied in, and the comparison links to it: figures, arrows, words', () => {
    expect(json.generated).toMatchObject({
      perbandingan: 'Perbandingan',
      narasi: 'Narasi',
      data: 'Data 2021',
    });
    expect(valueAt(lo, 'Data 2021', 'C5')).toBe('CAKUPAN  IMUNISASI DASAR LENGKAP');
    const r = rowWith(lo, 'Perbandingan', 'B', 'Cakupan imunisasi dasar lengkap');
    // Tahun 2021: target C, realisasi D, capaian E; Tahun 2022: F, G, H; change from 2021: I, J, K.
    expect([valueAt(lo, 'Perbandingan', `C${r}`), valueAt(lo, 'Perbandingan', `D${r}`)]).toEqual([90, 88]);
    expect(valueAt(lo, 'Perbandingan', `E${r}`)).toBeCloseTo(88 / 90, 10);
    expect(valueAt(lo, 'Perbandingan', `H${r}`)).toBeCloseTo(93 / 95, 10);
    expect(valueAt(lo, 'Perbandingan', `I${r}`)).toBe('▲');
    expect(valueAt(lo, 'Perbandingan', `J${r}`)).toBeCloseTo((93 / 95 - 88 / 90) * 100, 8);
    expect(valueAt(lo, 'Perbandingan', `K${r}`)).toBe('naik');
    // Stunting fell from 15 to 12,5: the arrow down, the performance up, and its capaian by (2T − R)/T.
    const s = rowWith(lo, 'Perbandingan', 'B', 'Prevalensi stunting (%)');
    expect(valueAt(lo, 'Perbandingan', `E${s}`)).toBeCloseTo((2 * 16 - 15) / 16, 10);
    expect(valueAt(lo, 'Perbandingan', `I${s}`)).toBe('▼');
    expect(valueAt(lo, 'Perbandingan', `K${s}`)).toBe('naik');
    expect(valueAt(lo, 'Narasi', `C${rowWith(lo, 'Narasi', 'B', 'Cakupan imunisasi dasar lengkap')}`)).toBe(
      'Capaian indikator Cakupan imunisasi dasar lengkap sebesar 97,89% (Sangat Tinggi), dengan realisasi 93 dari target 95, naik dari 97,78% pada 2021.',
    );
  });

  test('a renamed indicator is reported on both sides, and listed under the comparison', () => {
    const unmatched = json.findings.filter((f) => f.rule === 'unmatched-indicator');
    expect(unmatched).toEqual([
      expect.objectContaining({
        sheet: 'Realisasi 2022',
        cell: 'C7',
        name: 'Jumlah desa siaga aktif',
        other: 'Data 2021',
      }),
      expect.objectContaining({
        sheet: 'Data 2021',
        cell: 'C7',
        name: 'Jumlah desa siaga',
        other: 'Realisasi 2022',
      }),
    ]);
    const r = rowWith(lo, 'Perbandingan', 'B', 'Jumlah desa siaga aktif');
    expect(valueAt(lo, 'Perbandingan', `D${r}`)).toBeNull();
    expect(valueAt(lo, 'Perbandingan', `I${r}`)).toBeNull();
    const listed = rowWith(
      lo,
      'Perbandingan',
      'A',
      'Indikator di lembar "Data 2021" yang tidak ada tahun ini:',
    );
    expect(valueAt(lo, 'Perbandingan', `B${listed + 1}`)).toBe('Jumlah desa siaga');
  });

  test('generating again replaces our sheets in place, compares with the same sheet, keeps the analysis', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Realisasi 2022',
      'Perjanjian Kinerja',
      'Pengukuran Kinerja',
      'Ringkasan Capaian',
      'Data 2021',
      'Perbandingan',
      'Narasi',
      '_CapaianKinerja',
    ]);
    const r = rowWith(lo2, 'Perbandingan', 'B', 'Cakupan imunisasi dasar lengkap');
    expect(valueAt(lo2, 'Perbandingan', `I${r}`)).toBe('▲');
    const n = rowWith(lo2, 'Narasi', 'B', 'Cakupan imunisasi dasar lengkap');
    expect(valueAt(lo2, 'Narasi', `E${n}`)).toBe('Vaksin terlambat datang pada triwulan III.');
  });

  test('Buat Tabel Capaian in Excel on that file: the same comparison, the analysis kept', async () => {
    const excel = FakeExcel.from((await loadWorkbook(typed)).snapshots, 'Realisasi 2022');
    expect((await buatTabelCapaian(asWorkbook(excel.context()))).ok).toBe(true);
    expect(excel.sheet('Perbandingan').at('D6')).toBe(
      `=IF(ISERROR('Data 2021'!F5),"",IF('Data 2021'!F5="","",'Data 2021'!F5))`,
    );
    const narasi = excel.sheet('Narasi');
    const row = [...Array(20).keys()].find(
      (r) => narasi.cell(r, 1)?.value === 'Cakupan imunisasi dasar lengkap',
    );
    expect(narasi.cell(row!, 4)?.value).toBe('Vaksin terlambat datang pada triwulan III.');
  });

  test('Kembalikan in Excel removes Perbandingan, Narasi and the copied table', async () => {
    const excel = FakeExcel.from((await loadWorkbook(out)).snapshots, 'Realisasi 2022');
    const back = await kembalikan(asWorkbook(excel.context()));
    expect(back).toMatchObject({ ok: true, kept: [] });
    expect(back.ok && back.deleted).toEqual(
      expect.arrayContaining(['Perbandingan', 'Narasi', 'Data 2021', 'Pengukuran Kinerja']),
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(['Realisasi 2022', '_CapaianKinerja']);
  });
});

test('in the add-in: a sheet of the open workbook as last year, the user’s sheets left as they are', async () => {
  const file = await writeWorkbook(
    [
      { name: 'Realisasi 2022', rows: NOW },
      { name: 'Realisasi 2021', rows: LAST },
    ],
    'both.xlsx',
  );
  const { snapshots } = await loadWorkbook(file);
  const excel = FakeExcel.from(snapshots, 'Realisasi 2022');
  const before = dumpSheet(excel.sheet('Realisasi 2021'));
  const outcome = await buatTabelCapaian(asWorkbook(excel.context()), {
    sheets: { compare: { kind: 'sheet', sheet: 'Realisasi 2021' } },
  });
  expect(outcome.ok).toBe(true);
  expect(dumpSheet(excel.sheet('Realisasi 2021'))).toEqual(before);
  expect(excel.sheet('Perbandingan').at('B6')).toBe('Cakupan imunisasi dasar lengkap');
  // The first indicator's 2021 realisasi (D6) links to the user's own sheet.
  expect(excel.sheet('Perbandingan').at('D6')).toBe(
    `=IF(ISERROR('Realisasi 2021'!F5),"",IF('Realisasi 2021'!F5="","",'Realisasi 2021'!F5))`,
  );
  // The sentence's figures sit in hidden columns F:K of Narasi.
  expect([...excel.sheet('Narasi').hiddenColumns].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10]);
});

test('--compare with a file that cannot be read: one clear line, exit 2, no output file', async () => {
  const dir = await tempDir();
  const now = await writeWorkbook([{ name: 'Realisasi 2022', rows: NOW }], 'now-only.xlsx');
  const out = path.join(dir, 'out.xlsx');
  let err = '';
  const io = { stdout: () => undefined, stderr: (t: string) => (err += t) };
  const missing = path.join(dir, 'LKJIP-2021.xlsx');
  expect(await run(['generate', now, '--out', out, '--compare', missing], io)).toBe(2);
  expect(err).toBe(`capaian: ${missing}: file tidak ditemukan / file not found\n`);
  await expect(fs.stat(out)).rejects.toThrow();
});
