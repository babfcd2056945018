import { at, CorpusCase, derived, formats, grid, merges, pct, periods } from './spec';

/**
 * Budget with monthly realisasi, "Jumlah" and a typed "Realisasi (%)" (issue 10: no penyerapan formula was
 * written). Month names as offices type them (Juni, Agust, Sept, Nop). Figures in juta in the comments.
 */
const bulanan: CorpusCase = {
  id: 'anggaran-bulanan',
  what: 'budget with monthly realisasi (Jan … Des as typed: Juni, Agust, Nop), Jumlah, typed Realisasi (%)',
  classes: ['budget-monthly', 'months-jan-des', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Realisasi Bulanan',
      rows: grid`
        REALISASI ANGGARAN PER BULAN TAHUN ANGGARAN 2023
        BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA

        No | Uraian | Pagu\nAnggaran | Realisasi | | | | | | | | | | | | Jumlah | Realisasi\n(%)
        | | | Jan | Feb | Mar | Apr | Mei | Juni | Juli | Agust | Sept | Okt | Nop | Des
        I | Program Penunjang Urusan Pemerintahan Daerah | 450000000 | 10000000 | 25000000 | 35000000 | 40000000 | 35000000 | 40000000 | 45000000 | 35000000 | 40000000 | 50000000 | 45000000 | 55500000 | 455500000 | 101,22
        1 | Penyediaan Gaji dan Tunjangan ASN | 120000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 10000000 | 8000000 | 118000000 | 98,33
        2 | Penyediaan Jasa Pelayanan Umum Kantor | 250000000 | - | 15000000 | 20000000 | 25000000 | 20000000 | 20000000 | 25000000 | 20000000 | 25000000 | 30000000 | 25000000 | 35000000 | 260000000 | 104,00
        3 | Penyelenggaraan Rapat Koordinasi dan Konsultasi | 80000000 | - | - | 5000000 | 5000000 | 5000000 | 10000000 | 10000000 | 5000000 | 5000000 | 10000000 | 10000000 | 12500000 | 75000000 | 93,75
        II | Program Pengembangan Sumber Daya Manusia | 475500000 | 5500000 | 10000000 | 30000000 | 45000000 | 45000000 | 45000000 | 45000000 | 45000000 | 45000000 | 45000000 | 45000000 | 52000000 | 457500000 | 96,21
        1 | Pengembangan Kompetensi Teknis | 300000000 | - | - | 20000000 | 30000000 | 30000000 | 30000000 | 30000000 | 30000000 | 30000000 | 30000000 | 30000000 | 40000000 | 300000000 | 100,00
        2 | Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial | 175500000 | 5500000 | 10000000 | 10000000 | 15000000 | 15000000 | 15000000 | 15000000 | 15000000 | 15000000 | 15000000 | 15000000 | 12000000 | 157500000 | 89,74
        JUMLAH | | 925500000 | 15500000 | 35000000 | 65000000 | 85000000 | 80000000 | 85000000 | 90000000 | 80000000 | 85000000 | 95000000 | 90000000 | 107500000 | 913000000 | 98,65

        Sumber: SIPD, diolah Subbagian Keuangan
      `,
      merges: merges('A4:A5 B4:B5 C4:C5 D4:O4 P4:P5 Q4:Q5 A13:B13'),
      formats: formats('#,##0', 'C6:P13'),
    },
  ],
  tables: [
    {
      sheet: 'Realisasi Bulanan',
      range: 'A4:Q13',
      dataRow: 6,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'pagu',
        ...periods('D', 12, 'Rp'),
        P: derived('realisasiRp'),
        Q: 'capaianRp',
      },
      totals: at('C D E F G H I J K L M N O', 6, 10, 13),
    },
  ],
  must: [
    { rule: 'over-budget', cell: 'P8' }, // 260 juta spent of 250 juta
    // 5 + 5 + 5 + 10 + 10 + 5 + 5 + 10 + 10 + 12,5 = 77,5 juta, typed 75 juta.
    { rule: ['subtotal-mismatch', 'form-mismatch'], cell: 'P9' },
  ],
  mustNot: [{ row: 5 }, { rule: 'missing-indicator' }, { rule: 'missing-target' }],
  after: {
    capaian: [
      { row: 7, Rp: pct(118, 120) },
      { row: 8, Rp: pct(260, 250) },
      { row: 9, Rp: pct(77.5, 80) },
      { row: 6, Rp: pct(118 + 260 + 77.5, 450) },
      { row: 13, Rp: pct(455.5 + 457.5, 925.5) },
    ],
    cells: [
      { cell: 'P9', value: 77500000 },
      { cell: 'P13', value: 913000000 },
      { cell: 'C13', value: 925500000 },
    ],
  },
};

