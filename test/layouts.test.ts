import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { checkWorkbook } from '../src/core/engine';
import { Finding } from '../src/core/check/finding';
import { loadWorkbook } from '../src/xlsx/workbook';
import { MONTHS, writeWorkbook, SheetSpec } from './helpers/build';
import { numberAt, recalculated, valueAt } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

async function check(file: string) {
  const { snapshots } = await loadWorkbook(file);
  return checkWorkbook(snapshots);
}

async function generateAndRecalculate(file: string): Promise<ExcelJS.Workbook> {
  const out = path.join(path.dirname(file), 'out.xlsx');
  expect(await run(['generate', file, '--out', out], quiet)).toBe(0);
  return recalculated(out);
}

/** The second click: generate again on what the first one wrote, where the office's typed values are gone. */
async function generateTwiceAndRecalculate(file: string): Promise<ExcelJS.Workbook> {
  const once = path.join(path.dirname(file), 'once.xlsx');
  expect(await run(['generate', file, '--out', once], quiet)).toBe(0);
  return generateAndRecalculate(once);
}

const has = (findings: readonly Finding[], rule: string, cell: string): boolean =>
  findings.some((f) => f.rule === rule && f.cell === cell);

/** Evaluasi Renja with kode nomenklatur, triwulan I–IV realisasi (K and Rp) and Renstra columns. */
const TRIWULAN: SheetSpec = {
  name: 'Evaluasi Renja',
  rows: [
    ['EVALUASI HASIL RENJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2023'],
    [],
    [
      'Kode',
      'Urusan/Program/Kegiatan/Sub Kegiatan',
      'Indikator Kinerja',
      'Target Renstra (Akhir Periode)',
      null,
      'Target Tahun 2023',
      null,
      'Realisasi Kinerja dan Anggaran Triwulan',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'Realisasi Tahun 2023',
      null,
      'Tingkat Capaian (%)',
      null,
      'Penanggung Jawab',
    ],
    [null, null, null, null, null, null, null, 'I', null, 'II', null, 'III', null, 'IV'],
    [
      null,
      null,
      null,
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
    ],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
    // Program: percent indicator (last filled period), its pagu left empty.
    [
      '1.02.02',
      'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN',
      'Persentase puskesmas terakreditasi',
      '100 %',
      8000000000,
      '100 %',
      null,
      '25 %',
      null,
      '50 %',
      null,
      '75 %',
      null,
      '90 %',
      null,
      null,
      null,
      null,
      null,
      'Bidang Yankes',
    ],
    ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', null, null, null, null, 1500000000],
    // Cumulative count: periods add up to 11 of 12 paket; Rp periods add up to 900 juta.
    [
      '1.02.02.2.01.0001',
      'Pengadaan Obat, Vaksin, Makanan dan Minuman serta Fasilitas Kesehatan Lainnya',
      'Jumlah paket obat yang disediakan',
      '48 paket',
      null,
      '12 paket',
      1000000000,
      '3 pkt',
      200000000,
      '3 pkt',
      250000000,
      '3 pkt',
      250000000,
      '2 pkt',
      200000000,
      null,
      null,
      null,
      null,
      'Seksi Farmasi',
    ],
    // Negative indicator, last filled period: (2 × 90 − 80) / 90.
    [
      '1.02.02.2.01.0002',
      'Pelayanan Kesehatan Ibu dan Anak',
      'Angka kematian ibu',
      '80',
      null,
      '90',
      500000000,
      '95',
      100000000,
      '88',
      100000000,
      '85',
      100000000,
      '80',
      100000000,
      null,
      450000000,
      '85%',
      null,
      'Seksi Kesga',
    ],
    ['Jumlah', null, null, null, null, null, 1600000000],
  ],
  merges: [
    'A3:A5',
    'B3:B5',
    'C3:C5',
    'D3:E4',
    'F3:G4',
    'H3:O3',
    'H4:I4',
    'J4:K4',
    'L4:M4',
    'N4:O4',
    'P3:Q4',
    'R3:S4',
    'T3:T5',
    'A11:F11',
  ],
};

