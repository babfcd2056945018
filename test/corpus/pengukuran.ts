import { CorpusCase, derived, grid, merges, pct, periods } from './spec';

/**
 * Monthly pengukuran: "Realisasi" on a group row above the month numbers 1 … 12, the other labels on the
 * lower row, unmerged, and "Jumlah | Kinerja (%)" at the end (issue 10: found no table).
 */
const bulanan: CorpusCase = {
  id: 'pengukuran-bulanan-1-12',
  what: 'monthly pengukuran: Realisasi over month numbers 1 … 12, labels on the lower row, Jumlah, Kinerja (%)',
  classes: ['monthly-pengukuran', 'months-numbers', 'header-2', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Pengukuran Bulanan',
      rows: grid`
        PENGUKURAN KINERJA BULANAN
        BAGIAN ORGANISASI SEKRETARIAT DAERAH KOTA SUKAMAJU TAHUN 2023

        | | | | | Realisasi
        No | Sasaran Kegiatan | Indikator | Satuan | Target | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | Jumlah | Kinerja (%)
        1 | Meningkatnya kualitas kelembagaan perangkat daerah | Jumlah dokumen evaluasi kelembagaan | dokumen | 12 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 12 | 100
        | | Jumlah rekomendasi penataan jabatan | rekomendasi | 24 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 1 | 1 | 22 | 91,67
        2 | Meningkatnya kualitas pelayanan publik | Jumlah peserta bimtek pelayanan publik | orang | 150 | - | - | 20 | 25 | 20 | - | 15 | 30 | 20 | 10 | - | - | 140 | 95,33
        | | Jumlah laporan monev SPM | laporan | 4 | - | - | 1 | - | - | 1 | - | - | 1 | - | - | 1 | 4 | 100
        3 | Meningkatnya akuntabilitas kinerja | Jumlah dokumen SAKIP yang disusun | dokumen | 5 | - | 1 | 1 | - | - | 1 | - | - | 1 | - | 1 | - | 5 | 100

        Sumber data: Bagian Organisasi
        | | | | | | | | | | | | | | Kepala Bagian Organisasi
      `,
      merges: merges('F4:Q4'),
    },
  ],
  tables: [
    {
      sheet: 'Pengukuran Bulanan',
      range: 'A4:S10',
      dataRow: 6,
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
  // 20 + 25 + 20 + 15 + 30 + 20 + 10 = 140 of 150 = 93,33 %, typed 95,33.
  must: [{ rule: 'capaian-mismatch', cell: 'S8' }],
  mustNot: [{ row: 5 }, { rule: 'orphan-row' }, { rule: 'capaian-mismatch', cell: 'S7' }],
  after: {
    capaian: [
      { row: 6, K: 100 },
      { row: 7, K: pct(22, 24) },
      { row: 8, K: pct(140, 150) },
      { row: 9, K: 100 },
      { row: 10, K: 100 },
    ],
    cells: [{ cell: 'R8', value: 140 }],
  },
};

/** PermenPAN-RB 53/2014 Perjanjian Kinerja: targets, then the programmes' budgets, then the signatures. */
const pk: CorpusCase = {
  id: 'pk-53-2014',
  what: 'PermenPAN-RB 53/2014 PK: sasaran/indikator/target with (1)…(4), programme budget list, signatures',
  classes: ['pk-53-2014', 'header-1', 'column-numbers', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'PK 2023',
      rows: grid`
        PERJANJIAN KINERJA TAHUN 2023
        DINAS PERHUBUNGAN KABUPATEN SUKAMAJU

        No | Sasaran Strategis | Indikator Kinerja | Target
        (1) | (2) | (3) | (4)
        1 | Meningkatnya keselamatan transportasi darat | Persentase kendaraan wajib uji yang lulus uji berkala | 85 %
        | | Jumlah titik rawan kecelakaan yang ditangani | 12 titik
        2 | Meningkatnya kinerja pelayanan angkutan umum | Indeks kepuasan pengguna angkutan umum | 78,5
        3 | Meningkatnya kualitas tata kelola perangkat daerah | Nilai SAKIP Dinas Perhubungan | BB

        No | Program | Anggaran | Keterangan
        1 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ) | Rp 4.250.000.000 | APBD
        2 | Program Pengelolaan Pelayaran | Rp 650.000.000 | APBD
        3 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Rp 3.175.500.000 | APBD
        | Jumlah | Rp 8.075.500.000

        | | Sukamaju, 3 Januari 2023
        Bupati Sukamaju, | | Kepala Dinas Perhubungan,


        H. Ahmad Fauzi, S.E. | | Drs. Budi Santoso, M.Si.
        | | NIP. 19700101 199503 1 002
      `,
      merges: merges('A6:A7 B6:B7'),
    },
  ],
  tables: [
    {
      sheet: 'PK 2023',
      range: 'A4:D9',
      dataRow: 6,
      columns: { A: 'label', B: 'label', C: 'indikator', D: 'targetK' },
    },
    {
      sheet: 'PK 2023',
      range: 'A11:D15',
      dataRow: 12,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'label' },
      totals: ['C15'], // 4.250.000.000 + 650.000.000 + 3.175.500.000
    },
  ],
  // A PK has no realisasi by design; the signature block is no table and no row.
  mustNot: [{ rule: 'missing-realisasi' }, { rule: 'orphan-row' }, { row: 5 }, { row: 18 }, { row: 21 }],
};

