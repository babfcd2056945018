import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { MONTHS, writeWorkbook } from './helpers/build';
import { numberAt, recalculated, rowWith, valueAt } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };
const PK = 'Perjanjian Kinerja';
const PG = 'Pengukuran Kinerja';
const RK = 'Ringkasan Capaian';

async function generate(input: string, out: string, ...args: string[]): Promise<void> {
  expect(await run(['generate', input, '--out', out, ...args], quiet)).toBe(0);
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('the generated sheets on the Binjai fixture, recalculated by LibreOffice', () => {
  let dir: string;
  let out: string;
  let lo: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, 'binjai.xlsx');
    await generate(FIXTURE, out);
    lo = await recalculated(out);
  });

  test('Pengukuran Kinerja: capaian and predikat of the indicators the report gets wrong', () => {
    const line = (indikator: string) => {
      const r = rowWith(lo, PG, 'C', indikator);
      return [numberAt(lo, PG, `F${r}`), valueAt(lo, PG, `G${r}`)];
    };
    const [pengadaan, p1] = line('Jumlah pengadaan peralatan dan mesin');
    expect(pengadaan).toBeCloseTo(0.5, 10);
    expect(p1).toBe('Sangat Rendah');
    const [kdrt, p2] = line('Rasio KDRT');
    expect(kdrt).toBeCloseTo(0.4, 10);
    expect(p2).toBe('Sangat Rendah');
    const [kla, p3] = line('Jumlah Skor Kota Layak Anak');
    expect(kla).toBeCloseTo(1.2818, 4);
    expect(p3).toBe('Sangat Tinggi');
  });

  test('Pengukuran Kinerja: budget columns link to the source, and a missing realisasi stays blank', () => {
    const r = rowWith(lo, PG, 'C', 'Jumlah pengadaan peralatan dan mesin');
    expect(numberAt(lo, PG, `H${r}`)).toBe(60571752);
    expect(numberAt(lo, PG, `J${r}`)).toBeCloseTo(0.3521, 4);
    const updating = rowWith(lo, PG, 'C', 'Updating Data Terpilah Gender dan Anak');
    expect(valueAt(lo, PG, `E${updating}`)).toBeNull();
    expect(valueAt(lo, PG, `F${updating}`)).toBeNull();
    expect(valueAt(lo, PG, `G${updating}`)).toBeNull();
  });

  test('Perjanjian Kinerja: IKU targets as typed, programs with their anggaran, and the total', () => {
    const ipg = rowWith(lo, PK, 'C', 'Indeks Pembangunan Gender');
    expect(valueAt(lo, PK, `D${ipg}`)).toBe('90,76');
    expect(
      valueAt(lo, PK, `D${rowWith(lo, PK, 'C', 'Proporsi kursi yang diduduki perempuan di DPRD')}`),
    ).toBe('5 orang');
    const perlindungan = rowWith(lo, PK, 'B', 'Program Perlindungan Perempuan');
    expect(numberAt(lo, PK, `C${perlindungan}`)).toBe(323470202);
    expect(numberAt(lo, PK, `C${rowWith(lo, PK, 'A', 'Jumlah')}`)).toBe(5993350294);
    expect(valueAt(lo, PK, `C${rowWith(lo, PK, 'C', 'PIHAK PERTAMA,')}`)).toBe('PIHAK PERTAMA,');
  });

  test('Ringkasan Capaian: the counts Bab III needs, totals and efisiensi', () => {
    const count = (label: string) => numberAt(lo, RK, `C${rowWith(lo, RK, 'A', label)}`);
    expect(count('Jumlah sasaran strategis')).toBe(5);
    expect(count('Jumlah program')).toBe(7);
    expect(count('Jumlah kegiatan')).toBe(15);
    expect(count('Jumlah sub kegiatan')).toBe(29);
    expect(count('Indikator mencapai target (≥ 100%)') + count('Indikator di bawah target (< 100%)')).toBe(
      count('Predikat Sangat Tinggi') +
        count('Predikat Tinggi') +
        count('Predikat Sedang') +
        count('Predikat Rendah') +
        count('Predikat Sangat Rendah'),
    );
    expect(count('Predikat Sangat Rendah')).toBe(2); // pengadaan 50%, Rasio KDRT 40%
    expect(count('Total pagu (Rp)')).toBe(5993350294);
    expect(count('Penyerapan anggaran (%)')).toBeCloseTo(0.8837, 4);
    const perempuan = rowWith(lo, RK, 'A', 'Program Perlindungan Perempuan');
    expect(valueAt(lo, RK, `E${perempuan}`)).toBe('Cukup Efisien'); // 40 % capaian, 45,52 % penyerapan
    expect(rowWith(lo, RK, 'A', 'Rasio KDRT')).toBeGreaterThan(
      rowWith(lo, RK, 'A', 'Indikator di bawah target'),
    );
  });

  test('changing a realisasi in the source changes the Pengukuran row', async () => {
    const wb = await open(out);
    wb.getWorksheet(SHEET)!.getCell('H18').value = 4; // 4 of 4 unit now
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const again = await recalculated(edited);
    const r = rowWith(again, PG, 'C', 'Jumlah pengadaan peralatan dan mesin');
    expect(numberAt(again, PG, `F${r}`)).toBe(1);
    expect(valueAt(again, PG, `G${r}`)).toBe('Sangat Tinggi');
  });

  test('print-ready: A4 landscape at a fixed scale (page breaks hold), a print area, header repeated, Rp and % formats', async () => {
    const wb = await open(out);
    for (const name of [PK, PG, RK]) {
      const ps = wb.getWorksheet(name)!.pageSetup;
      expect(ps).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: false });
      expect(ps.scale).toBeGreaterThanOrEqual(50);
      expect(ps.scale).toBeLessThanOrEqual(100);
      expect(ps.printArea).toMatch(/^A1:[D-K]\d+$/);
    }
    expect(wb.getWorksheet(PG)!.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const pg = wb.getWorksheet(PG)!;
    const r = rowWith(lo, PG, 'C', 'Jumlah pengadaan peralatan dan mesin');
    expect(pg.getCell(`F${r}`).numFmt).toBe('0.00%');

    expect(pg.getCell(`H${r}`).numFmt).toBe('#,##0');
    expect(pg.getColumn(2).width).toBeGreaterThanOrEqual(40);
  });

  test('regenerating replaces our sheets in place, keeps the signatories the user typed, and adds nothing', async () => {
    const wb = await open(out);
    const pk = wb.getWorksheet(PK)!;
    let nameCell = '';
    pk.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === 'PIHAK PERTAMA,') nameCell = pk.getCell(Number(c.row) + 6, Number(c.col)).address;
      }),
    );
    pk.getCell(nameCell).value = 'Dra. Contoh Nama, M.Si';
    const edited = path.join(dir, 'signed.xlsx');
    await wb.xlsx.writeFile(edited);
    const again = path.join(dir, 'again.xlsx');
    await generate(edited, again);
    const after = await open(again);
    expect(after.worksheets.map((w) => w.name)).toEqual((await open(out)).worksheets.map((w) => w.name));
    expect(after.worksheets.map((w) => w.name)).toEqual([
      SHEET,
      'Rencana Kinerja 2022',
      PK,
      PG,
      RK,
      'Narasi',
      '_CapaianKinerja',
    ]);
    expect(after.getWorksheet(PK)!.getCell(nameCell).value).toBe('Dra. Contoh Nama, M.Si');
    expect(after.getWorksheet('_CapaianKinerja')!.state).toBe('hidden');
  });
});