/** LRA belanja: kode rekening hierarchy, anggaran / realisasi / % / sisa, the form's "5 = 4 / 3 x 100". */
const lra: CorpusCase = {
  id: 'lra-kode-rekening',
  what: 'LRA belanja with kode rekening 5 / 5.1 / 5.1.01 / 5.1.01.01, %, sisa, formula row, one wrong sisa',
  classes: ['lra', 'kode-rekening', 'column-numbers', 'header-1', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'LRA Belanja',
      rows: grid`
        PEMERINTAH KABUPATEN SUKAMAJU
        LAPORAN REALISASI ANGGARAN BELANJA
        DINAS PENDIDIKAN - UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2023

        Kode Rekening | Uraian | Anggaran (Rp) | Realisasi (Rp) | % | Sisa Anggaran (Rp)
        1 | 2 | 3 | 4 | 5 = 4 / 3 x 100 | 6 = 3 - 4
        '5' | BELANJA DAERAH | 6223250000 | 5978043550 | 96,06 | 245206450
        '5.1' | BELANJA OPERASI | 4698250000 | 4516643550 | 96,13 | 181606450
        '5.1.01' | Belanja Pegawai | 3430000000 | 3328854300 | 97,05 | 101145700
        '5.1.01.01' | '    Belanja Gaji dan Tunjangan ASN' | 2450000000 | 2387654300 | 97,46 | 62345700
        '5.1.01.02' | '    Belanja Tambahan Penghasilan ASN' | 980000000 | 941200000 | 96,04 | 38800000
        '5.1.02' | Belanja Barang dan Jasa | 1268250000 | 1187789250 | 93,66 | 80460750
        '5.1.02.01' | '    Belanja Barang' | 640500000 | 598230750 | 93,40 | 42269250
        '5.1.02.02' | '    Belanja Jasa' | 415000000 | 402118500 | 96,90 | 12881500
        '5.1.02.03' | '    Belanja Pemeliharaan' | 212750000 | 187440000 | 88,10 | 25130000
        '5.2' | BELANJA MODAL | 1525000000 | 1461400000 | 95,83 | 63600000
        '5.2.02' | '    Belanja Modal Peralatan dan Mesin' | 375000000 | 368900000 | 98,37 | 6100000
        '5.2.03' | '    Belanja Modal Gedung dan Bangunan' | 1150000000 | 1092500000 | 95,00 | 57500000

        | | Sukamaju, 15 Januari 2024
        | | Kepala Dinas Pendidikan
      `,
      formats: formats('#,##0', 'C7:D18 F7:F18'),
    },
  ],
  tables: [
    {
      sheet: 'LRA Belanja',
      range: 'A5:F18',
      dataRow: 7,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'realisasiRp', E: 'capaianRp', F: 'derived' },
      totals: at('C D', 7, 8, 9, 12, 16),
    },
  ],
  // 212.750.000 − 187.440.000 = 25.310.000; typed 25.130.000.
  must: [{ rule: 'form-mismatch', cell: 'F15' }],
  mustNot: [
    { row: 6 },
    { rule: 'subtotal-mismatch' },
    { rule: 'missing-indicator' },
    { rule: 'missing-target' },
    { rule: 'missing-realisasi' },
  ],
  after: {
    capaian: [
      { row: 10, Rp: pct(2387654300, 2450000000) },
      { row: 15, Rp: pct(187440000, 212750000) },
      { row: 12, Rp: pct(1187789250, 1268250000) },
      { row: 7, Rp: pct(5978043550, 6223250000) },
    ],
    cells: [
      { cell: 'F15', value: 25310000 },
      { cell: 'C7', value: 6223250000 },
    ],
  },
};