describe('Evaluasi Renja with kode, triwulan and Renstra columns', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([TRIWULAN], 'triwulan.xlsx');
  });

  test('columns, levels and the period rule are read from the header and the kode', async () => {
    const result = await check(file);
    const t = result.tables[0]!;
    expect(t.report.layout).toBe('evaluasi-renja');
    const roles = t.table.columns.map((c) =>
      c.role.kind === 'period'
        ? `tw${c.role.index}${c.role.measure}`
        : c.role.kind === 'reference'
          ? `renstra-${c.role.measure}`
          : c.role.kind,
    );
    expect(roles).toEqual([
      'kode',
      'nama',
      'indikator',
      'renstra-target',
      'renstra-target',
      'targetK',
      'pagu',
      'tw1K',
      'tw1Rp',
      'tw2K',
      'tw2Rp',
      'tw3K',
      'tw3Rp',
      'tw4K',
      'tw4Rp',
      'realisasiK',
      'realisasiRp',
      'capaianK',
      'capaianRp',
      'penanggungJawab',
    ]);
    expect(t.table.nodes.map((n) => n.level)).toEqual(['program', 'kegiatan', 'subKegiatan', 'subKegiatan']);
    const byName = (s: string) => t.analysis.indicators.find((i) => i.indikator.startsWith(s))!;
    expect(byName('Jumlah paket').capaian).toBeCloseTo(11 / 12, 10);
    expect(byName('Angka kematian ibu').polarity).toBe('negatif');
    expect(byName('Angka kematian ibu').capaian).toBeCloseTo(100 / 90, 10);
    expect(byName('Persentase puskesmas').capaian).toBeCloseTo(0.9, 10);
  });

  test('findings: the empty program pagu, the wrong typed capaian and the realisasi that disagrees with its periods', async () => {
    const { findings } = await check(file);
    expect(has(findings, 'missing-subtotal', 'G7')).toBe(true);
    expect(has(findings, 'capaian-mismatch', 'R10')).toBe(true); // typed 85%, true 111,11%
    expect(findings.find((f) => f.cell === 'Q10' && f.rule === 'subtotal-mismatch')).toMatchObject({
      stated: 450000000,
      sum: 400000000,
    });
    expect(findings.filter((f) => f.rule === 'unit-mismatch')).toEqual([]); // pkt = paket
  });

  test('after generate, LibreOffice computes capaian from the periods and totals from the items', async () => {
    const lo = await generateAndRecalculate(file);
    const s = 'Evaluasi Renja';
    expect(numberAt(lo, s, 'P9')).toBe(11); // sum of the periods
    expect(numberAt(lo, s, 'R9')).toBeCloseTo(11 / 12, 10);
    expect(numberAt(lo, s, 'Q9')).toBe(900000000);
    expect(numberAt(lo, s, 'S9')).toBeCloseTo(0.9, 10);
    expect(numberAt(lo, s, 'P10')).toBe(80); // last filled period
    expect(numberAt(lo, s, 'R10')).toBeCloseTo(100 / 90, 10);
    expect(numberAt(lo, s, 'R7')).toBeCloseTo(0.9, 10);
    expect(numberAt(lo, s, 'G7')).toBe(1500000000);
    expect(numberAt(lo, s, 'Q8')).toBe(1300000000);
    expect(numberAt(lo, s, 'S7')).toBeCloseTo(1300000000 / 1500000000, 10);
    expect(numberAt(lo, s, 'G11')).toBe(1500000000);
    // The Renstra figures are shown, not computed on.
    expect(valueAt(lo, s, 'E7')).toBe(8000000000);
  });
});