describe('sheets of the user are never touched, and their text stays text', () => {
  test('a sheet of the user named "Perjanjian Kinerja" is left alone; ours gets another name', async () => {
    const file = await writeWorkbook([
      {
        name: 'Realisasi',
        rows: [
          ['Program/Kegiatan', 'Indikator', 'Target', 'Realisasi', 'Pagu', 'Realisasi (Rp)'],
          ['Program Pelayanan', '=HYPERLINK("http://contoh","klik")', '10 dok', '8 dok', 100, 80],
          ['Program Pendukung', '+62 812 kontak', '4 kali', '4 kali', 50, 50],
          ['Program Ketiga', '@SUM(A1) \t=1+1', '2 kali', '2 kali', 20, 20],
          ['Program Keempat', '-2+3', '1 kali', '1 kali', 10, 10],
        ],
      },
      { name: PK, rows: [['Catatan pribadi staf'], ['jangan dihapus']] },
    ]);
    const out = path.join(path.dirname(file), 'out.xlsx');
    await generate(file, out);
    const wb = await open(out);
    expect(wb.getWorksheet(PK)!.getCell('A2').value).toBe('jangan dihapus');
    expect(wb.getWorksheet(`${PK} (2)`)).toBeDefined();
    // Indicator names that look like formulas are copied as text, never as formulas.
    const pg = wb.getWorksheet(PG)!;
    const cells: ExcelJS.CellValue[] = [];
    pg.eachRow((row) => row.eachCell((c) => void cells.push(c.value)));
    expect(cells).toContain('=HYPERLINK("http://contoh","klik")');
    expect(cells).toContain('+62 812 kontak');
    expect(cells).toContain('@SUM(A1) =1+1');
    expect(cells).toContain('-2+3');
    expect(
      cells.some(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          'formula' in v &&
          /HYPERLINK|SUM\(A1\)|2\+3|62 812/.test(String(v.formula)),
      ),
    ).toBe(false);
  });
});

