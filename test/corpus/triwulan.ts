import { at, CorpusCase, derived, grid, merges, pct, periods, ref } from './spec';

/** One header row, no merges, "Realisasi Triwulan I … IV" typed out, and a "s.d." column that sums them. */
const triwulanKata: CorpusCase = {
  id: 'triwulan-kata',
  what: 'one-row unmerged header with "Realisasi Triwulan I … IV", a s.d. column summing them, dashes for zero',
  classes: ['triwulan-words', 'header-1', 'unmerged-header', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'TW IV',
      rows: grid`
        LAPORAN REALISASI KINERJA SUB KEGIATAN TRIWULAN IV TAHUN 2023
        DINAS PENDIDIKAN DAN KEBUDAYAAN

        No | Sub Kegiatan | Indikator Keluaran | Satuan | Target 2023 | Realisasi Triwulan I | Realisasi Triwulan II | Realisasi Triwulan III | Realisasi Triwulan IV | Realisasi s.d. Triwulan IV | Capaian (%)
        1 | Penyediaan Buku Teks Pelajaran SD | Jumlah buku teks yang disediakan | eksemplar | '12.500' | '2.000' | '3.500' | '4.000' | '2.500' | '12.000' | 96
        2 | Peningkatan Kompetensi Guru SD | Jumlah guru SD yang dilatih | orang | 240 | - | 80 | 80 | 60 | 220 | 91,67
        3 | Rehabilitasi Ruang Kelas SD | Jumlah ruang kelas yang direhabilitasi | unit | 18 | - | 4 | 8 | 6 | 18 | 100
        4 | Pemberian Beasiswa Siswa Tidak Mampu | Jumlah siswa penerima beasiswa | siswa | '1.250' | 300 | 300 | 300 | 300 | '1.200' | 96
        5 | Pendampingan Akreditasi SD | Jumlah SD yang terakreditasi | sekolah | 25 | 5 | 5 | 8 | 4 | 21 | 84

        Catatan: pelatihan guru triwulan I belum dilaksanakan karena refocusing anggaran
      `,
    },
  ],
  tables: [
    {
      sheet: 'TW IV',
      range: 'A4:K9',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'indikator',
        D: 'label',
        E: 'targetK',
        ...periods('F', 4, 'K'),
        J: derived('realisasiK'),
        K: 'capaianK',
      },
    },
  ],
  // 5 + 5 + 8 + 4 = 22, typed 21 (and its capaian 84 follows the wrong sum).
  must: [{ rule: ['subtotal-mismatch', 'form-mismatch'], cell: 'J9' }],
  mustNot: [{ rule: 'capaian-mismatch', cell: 'K6' }, { rule: 'not-a-number', column: 'F' }, { row: 11 }],
  after: {
    capaian: [
      { row: 5, K: pct(12000, 12500) },
      { row: 6, K: pct(220, 240) },
      { row: 8, K: pct(1200, 1250) },
      { row: 9, K: pct(22, 25) },
    ],
    cells: [{ cell: 'J9', value: 22 }],
  },
};

/**
 * "TW I … TW IV" under a "Realisasi Kinerja" group. Percentages are cumulative levels (the year's figure is
 * TW IV's), counts are per quarter (the year's figure is their sum): the office's own column shows which.
 */
const twRomawi: CorpusCase = {
  id: 'tw-romawi-kumulatif',
  what: 'TW I … TW IV under a group label; percentages take TW IV, counts add up; a negative count',
  classes: ['tw-roman', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Kinerja Triwulanan',
      rows: grid`
        PENGUKURAN KINERJA TRIWULANAN DINAS KESEHATAN TAHUN 2023

        No | Indikator Kinerja | Satuan | Target 2023 | Realisasi Kinerja | | | | Realisasi Tahun 2023 | Capaian (%)
        | | | | TW I | TW II | TW III | TW IV
        1 | Cakupan pelayanan kesehatan ibu hamil sesuai standar | % | 100 | 24,5 | 49,2 | 73,8 | 96,4 | 96,4 | 96,4
        2 | Cakupan imunisasi dasar lengkap | % | 95 | 22,1 | 45,6 | 70,3 | 93,1 | 93,1 | 98
        3 | Jumlah posyandu yang dibina | posyandu | 120 | 30 | 30 | 30 | 25 | 115 | 95,83
        4 | Jumlah kader kesehatan terlatih | orang | 200 | 0 | 80 | 60 | 70 | 210 | 105
        5 | Jumlah kasus kematian bayi | kasus | 40 | 9 | 8 | 11 | 7 | 35 | 112,5

        Keterangan: realisasi indikator persentase adalah capaian kumulatif s.d. TW IV
      `,
      merges: merges('A3:A4 B3:B4 C3:C4 D3:D4 E3:H3 I3:I4 J3:J4'),
    },
  ],
  tables: [
    {
      sheet: 'Kinerja Triwulanan',
      range: 'A3:J9',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'indikator',
        C: 'label',
        D: 'targetK',
        ...periods('E', 4, 'K'),
        I: derived('realisasiK'),
        J: 'capaianK',
      },
    },
  ],
  mustNot: [
    { rule: 'subtotal-mismatch' }, // 96,4 is TW IV's level, not a wrong sum of the quarters
    { rule: 'form-mismatch' },
    { rule: 'capaian-mismatch' }, // every typed capaian is right; (2 × 40 − 35) / 40 = 112,5
  ],
  after: {
    capaian: [
      { row: 5, K: 96.4 },
      { row: 6, K: pct(93.1, 95) },
      { row: 7, K: pct(115, 120) },
      { row: 8, K: pct(210, 200) },
      { row: 9, K: pct(2 * 40 - 35, 40) },
    ],
    cells: [
      { cell: 'I5', value: 96.4 },
      { cell: 'I7', value: 115 },
    ],
  },
};