/** PermenPAN-RB 53/2014 pengukuran kinerja; its two negative indicators are typed with (2T − R) / T. */
const pengukuran53: CorpusCase = {
  id: 'pengukuran-53-2014',
  what: 'PermenPAN-RB 53/2014 pengukuran with (1)…(6), negatives typed (2T−R)/T, a BB predikat, Rata-rata row',
  classes: ['pengukuran-53-2014', 'negative-selisih', 'column-numbers', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      // The name our generated sheet would take: it must be left alone.
      name: 'Pengukuran Kinerja',
      rows: grid`
        PENGUKURAN KINERJA TAHUN 2022
        Unit Organisasi Eselon II/SKPD : Dinas Kesehatan Kota Sukamaju

        No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | %
        (1) | (2) | (3) | (4) | (5) | (6)
        1 | Meningkatnya derajat kesehatan masyarakat | Angka Kematian Ibu (per 100.000 KH) | 110 | 96,4 | 112,36
        | | Prevalensi balita stunting (%) | 18,5 | 16,9 | 108,65
        | | Usia Harapan Hidup (tahun) | 71,25 | 71,38 | 100,18
        2 | Meningkatnya mutu pelayanan kesehatan | Indeks Kepuasan Masyarakat | 82 | 84,15 | 102,62
        | | Persentase fasilitas kesehatan terakreditasi | 100% | 90% | 90
        3 | Meningkatnya akuntabilitas kinerja | Nilai SAKIP | BB | B | -
        Rata-rata capaian | | | | | 102,76

        | | | | Kepala Dinas Kesehatan,
      `,
      merges: merges('A6:A8 B6:B8 A9:A10 B9:B10 A12:E12'),
    },
  ],
  tables: [
    {
      sheet: 'Pengukuran Kinerja',
      range: 'A4:F12',
      dataRow: 6,
      columns: { A: 'label', B: 'label', C: 'indikator', D: 'targetK', E: 'realisasiK', F: 'capaianK' },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { row: 5 }, { rule: 'orphan-row' }],
  after: {
    capaian: [
      { row: 6, K: pct(2 * 110 - 96.4, 110) },
      { row: 7, K: pct(2 * 18.5 - 16.9, 18.5) },
      { row: 8, K: pct(71.38, 71.25) },
      { row: 9, K: pct(84.15, 82) },
      { row: 10, K: 90 },
      { row: 11, K: null }, // BB against B: a predikat, not a number
    ],
  },
};

