import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { checkWorkbook } from '../src/core/engine';
import { loadWorkbook } from '../src/xlsx/workbook';
import { writeWorkbook, SheetSpec } from './helpers/build';
import { recalculated } from './helpers/libreoffice';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

async function check(sheets: readonly SheetSpec[], name: string) {
  const file = await writeWorkbook(sheets, name);
  const { snapshots } = await loadWorkbook(file);
  return { file, result: checkWorkbook(snapshots) };
}

async function generated(file: string): Promise<ExcelJS.Workbook> {
  const out = path.join(path.dirname(file), `${path.basename(file, '.xlsx')}-out.xlsx`);
  expect(await run(['generate', file, '--out', out], quiet)).toBe(0);
  return recalculated(out);
}

const roleOf = (columns: readonly { letter: string; role: { kind: string } }[], letter: string) =>
  columns.find((c) => c.letter === letter)?.role.kind;

/** The period leading its label, "TW I Realisasi" … in one header row, then Jumlah and a typed %. */
const LEADING_TW: SheetSpec = {
  name: 'Anggaran',
  rows: [
    [
      'Uraian',
      'Pagu (Rp)',
      'TW I Realisasi',
      'TW II Realisasi',
      'TW III Realisasi',
      'TW IV Realisasi',
      'Jumlah',
      'Realisasi (%)',
    ],
    ['Penyusunan dokumen perencanaan', 400000000, 80000000, 100000000, 90000000, 110000000, 380000000, 95],
    ['Monitoring dan evaluasi', 250000000, 50000000, 60000000, 70000000, 60000000, 240000000, 96],
    ['Penyusunan laporan kinerja', 100000000, 20000000, 30000000, 20000000, 25000000, 95000000, 95],
  ],
};

describe('Periods named inside one header row', () => {
  test('"TW I Realisasi" … are the periods of one realisasi; the typed % confirms the reading', async () => {
    const { result } = await check([LEADING_TW], 'leading-tw.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(['C', 'D', 'E', 'F'].map((l) => roleOf(cols, l))).toEqual([
      'period',
      'period',
      'period',
      'period',
    ]);
    expect(roleOf(cols, 'G')).toBe('realisasiRp');
    expect(cols.find((c) => c.letter === 'H')).toMatchObject({
      role: { kind: 'capaianRp' },
      kind: 'derived',
    });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/** "Capaian" beside the target, holding what was achieved in the target's unit; a status beside it. */
const CAPAIAN_REALISED: SheetSpec = {
  name: 'IKU',
  rows: [
    ['No', 'Indikator Kinerja', 'Target', 'Capaian', 'Keterangan'],
    [1, 'Jumlah desa yang dibina', 24, 22, 'Belum Tercapai'],
    [2, 'Jumlah koperasi aktif', 40, 46, 'Tercapai'],
    [3, 'Indeks kepuasan masyarakat', 82, 85, 'Tercapai'],
    [4, 'Jumlah pelatihan yang dilaksanakan', 12, 12, 'Tercapai'],
    [5, 'Jumlah UMKM naik kelas', 30, 27, 'Tercapai'],
  ],
};

describe('A "Capaian" column with no realisasi beside it', () => {
  test("holding figures in the target's unit is the realised value; the status is checked against it", async () => {
    const { file, result } = await check([CAPAIAN_REALISED], 'capaian-realised.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(cols.find((c) => c.letter === 'D')).toMatchObject({ role: { kind: 'realisasiK' }, kind: 'input' });
    // 27 of 30 is 90 %, typed "Tercapai": the one status that contradicts its figures.
    const status = result.findings.filter((f) => f.rule === 'status-mismatch').map((f) => f.cell);
    expect(status).toEqual(['E6']);
    expect(result.findings.filter((f) => f.rule === 'capaian-mismatch')).toEqual([]);
    const wb = await generated(file);
    const ws = wb.getWorksheet('IKU')!;
    // The capaian is a new column; the realised values stay as typed.
    expect(ws.getCell('D2').value).toBe(22);
    const appended = [2, 3, 6].map((r) => ws.getRow(r).values as unknown[]);
    const shown = appended.map((v) => v.find((x, i) => i > 5 && typeof x === 'object' && x !== null));
    expect(shown.every((x) => x !== undefined)).toBe(true);
  });
});

/** Indexes and percentages whose targets all sit near 100: only how far each figure sits from it tells. */
const CAPAIAN_NEAR_SCALE = (capaian: readonly number[], realisasiWords = false): SheetSpec => ({
  name: 'PK',
  rows: [
    [
      'No',
      'Indikator Kinerja',
      'Target (%)',
      ...(realisasiWords ? ['Realisasi (R) dalam %'] : []),
      'Capaian',
    ],
    ...['Indeks kepuasan masyarakat', 'Persentase dokumen tepat waktu', 'Nilai SAKIP'].map((name, i) => [
      i + 1,
      name,
      [75, 82.5, 80][i]!,
      ...(realisasiWords ? [null] : []),
      capaian[i]!,
    ]),
  ],
});

describe('A "Capaian" beside targets near 100 and no realisasi', () => {
  test('figures nearer their targets than 100 (69,4 of 75) are the realised values, kept as typed inputs', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([69.4, 79.2, 71.9])], 'near-scale.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(cols.find((c) => c.letter === 'D')).toMatchObject({ role: { kind: 'realisasiK' }, kind: 'input' });
  });

  test('figures nearer 100 than their targets (98, 101, 97 beside 75 … 82,5) stay a capaian', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([98, 101, 97])], 'near-scale-ratio.xlsx');
    expect(roleOf(result.tables[0]!.report.columns, 'D')).toBe('capaianK');
  });

  test('another column named Realisasi keeps "Capaian" a capaian, even empty beside it', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([69.4, 79.2, 71.9], true)], 'near-scale-named.xlsx');
    expect(roleOf(result.tables[0]!.report.columns, 'E')).not.toBe('realisasiK');
  });
});

