/**
 * Bab III: the Perbandingan and Narasi sheets on workbooks built here, as LibreOffice computes them: the
 * figures of every year, the arrows and the words read with each indicator's polarity, the Renstra, and
 * the sentences word for word, before and after an edit of the source.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { SHEET, tempDir } from './helpers/fixture';
import { ikuWorkbook, perbandinganLine, seedWith2021 } from './helpers/bab3';
import { recalculatedAll, rowWith, valueAt } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };
const PB = 'Perbandingan';
const NR = 'Narasi';

async function generate(input: string, out: string, ...args: string[]): Promise<string> {
  expect(await run(['generate', input, '--out', out, ...args], quiet)).toBe(0);
  return out;
}

/** Sets cells of a written workbook and saves it under a new name: the user's edit. */
async function edited(
  file: string,
  out: string,
  sheet: string,
  cells: Record<string, number>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [a, v] of Object.entries(cells)) wb.getWorksheet(sheet)!.getCell(a).value = v;
  await wb.xlsx.writeFile(out);
  return out;
}

const IKU_LINES = [
  // Target and realisasi for 2019, 2020, 2021, 2022, 2023, then the Renstra's 2026 target.
  ['Angka Harapan Hidup', 'tahun', 70, 70.1, 70.2, 70.3, 70.4, 70.6, 70.6, 70.9, 71, 71.2, 72],
  ['Angka Kematian Ibu', 'per 100.000 KH', 120, 130, 115, 118, 110, 102, 105, 98, 100, 90, 80],
] as const;