/** Pengukuran kinerja per indicator, monthly realisasi with a Jumlah column and a satuan column. */
const BULANAN: SheetSpec = {
  name: 'Pengukuran',
  rows: [
    ['PENGUKURAN KINERJA DINAS P3A TAHUN 2023'],
    [
      'No',
      'Sasaran Strategis',
      'Indikator Kinerja',
      'Satuan',
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
      null,
      'Capaian (%)',
    ],
    [null, null, null, null, null, ...MONTHS, 'Jumlah'],
    [],
    [
      1,
      'Menurunnya kekerasan terhadap anak',
      'Jumlah kasus kekerasan terhadap anak',
      'kasus',
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
      15,
      null,
    ],
    [
      null,
      null,
      'Persentase anak korban kekerasan yang dilayani',
      '%',
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      100,
      '100',
    ],
    [],
    [
      2,
      'Terwujudnya Kota Layak Anak',
      'Indeks Kota Layak Anak',
      'skor',
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
      '85',
    ],
    [
      3,
      'Meningkatnya kualitas tata kelola',
      'Predikat SAKIP',
      'predikat',
      'BB',
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
      'BB',
      null,
      null,
    ],
    [],
    ['Sumber: Bidang Perlindungan Anak'],
  ],
  merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:R2', 'S2:S3', 'A5:A6', 'B5:B6'],
};

describe('Pengukuran kinerja per indicator with monthly realisasi', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([BULANAN], 'bulanan.xlsx');
  });

  test('sasaran with their indicators; counts add the months, percentages and indexes take the last month', async () => {
    const result = await check(file);
    const t = result.tables[0]!;
    expect(t.report.layout).toBe('pengukuran-kinerja');
    expect(t.report.counts).toMatchObject({ sasaran: 3, indikator: 4 });
    expect(t.table.dataBottom + 1).toBe(9); // the source note is not a row
    const ind = (s: string) => t.analysis.indicators.find((i) => i.indikator.startsWith(s))!;
    expect(ind('Jumlah kasus').periodRule).toBe('jumlah');
    expect(ind('Jumlah kasus').polarity).toBe('negatif');
    expect(ind('Jumlah kasus').capaian).toBeCloseTo((40 - 14) / 20, 10);
    expect(ind('Indeks Kota').capaian).toBeCloseTo(705 / 550, 10);
    expect(ind('Persentase anak').capaian).toBe(1);
    expect(ind('Predikat SAKIP').capaian).toBeNull();
  });

  test('findings: the Jumlah that is not the sum of the months, the wrong capaian, the BB target noted', async () => {
    const { findings } = await check(file);
    expect(findings.find((f) => f.cell === 'R5' && f.rule === 'subtotal-mismatch')).toMatchObject({
      stated: 15,
      sum: 14,
    });
    expect(has(findings, 'capaian-mismatch', 'S8')).toBe(true); // typed 85, true 128,18 %
    expect(has(findings, 'capaian-mismatch', 'S6')).toBe(false); // typed 100 is right
    expect(findings.find((f) => f.cell === 'E9')).toMatchObject({ rule: 'not-a-number', severity: 'info' });
  });

  test('after generate the Jumlah and capaian are live', async () => {
    const lo = await generateAndRecalculate(file);
    expect(numberAt(lo, 'Pengukuran', 'R5')).toBe(14);
    expect(numberAt(lo, 'Pengukuran', 'S5')).toBeCloseTo(1.3, 10);
    expect(numberAt(lo, 'Pengukuran', 'R8')).toBe(705);
    expect(numberAt(lo, 'Pengukuran', 'S8')).toBeCloseTo(1.2818, 4);
    expect(valueAt(lo, 'Pengukuran', 'S9')).toBeNull(); // BB: nothing to compute
    expect(valueAt(lo, 'Pengukuran', 'A11')).toBe('Sumber: Bidang Perlindungan Anak');
  });
});

