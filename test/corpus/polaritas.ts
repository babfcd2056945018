import { at, CorpusCase, grid, merges, pct } from './spec';

/**
 * An office that computes every negative indicator as target ÷ realisasi, consistently: its method is
 * used, so nothing it typed is a mismatch (with (2T − R) / T the four would be 111,11 / 80 / 84,29 / 75).
 */
const kebalikan: CorpusCase = {
  id: 'negatif-target-per-realisasi',
  what: 'negative indicators typed consistently as T/R, a Polaritas column and a status column',
  classes: ['negative-kebalikan', 'status', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Capaian Sasaran',
      rows: grid`
        EVALUASI CAPAIAN KINERJA SASARAN DINAS KESEHATAN KABUPATEN MAJU JAYA TAHUN 2023

        No | Sasaran | Indikator Kinerja | Polaritas | Target | Realisasi | Capaian (%) | Keterangan
        1 | Menurunnya angka kematian | Angka kematian ibu per 100.000 KH | Negatif | 90 | 80 | 112,5 | Tercapai
        | | Angka kematian bayi per 1.000 KH | Negatif | 8 | 9,6 | 83,33 | Belum Tercapai
        2 | Menurunnya prevalensi penyakit | Prevalensi balita stunting (%) | Negatif | 14 | 16,2 | 86,42 | Belum Tercapai
        | | Angka kesakitan DBD per 100.000 penduduk | Negatif | 20 | 25 | 80 | Belum Tercapai
        3 | Meningkatnya akses pelayanan kesehatan | Persentase penduduk yang memiliki JKN | Positif | 95 | 97,3 | 102,42 | Tercapai

        *) Indikator negatif: capaian = target / realisasi x 100%
      `,
      merges: merges('A4:A5 B4:B5 A6:A7 B6:B7'),
    },
  ],
  tables: [
    {
      sheet: 'Capaian Sasaran',
      range: 'A3:H8',
      dataRow: 4,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'label',
        E: 'targetK',
        F: 'realisasiK',
        G: 'capaianK',
        H: 'label',
      },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { rule: 'status-mismatch' }, { row: 10 }],
  after: {
    capaian: [
      { row: 4, K: pct(90, 80) },
      { row: 5, K: pct(8, 9.6) },
      { row: 6, K: pct(14, 16.2) },
      { row: 7, K: pct(20, 25) },
      { row: 8, K: pct(97.3, 95) },
    ],
  },
};

/**
 * Zero targets: a positive indicator with target 0 (no capaian can be computed), a negative one with 0
 * against 0 (met: 100 %), and a sub kegiatan whose budget was cut to 0 (no penyerapan). No #DIV/0!.
 */
const nol: CorpusCase = {
  id: 'target-nol',
  what: 'zero targets: positive 0 target, negative 0 against 0, a zero pagu; money typed as id text',
  classes: ['zero-target', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Bagian Hukum',
      rows: grid`
        LAPORAN CAPAIAN KINERJA BAGIAN HUKUM SETDA TAHUN 2023

        No | Program / Kegiatan | Indikator | Target | Realisasi | Capaian (%) | Pagu (Rp) | Realisasi (Rp) | Penyerapan (%)
        1 | Program Penunjang Urusan Pemerintahan Daerah | Persentase produk hukum yang selesai tepat waktu | 100% | 100% | 100 | '350.000.000' | '322.500.000' | 92,14
        a | Fasilitasi Penyusunan Produk Hukum Daerah | Jumlah Perda yang difasilitasi | 0 perda | 1 perda | - | '150.000.000' | '147.500.000' | 98,33
        b | Penanganan Tindak Lanjut Hasil Pemeriksaan | Jumlah temuan pemeriksaan BPK yang belum ditindaklanjuti | 0 temuan | 0 temuan | 100 | '125.000.000' | '100.000.000' | 80
        c | Sosialisasi Produk Hukum | Jumlah kegiatan sosialisasi | 6 kali | 6 kali | 100 | '75.000.000' | '75.000.000' | 100
        d | Penyusunan Naskah Akademik | Jumlah naskah akademik | 2 dok | 0 dok | 0 | 0 | 0 | -
        Jumlah | | | | | | '350.000.000' | '322.500.000' | 92,14

        Catatan: anggaran penyusunan naskah akademik dihapus pada APBD Perubahan
      `,
      merges: merges('A9:F9'),
    },
  ],
  tables: [
    {
      sheet: 'Bagian Hukum',
      range: 'A3:I9',
      dataRow: 4,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'indikator',
        D: 'targetK',
        E: 'realisasiK',
        F: 'capaianK',
        G: 'pagu',
        H: 'realisasiRp',
        I: 'capaianRp',
      },
      totals: at('G H', 4, 9),
    },
  ],
  must: [
    { rule: 'zero-target', cell: 'D5' },
    { rule: 'zero-target-met' }, // row 6: 0 temuan against 0, met
  ],
  mustNot: [{ rule: 'capaian-mismatch', cell: 'F6' }, { rule: 'over-budget' }, { rule: 'formula-error' }],
  after: {
    capaian: [
      { row: 4, K: 100, Rp: pct(322.5, 350) }, // 147,5 + 100 + 75 + 0 of 150 + 125 + 75 + 0 juta
      { row: 5, K: null, Rp: pct(147.5, 150) },
      { row: 6, K: 100, Rp: 80 },
      { row: 8, K: 0, Rp: null },
      { row: 9, Rp: pct(322.5, 350) },
    ],
    cells: [
      { cell: 'G4', value: 350000000 },
      { cell: 'H9', value: 322500000 },
    ],
  },
};

export const POLARITAS: readonly CorpusCase[] = [kebalikan, nol];
