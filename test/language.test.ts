import { mixedSentences, namesIn, sentencesOf } from './helpers/language';
import { bareCounts, programmerWord } from './browser/words';
import { FIXTURE, SHEET } from './helpers/fixture';

describe('one language per sentence', () => {
  test('the pane’s own sentences pass in their language', () => {
    const id =
      '124 nilai yang diketik di Realisasi 2022 menjadi rumus: kolom G, I, J, K (mis. K18 "35,10%" → 35,21%).';
    const en =
      '124 typed values of Realisasi 2022 become formulas: columns G, I, J, K (e.g. K18 "35,10%" → 35.21%).';
    expect(mixedSentences(id, 'id')).toEqual([]);
    expect(mixedSentences(en, 'en')).toEqual([]);
  });

  test('an English sentence on the Indonesian page fails, and so does one that runs from one into the other', () => {
    expect(
      mixedSentences('Tabel di Realisasi 2022\nThe table is consistent.', 'id').map((m) => m.sentence),
    ).toEqual(['The table is consistent.']);
    const bad = mixedSentences('laporan.xls: file ini dilindungi kata sandi, or an old .xls file', 'id');
    expect(bad.map((m) => [m.own, m.foreign])).toEqual([[['ini'], ['or', 'an']]]);
    expect(mixedSentences('Open Pengukuran Kinerja dari sheet ini', 'en')).toHaveLength(1);
  });

  test('a pair said in both languages passes when each is its own sentence, and fails as one', () => {
    const pair = 'Tabel tidak ditemukan di lembar ini.\nNo table was found on this sheet.';
    expect(sentencesOf(pair)).toHaveLength(2);
    expect(mixedSentences(pair, 'id')).toHaveLength(1);
    expect(
      mixedSentences('Tabel tidak ditemukan di lembar ini / no table was found on this sheet', 'id'),
    ).toHaveLength(1);
  });

  test('the workbook’s own texts are names: an Indonesian indicator on the English page is no mixing', async () => {
    const names = await namesIn(FIXTURE);
    expect(names).toContain(SHEET);
    const line = 'Jumlah pengadaan peralatan dan mesin reached 35.21% of the target.';
    expect(mixedSentences(line, 'en')).toHaveLength(1);
    expect(mixedSentences(line, 'en', [...names, 'Jumlah pengadaan peralatan dan mesin'])).toEqual([]);
  });
});

describe('words for an officer, checked on every state of the browser tests', () => {
  test('the CLI, a flag and an internal rule name are found; Indonesian doubled words are not rule names', () => {
    expect(programmerWord("Tabel tidak ditemukan (CLI: --header 'Lembar'!A4:K5)")).toBe('CLI');
    expect(programmerWord('tetapkan peran kolom dengan --role')).toBe('--role');
    expect(programmerWord('Temuan: subtotal-mismatch 5, copied-column 1')).toBe('subtotal-mismatch');
    expect(programmerWord('rata-rata capaian 99,86%; masing-masing sub-kegiatan')).toBeNull();
  });

  test('a count says what it counts: a short label may carry it in brackets, a sentence may not', () => {
    expect(bareCounts('Temuan (19)\nKesalahan 7\n42 sel diperbaiki.')).toEqual([]);
    expect(bareCounts('Perbaiki semua yang aman (42)')).toEqual(['Perbaiki semua yang aman (42)']);
    expect(bareCounts('Kesalahan\n7')).toEqual(['7']);
  });
});
