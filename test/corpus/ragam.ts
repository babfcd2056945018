import { at, CorpusCase, formats, grid, merges, oneOf, pct, ref } from './spec';

/** Four header rows: a group label, "Tahun Lalu / Tahun Berjalan", the years, then the leaves. */
const empatBaris: CorpusCase = {
  id: 'header-empat-baris',
  what: 'four merged header rows (group, period, year, leaf); sasaran rows between the indicators',
  classes: ['header-4', 'tahun-over-target', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Tabel 3.4',
      rows: grid`
        TABEL 3.4 CAPAIAN KINERJA SASARAN STRATEGIS DINAS PUPR

        No | Sasaran Strategis / Indikator Kinerja | KINERJA SASARAN | | | | | Ket.
        | | Tahun Lalu | | Tahun Berjalan
        | | 2022 | | 2023
        | | Target | Realisasi | Target | Realisasi | Capaian (%)
        A. | Meningkatnya kualitas infrastruktur jalan
        1 | Persentase jalan kabupaten dalam kondisi mantap | 68 | 69,2 | 72 | 74,88 | 104
        2 | Panjang jalan yang dibangun/ditingkatkan (km) | 25 | 22,5 | 30 | 27 | 90 | Keterbatasan anggaran
        B. | Meningkatnya akses air minum dan sanitasi layak
        3 | Persentase rumah tangga dengan akses air minum layak | 82 | 83,5 | 86 | 85,14 | 99
        4 | Persentase rumah tangga dengan akses sanitasi layak | 75 | 77 | 80 | 83,2 | 104
        C. | Menurunnya luas kawasan permukiman kumuh
        5 | Luas kawasan permukiman kumuh (ha) | 48 | 46,5 | 40 | 42 | 95
      `,
      merges: merges('A3:A6 B3:B6 C3:G3 H3:H6 C4:D4 E4:G4 C5:D5 E5:G5'),
    },
  ],
  tables: [
    {
      sheet: 'Tabel 3.4',
      range: 'A3:H14',
      dataRow: 7,
      columns: {
        A: 'label',
        B: oneOf('label', 'indikator', 'nama'),
        C: ref('target', 'priorYear'),
        D: ref('realisasi', 'priorYear'),
        E: 'targetK',
        F: 'realisasiK',
        G: 'capaianK',
        H: 'label',
      },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { row: 6 }],
  after: {
    capaian: [
      { row: 8, K: pct(74.88, 72) },
      { row: 9, K: pct(27, 30) },
      { row: 11, K: pct(85.14, 86) },
      { row: 12, K: pct(83.2, 80) },
      { row: 14, K: pct(2 * 40 - 42, 40) }, // kawasan kumuh: lower is better
    ],
  },
};

/**
 * One header row, indicator-only, numbers copied from a web dashboard in English style ("1,250,000 orang"),
 * and a capaian column formatted as % holding 0–100 figures (it shows 10500%): one cause, one finding.
 */
const satuBarisEn: CorpusCase = {
  id: 'satu-baris-en-persen',
  what: 'one header row, en-style numbers as text with units, 0–100 values in a %-formatted column',
  classes: ['header-1', 'text-en', 'percent-scale', 'title-notes'],
  numbers: 'en',
  sheets: [
    {
      name: 'Capaian 2023',
      rows: grid`
        CAPAIAN KINERJA DINAS PARIWISATA TAHUN 2023
        Indikator Kinerja | Target | Realisasi | % Capaian
        Jumlah kunjungan wisatawan | 1,250,000 orang | 1,312,500 orang | 105
        Lama tinggal wisatawan rata-rata | 2.5 hari | 2.3 hari | 92
        Kontribusi sektor pariwisata terhadap PDRB | 4.5% | 4.68% | 104
        Jumlah desa wisata yang dibina | 24 desa | 21 desa | 87.5
        Tingkat hunian hotel | 62.5% | 58.75% | 94

        Sumber: BPS dan Dinas Pariwisata (diolah)
      `,
      formats: formats('0.00%', 'D3:D7'),
    },
  ],
  tables: [
    {
      sheet: 'Capaian 2023',
      range: 'A2:D7',
      dataRow: 3,
      columns: { A: 'indikator', B: 'targetK', C: 'realisasiK', D: 'capaianK' },
    },
  ],
  must: [{ rule: 'percent-scale', range: 'D3:D7' }],
  mustNot: [{ rule: 'capaian-mismatch', column: 'D' }, { row: 9 }],
  after: {
    capaian: [
      { row: 3, K: pct(1312500, 1250000) },
      { row: 4, K: pct(2.3, 2.5) },
      { row: 5, K: pct(4.68, 4.5) },
      { row: 6, K: pct(21, 24) },
      { row: 7, K: pct(58.75, 62.5) },
    ],
  },
};

