import { CorpusCase, grid, merges, pct, ref, same } from './spec';

/**
 * Indicator-only IKU: no sasaran, program or kode column; four earlier years' realisasi, then
 * "Tahun 2019" over Target | Realisasi, then Capaian Kinerja (%) (issue 10: found no table).
 */
const tahunSebelumnya: CorpusCase = {
  id: 'iku-empat-tahun-sebelumnya',
  what: 'indicator-only IKU: four earlier years, Tahun 2019 over Target | Realisasi, Capaian Kinerja (%)',
  classes: ['iku-earlier-years', 'tahun-over-target', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Tabel 3.2',
      rows: grid`
        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2019 Dibandingkan Tahun-Tahun Sebelumnya

        No | Indikator Sasaran | 2015 | 2016 | 2017 | 2018 | Tahun 2019 | | Capaian Kinerja (%)
        | | | | | | Target | Realisasi
        1 | Indeks Kepuasan Masyarakat (IKM) | 76,2 | 77,8 | 79,1 | 80,5 | 82 | 81,4 | 99,27
        2 | Persentase ketersediaan obat dan vaksin | 88 | 90 | 92 | 94 | 95 | 96,5 | 101,58
        3 | Angka Kematian Bayi (per 1.000 KH) | 9,8 | 9,1 | 8,7 | 8,2 | 8 | 7,6 | 105
        4 | Cakupan desa/kelurahan UCI | 82 | 85 | 88 | 90 | 92 | 89 | 96,74
        5 | Rasio dokter per 100.000 penduduk | 28 | 30 | 31 | 33 | 35 | 36 | 102,86

        Sumber: Profil Kesehatan Kabupaten 2019
      `,
      merges: merges('A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:F4 G3:H3 I3:I4'),
    },
  ],
  tables: [
    {
      sheet: 'Tabel 3.2',
      range: 'A3:I9',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'indikator',
        ...same('C D E F', ref('realisasi', 'priorYear')),
        G: 'targetK',
        H: 'realisasiK',
        I: 'capaianK',
      },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { rule: 'no-table' }, { column: 'C' }, { column: 'F' }],
  after: {
    capaian: [
      { row: 5, K: pct(81.4, 82) },
      { row: 6, K: pct(96.5, 95) },
      { row: 7, K: pct(2 * 8 - 7.6, 8) }, // negative: (2T − R) / T = 8,4 / 8
      { row: 8, K: pct(89, 92) },
      { row: 9, K: pct(36, 35) },
    ],
  },
};

/** IKU of a Renstra with several years side by side: baseline, 2021, 2022, 2023 and the 2026 target. */
const multiTahun: CorpusCase = {
  id: 'iku-renstra-multi-tahun',
  what: 'IKU with baseline, Tahun 2021/2022/2023 over Target | Realisasi (| Capaian), Renstra 2026 target',
  classes: ['iku-multi-year', 'tahun-over-target', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'IKU 2021-2026',
      rows: grid`
        CAPAIAN INDIKATOR KINERJA UTAMA (IKU) RENSTRA 2021-2026
        DINAS PERTANIAN DAN KETAHANAN PANGAN

        No | Sasaran | Indikator Kinerja Utama | Satuan | Kondisi Awal (2020) | Tahun 2021 | | Tahun 2022 | | Tahun 2023 | | | Target Akhir Renstra (2026)
        | | | | | Target | Realisasi | Target | Realisasi | Target | Realisasi | Capaian (%)
        1 | Meningkatnya produksi pertanian | Produksi padi | ton | '142.350' | '145.000' | '146.212' | '148.000' | '139.875' | '151.000' | '153.420' | 101,6 | '160.000'
        | | Produktivitas padi | ku/ha | 52,4 | 53 | 53,6 | 54 | 51,9 | 55 | 55,8 | 101,45 | 58
        2 | Meningkatnya ketersediaan pangan | Skor Pola Pangan Harapan (PPH) | skor | 84,3 | 85 | 85,6 | 86 | 86,9 | 87 | 86,1 | 98,97 | 90
        | | Persentase daerah rawan pangan | % | 12,5 | 12 | 11,8 | 11 | 10,2 | 10 | 10,6 | 94 | 7
        3 | Meningkatnya kesejahteraan petani | Nilai Tukar Petani (NTP) | indeks | 101,2 | 102 | 103,1 | 103 | 104,6 | 104 | 105,3 | 101,25 | 106
      `,
      merges: merges('A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:G4 H4:I4 J4:L4 M4:M5 A6:A7 B6:B7 A8:A9 B8:B9'),
    },
  ],
  tables: [
    {
      sheet: 'IKU 2021-2026',
      range: 'A4:M10',
      dataRow: 6,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'label',
        E: ref('realisasi'), // the baseline: the Renstra's starting point and a past year's realisasi
        F: ref('target', 'priorYear'),
        G: ref('realisasi', 'priorYear'),
        H: ref('target', 'priorYear'),
        I: ref('realisasi', 'priorYear'),
        J: 'targetK',
        K: 'realisasiK',
        L: 'capaianK',
        M: ref('target', 'renstra'),
      },
    },
  ],
  // Rawan pangan is negative: typed 94 = (2 × 10 − 10,6) / 10; read as positive it would be 106.
  mustNot: [{ rule: 'capaian-mismatch' }],
  after: {
    capaian: [
      { row: 6, K: pct(153420, 151000) },
      { row: 7, K: pct(55.8, 55) },
      { row: 8, K: pct(86.1, 87) },
      { row: 9, K: pct(2 * 10 - 10.6, 10) },
      { row: 10, K: pct(105.3, 104) },
    ],
  },
};