/** A names column under the group label "Capaian Kinerja": the office's Bidang/Seksi responsible. */
const SEKSI: SheetSpec = {
  name: 'Capaian',
  rows: [
    ['No', 'Indikator', 'Capaian Kinerja 2023', null, null, null],
    [null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Bidang/Seksi'],
    ['1', 'Persentase puskesmas terakreditasi', 80, 72, '90%', 'Seksi Yankes'],
    ['2', 'Jumlah kader terlatih', 120, 126, '105%', 'Bidang Kesmas'],
    ['3', 'Cakupan imunisasi dasar lengkap', 95, 90, null, 'Seksi P2P'],
  ],
  merges: ['C1:F1'],
};

describe('Words under a capaian group', () => {
  test('a column of names is a label, never a capaian column we would fill', async () => {
    const t = (await check(await writeWorkbook([SEKSI], 'seksi.xlsx'))).tables[0]!;
    const roles = Object.fromEntries(t.report.columns.map((c) => [c.letter, [c.role.kind, c.kind]]));
    expect(roles).toMatchObject({ E: ['capaianK', 'derived'], F: ['other', 'label'] });
  });
});

/** "Tingkat Capaian" typed over its "(%)" on the row below, under a year label over target and result. */
const SPLIT: SheetSpec = {
  name: 'Evaluasi',
  rows: [
    ['EVALUASI HASIL KINERJA TAHUN 2023'],
    [],
    [null, null, 'Tahun 2023'],
    ['Tingkat Capaian'],
    ['(%)', 'Ket.', 'Target Kinerja', 'Hasil', 'Tolok Ukur Kinerja'],
    [{ formula: 'D6/C6*100', result: 60.8 }, 'Belum tercapai', 80, 48.6, 'Persentase anak yang dilayani'],
    [{ formula: 'D7/C7*100', result: 82.1 }, 'Belum tercapai', 28, 23, 'Jumlah laporan yang disusun'],
  ],
  merges: ['C3:D3'],
};

describe('A label split over two rows', () => {
  test('the header starts at the year label: the label above "(%)" belongs to the header', async () => {
    const t = (await check(await writeWorkbook([SPLIT], 'split.xlsx'))).tables[0]!;
    expect(t.report.range).toBe('A3:E7');
    const a = t.report.columns.find((c) => c.letter === 'A')!;
    expect([a.header, a.role.kind, a.kind]).toEqual(['Tingkat Capaian / (%)', 'capaianK', 'derived']);
  });
});

/** A column labelled on the top row only ("Nomor"), right of a three-row group whose labels are typed unmerged. */
const NOMOR_AFTER_GROUP: SheetSpec = {
  name: 'Pengukuran',
  rows: [
    ['Indikator', 'Tahun 2023', null, null, 'Nomor'],
    [null, 'Anggaran'],
    [null, 'Alokasi', 'Realisasi', 'Penyerapan (%)'],
    ['Persentase dokumen yang selesai', 1000000, 800000, 80, '1'],
    ['Jumlah lembaga yang dibina', 2000000, 1500000, 75, '2'],
  ],
};

describe('A label typed on the top row only', () => {
  test('is the whole header of its column: "Penyerapan (%)" on its left does not reach into it', async () => {
    const t = (await check(await writeWorkbook([NOMOR_AFTER_GROUP], 'nomor.xlsx'))).tables[0]!;
    const e = t.report.columns.find((c) => c.letter === 'E')!;
    expect([e.header, e.role.kind, e.kind]).toEqual(['Nomor', 'no', 'label']);
  });
});

/** A Perjanjian Kinerja's targets typed as bounds, as PK documents state them: at least, at most. */
const BOUNDS: SheetSpec = {
  name: 'PK 2023',
  rows: [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Meningkatnya kualitas pelayanan', 'Indeks Kepuasan Masyarakat', '≥ 80', 82.5, 103.13],
    [2, null, 'Persentase pengaduan yang ditindaklanjuti', 'min. 90%', '95%', 105.56],
    [3, 'Menurunnya angka kekerasan', 'Jumlah kasus KDRT', '≤ 25 kasus', '20 kasus', 120],
    [4, null, 'Rasio kekerasan terhadap anak', 'maks 5', 4, 120],
  ],
};

describe('Targets typed as bounds ("≥ 80", "maks 5")', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([BOUNDS], 'bounds.xlsx');
  });

  test('are read as figures: at most is lower-is-better, and the typed capaian check out', async () => {
    const result = await check(file);
    expect(result.findings).toEqual([]);
    const t = result.tables[0]!;
    expect(t.analysis.indicators.map((i) => [i.polarity, i.polaritySource])).toEqual([
      ['positif', 'target'],
      ['positif', 'target'],
      ['negatif', 'target'],
      ['negatif', 'target'],
    ]);
    expect(t.report.columns.find((c) => c.letter === 'F')!.kind).toBe('derived');
  });

  test('after generate the targets still show as typed, and capaian is live', async () => {
    const lo = await generateAndRecalculate(file);
    const ws = lo.getWorksheet('PK 2023')!;
    expect(['D2', 'D3', 'D4', 'D5'].map((a) => [numberAt(lo, 'PK 2023', a), ws.getCell(a).numFmt])).toEqual([
      [80, '"≥ "0'],
      [0.9, '"min. "0%'],
      // LibreOffice, which saved this copy, writes `0 "kasus"` as `0" kasus"`: the same text shown.
      [25, '"≤ "0" kasus"'],
      [5, '"maks "0'],
    ]);
    expect(['F2', 'F3', 'F4', 'F5'].map((a) => Math.round(numberAt(lo, 'PK 2023', a) * 10000) / 100)).toEqual(
      [103.13, 105.56, 120, 120],
    );
  });

  test('a second generate reads the bound from the number format and keeps "at most" lower-is-better', async () => {
    const lo = await generateTwiceAndRecalculate(file);
    expect(['F4', 'F5'].map((a) => Math.round(numberAt(lo, 'PK 2023', a) * 10000) / 100)).toEqual([120, 120]);
  });
});

