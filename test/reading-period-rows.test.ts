import * as path from 'path';
import { checkWorkbook } from '../src/core/engine';
import { loadWorkbook } from '../src/xlsx/workbook';
import { SheetSpec } from './helpers/build';
import { check, generated, roleOf } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
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