/** A status column that contradicts its figures once: "Tercapai" for 99 against 100. */
const status: CorpusCase = {
  id: 'status-tercapai',
  what: 'Tercapai / Belum Tercapai / Melampaui status column, one Tercapai at 99 %',
  classes: ['status', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'IKU Bapenda',
      rows: grid`
        CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2023
        BADAN PENDAPATAN DAERAH

        No | Sasaran | Indikator Kinerja | Kinerja | | | Status
        | | | Target | Realisasi | Capaian
        1 | Meningkatnya pendapatan asli daerah | Rasio PAD terhadap total pendapatan (%) | 18 | 19,4 | 107,78 | Melampaui
        | | Persentase realisasi pajak daerah terhadap target | 100 | 99 | 99 | Tercapai
        2 | Meningkatnya kualitas pelayanan pajak | Indeks kepuasan wajib pajak | 80 | 80 | 100 | Tercapai
        | | Persentase wajib pajak yang membayar tepat waktu | 85 | 78,2 | 92 | Belum Tercapai
        3 | Meningkatnya akurasi data objek pajak | Persentase objek PBB-P2 yang dimutakhirkan | 25 | 31,5 | 126 | Melampaui
      `,
      merges: merges('A4:A5 B4:B5 C4:C5 D4:F4 G4:G5 A6:A7 B6:B7 A8:A9 B8:B9'),
    },
  ],
  tables: [
    {
      sheet: 'IKU Bapenda',
      range: 'A4:G10',
      dataRow: 6,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'targetK',
        E: 'realisasiK',
        F: 'capaianK',
        G: 'label',
      },
    },
  ],
  must: [{ rule: 'status-mismatch', cell: 'G7' }],
  mustNot: [
    { rule: 'status-mismatch', cell: 'G6' },
    { rule: 'status-mismatch', cell: 'G8' },
    { rule: 'status-mismatch', cell: 'G9' },
    { rule: 'status-mismatch', cell: 'G10' },
    { rule: 'capaian-mismatch' },
  ],
  after: {
    capaian: [
      { row: 6, K: pct(19.4, 18) },
      { row: 7, K: 99 },
      { row: 9, K: pct(78.2, 85) },
      { row: 10, K: pct(31.5, 25) },
    ],
  },
};

/** The PK on one sheet; the realisasi sheet links its targets to it with formulas. */
const pkDanRealisasi: CorpusCase = {
  id: 'pk-dan-realisasi',
  what: 'PK sheet and a realisasi sheet whose targets are formulas linking to the PK',
  classes: ['pk-53-2014', 'header-1', 'text-id'],
  numbers: 'id',
  sheets: [
    {
      name: 'PK',
      rows: grid`
        PERJANJIAN KINERJA TAHUN 2023
        DINAS PERDAGANGAN DAN PERINDUSTRIAN

        No | Sasaran Strategis | Indikator Kinerja | Satuan | Target
        1 | Meningkatnya daya saing perdagangan | Pertumbuhan nilai transaksi pasar rakyat | % | 5
        | | Persentase pasar rakyat yang dikelola secara profesional | % | 60
        2 | Meningkatnya stabilitas pasokan | Persentase ketersediaan barang kebutuhan pokok | % | 95
        3 | Meningkatnya pertumbuhan industri kecil | Jumlah IKM yang tersertifikasi halal | unit | 150
      `,
      merges: merges('A5:A6 B5:B6'),
    },
    {
      name: 'Realisasi PK',
      rows: grid`
        REALISASI PERJANJIAN KINERJA TAHUN 2023

        No | Indikator Kinerja | Target PK | Realisasi | Capaian (%)
        1 | Pertumbuhan nilai transaksi pasar rakyat | ='PK'!E5 | 5,8 | 116
        2 | Persentase pasar rakyat yang dikelola secara profesional | ='PK'!E6 | 55 | 91,67
        3 | Persentase ketersediaan barang kebutuhan pokok | ='PK'!E7 | 97,2 | 102,32
        4 | Jumlah IKM yang tersertifikasi halal | ='PK'!E8 | 171 | 114
      `,
    },
  ],
  tables: [
    {
      sheet: 'PK',
      range: 'A4:E8',
      dataRow: 5,
      columns: { A: 'label', B: 'label', C: 'indikator', D: 'label', E: 'targetK' },
    },
    {
      sheet: 'Realisasi PK',
      range: 'A3:E7',
      dataRow: 4,
      columns: { A: 'label', B: 'indikator', C: 'targetK', D: 'realisasiK', E: 'capaianK' },
    },
  ],
  mustNot: [
    { rule: 'capaian-mismatch' },
    { rule: 'missing-target' },
    { rule: 'missing-realisasi', sheet: 'PK' },
  ],
  after: {
    capaian: [
      { table: 1, row: 4, K: pct(5.8, 5) },
      { table: 1, row: 5, K: pct(55, 60) },
      { table: 1, row: 6, K: pct(97.2, 95) },
      { table: 1, row: 7, K: pct(171, 150) },
    ],
  },
};

export const PENGUKURAN: readonly CorpusCase[] = [bulanan, pk, pengukuran53, status, pkDanRealisasi];