/** Realisasi with a note under the figure, or a footnote mark: cells that must stay as typed. */
const NOTES: SheetSpec = {
  name: 'Pengukuran',
  rows: [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
    [1, 'Angka partisipasi sekolah', '%', 97, '96,2\n(angka sementara)', 99.18, 'Sumber: BPS 2023'],
    [2, 'Rata-rata lama sekolah', 'tahun', 8.5, 8.61, 101.29, 'Data Dapodik 2023'],
    [3, 'Persentase guru bersertifikat', '%', 75, '78*', 104, '*) data sementara'],
  ],
};

describe('Figures that must stay as typed', () => {
  test('are read for the checks; their rows keep the typed capaian, the others are live', async () => {
    const file = await writeWorkbook([NOTES], 'notes.xlsx');
    const result = await check(file);
    expect(result.findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ['number-as-text', 'E2', 'info'],
    ]);
    const lo = await generateAndRecalculate(file);
    expect(valueAt(lo, 'Pengukuran', 'E2')).toBe('96,2\n(angka sementara)');
    expect(valueAt(lo, 'Pengukuran', 'E4')).toBe('78*');
    // Before, these two became formulas over text cells that computed to nothing.
    expect([numberAt(lo, 'Pengukuran', 'F2'), numberAt(lo, 'Pengukuran', 'F4')]).toEqual([99.18, 104]);
    expect(numberAt(lo, 'Pengukuran', 'F3')).toBeCloseTo(8.61 / 8.5, 10);
  });
});

/** A Rencana Aksi: quarterly targets and quarterly realisasi side by side, the realisasi as running totals. */
const RENCANA_AKSI: SheetSpec = {
  name: 'Rencana Aksi',
  rows: [
    [
      'No',
      'Indikator Kinerja',
      'Target Tahunan',
      'Target TW I',
      'Target TW II',
      'Target TW III',
      'Target TW IV',
      'Realisasi TW I',
      'Realisasi TW II',
      'Realisasi TW III',
      'Realisasi TW IV',
      'Capaian (%)',
    ],
    [1, 'Persentase dokumen perencanaan tepat waktu', 100, 25, 50, 75, 100, 25, 50, 70, 100, 100],
    [2, 'Jumlah laporan keuangan', 12, 3, 6, 9, 12, 3, 6, 9, 11, 91.67],
  ],
};

describe('Quarterly targets beside quarterly realisasi', () => {
  test('"Target TW I" is no realisasi; running totals are read from the typed capaian, not summed', async () => {
    const file = await writeWorkbook([RENCANA_AKSI], 'rencana-aksi.xlsx');
    const result = await check(file);
    const t = result.tables[0]!;
    const role = (l: string): string => t.report.columns.find((c) => c.letter === l)!.role.kind;
    expect(['D', 'E', 'F', 'G'].map(role)).toEqual(['other', 'other', 'other', 'other']);
    expect(['H', 'I', 'J', 'K'].map(role)).toEqual(['period', 'period', 'period', 'period']);
    // Before: the target quarters were summed as realisasi, and L3 was an error "should be 250 %".
    expect(result.findings).toEqual([]);
    const lo = await generateAndRecalculate(file);
    expect(numberAt(lo, 'Rencana Aksi', 'L2')).toBeCloseTo(1, 10);
    expect(numberAt(lo, 'Rencana Aksi', 'L3')).toBeCloseTo(11 / 12, 10);
    // The second click, with our formulas where the typed capaian were: still running totals, not 29 of 12.
    const again = await generateTwiceAndRecalculate(file);
    expect(numberAt(again, 'Rencana Aksi', 'L3')).toBeCloseTo(11 / 12, 10);
  });
});

