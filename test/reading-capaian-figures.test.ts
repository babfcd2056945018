import { SheetSpec } from './helpers/build';
import { check } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
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