describe('Perbandingan and Narasi, recalculated by LibreOffice', () => {
  let seed: ExcelJS.Workbook;
  let seedEdited: ExcelJS.Workbook;
  let iku: ExcelJS.Workbook;
  let ikuEdited: ExcelJS.Workbook;
  let ikuEn: ExcelJS.Workbook;
  let seedOut: string;
  beforeAll(async () => {
    const dir = await tempDir();
    // 2021 realisasi: IPG 90,20 (then 90,63), Rasio KDRT 0,012 (then 0,008), pengadaan 3 unit (then 2).
    const seedIn = await seedWith2021({ 28: 90.2, 31: 0.012, 18: 3 });
    seedOut = await generate(seedIn, path.join(dir, 'seed.xlsx'));
    const ikuIn = await ikuWorkbook(IKU_LINES);
    const ikuOut = await generate(ikuIn, path.join(dir, 'iku.xlsx'));
    const ikuEnOut = await generate(ikuIn, path.join(dir, 'iku-en.xlsx'), '--lang', 'en');
    // The user types new realisasi into the source after generating: IPG 90,80; AKI 104.
    const seedEdit = await edited(seedOut, path.join(dir, 'seed-edit.xlsx'), SHEET, { H28: 90.8 });
    const ikuEdit = await edited(ikuOut, path.join(dir, 'iku-edit.xlsx'), 'IKU 2023', { M7: 104 });
    const books = await recalculatedAll([seedOut, seedEdit, ikuOut, ikuEdit, ikuEnOut]);
    [seed, seedEdited, iku, ikuEdited, ikuEn] = books.map((b) => b!) as [
      ExcelJS.Workbook,
      ExcelJS.Workbook,
      ExcelJS.Workbook,
      ExcelJS.Workbook,
      ExcelJS.Workbook,
    ];
  }, 240000);

  const line = perbandinganLine;
  const sentence = (wb: ExcelJS.Workbook, indikator: string): unknown =>
    valueAt(wb, NR, `C${rowWith(wb, NR, 'B', indikator)}`);

  test('the seed with a 2021 column: both years side by side, arrows and words by polarity', () => {
    const pengadaan = line(seed, 'Jumlah pengadaan peralatan dan mesin');
    expect(pengadaan('Tahun 2021', 'Realisasi')).toBe(3);
    expect(pengadaan('Tahun 2022', 'Realisasi')).toBe(2);
    expect(pengadaan('Tahun 2022', 'Capaian (%)')).toBeCloseTo(0.5, 10);
    expect(pengadaan('Perubahan dari 2021', 'Arah realisasi')).toBe('▼');
    expect(pengadaan('Perubahan dari 2021', 'Kinerja')).toBe('turun');
    const ipg = line(seed, 'Indeks Pembangunan Gender');
    expect(ipg('Tahun 2021', 'Realisasi')).toBe(90.2);
    expect(ipg('Perubahan dari 2021', 'Arah realisasi')).toBe('▲');
    expect(ipg('Perubahan dari 2021', 'Kinerja')).toBe('naik');
    // A falling Rasio KDRT is a better year.
    const kdrt = line(seed, 'Rasio KDRT');
    expect(kdrt('Perubahan dari 2021', 'Arah realisasi')).toBe('▼');
    expect(kdrt('Perubahan dari 2021', 'Kinerja')).toBe('naik');
    // 2021 had no target column: no capaian is made up for it.
    expect(() => pengadaan('Tahun 2021', 'Capaian (%)')).toThrow(/no column/);
  });

  test('the seed: Narasi sentences word for word, the below-target mark, and after an edit', () => {
    expect(sentence(seed, 'Indeks Pembangunan Gender')).toBe(
      'Capaian indikator Indeks Pembangunan Gender sebesar 99,86% (Sangat Tinggi), dengan realisasi 90,63 dari target 90,76.',
    );
    expect(sentence(seed, 'Rasio KDRT')).toBe(
      'Capaian indikator Rasio KDRT sebesar 40,00% (Sangat Rendah), dengan realisasi 0,008 dari target 0,005.',
    );
    expect(valueAt(seed, NR, `D${rowWith(seed, NR, 'B', 'Rasio KDRT')}`)).toBe('perlu analisis');
    expect(valueAt(seed, NR, `D${rowWith(seed, NR, 'B', 'Jumlah Skor Kota Layak Anak')}`)).toBeNull();
    expect(sentence(seed, 'Updating Data Terpilah Gender dan Anak')).toBe(
      'Indikator Updating Data Terpilah Gender dan Anak belum memiliki realisasi.',
    );
    expect(
      sentence(
        seed,
        'Meningkatnya perlindungan dan penanganan perempuan dan anak korban kekerasan sesuai standar',
      ),
    ).toBe(
      'Sasaran Meningkatnya perlindungan dan penanganan perempuan dan anak korban kekerasan sesuai standar diukur dengan 3 indikator; 1 di antaranya mencapai target, dengan rata-rata capaian 70,00%.',
    );
    // IPG's realisasi typed as 90,80: the sentence and the mark follow.
    expect(sentence(seedEdited, 'Indeks Pembangunan Gender')).toBe(
      'Capaian indikator Indeks Pembangunan Gender sebesar 100,04% (Sangat Tinggi), dengan realisasi 90,8 dari target 90,76.',
    );
    expect(
      valueAt(seedEdited, NR, `D${rowWith(seedEdited, NR, 'B', 'Indeks Pembangunan Gender')}`),
    ).toBeNull();
  });

  test('IKU 2019–2023: every year’s capaian, the change in points, and the Renstra', () => {
    const ahh = line(iku, 'Angka Harapan Hidup');
    expect(ahh('Tahun 2019', 'Capaian (%)')).toBeCloseTo(70.1 / 70, 10);
    expect(ahh('Tahun 2022', 'Capaian (%)')).toBeCloseTo(70.9 / 70.6, 10);
    expect(ahh('Tahun 2023', 'Capaian (%)')).toBeCloseTo(71.2 / 71, 10);
    expect(ahh('Perubahan dari 2022', 'Arah realisasi')).toBe('▲');
    expect(ahh('Perubahan dari 2022', 'Capaian (poin %)')).toBeCloseTo((71.2 / 71 - 70.9 / 70.6) * 100, 8);
    expect(ahh('Perubahan dari 2022', 'Kinerja')).toBe('naik');
    expect(ahh('Renstra (akhir 2026)', 'Target akhir')).toBe(72);
    expect(ahh('Renstra (akhir 2026)', 'Capaian s.d. 2023')).toBeCloseTo(71.2 / 72, 10);
    expect(ahh('Renstra (akhir 2026)', 'Sisa tahun')).toBe(3);
  });

  test('a negative indicator across years: capaian by (2T − R)/T, a falling realisasi is "naik"', () => {
    const aki = line(iku, 'Angka Kematian Ibu');
    expect(aki('Tahun 2019', 'Capaian (%)')).toBeCloseTo((2 * 120 - 130) / 120, 10);
    expect(aki('Tahun 2023', 'Capaian (%)')).toBeCloseTo((2 * 100 - 90) / 100, 10);
    expect(aki('Perubahan dari 2022', 'Arah realisasi')).toBe('▼');
    expect(aki('Perubahan dari 2022', 'Kinerja')).toBe('naik');
    expect(aki('Renstra (akhir 2026)', 'Capaian s.d. 2023')).toBeCloseTo((2 * 80 - 90) / 80, 10);
    expect(sentence(iku, 'Angka Kematian Ibu')).toBe(
      'Capaian indikator Angka Kematian Ibu sebesar 110,00% (Sangat Tinggi), dengan realisasi 90 per 100.000 KH dari target 100 per 100.000 KH, naik dari 106,67% pada 2022; terhadap target akhir Renstra 2026 capaiannya 87,50%.',
    );
    // AKI 104 against 100: worse than 2022, the arrow up, the words down.
    const after = line(ikuEdited, 'Angka Kematian Ibu');
    expect(after('Perubahan dari 2022', 'Arah realisasi')).toBe('▲');
    expect(after('Perubahan dari 2022', 'Kinerja')).toBe('turun');
    expect(after('Tahun 2023', 'Capaian (%)')).toBeCloseTo(0.96, 10);
    expect(sentence(ikuEdited, 'Angka Kematian Ibu')).toBe(
      'Capaian indikator Angka Kematian Ibu sebesar 96,00% (Sangat Tinggi), dengan realisasi 104 per 100.000 KH dari target 100 per 100.000 KH, turun dari 106,67% pada 2022; terhadap target akhir Renstra 2026 capaiannya 70,00%.',
    );
    expect(valueAt(ikuEdited, NR, `D${rowWith(ikuEdited, NR, 'B', 'Angka Kematian Ibu')}`)).toBe(
      'perlu analisis',
    );
  });

  test('--lang en: the sentence in English, with English separators', () => {
    const r = rowWith(ikuEn, 'Narrative', 'B', 'Angka Harapan Hidup');
    expect(valueAt(ikuEn, 'Narrative', `C${r}`)).toBe(
      'The achievement of indicator Angka Harapan Hidup is 100.28% (Very high), with a realisation of 71.2 tahun against a target of 71 tahun, down from 100.42% in 2022; against the Renstra end target for 2026 it stands at 98.89%.',
    );
    expect(rowWith(ikuEn, 'Comparison', 'B', 'Angka Harapan Hidup')).toBeGreaterThan(5);
  });

  test('print-ready and registered: A4 landscape, header repeated, helpers hidden, in the registry', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(seedOut);
    for (const name of [PB, NR]) {
      const ps = wb.getWorksheet(name)!.pageSetup;
      expect(ps).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: false });
      expect(ps.scale).toBeGreaterThanOrEqual(40);
      expect(ps.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ps.printTitlesRow).toMatch(/^\d+:\d+$/);
    }
    const nr = wb.getWorksheet(NR)!;
    expect(nr.getColumn('C').hidden).toBe(false);
    expect(['F', 'G', 'H', 'I', 'J', 'K'].map((c) => nr.getColumn(c).hidden)).toEqual(Array(6).fill(true));
    const registry = wb.getWorksheet('_CapaianKinerja')!;
    const listed: string[] = [];
    registry.eachRow((row) => {
      if (row.getCell(1).value === 'sheet') listed.push(String(row.getCell(2).value));
    });
    expect(listed).toEqual(expect.arrayContaining([PB, NR]));
  });
});