/**
 * "Target Kinerja (T) dalam %" holds targets that look like percentages; the capaian is the next-but-one
 * column. A numeric column-number row 1 … 13 sits under the header (issue 10: nine false mismatches on the
 * target column, targets overwritten, a kegiatan named "3").
 */
const targetDalamPersen: CorpusCase = {
  id: 'target-t-dalam-persen',
  what: '"Target Kinerja (T) dalam %" stays an input; numeric column numbers 1 … 13; prior-year and Renstra columns',
  classes: ['target-percent-input', 'column-numbers', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Tabel 3.1',
      rows: grid`
        TABEL 3.1
        PENGUKURAN KINERJA SASARAN STRATEGIS DINAS PENDIDIKAN TAHUN 2023

        No | Sasaran Strategis | Indikator Kinerja | Satuan | Target Kinerja Tahun 2023 (T) dalam % | Realisasi Tahun 2023 (R) dalam % | Capaian (C = R/T x 100%) | Realisasi Tahun 2022 | Capaian Tahun 2022 (%) | Target Akhir Renstra 2026 | Capaian s.d. 2023 terhadap Target Renstra (%) | Keterangan | Penanggung Jawab
        1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13
        1 | Meningkatnya akses pendidikan | Angka Partisipasi Kasar (APK) PAUD | % | 72 | 70,56 | 98 | 68,4 | 97,71 | 80 | 88,2 | | Bidang PAUD
        2 | | Angka Partisipasi Murni (APM) SD/MI | % | 98 | 97,02 | 99 | 96,5 | 99,49 | 99,5 | 97,51 | | Bidang SD
        3 | | Angka Partisipasi Murni (APM) SMP/MTs | % | 85 | 81,6 | 96 | 80,2 | 97,8 | 90 | 90,67 | | Bidang SMP
        4 | | Angka Partisipasi Sekolah (APS) 7-15 tahun | % | 99 | 99,4 | 100,4 | 98,9 | 100 | 100 | 99,4 | | Bidang SMP
        5 | Meningkatnya mutu pendidikan | Persentase sekolah terakreditasi minimal B | % | 75 | 78 | 104 | 71 | 101,43 | 90 | 86,67 | | Bidang SD
        6 | | Persentase guru berkualifikasi S1/D-IV | % | 92 | 93,84 | 102 | 90,5 | 100,56 | 100 | 93,84 | | Bidang GTK
        7 | | Persentase guru bersertifikat pendidik | % | 60 | 57 | 95 | 55 | 98,21 | 75 | 76 | Kuota sertifikasi terbatas | Bidang GTK
        8 | | Persentase siswa SD dengan kemampuan literasi di atas kompetensi minimum | % | 60 | 54 | 90 | 52 | 94,55 | 70 | 77,14 | | Bidang SD
        9 | Meningkatnya tata kelola pendidikan | Persentase satuan pendidikan yang menerapkan SPM | % | 80 | 84 | 105 | 78 | 104 | 100 | 84 | | Sekretariat

        Sumber: Dapodik dan bidang terkait
      `,
      merges: merges('B6:B9 B10:B13'),
    },
  ],
  tables: [
    {
      sheet: 'Tabel 3.1',
      range: 'A4:M14',
      dataRow: 6,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'label',
        E: 'targetK',
        F: 'realisasiK',
        G: 'capaianK',
        H: ref('realisasi', 'priorYear'),
        I: ref('capaian', 'priorYear'), // last year's target is not here: typed, not derivable
        J: ref('target', 'renstra'),
        K: ref('capaian', 'renstra', 'derived'), // 6 / 10
        L: 'label',
        M: 'label',
      },
    },
  ],
  mustNot: [
    { rule: 'capaian-mismatch', column: 'E' },
    { rule: 'capaian-mismatch' },
    { row: 5 },
    { rule: 'orphan-row' },
  ],
  after: {
    capaian: [
      { row: 6, K: pct(70.56, 72) },
      { row: 9, K: pct(99.4, 99) },
      { row: 10, K: pct(78, 75) },
      { row: 13, K: pct(54, 60) },
      { row: 14, K: pct(84, 80) },
    ],
  },
};

export const IKU: readonly CorpusCase[] = [tahunSebelumnya, multiTahun, targetDalamPersen];