/** Renstra's levels: Tujuan above Sasaran above the indicators. */
const TUJUAN: SheetSpec = {
  name: 'Capaian',
  rows: [
    ['Tujuan', 'Sasaran', 'Indikator Sasaran', 'Target', 'Realisasi', 'Capaian (%)'],
    [
      'Meningkatnya derajat kesehatan',
      'Meningkatnya pelayanan dasar',
      'Persentase puskesmas terakreditasi',
      '80%',
      '85%',
      '106,25%',
    ],
    [null, 'Menurunnya angka kesakitan', 'Prevalensi stunting', '14%', '16,3%', '83,57%'],
  ],
};

describe('A Tujuan column beside the Sasaran column', () => {
  test("is the level above: the sasaran are the Sasaran column's, as the Perjanjian Kinerja lists them", async () => {
    const t = (await check(await writeWorkbook([TUJUAN], 'tujuan.xlsx'))).tables[0]!;
    const role = (l: string): string => t.report.columns.find((c) => c.letter === l)!.role.kind;
    expect([role('A'), role('B')]).toEqual(['other', 'sasaran']);
    expect(t.report.counts.sasaran).toBe(2);
  });
});

/** An office that caps capaian at 100 %: what passed the target is typed as 100. */
const CAPPED: SheetSpec = {
  name: 'Capaian',
  rows: [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase layanan tepat waktu', 90, 99, 100],
    [2, 'Jumlah pelatihan', 10, 13, 100],
    [3, 'Indeks kepuasan', 80, 76, 95],
    [4, 'Jumlah kunjungan', 200, 260, 100],
  ],
};

describe("The office's cap at 100 %", () => {
  test('is read from its typed capaian and followed, not reported as three wrong values', async () => {
    const file = await writeWorkbook([CAPPED], 'capped.xlsx');
    const result = await check(file);
    expect(result.findings).toEqual([]);
    expect(result.conventions.cap).toEqual({ cap: 1, source: 'data', rows: 3 });
    const lo = await generateAndRecalculate(file);
    expect(['E2', 'E3', 'E4', 'E5'].map((a) => numberAt(lo, 'Capaian', a))).toEqual([1, 1, 0.95, 1]);
    // The second click reads the cap from our formulas, where the typed 100s were.
    const again = await generateTwiceAndRecalculate(file);
    expect(['E2', 'E3', 'E4', 'E5'].map((a) => numberAt(again, 'Capaian', a))).toEqual([1, 1, 0.95, 1]);
  });

  test('one value typed above 100 % says the office does not cap: the others are wrong', async () => {
    const rows = CAPPED.rows.map((r, i) => (i === 3 ? [3, 'Jumlah penyuluhan', 10, 13, 130] : r));
    const result = await check(await writeWorkbook([{ ...CAPPED, rows }], 'not-capped.xlsx'));
    expect(result.conventions.cap.source).toBe('bawaan');
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['capaian-mismatch', 'E2'],
      ['capaian-mismatch', 'E3'],
      ['capaian-mismatch', 'E5'],
    ]);
  });
});

/** One sub kegiatan overspent: its kegiatan and program, whose typed sums carry the same overspend, are over too. */
const BOROS: SheetSpec = {
  name: 'Anggaran',
  rows: [
    ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ['I', 'Program Penunjang Urusan Pemerintahan Daerah', 300000000, 310000000, null],
    ['1', 'Administrasi Umum Perangkat Daerah', 300000000, 310000000, null],
    ['a', 'Penyediaan Alat Tulis Kantor', 200000000, 230000000, null],
    ['b', 'Penyediaan Bahan Bacaan', 100000000, 80000000, null],
    ['II', 'Program Perlindungan Khusus Anak', 50000000, 55000000, null],
  ],
};

