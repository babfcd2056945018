import { at, CorpusCase, derived, grid, merges, pct, periods } from './spec';

/** The layouts of test/layouts.test.ts the engine already reads, with their truths in contract terms. */

const bulanan: CorpusCase = {
  id: 'layouts-pengukuran-bulanan',
  what: 'existing layout: Realisasi over Jan … Des and Jumlah, merged sasaran, a spacer row, a BB target',
  classes: ['existing-layout', 'months-jan-des', 'monthly-pengukuran', 'header-2', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Pengukuran',
      rows: grid`
        PENGUKURAN KINERJA DINAS P3A TAHUN 2023
        No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | | | | | | | | | | | | | Capaian (%)
        | | | | | Jan | Feb | Mar | Apr | Mei | Jun | Jul | Agu | Sep | Okt | Nov | Des | Jumlah

        1 | Menurunnya kekerasan terhadap anak | Jumlah kasus kekerasan terhadap anak | kasus | 20 | 2 | 1 | 0 | 2 | 1 | 1 | 0 | 2 | 1 | 1 | 1 | 2 | 15
        | | Persentase anak korban kekerasan yang dilayani | % | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | '100'

        2 | Terwujudnya Kota Layak Anak | Indeks Kota Layak Anak | skor | 550 | | | | | | | | | | | | 705 | | '85'
        3 | Meningkatnya kualitas tata kelola | Predikat SAKIP | predikat | BB | | | | | | | | | | | | BB

        Sumber: Bidang Perlindungan Anak
      `,
      merges: merges('A2:A3 B2:B3 C2:C3 D2:D3 E2:E3 F2:R2 S2:S3 A5:A6 B5:B6'),
    },
  ],
  tables: [
    {
      sheet: 'Pengukuran',
      range: 'A2:S9',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'label',
        E: 'targetK',
        ...periods('F', 12, 'K'),
        R: derived('realisasiK'),
        S: 'capaianK',
      },
    },
  ],
  must: [
    { rule: ['subtotal-mismatch', 'form-mismatch'], cell: 'R5' }, // 2+1+0+2+1+1+0+2+1+1+1+2 = 14, typed 15
    { rule: 'capaian-mismatch', cell: 'S8' }, // typed 85; 705 / 550 = 128,18 %
  ],
  mustNot: [{ rule: 'capaian-mismatch', cell: 'S6' }, { row: 11 }],
  after: {
    capaian: [
      { row: 5, K: pct(2 * 20 - 14, 20) }, // kasus kekerasan: negative
      { row: 6, K: 100 },
      { row: 8, K: pct(705, 550) }, // an index takes its last month
      { row: 9, K: null },
    ],
    cells: [
      { cell: 'R5', value: 14 },
      { cell: 'R8', value: 705 },
      { cell: 'A11', value: 'Sumber: Bidang Perlindungan Anak' },
    ],
  },
};

