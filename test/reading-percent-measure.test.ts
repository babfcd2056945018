import { SheetSpec } from './helpers/build';
import { check, roleOf } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
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