/** The office's own =SUM subtotals, kept; item lines with a "-" bullet, one name under two kegiatan. */
const sumBullet: CorpusCase = {
  id: 'anggaran-sum-dan-bullet',
  what: 'office =SUM(…) subtotals and =C5-D5 sisa kept; "- Belanja …" bulleted items, a name repeated',
  classes: ['office-sum-bullets', 'header-1', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Rekap Belanja',
      rows: grid`
        REKAPITULASI REALISASI BELANJA SEKRETARIAT DPRD
        Periode Januari s.d. Desember 2023

        No | Uraian | Anggaran (Rp) | Realisasi (Rp) | % | Sisa (Rp)
        1 | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | =SUM(C6:C9) | =SUM(D6:D9) | 96.54 | =C5-D5
        | - Belanja Alat Tulis Kantor | 12500000 | 12150000 | 97.2 | 350000
        | - Belanja Cetak dan Penggandaan | 8000000 | 7640000 | 95.5 | 360000
        | - Belanja Listrik | 36000000 | 34875400 | 96.88 | 1124600
        | - Belanja Air | 4800000 | 4512000 | 94 | 288000
        2 | Penyelenggaraan Rapat Koordinasi dan Konsultasi | =SUM(C11:C13) | =SUM(D11:D13) | 92.09 | =C10-D10
        | - Belanja Alat Tulis Kantor | 3500000 | 3500000 | 100 | 0
        | - Belanja Makanan dan Minuman Rapat | 22000000 | 19800000 | 90 | 2200000
        | - Belanja Perjalanan Dinas Dalam Daerah | 45000000 | 41625000 | 92.5 | 3375000
        3 | Pemeliharaan Barang Milik Daerah | =SUM(C15:C16) | =SUM(D15:D16) | 97.12 | =C14-D14
        | - Belanja Pemeliharaan Kendaraan Dinas | 60000000 | 58200000 | 97 | 1800000
        | - Belanja Pemeliharaan Gedung Kantor | 25000000 | 24350000 | 97.4 | 650000
        | JUMLAH | =C5+C10+C14 | =D5+D10+D14 | 95.32 | =C17-D17

        | | | | Sekretaris DPRD
      `,
      formats: formats('#,##0', 'C5:D17 F5:F17'),
    },
  ],
  tables: [
    {
      sheet: 'Rekap Belanja',
      range: 'A4:F17',
      dataRow: 5,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'realisasiRp', E: 'capaianRp', F: 'derived' },
      totals: at('C D', 5, 10, 14, 17),
    },
  ],
  mustNot: [
    { rule: 'subtotal-mismatch' },
    { rule: 'duplicate-row' },
    { rule: 'formula-error' },
    { rule: 'missing-indicator' },
  ],
  after: {
    // 12,15 + 7,64 + 34,8754 + 4,512 = 59,1774 juta of 61,3; all: 206,6524 of 216,8 juta
    capaian: [
      { row: 5, Rp: pct(59177400, 61300000) },
      { row: 11, Rp: 100 },
      { row: 13, Rp: pct(41625000, 45000000) },
      { row: 17, Rp: pct(206652400, 216800000) },
    ],
    cells: [
      { cell: 'C17', value: 216800000 },
      { cell: 'D17', value: 206652400 },
      { cell: 'F5', value: 2122600 },
    ],
    formulasKept: ['C5', 'D5', 'C10', 'D10', 'C14', 'D14', 'C17', 'D17'],
  },
};