describe('Over budget, one cause', () => {
  test('reported once, at the line that overspent, not again at each line whose sum carries it', async () => {
    const { findings } = await check(await writeWorkbook([BOROS], 'boros.xlsx'));
    // Penyediaan ATK: 230 juta of 200 juta. Program II has no lines under it: its own overspend is its own cause.
    expect(findings.filter((f) => f.rule === 'over-budget').map((f) => f.cell)).toEqual(['D4', 'D6']);
  });
});

/** Budget-only realisasi, English-style numbers copied from a web page, Roman and letter numbering. */
const ANGGARAN: SheetSpec = {
  name: 'Realisasi Anggaran',
  rows: [
    ['LAPORAN REALISASI ANGGARAN BELANJA'],
    ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ['I', 'Program Penunjang Urusan Pemerintahan Daerah', '1,004,422,800', '950,000,000', null],
    ['1', 'Administrasi Keuangan Perangkat Daerah', null, null, null],
    ['a', 'Penyediaan Gaji dan Tunjangan ASN', '904,422,800', '870,000,000', '96.19%'],
    ['b', 'Koordinasi dan Penyusunan Laporan Keuangan', '100,000,000', '105,000,000', '105.00%'],
    ['II', 'Program Perlindungan Khusus Anak', 'Rp. 51.489.812', null, null],
    ['1', 'Pencegahan Kekerasan terhadap Anak', '51,489,812', '44,223,782', null],
    [
      'a',
      'Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak',
      '51,489,812',
      '44,223,782',
      '85.89',
    ],
  ],
};

describe('Budget-only realisasi', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([ANGGARAN], 'anggaran.xlsx');
  });

  test('Roman numerals make programs; English-style numbers are read per column', async () => {
    const result = await check(file);
    const t = result.tables[0]!;
    expect(t.report.layout).toBe('realisasi-anggaran');
    expect(t.table.nodes.map((n) => n.level)).toEqual([
      'program',
      'kegiatan',
      'subKegiatan',
      'subKegiatan',
      'program',
      'kegiatan',
      'subKegiatan',
    ]);
    const pagu = t.analysis.budgets.get(2)!.pagu;
    expect(pagu).toMatchObject({ kind: 'number', value: 904422800 });
    const { findings } = result;
    expect(has(findings, 'over-budget', 'D6')).toBe(true);
    expect(has(findings, 'missing-subtotal', 'C4')).toBe(true);
    expect(findings.find((f) => f.cell === 'D3' && f.rule === 'subtotal-mismatch')).toMatchObject({
      stated: 950000000,
      sum: 975000000,
    });
    expect(findings.filter((f) => f.rule === 'capaian-mismatch')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'ambiguous-number')).toEqual([]);
  });

  test('after generate, penyerapan and subtotals are live', async () => {
    const lo = await generateAndRecalculate(file);
    const s = 'Realisasi Anggaran';
    expect(numberAt(lo, s, 'C3')).toBe(1004422800);
    expect(numberAt(lo, s, 'D3')).toBe(975000000);
    expect(numberAt(lo, s, 'E3')).toBeCloseTo(975000000 / 1004422800, 10);
    expect(numberAt(lo, s, 'E9')).toBeCloseTo(44223782 / 51489812, 10);
    expect(numberAt(lo, s, 'C7')).toBe(51489812);
  });
});

/** An IKU with numeric, unit and non-numeric targets. */
const IKU: SheetSpec = {
  name: 'IKU',
  rows: [
    ['INDIKATOR KINERJA UTAMA'],
    ['Sasaran', 'Indikator Kinerja', 'Target'],
    ['Meningkatnya kesetaraan gender', 'Indeks Pembangunan Gender', '90,76'],
    [null, 'Proporsi kursi perempuan di DPRD', '5 orang'],
    ['Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP', 'BB'],
  ],
  merges: ['A3:A4'],
};