/** Group labels typed once and not merged: "Target | (blank)" over "Kinerja | Keuangan (Rp)". */
const tidakMerge: CorpusCase = {
  id: 'header-tanpa-merge',
  what: 'two header rows, group labels typed once without merges, K/Rp as "Kinerja | Keuangan (Rp)"',
  classes: ['unmerged-header', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Kecamatan',
      rows: grid`
        REALISASI KINERJA DAN KEUANGAN KECAMATAN SUKAMAJU TAHUN 2023

        No | Program / Kegiatan | Indikator | Target | | Realisasi | | Capaian (%)
        | | | Kinerja | Keuangan (Rp) | Kinerja | Keuangan (Rp) | Kinerja | Keuangan
        1 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | Indeks kepuasan layanan kecamatan | 80 | 250.000.000 | 82,4 | 231.250.000 | 103 | 92,5
        '1.1' | Penyelenggaraan Urusan Pemerintahan Umum | Jumlah dokumen laporan | 4 dok | 100.000.000 | 4 dok | 96.500.000 | 100 | 96,5
        '1.2' | Pelayanan Administrasi Terpadu Kecamatan (PATEN) | Jumlah layanan PATEN | '1.500 layanan' | 150.000.000 | '1.620 layanan' | 134.750.000 | 108 | 89,83
        2 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | Persentase LPM aktif | 100 | 180.000.000 | 90 | 171.000.000 | 90 | 95
        '2.1' | Pemberdayaan Lembaga Kemasyarakatan Kelurahan | Jumlah LPM yang dibina | 10 lembaga | 180.000.000 | 9 lembaga | 171.000.000 | 90 | 95
        Total | | | | 430.000.000 | | 402.250.000 | | 93,55

        | | | | | | Camat Sukamaju
      `,
    },
  ],
  tables: [
    {
      sheet: 'Kecamatan',
      range: 'A3:I10',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'indikator',
        D: 'targetK',
        E: 'pagu',
        F: 'realisasiK',
        G: 'realisasiRp',
        H: 'capaianK',
        I: 'capaianRp',
      },
      totals: at('E G', 5, 8, 10),
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { rule: 'subtotal-mismatch' }, { row: 12 }],
  after: {
    capaian: [
      { row: 5, K: pct(82.4, 80), Rp: pct(231.25, 250) }, // 96,5 + 134,75 of 100 + 150 juta
      { row: 7, K: pct(1620, 1500), Rp: pct(134.75, 150) },
      { row: 9, K: 90, Rp: 95 },
      { row: 10, Rp: pct(402.25, 430) },
    ],
    cells: [{ cell: 'G10', value: 402250000 }],
  },
};

