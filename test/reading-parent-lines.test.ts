import { SheetSpec } from './helpers/build';
import { check } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
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