const campur: CorpusCase = {
  id: 'layouts-kolom-campur',
  what: 'existing layout: columns in another order, a spacer row, a second table further down',
  classes: ['existing-layout', 'header-1', 'title-notes', 'text-id'],
  numbers: 'id',
  sheets: [
    {
      name: 'Campur',
      rows: grid`
        TABEL 3.1 CAPAIAN PROGRAM

        Indikator | Program/Kegiatan | Realisasi Anggaran | Pagu | Keterangan | Target | Realisasi | Capaian Kinerja (%)
        Persentase layanan terpenuhi | Program Pelayanan Kesehatan | 400000 | 500000 | catatan | 100% | 80% |

        Jumlah dokumen | Kegiatan Penyusunan Dokumen | 400000 | 500000 | | 4 dok | 3 dok | 0,75




        TABEL 3.2 PENGUKURAN SASARAN
        Sasaran | Indikator | Target | Realisasi | Capaian
        Meningkatnya derajat kesehatan | Usia harapan hidup | 72,5 | 73,1 |
      `,
    },
  ],
  tables: [
    {
      sheet: 'Campur',
      range: 'A3:H6',
      dataRow: 4,
      columns: {
        A: 'indikator',
        B: 'nama',
        C: 'realisasiRp',
        D: 'pagu',
        E: 'label',
        F: 'targetK',
        G: 'realisasiK',
        H: 'capaianK',
      },
      totals: at('C D', 4), // the programme over its one kegiatan
    },
    {
      sheet: 'Campur',
      range: 'A12:E13',
      dataRow: 13,
      columns: { A: 'label', B: 'indikator', C: 'targetK', D: 'realisasiK', E: 'capaianK' },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { rule: 'over-budget' }],
  after: {
    capaian: [
      { row: 4, K: 80, Rp: 80 },
      { row: 6, K: 75, Rp: 80 },
      { table: 1, row: 13, K: pct(73.1, 72.5) },
    ],
  },
};

const iku: CorpusCase = {
  id: 'layouts-iku-target',
  what: 'existing layout: an IKU target list with numbers, units and a BB predikat; nothing to flag',
  classes: ['existing-layout', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'IKU',
      rows: grid`
        INDIKATOR KINERJA UTAMA
        Sasaran | Indikator Kinerja | Target
        Meningkatnya kesetaraan gender | Indeks Pembangunan Gender | 90,76
        | Proporsi kursi perempuan di DPRD | 5 orang
        Meningkatnya akuntabilitas kinerja | Nilai SAKIP | BB
      `,
      merges: merges('A3:A4'),
    },
  ],
  tables: [
    { sheet: 'IKU', range: 'A2:C5', dataRow: 3, columns: { A: 'label', B: 'indikator', C: 'targetK' } },
  ],
  mustNot: [{}], // a target list: nothing is missing and nothing is wrong
};

const anggaranEn: CorpusCase = {
  id: 'layouts-anggaran-en',
  what: 'existing layout: budget only, English-style text numbers, Roman and letter numbering, one Rp. id',
  classes: ['existing-layout', 'text-en', 'header-1', 'title-notes'],
  numbers: 'en',
  sheets: [
    {
      name: 'Realisasi Anggaran',
      rows: grid`
        LAPORAN REALISASI ANGGARAN BELANJA
        No | Program/Kegiatan/Sub Kegiatan | Pagu Anggaran (Rp) | Realisasi (Rp) | %
        I | Program Penunjang Urusan Pemerintahan Daerah | 1,004,422,800 | 950,000,000 |
        '1' | Administrasi Keuangan Perangkat Daerah | | |
        a | Penyediaan Gaji dan Tunjangan ASN | 904,422,800 | 870,000,000 | 96.19%
        b | Koordinasi dan Penyusunan Laporan Keuangan | 100,000,000 | 105,000,000 | 105.00%
        II | Program Perlindungan Khusus Anak | Rp. 51.489.812 | |
        '1' | Pencegahan Kekerasan terhadap Anak | 51,489,812 | 44,223,782 |
        a | Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak | 51,489,812 | 44,223,782 | 85.89
      `,
    },
  ],
  tables: [
    {
      sheet: 'Realisasi Anggaran',
      range: 'A2:E9',
      dataRow: 3,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'realisasiRp', E: 'capaianRp' },
      totals: at('C D', 3, 4, 7, 8),
    },
  ],
  must: [
    { rule: 'over-budget', cell: 'D6' }, // 105 juta of 100 juta
    { rule: 'missing-subtotal', cell: 'C4' },
    { rule: 'subtotal-mismatch', cell: 'D3' }, // typed 950.000.000; 870 + 105 = 975 juta
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { rule: 'ambiguous-number' }],
  after: {
    capaian: [
      { row: 3, Rp: pct(975000000, 1004422800) },
      { row: 5, Rp: pct(870000000, 904422800) },
      { row: 9, Rp: pct(44223782, 51489812) },
    ],
    cells: [
      { cell: 'C3', value: 1004422800 },
      { cell: 'D3', value: 975000000 },
      { cell: 'C7', value: 51489812 },
    ],
  },
};

export const EXISTING: readonly CorpusCase[] = [bulanan, campur, iku, anggaranEn];