/** test/layouts.test.ts's Evaluasi Renja (kode, Renstra, triwulan K/Rp), with its truths in contract terms. */
const layoutsTriwulan: CorpusCase = {
  id: 'layouts-evaluasi-renja',
  what: 'existing layout: kode nomenklatur, Renstra K/Rp, triwulan I–IV K/Rp, numeric column numbers',
  classes: ['existing-layout', 'header-3', 'kode-rekening', 'column-numbers', 'tw-roman', 'text-id'],
  numbers: 'id',
  sheets: [
    {
      name: 'Evaluasi Renja',
      rows: grid`
        EVALUASI HASIL RENJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2023

        Kode | Urusan/Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Target Renstra (Akhir Periode) | | Target Tahun 2023 | | Realisasi Kinerja dan Anggaran Triwulan | | | | | | | | Realisasi Tahun 2023 | | Tingkat Capaian (%) | | Penanggung Jawab
        | | | | | | | I | | II | | III | | IV
        | | | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp
        1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20
        1.02.02 | PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN | Persentase puskesmas terakreditasi | 100 % | 8000000000 | 100 % | | 25 % | | 50 % | | 75 % | | 90 % | | | | | | Bidang Yankes
        1.02.02.2.01 | Penyediaan Fasilitas Pelayanan Kesehatan | | | | | 1500000000
        1.02.02.2.01.0001 | Pengadaan Obat, Vaksin, Makanan dan Minuman serta Fasilitas Kesehatan Lainnya | Jumlah paket obat yang disediakan | 48 paket | | 12 paket | 1000000000 | 3 pkt | 200000000 | 3 pkt | 250000000 | 3 pkt | 250000000 | 2 pkt | 200000000 | | | | | Seksi Farmasi
        1.02.02.2.01.0002 | Pelayanan Kesehatan Ibu dan Anak | Angka kematian ibu | 80 | | 90 | 500000000 | 95 | 100000000 | 88 | 100000000 | 85 | 100000000 | 80 | 100000000 | | 450000000 | 85% | | Seksi Kesga
        Jumlah | | | | | | 1600000000
      `,
      merges: merges('A3:A5 B3:B5 C3:C5 D3:E4 F3:G4 H3:O3 H4:I4 J4:K4 L4:M4 N4:O4 P3:Q4 R3:S4 T3:T5 A11:F11'),
    },
  ],
  tables: [
    {
      sheet: 'Evaluasi Renja',
      range: 'A3:T11',
      dataRow: 7,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'indikator',
        D: ref('target', 'renstra'),
        E: ref('target', 'renstra'),
        F: 'targetK',
        G: 'pagu',
        ...periods('H', 4, 'paired'),
        P: derived('realisasiK'),
        Q: derived('realisasiRp'),
        R: 'capaianK',
        S: 'capaianRp',
        T: 'label',
      },
      totals: at('G I K M O', 7, 8, 11),
    },
  ],
  must: [
    { rule: 'missing-subtotal', cell: 'G7' },
    { rule: 'capaian-mismatch', cell: 'R10' }, // typed 85%; (2 × 90 − 80) / 90 = 111,11 %
    { rule: ['subtotal-mismatch', 'form-mismatch'], cell: 'Q10' }, // typed 450 juta; the quarters add up to 400 juta
  ],
  mustNot: [{ rule: 'unit-mismatch' }, { row: 6 }], // pkt = paket
  after: {
    capaian: [
      { row: 9, K: pct(3 + 3 + 3 + 2, 12), Rp: pct(900, 1000) },
      { row: 10, K: pct(2 * 90 - 80, 90) }, // the last quarter's 80 is the year's figure
      { row: 7, K: 90, Rp: pct(1300, 1500) },
    ],
    cells: [
      { cell: 'P9', value: 11 },
      { cell: 'Q9', value: 900000000 },
      { cell: 'P10', value: 80 },
      { cell: 'G7', value: 1500000000 },
      { cell: 'Q8', value: 1300000000 }, // 900 juta + 400 juta
      { cell: 'G11', value: 1500000000 },
      { cell: 'E7', value: 8000000000 }, // the Renstra figure is shown, not computed on
    ],
  },
};

export const TRIWULAN: readonly CorpusCase[] = [triwulanKata, twRomawi, layoutsTriwulan];