/** Quarterly budget realisasi, "TW 1 … TW 4", a units row "(Rp)", kode nomenklatur; one empty kegiatan. */
const triwulanan: CorpusCase = {
  id: 'anggaran-tw-angka',
  what: 'budget per quarter "TW 1 … TW 4", three header rows with a (Rp) units row, one kegiatan left empty',
  classes: ['header-3', 'kode-rekening', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Keuangan TW',
      rows: grid`
        LAPORAN REALISASI KEUANGAN PER TRIWULAN TAHUN ANGGARAN 2023
        BADAN PENANGGULANGAN BENCANA DAERAH

        Kode | Sub Kegiatan | Pagu | Realisasi Keuangan | | | | Jumlah Realisasi | Persentase (%) | Sisa
        | | | TW 1 | TW 2 | TW 3 | TW 4
        | | (Rp) | (Rp) | (Rp) | (Rp) | (Rp) | (Rp) | | (Rp)
        1.05.03 | PROGRAM PENANGGULANGAN BENCANA | 1.200.000.000 | 85.000.000 | 360.000.000 | 360.000.000 | 287.700.000 | 1.092.700.000 | 91,06 | 107.300.000
        1.05.03.2.01 | Pelayanan Informasi Rawan Bencana Kabupaten/Kota | 400.000.000 | 20.000.000 | 120.000.000 | 140.000.000 | 104.500.000 | 384.500.000 | 96,13 | 15.500.000
        1.05.03.2.01.0001 | Penyediaan Peta Rawan Bencana | 150.000.000 | 0 | 45.000.000 | 60.000.000 | 42.500.000 | 147.500.000 | 98,33 | 2.500.000
        1.05.03.2.01.0002 | Komunikasi, Informasi dan Edukasi Rawan Bencana | 250.000.000 | 20.000.000 | 75.000.000 | 80.000.000 | 62.000.000 | 237.000.000 | 94,80 | 13.000.000
        1.05.03.2.02 | Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana
        1.05.03.2.02.0004 | Penguatan Kapasitas Kawasan untuk Pencegahan dan Kesiapsiagaan | 300.000.000 | 15.000.000 | 90.000.000 | 100.000.000 | 88.200.000 | 293.200.000 | 97,73 | 6.800.000
        1.05.03.2.02.0005 | Pengelolaan Risiko Rawan Bencana | 500.000.000 | 50.000.000 | 150.000.000 | 120.000.000 | 95.000.000 | 415.000.000 | 83,00 | 85.000.000
        JUMLAH | | 1.200.000.000 | 85.000.000 | 360.000.000 | 360.000.000 | 287.700.000 | 1.092.700.000 | 91,06 | 107.300.000

        Kepala Pelaksana BPBD
      `,
      merges: merges('A4:A6 B4:B6 D4:G4 H4:H5 I4:I6 J4:J5'),
    },
  ],
  tables: [
    {
      sheet: 'Keuangan TW',
      range: 'A4:J14',
      dataRow: 7,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'pagu',
        ...periods('D', 4, 'Rp'),
        H: derived('realisasiRp'),
        I: 'capaianRp',
        J: 'derived',
      },
      totals: at('C D E F G', 7, 8, 11, 14),
    },
  ],
  must: [{ rule: 'missing-subtotal', cell: 'C11' }], // 300 + 500 juta
  mustNot: [{ row: 5 }, { row: 6 }, { rule: 'subtotal-mismatch' }],
  after: {
    capaian: [
      { row: 9, Rp: pct(147.5, 150) },
      { row: 13, Rp: 83 },
      { row: 11, Rp: pct(293.2 + 415, 800) },
      { row: 7, Rp: pct(1092.7, 1200) },
    ],
    cells: [
      { cell: 'C11', value: 800000000 },
      { cell: 'H11', value: 708200000 },
    ],
  },
};

/** The same LRA kept from the kelompok down: the first code is "5.1", the top of this table, not an orphan. */
const lraKelompok: CorpusCase = {
  id: 'lra-mulai-kelompok',
  what: 'LRA belanja whose codes start at 5.1 (no 5 line), a line over its pagu, numbers typed as text',
  classes: ['lra', 'kode-rekening', 'header-1', 'text-id'],
  numbers: 'id',
  sheets: [
    {
      name: 'Belanja',
      rows: grid`
        Kode Rekening | Uraian | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | %
        '5.1' | BELANJA OPERASI | 1500000 | 1250000 | 250000 | 83,33
        '5.1.01' | Belanja Pegawai | 1000000 | 900000 | 100000 | 90
        '5.1.02' | Belanja Barang dan Jasa | 500000 | 350000 | 150000 | 70
        '5.2' | BELANJA MODAL | 800000 | 820000 | -20000 | 102,5
        '5.2.02' | Belanja Modal Peralatan dan Mesin | '800.000' | '820.000' | '(20.000)' | '102,5'
      `,
    },
  ],
  tables: [
    {
      sheet: 'Belanja',
      range: 'A1:F6',
      dataRow: 2,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'realisasiRp', E: 'derived', F: 'capaianRp' },
      totals: at('C D', 2, 5),
      // Budget accounts, not the office's programs or indicators.
      counts: { program: 0, kegiatan: 0, indikator: 0, rekening: 5 },
    },
  ],
  must: [{ rule: 'over-budget', cell: 'D6' }],
  mustNot: [{ rule: 'orphan-row' }, { rule: 'subtotal-mismatch' }],
  after: {
    capaian: [
      { row: 3, Rp: pct(900000, 1000000) },
      { row: 6, Rp: pct(820000, 800000) },
    ],
    cells: [
      { cell: 'E6', value: -20000 },
      // Pengukuran Kinerja lists the accounts as such, each under its group; the PK's first part has no row.
      { sheet: 'Pengukuran Kinerja', cell: 'B6', value: 'BELANJA OPERASI' },
      { sheet: 'Pengukuran Kinerja', cell: 'A7', value: '1' },
      { sheet: 'Pengukuran Kinerja', cell: 'K7', value: 'Rekening' },
      { sheet: 'Perjanjian Kinerja', cell: 'A7', value: '2. Program dan Anggaran' },
    ],
  },
};

export const ANGGARAN: readonly CorpusCase[] = [bulanan, lra, sumBullet, triwulanan, lraKelompok];