describe('the other layouts', () => {
  test('an IKU sheet with a program/anggaran list makes a Perjanjian Kinerja', async () => {
    const file = await writeWorkbook([
      {
        name: 'IKU',
        rows: [
          ['INDIKATOR KINERJA UTAMA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH TAHUN 2024'],
          ['Sasaran', 'Indikator Kinerja', 'Target'],
          ['Meningkatnya layanan e-government', 'Indeks SPBE', '2,6'],
          ['Meningkatnya akuntabilitas', 'Nilai SAKIP', 'BB'],
        ],
      },
      {
        name: 'Anggaran',
        rows: [
          ['Program', 'Anggaran'],
          ['Program Aplikasi Informatika', 'Rp. 4.100.832.755'],
          ['Program Informasi dan Komunikasi Publik', 'Rp. 1.250.000.000'],
        ],
      },
    ]);
    const out = path.join(path.dirname(file), 'out.xlsx');
    await generate(file, out);
    const lo = await recalculated(out);
    expect(valueAt(lo, PK, `D${rowWith(lo, PK, 'C', 'Indeks SPBE')}`)).toBe('2,6');
    expect(valueAt(lo, PK, `D${rowWith(lo, PK, 'C', 'Nilai SAKIP')}`)).toBe('BB');
    expect(numberAt(lo, PK, `C${rowWith(lo, PK, 'B', 'Program Aplikasi Informatika')}`)).toBe(4100832755);
    expect(numberAt(lo, PK, `C${rowWith(lo, PK, 'A', 'Jumlah')}`)).toBe(5350832755);
    expect(valueAt(lo, PK, 'A1')).toBe('PERJANJIAN KINERJA TAHUN 2024');
    expect(lo.getWorksheet(PG)).toBeUndefined();
  });

  test('a monthly pengukuran sheet makes Pengukuran Kinerja and Ringkasan, in English when asked', async () => {
    const file = await writeWorkbook([
      {
        name: 'Bulanan',
        rows: [
          [
            'No',
            'Sasaran',
            'Indikator Kinerja',
            'Target',
            'Realisasi',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            'Capaian',
          ],
          [null, null, null, null, ...MONTHS],
          [
            1,
            'Menurunnya kekerasan terhadap anak',
            'Jumlah kasus kekerasan terhadap anak',
            20,
            2,
            1,
            0,
            2,
            1,
            1,
            0,
            2,
            1,
            1,
            1,
            2,
            null,
          ],
          [
            2,
            'Terwujudnya Kota Layak Anak',
            'Indeks Kota Layak Anak',
            550,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            705,
            null,
          ],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:P1', 'Q1:Q2'],
      },
    ]);
    const out = path.join(path.dirname(file), 'out.xlsx');
    await generate(file, out, '--lang', 'en', '--dinas', 'Dinas P3A Kabupaten Contoh', '--tahun', '2025');
    const lo = await recalculated(out);
    const sheet = 'Performance Measurement';
    const kasus = rowWith(lo, sheet, 'C', 'Jumlah kasus kekerasan terhadap anak');
    expect(numberAt(lo, sheet, `E${kasus}`)).toBe(14);
    expect(numberAt(lo, sheet, `F${kasus}`)).toBeCloseTo(1.3, 10);
    expect(valueAt(lo, sheet, `G${kasus}`)).toBe('Very high');
    const kla = rowWith(lo, sheet, 'C', 'Indeks Kota Layak Anak');
    expect(numberAt(lo, sheet, `F${kla}`)).toBeCloseTo(1.2818, 4);
    const summary = 'Achievement Summary';
    expect(numberAt(lo, summary, `C${rowWith(lo, summary, 'A', 'Strategic objectives')}`)).toBe(2);
    expect(valueAt(lo, 'Performance Agreement', 'A1')).toBe('PERFORMANCE AGREEMENT 2025');
    expect(valueAt(lo, 'Performance Agreement', 'A2')).toBe('DINAS P3A KABUPATEN CONTOH');
  });
});