/** A name that states its ceiling, "maksimal 2 %": lower is better. */
const CEILING: SheetSpec = {
  name: 'PK',
  rows: [
    ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    ['Persentase dokumen yang selesai tepat waktu', 90, 99, 110],
    ['Tingkat kesalahan input data maksimal 2 % per bulan', 2, 1, 150],
    ['Jumlah rekomendasi yang ditindaklanjuti', 20, 18, 90],
  ],
};

describe('A ceiling in the indicator name', () => {
  test('"maksimal 2 %" makes the indicator lower-is-better: 1 against 2 is 150 %, no error', async () => {
    const { result } = await check([CEILING], 'ceiling.xlsx');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/** Figures typed rounded to two decimals, capaian computed by the office from the unrounded ones. */
const ROUNDED: SheetSpec = {
  name: 'Tabel 3.2',
  rows: [
    ['Indikator Sasaran', 'Target', 'Realisasi', 'Capaian (%)'],
    ['Angka kematian bayi per 1.000 KH', '0,16', '0,19', '87,10'],
    ['Angka kematian balita per 1.000 KH', '9,20', '9,53', '96,54'],
    ['Prevalensi gizi buruk (%)', '0,64', '0,18', '72,52'],
  ],
};

describe('Figures typed rounded', () => {
  test('a capaian the unrounded figures give is right; one no rounding explains is an error', async () => {
    const { result } = await check([ROUNDED], 'rounded.xlsx');
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`);
    expect(errors).toEqual(['capaian-mismatch D4']);
  });
});

/** An LRA whose "J U M L A H" adds the belanja lines only, by the office's own formula. */
const LRA_TOTAL: SheetSpec = {
  name: 'LRA',
  rows: [
    ['No.', 'U R A I A N', null, 'PAGU', 'REALISASI', '%'],
    ['I', 'PENDAPATAN ASLI DAERAH', null, 100000000, 120000000, 120],
    [
      'II.',
      'BELANJA OPERASI',
      null,
      { formula: 'SUM(D4:D5)', result: 500000000 },
      { formula: 'SUM(E4:E5)', result: 300000000 },
      60,
    ],
    [null, '-', 'Belanja Pegawai', 300000000, 200000000, { formula: 'E4/D4*100', result: 66.66666666666667 }],
    [null, '-', 'Belanja Barang dan Jasa', 200000000, 100000000, 50],
    [],
    [
      null,
      'J U M L A H',
      null,
      { formula: 'D3', result: 500000000 },
      { formula: 'E3', result: 300000000 },
      60,
    ],
    [],
    ['Note :', null, null, null, null, 'Medan,            2024'],
    ['•', 'SP2D UP', null, 52000000],
    [null, null, null, null, null, 'KEPALA DINAS'],
    [null, null, null, null, null, 'NIP. 19700101 199003 1 005'],
  ],
  merges: ['B1:C1', 'B2:C2', 'B3:C3', 'B7:C7'],
};

describe('An LRA with its own total formula, indented names and a signature block', () => {
  test('the total adds the lines its formula names; names are read where they are indented', async () => {
    const { result } = await check([LRA_TOTAL], 'lra-total.xlsx');
    const t = result.tables[0]!;
    expect(t.report.range).toBe('A1:F7');
    expect(result.findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'orphan-row')).toEqual(
      [],
    );
  });

  test('generate writes nothing under the table: the note amount and the signature stay', async () => {
    const { file } = await check([LRA_TOTAL], 'lra-total-gen.xlsx');
    const ws = (await generated(file)).getWorksheet('LRA')!;
    expect(ws.getCell('D10').value).toBe(52000000);
    expect(ws.getCell('F9').value).toBe('Medan,            2024');
    expect(ws.getCell('F12').value).toBe('NIP. 19700101 199003 1 005');
    for (let r = 8; r <= 12; r++) expect(ws.getCell(`G${r}`).value ?? null).toBeNull();
  });
});

/** A time series: each row a month, the year's plan and its realisasi in percent. */
const MONTHLY: SheetSpec = {
  name: 'Bulanan',
  rows: [
    ['Bulan', 'Target Realisasi Anggaran %', 'Realisasi Anggaran %'],
    ['Januari', 5, 2.5],
    ['Februari', 12, 9],
    ['Maret', 20, 18],
    ['April', 30, 24],
  ],
};

describe('A table whose rows are periods', () => {
  test('is found, with the months as its rows and realisasi against target', async () => {
    const { result } = await check([MONTHLY], 'monthly.xlsx');
    const t = result.tables[0]!;
    expect(t.report.range).toBe('A1:C5');
    expect(roleOf(t.report.columns, 'A')).toBe('nama');
  });
});

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus'];
const LATER = ['September', 'Oktober', 'November', 'Desember'];

/**
 * The year so far at each month, in rupiah: July's realisasi typed as July's own spending (lower than
 * June's running total), and a Jumlah whose realisasi is not December's.
 */
const RUNNING_RP: SheetSpec = {
  name: 'Realisasi Bulanan',
  rows: [
    ['Bulan', 'Target Keuangan s.d. Bulan Ini (Rp)', 'Realisasi Keuangan s.d. Bulan Ini (Rp)'],
    ...[...MONTH_NAMES, ...LATER].map((m, i) => [
      m,
      50000000 * (i + 1),
      i === 6 ? 40000000 : 45000000 * (i + 1),
    ]),
    ['Jumlah', 600000000, 560000000],
  ],
};

/** Each month's own spending: it goes up and down, and the Jumlah is the sum. */
const OWN_MONTHS: SheetSpec = {
  name: 'Per Bulan',
  rows: [
    ['Bulan', 'Rencana (Rp)', 'Realisasi (Rp)'],
    ...MONTH_NAMES.slice(0, 6).map((m, i) => [
      m,
      10000000,
      [9000000, 12000000, 7000000, 10000000, 8000000, 11000000][i]!,
    ]),
    ['Jumlah', 60000000, 57000000],
  ],
};

/** The year's budget table, and the monthly series of its penyerapan in percent on another sheet. */
const BUDGET: SheetSpec = {
  name: 'Anggaran',
  rows: [
    ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
    [1, 'Penyediaan jasa kantor', 600000000, 560000000],
    [2, 'Pemeliharaan gedung kantor', 400000000, 352345000],
    [null, 'Jumlah', 1000000000, 912345000],
  ],
};
const percentSeries = (december: number, months = 12): SheetSpec => ({
  name: 'Penyerapan Bulanan',
  rows: [
    ['Bulan', 'Target Anggaran %', 'Realisasi Anggaran %'],
    ...[...MONTH_NAMES, ...LATER]
      .slice(0, months)
      .map((m, i) => [m, Math.round((100 / 12) * (i + 1) * 100) / 100, i === 11 ? december : 7 * (i + 1)]),
  ],
});

const errorsOf = (findings: readonly { severity: string; rule: string; sheet: string; cell: string }[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe('A time series: its running totals are checked and its last period is the year', () => {
  test('a running total that goes down is flagged at its cell; the Jumlah is December, not the sum', async () => {
    const { file, result } = await check([RUNNING_RP], 'running-rp.xlsx');
    expect(errorsOf(result.findings)).toEqual([
      'cumulative-decrease Realisasi Bulanan!C8',
      'series-year-mismatch Realisasi Bulanan!C13',
    ]);
    const year = result.findings.find((f) => f.rule === 'series-year-mismatch');
    expect(year).toMatchObject({ typed: 540000000, stated: 560000000, period: 'Desember' });
    const ws = (await generated(file)).getWorksheet('Realisasi Bulanan')!;
    // The year's figures stay as the office typed them: no sum of running totals is written over them.
    expect(ws.getCell('B14').value).toBe(600000000);
    expect(ws.getCell('C14').value).toBe(560000000);
    const penyerapan = ws.getCell('D13').value as { result?: number };
    expect(penyerapan.result).toBeCloseTo(0.9, 6);
  });

  test("each period's own figures (the Jumlah is their sum) may go up and down: nothing to flag", async () => {
    const { result } = await check([OWN_MONTHS], 'own-months.xlsx');
    expect(result.tables[0]!.analysis.series?.columns.map((c) => c.reading)).toEqual([
      'perPeriod',
      'perPeriod',
    ]);
    expect(errorsOf(result.findings)).toEqual([]);
  });

  test("December's % is the penyerapan the year's budget table states, else it is flagged there", async () => {
    const wrong = await check([BUDGET, percentSeries(95.1)], 'series-wrong.xlsx');
    expect(errorsOf(wrong.result.findings)).toEqual(['series-year-mismatch Penyerapan Bulanan!C13']);
    expect(wrong.result.findings.find((f) => f.rule === 'series-year-mismatch')).toMatchObject({
      typed: 95.1,
      where: 'Anggaran!D4',
    });
    const right = await check([BUDGET, percentSeries(91.23)], 'series-right.xlsx');
    expect(errorsOf(right.result.findings)).toEqual([]);
    // Up to November the series says nothing of the year yet.
    const open = await check([BUDGET, percentSeries(95.1, 11)], 'series-open.xlsx');
    expect(errorsOf(open.result.findings)).toEqual([]);
  });
});

test("Karantina's monthly table is a series of running totals up to November: nothing wrong, nothing to compare", async () => {
  const file = path.join(__dirname, 'real', 'h3-karantina-yogya-2020.xlsx');
  const result = checkWorkbook((await loadWorkbook(file)).snapshots);
  const monthly = result.tables.find((t) => t.report.sheet === 'Realisasi Anggaran 2020')!;
  expect(monthly.analysis.series).toMatchObject({
    of: 12,
    columns: [
      { reading: 'cumulative', percent: true },
      { reading: 'cumulative', percent: true },
    ],
  });
  expect(monthly.analysis.series!.rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  expect(errorsOf(result.findings.filter((f) => f.sheet === 'Realisasi Anggaran 2020'))).toEqual([]);
});

/**
 * A Renja form's triwulan as K | % | Rp: an item's % is its own progress, a parent's is its items' mean and
 * its K how that mean grew × its target of 100. One program's triwulan II % is averaged over the wrong
 * range (45 % where its kegiatan's mean is 37,5 %), and the K the office took from it follow.
 */
function progressForm(): SheetSpec {
  type Line = { kode: string; nama: string; n: number; k: number[]; rp: number[]; kids?: Line[] };
  const item = (kode: string, n: number, k: number[], rp: number[]): Line => ({
    kode,
    nama: `Sub kegiatan ${kode}`,
    n,
    k,
    rp,
  });
  const cumulative = (l: Line): number[] => {
    if (!l.kids) return l.k.map((_, i) => l.k.slice(0, i + 1).reduce((a, b) => a + b, 0) / l.n);
    const kids = l.kids.map(cumulative);
    return [0, 1, 2, 3].map((i) => kids.reduce((a, c) => a + c[i]!, 0) / kids.length);
  };
  const parent = (kode: string, nama: string, kids: Line[]): Line => {
    const l: Line = { kode, nama, n: 100, k: [], rp: [0, 0, 0, 0], kids };
    const pct = cumulative(l);
    l.k.push(...pct.map((p, i) => Math.round((p - (pct[i - 1] ?? 0)) * 100 * 1e6) / 1e6));
    l.rp.splice(0, 4, ...[0, 1, 2, 3].map((i) => kids.reduce((a, c) => a + c.rp[i]!, 0)));
    return l;
  };
  const k11 = parent('1.01.01', 'Kegiatan Perencanaan', [
    item('1.01.01.01', 4, [1, 1, 1, 1], [10e6, 12e6, 9e6, 14e6]),
    item('1.01.01.02', 2, [0, 1, 0, 1], [5e6, 6e6, 7e6, 8e6]),
  ]);
  const k12 = parent('1.01.02', 'Kegiatan Pengendalian', [
    item('1.01.02.01', 10, [2, 3, 3, 2], [20e6, 25e6, 30e6, 35e6]),
    item('1.01.02.02', 1, [0, 0, 0, 1], [1e6, 2e6, 3e6, 4e6]),
  ]);
  const k21 = parent('1.02.01', 'Kegiatan Penelitian', [
    item('1.02.01.01', 5, [1, 1, 2, 1], [7e6, 8e6, 9e6, 6e6]),
    item('1.02.01.02', 8, [2, 2, 2, 2], [4e6, 4e6, 4e6, 4e6]),
  ]);
  const lines = [
    parent('1.01', 'PROGRAM PERENCANAAN', [k11, k12]),
    k11,
    ...k11.kids!,
    k12,
    ...k12.kids!,
    parent('1.02', 'PROGRAM PENELITIAN', [k21]),
    k21,
    ...k21.kids!,
  ];
  const rows = lines.map((l) => {
    const pct = cumulative(l);
    const rp = l.rp;
    const periods = [0, 1, 2, 3].flatMap((i) => [l.k[i]!, pct[i]!, rp[i]!]);
    const pagu = rp.reduce((a, b) => a + b, 0) + 1e6 * (l.kids ? 0 : 1);
    return [l.kode, l.nama, `Indikator ${l.kode}`, l.n, pagu, ...periods, pct[3]! * l.n, 0];
  });
  // Pagu of a parent: its items' sum; realisasi Rp: the sum of its triwulan.
  const byKode = new Map(lines.map((l, i) => [l.kode, rows[i]!]));
  for (const l of [...lines].reverse())
    if (l.kids) byKode.get(l.kode)![4] = l.kids.reduce((a, c) => a + (byKode.get(c.kode)![4] as number), 0);
  for (const r of rows) r[18] = [7, 10, 13, 16].reduce((a, c) => a + (r[c] as number), 0);
  // Programme 1.01, triwulan II: the office's AVERAGE over the wrong range, and the K it gives.
  const p1 = rows[0]!;
  const [q, t, w] = [p1[6] as number, 0.45, p1[12] as number];
  p1[9] = t;
  p1[8] = (t - q) * 100;
  p1[11] = (w - t) * 100;
  const tw = ['I', 'II', 'III', 'IV'];
  return {
    name: 'Evaluasi Renja',
    rows: [
      [
        'Kode',
        'Program/Kegiatan/Sub Kegiatan',
        'Indikator Kinerja',
        'Target Renja Tahun 2025',
        null,
        'Realisasi Kinerja Pada Triwulan',
        ...Array(11).fill(null),
        'Realisasi Renja Tahun 2025',
      ],
      [null, null, null, null, null, ...tw.flatMap((x) => [x, null, null])],
      [null, null, null, 'K', 'Rp', ...tw.flatMap(() => ['K', '%', 'Rp']), 'K', 'Rp'],
      ...rows,
    ],
    merges: ['D1:E2', 'F1:Q1', 'F2:H2', 'I2:K2', 'L2:N2', 'O2:Q2', 'R1:S2', 'A1:A3', 'B1:B3', 'C1:C3'],
  };
}

describe('A parent line’s K per triwulan is how its mean % grew', () => {
  test('a % averaged over the wrong range is the error; the K taken from it follow it, with their right values', async () => {
    const { result } = await check([progressForm()], 'progress-form.xlsx');
    const at = (rule: string) =>
      result.findings
        .filter((f) => f.rule === rule)
        .map(
          (f) =>
            `${f.cell}${f.rule === 'follows-error' ? `←${f.from} ${(f.expected as number).toFixed(2)}` : ''}`,
        );
    expect(at('progress-mismatch')).toEqual(['J4']);
    // The one mistake and the cells it feeds: nothing else in the form is an error or a warning.
    const others = result.findings.filter(
      (f) => f.severity !== 'info' && f.rule !== 'progress-mismatch' && f.rule !== 'follows-error',
    );
    expect(others.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(at('follows-error')).toEqual(['I4←J4 26.25', 'L4←J4 13.75']);
  });
});

/** "Persentase (%)" over "Realisasi" beside "Nilai" over "Realisasi": the percentage of the realisasi. */
const PERCENT_OVER_REALISASI: SheetSpec = {
  name: 'LRA',
  rows: [
    ['No', 'Uraian', 'Tahun 2023'],
    [null, null, 'Anggaran (Rp)', 'Nilai', 'Persentase (%)'],
    [null, null, null, 'Realisasi', 'Realisasi'],
    [1, 'Belanja Pegawai', 1200000000, 1130000000, 94.17],
    [2, 'Belanja Barang dan Jasa', 800000000, 712000000, 89],
    [3, 'Belanja Modal', 500000000, 455500000, 91.1],
  ],
  merges: ['C1:E1', 'A1:A3', 'B1:B3', 'C2:C3'],
};

/** Two "Persentase (%)" columns, the second beside the budget's figures: realisasi ÷ pagu confirms it. */
const TWO_PERCENTS: SheetSpec = {
  name: 'Capaian',
  rows: [
    ['Indikator Kinerja', 'Target', 'Realisasi', 'Persentase (%)', 'Rencana', 'Realisasi', 'Persentase (%)'],
    ['Persentase dokumen tepat waktu', 90, 81, 90, 400000000, 360000000, 90],
    ['Jumlah desa yang dibina', 24, 18, 75, 250000000, 200000000, 80],
    ['Jumlah laporan yang disusun', 12, 12, 100, 150000000, 142500000, 95],
  ],
};

describe('A percentage whose measure the header leaves to its neighbours', () => {
  test('"Persentase (%)" over "Realisasi" beside the rupiah realisasi is the penyerapan', async () => {
    const { result } = await check([PERCENT_OVER_REALISASI], 'percent-over-realisasi.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(['C', 'D', 'E'].map((l) => roleOf(cols, l))).toEqual(['pagu', 'realisasiRp', 'capaianRp']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a second "Persentase (%)" that is realisasi Rp ÷ pagu on every line is the penyerapan', async () => {
    const { result } = await check([TWO_PERCENTS], 'two-percents.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(['D', 'G'].map((l) => roleOf(cols, l))).toEqual(['capaianK', 'capaianRp']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/**
 * Programme and kegiatan lines with nothing but their name and who answers for them ("Subbag Keuangan": a
 * budget word in a row of words, as a header row has), over the items.
 */
const NAMES_ONLY_PARENTS: SheetSpec = {
  name: 'Pengukuran',
  rows: [
    ['PENGUKURAN KINERJA TAHUN 2024'],
    [null, null, null, null, 'Kinerja Tahun 2024'],
    ['No', 'Uraian', 'Indikator Kinerja', 'Target Renstra 2026', 'Target', 'Hasil', 'Capaian (%)', 'PJ'],
    [null, 'Program Pembinaan Keluarga Berencana', null, null, null, null, null, 'Bidang KB'],
    [
      null,
      'Kegiatan Administrasi Keuangan Perangkat Daerah',
      null,
      null,
      null,
      null,
      null,
      'Subbag Keuangan',
    ],
    [
      1,
      'Sub Kegiatan Pelatihan Kader',
      'Jumlah kader terlatih',
      '200 org',
      '40 org',
      '38 org',
      95,
      'Seksi Penyuluhan',
    ],
    [null, 'Kegiatan Administrasi Umum Perangkat Daerah', null, null, null, null, null, 'Subbag Keuangan'],
    [
      2,
      'Sub Kegiatan Pendataan Keluarga',
      'Persentase keluarga terdata',
      '100 %',
      '90%',
      '81%',
      90,
      'Sekretariat',
    ],
    [
      3,
      'Sub Kegiatan Advokasi Program',
      'Jumlah desa yang diadvokasi',
      '60 desa',
      '12 desa',
      '12 desa',
      100,
      'Sekretariat',
    ],
  ],
  merges: ['A1:H1'],
};

describe('Parent lines that carry only words', () => {
  test('a kegiatan line with its name and PJ is a line of the table, not the header of another', async () => {
    const { result } = await check([NAMES_ONLY_PARENTS], 'names-only-parents.xlsx');
    expect(result.tables.map((t) => t.report.range)).toEqual(['A2:H9']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