/** K | Rp on the upper row, their group label ("Target", "Realisasi", "Capaian (%)") merged below. */
const groupBawah: CorpusCase = {
  id: 'header-grup-di-bawah',
  what: 'K | Rp on the upper header row, Target / Realisasi / Capaian merged on the row below',
  classes: ['group-below', 'header-2', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Matriks Renja',
      rows: grid`
        MATRIKS CAPAIAN RENJA DINAS KOPERASI DAN UKM TAHUN 2023

        No | Uraian | Indikator | K | Rp | K | Rp | K | Rp
        | | | Target | | Realisasi | | Capaian (%)
        I | Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro | Jumlah UMKM naik kelas | 120 unit | 640000000 | 132 unit | 598400000 | 110 | 93,5
        1 | Pemberdayaan Usaha Mikro | Jumlah usaha mikro yang difasilitasi | 300 unit | 400000000 | 285 unit | 374000000 | 95 | 93,5
        2 | Pengembangan UMKM | Jumlah UMKM yang mengikuti pameran | 40 unit | 240000000 | 44 unit | 224400000 | 110 | 93,5
        II | Program Pengawasan dan Pemeriksaan Koperasi | Persentase koperasi sehat | 60% | 150000000 | 52,5% | 150000000 | 87,5 | 100
        1 | Pemeriksaan dan Pengawasan Koperasi | Jumlah koperasi yang diperiksa | 80 koperasi | 150000000 | 84 koperasi | 150000000 | 105 | 100
        Jumlah | | | | 790000000 | | 748400000 | | 94,73
      `,
      merges: merges('A3:A4 B3:B4 C3:C4 D4:E4 F4:G4 H4:I4 A10:D10'),
      formats: formats('#,##0', 'E5:E10 G5:G10'),
    },
  ],
  tables: [
    {
      sheet: 'Matriks Renja',
      range: 'A3:I10',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: 'indikator',
        D: 'targetK',
        E: 'pagu',
        F: 'realisasiK',
        G: 'realisasiRp',
        H: 'capaianK',
        I: 'capaianRp',
      },
      totals: at('E G', 5, 8, 10),
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { row: 4 }],
  after: {
    capaian: [
      { row: 5, K: pct(132, 120), Rp: pct(598.4, 640) }, // 374 + 224,4 of 400 + 240 juta
      { row: 6, K: pct(285, 300), Rp: pct(374, 400) },
      { row: 8, K: pct(52.5, 60), Rp: 100 },
      { row: 10, Rp: pct(748.4, 790) },
    ],
  },
};

/** Two tables on one sheet with a note between; the first has realisasi before target. */
const duaTabel: CorpusCase = {
  id: 'dua-tabel-satu-lembar',
  what: 'two tables on one sheet (realisasi before target; programme budgets), titles and notes between',
  classes: ['header-1', 'title-notes', 'text-id'],
  numbers: 'id',
  sheets: [
    {
      name: 'Bab III',
      rows: grid`
        Tabel 3.1 Pengukuran Kinerja Sasaran Dinas Lingkungan Hidup
        Sasaran | Indikator kinerja | realisasi 2023 | target 2023 | capaian
        Meningkatnya kualitas lingkungan hidup | Indeks Kualitas Lingkungan Hidup (IKLH) | 68,42 | 67 | 102,12
        | Indeks Kualitas Air | 52,3 | 55 | 95,09
        | Indeks Kualitas Udara | 88,1 | 86 | 102,44

        Sumber: DLH, diolah


        Tabel 3.2 Realisasi Anggaran per Program
        PROGRAM | ANGGARAN (Rp) | REALISASI (Rp) | %
        Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup | 845.000.000 | 812.300.000 | 96,13
        Program Pengelolaan Keanekaragaman Hayati | 210.000.000 | 187.950.000 | 89,5
        Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup | 125.000.000 | 119.375.000 | 95,5
        Jumlah | 1.180.000.000 | 1.119.625.000 | 94,88
      `,
      merges: merges('A3:A5'),
    },
  ],
  tables: [
    {
      sheet: 'Bab III',
      range: 'A2:E5',
      dataRow: 3,
      columns: { A: 'label', B: 'indikator', C: 'realisasiK', D: 'targetK', E: 'capaianK' },
    },
    {
      sheet: 'Bab III',
      range: 'A11:D15',
      dataRow: 12,
      columns: { A: 'nama', B: 'pagu', C: 'realisasiRp', D: 'capaianRp' },
      totals: ['B15', 'C15'],
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { row: 7 }, { row: 10 }],
  after: {
    capaian: [
      { row: 3, K: pct(68.42, 67) },
      { row: 4, K: pct(52.3, 55) },
      { table: 1, row: 12, Rp: pct(812.3, 845) },
      { table: 1, row: 15, Rp: pct(1119.625, 1180) }, // 812,3 + 187,95 + 119,375 of 845 + 210 + 125 juta
    ],
  },
};

export const RAGAM: readonly CorpusCase[] = [empatBaris, satuBarisEn, tidakMerge, groupBawah, duaTabel];