test('IKU / Rencana Kinerja: numbers, units and BB targets are read, not flagged', async () => {
  const result = await check(await writeWorkbook([IKU], 'iku.xlsx'));
  const t = result.tables[0]!;
  expect(t.report.layout).toBe('rencana-kinerja');
  expect(t.table.nodes.map((n) => [n.level, n.name, n.rows.length])).toEqual([
    ['sasaran', 'Indeks Pembangunan Gender', 2],
    ['sasaran', 'Nilai SAKIP', 1],
  ]);
  expect(
    t.analysis.indicators.map((i) => (i.target.kind === 'number' ? i.target.value : i.target.kind)),
  ).toEqual([90.76, 5, 'text']);
  expect(result.findings).toEqual([]);
});

/** Columns in another order, an extra column, spacer rows, and a second table below. */
const CAMPUR: SheetSpec = {
  name: 'Campur',
  rows: [
    ['TABEL 3.1 CAPAIAN PROGRAM'],
    [],
    [
      'Indikator',
      'Program/Kegiatan',
      'Realisasi Anggaran',
      'Pagu',
      'Keterangan',
      'Target',
      'Realisasi',
      'Capaian Kinerja (%)',
    ],
    [
      'Persentase layanan terpenuhi',
      'Program Pelayanan Kesehatan',
      400000,
      500000,
      'catatan',
      '100%',
      '80%',
      null,
    ],
    [],
    ['Jumlah dokumen', 'Kegiatan Penyusunan Dokumen', 400000, 500000, null, '4 dok', '3 dok', '0,75'],
    [],
    [],
    [],
    [],
    ['TABEL 3.2 PENGUKURAN SASARAN'],
    ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
    ['Meningkatnya derajat kesehatan', 'Usia harapan hidup', '72,5', '73,1', null],
  ],
};

describe('columns in another order, spacer rows and a second table', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([CAMPUR], 'campur.xlsx');
  });

  test('both tables are found, with their own columns', async () => {
    const result = await check(file);
    expect(result.tables.map((t) => [t.report.range, t.report.layout])).toEqual([
      ['A3:H6', 'evaluasi-renja'],
      ['A12:E13', 'pengukuran-kinerja'],
    ]);
    expect(result.tables[0]!.table.columns.map((c) => c.role.kind)).toEqual([
      'indikator',
      'nama',
      'realisasiRp',
      'pagu',
      'keterangan',
      'targetK',
      'realisasiK',
      'capaianK',
    ]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('after generate, capaian is live in both tables and penyerapan gets its own new column', async () => {
    const lo = await generateAndRecalculate(file);
    expect(numberAt(lo, 'Campur', 'H4')).toBeCloseTo(0.8, 10);
    expect(numberAt(lo, 'Campur', 'H6')).toBeCloseTo(0.75, 10);
    expect(valueAt(lo, 'Campur', 'I3')).toBe('Penyerapan Anggaran (%)');
    expect(numberAt(lo, 'Campur', 'I4')).toBeCloseTo(0.8, 10);
    expect(numberAt(lo, 'Campur', 'E13')).toBeCloseTo(73.1 / 72.5, 10);
  });
});

test('a column role chosen by the user wins over the header words', async () => {
  const file = await writeWorkbook([CAMPUR], 'roles.xlsx');
  const { snapshots } = await loadWorkbook(file);
  const result = checkWorkbook(snapshots, { roles: { Campur: { E: { kind: 'satuan' } } } });
  expect(result.tables[0]!.table.columns[4]!.role.kind).toBe('satuan');
});

test('with names only, the rows that carry subtotals are the parents', async () => {
  const file = await writeWorkbook([
    {
      name: 'Nama Saja',
      rows: [
        ['Uraian', 'Anggaran', 'Realisasi'],
        ['Program Pelayanan Administrasi', 600, 560],
        ['Penyediaan Jasa Kantor', 300, 280],
        ['Jasa Surat Menyurat', 100, 100],
        ['Jasa Listrik', 200, 180],
        ['Penyediaan Alat Tulis', 300, 280],
        ['Alat Tulis Kantor', 150, 140],
        ['Barang Cetakan', 150, 140],
      ],
    },
  ]);
  const t = (await check(file)).tables[0]!;
  expect(t.table.nodes.map((n) => n.level)).toEqual([
    'program',
    'kegiatan',
    'subKegiatan',
    'subKegiatan',
    'kegiatan',
    'subKegiatan',
    'subKegiatan',
  ]);
});
