import { at, CorpusCase, derived, formats, grid, merges, pct, periods, ref } from './spec';

/**
 * Renja evaluation tables: the Binjai layout (the seed), whose "Tingkat capaian K" repeats the realisasi.
 * Numbers are the seed's own where they exist.
 */
const binjai: CorpusCase = {
  id: 'binjai-mirip',
  what: 'Binjai realisasi table: capaian K repeats realisasi (23 org), wrong program subtotals, 35,10% typed',
  classes: ['copied-capaian', 'header-2', 'column-numbers', 'text-id', 'title-notes', 'existing-layout'],
  numbers: 'id',
  sheets: [
    {
      name: 'Realisasi 2022',
      rows: grid`
        TABEL REALISASI PELAKSANAAN PROGRAM/KEGIATAN TAHUN 2022
        DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN MASYARAKAT KOTA BINJAI

        NO | SASARAN STRATEGIS | PROGRAM/ KEGIATAN/ SUB KEGIATAN | | INDIKATOR | TARGET KINERJA DAN ANGGARAN\nRENJA OPD TAHUN 2022 | | REALISASI KINERJA DAN ANGGARAN\nRENJA OPD YANG DIEVALUASI | | TINGKAT CAPAIAN KINERJA DAN\nREALISASI ANGGARAN RENJA OPD\nTAHUN 2022 (%)
        | | | | | K | Rp | K | Rp | K | Rp
        '1' | '2' | '3' | | | '4' | | '5' | | '6'
        1. | Peningkatan pengetahuan dan tata kerja pegawai kantor | | PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH | | | 536731778 | | 529687106 | | 0.9869
        | | 1 | Administrasi Keuangan Perangkat Daerah | | | 2931802095 | | 2748706747 | | 0.9375
        | | 1 | Penyediaan Gaji dan Tunjangan ASN | Gaji dan Tunjangan ASN | 25 org | 2757062981 | 23 org | 2575016019 | 23 org | 0.934
        | | | Koordinasi dan Pelaksanaan Akutansi SKPD | Honorarium Pelaksanaan Akutansi SKPD | 100 % | 174739114 | 100 % | 173690728 | 100 % | 0.994
        | | 3 | Pengadaan Barang Milik Daerah | Jumlah Pengadaan Barang milik Daerah | | 60571752 | | 21325000 | | 0.3521
        | | 1 | Pengadaan Peralatan dan Mesin Lainnya | Jumlah pengadaan peralatan dan mesin | 4 unit | 60571752 | 2 unit | 21325000 | 2 unit | 0.351
        2. | Terwujudnya Kota layak anak | | Program Perlindungan Khusus Anak | Persentase anak korban kekerasan yang dilayani sesuai standar | 100 % | 128197143 | | 103924862 | | 0.8107
        | | 1 | Pencegahan Kekerasan terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/ Kota | | | 51489812 | | 44223782 | | 0.8589
        | | 1 | Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak Kewenangan Kabupaten/ Kota | Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Pencegahan Kekerasan Terhadap Anak | 1 dok | 51489812 | 1 dok | '44.223.782' | 1 dok | 0.8589
        | | 3 | Penguatan dan Pengembangan Lembaga Penyedia Layanan bagi Anak yang Memerlukan Perlindungan Khusus | | | 76707331 | | 59701080 | | 0.7783
        | | 1 | Koordinasi dan Sinkronisasi Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Anak | Jumlah Anak yang Memerlukan Perlindungan Khusus Mendapatkan Layanan Pengaduan | 30 org | 76707331 | 29 org | 59701080 | 29 org | 0.7783
        Jumlah Keseluruhan | | | | | | 3120750990 | | 2873956609 | | 0.921

        | | | | | | | | Binjai, Januari 2023
        | | | | | | | | KEPALA DINAS P3AM KOTA BINJAI
      `,
      merges: merges(
        'A1:K1 A2:K2 A4:A5 B4:B5 C4:D5 E4:E5 F4:G4 H4:I4 J4:K4 C6:E6 F6:G6 H6:I6 J6:K6 A7:A12 B7:B12 A13:A17 B13:B17 A18:F18',
      ),
      formats: formats('0.00%', 'K7:K18'),
    },
  ],
  tables: [
    {
      sheet: 'Realisasi 2022',
      range: 'A4:K18',
      dataRow: 7,
      columns: {
        A: 'label',
        B: 'label',
        C: 'label',
        D: 'nama',
        E: 'indikator',
        F: 'targetK',
        G: 'pagu',
        H: 'realisasiK',
        I: 'realisasiRp',
        J: 'capaianK',
        K: 'capaianRp',
      },
      totals: at('G I', 7, 8, 11, 13, 14, 16, 18),
    },
  ],
  must: [
    // J repeats H in every row that has a realisasi: one cause, one finding.
    { rule: 'copied-column', range: 'J9:J17' },
    { rule: 'capaian-mismatch', cell: 'K12' }, // typed 35,10 %; 21.325.000 / 60.571.752 = 35,21 %
    { rule: 'subtotal-mismatch', cell: 'G7' }, // typed 536.731.778; items add up to 2.992.373.847
    { rule: 'subtotal-mismatch', cell: 'I7' }, // typed 529.687.106; items add up to 2.770.031.747
    { rule: 'subtotal-mismatch', cell: 'G18' }, // typed 3.120.750.990; programs add up to 3.120.570.990
  ],
  mustNot: [
    { rule: 'capaian-mismatch', column: 'J' },
    { row: 6 }, // the column-number row is not data
    { rule: 'duplicate-row' },
    { rule: 'subtotal-mismatch', cell: 'G8' }, // 2.757.062.981 + 174.739.114 = 2.931.802.095, right
  ],
  after: {
    capaian: [
      { row: 9, K: pct(23, 25), Rp: pct(2575016019, 2757062981) },
      { row: 10, K: 100 },
      { row: 12, K: pct(2, 4), Rp: pct(21325000, 60571752) },
      { row: 13, K: null, Rp: pct(103924862, 128197143) }, // no realisasi K typed for the programme
      { row: 15, K: 100, Rp: pct(44223782, 51489812) },
      { row: 17, K: pct(29, 30) },
      { row: 7, Rp: pct(2770031747, 2992373847) },
      { row: 18, Rp: pct(2873956609, 3120570990) },
    ],
    cells: [
      { cell: 'G7', value: 2992373847 }, // 2.757.062.981 + 174.739.114 + 60.571.752
      { cell: 'I7', value: 2770031747 },
      { cell: 'G18', value: 3120570990 }, // 2.992.373.847 + 128.197.143
      { cell: 'I18', value: 2873956609 },
    ],
  },
};

/**
 * The Permendagri 86/2017 Renja evaluation form (Tabel T-C.29) as printed: Renstra, last year, this year, four
 * triwulan K/Rp, 13 = 9 + 10 + 11 + 12, 14 = 7 + 13, 15 = 14 / 6 x 100%. Column 15 is capaian against the
 * Renstra, not the year's capaian: that one (13 / 8) is not in the form and is appended.
 */
const renja86: CorpusCase = {
  id: 'renja-86-2017',
  what: 'Permendagri 86/2017 Renja evaluation form: Renstra, TW I–IV K/Rp, s.d. columns, formula row',
  classes: [
    'renja-86-2017',
    'header-3',
    'tw-roman',
    'column-numbers',
    'kode-rekening',
    'title-notes',
    'text-id',
  ],
  numbers: 'id',
  sheets: [
    {
      name: 'T-C.29',
      rows: grid`
        Tabel T-C.29 Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Sukamaju s.d. Triwulan IV Tahun 2023
        Perangkat Daerah: Dinas Lingkungan Hidup
        Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD: Meningkatnya kualitas lingkungan hidup
        No | Sasaran | Kode | Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan | Indikator Kinerja Program (outcome)/Kegiatan (output) | Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD) | | Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2022) | | Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi | | Realisasi Kinerja Pada Triwulan | | | | | | | | Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi | | Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023 (Akhir Tahun Pelaksanaan Renja PD) | | Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%) | | Perangkat Daerah Penanggung Jawab | Keterangan
        | | | | | | | | | | | I | | II | | III | | IV
        | | | | | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp | K | Rp
        '1' | '2' | '3' | '4' | '5' | '6' | | '7' | | '8' | | '9' | | '10' | | '11' | | '12' | | 13 = 9 + 10 + 11 + 12 | | 14 = 7 + 13 | | 15 = 14 / 6 x 100% | | '16' | '17'
        '1' | Meningkatnya kualitas pengelolaan sampah | 2.11.11 | PROGRAM PENGELOLAAN PERSAMPAHAN | Jumlah sarana persampahan yang beroperasi | 30 unit | 12500000000 | 15 unit | 4800000000 | 6 unit | 2400000000 | 1 | 150000000 | 1 | 600000000 | 1 | 700000000 | 2 | 850000000 | 5 | 2300000000 | 20 | 7100000000 | 66.67 | 56.8 | Bidang Persampahan
        | | 2.11.11.2.01 | Pengelolaan Sampah | Jumlah sarana persampahan yang dibangun | 30 unit | 9000000000 | 15 unit | 3300000000 | 6 unit | 1800000000 | 1 | 100000000 | 1 | 450000000 | 1 | 550000000 | 2 | 650000000 | 5 | 1750000000 | 20 | 5050000000 | 66.67 | 56.11 | Bidang Persampahan
        | | 2.11.11.2.01.0011 | Pembangunan TPS 3R | Jumlah TPS 3R yang dibangun | 10 unit | 6000000000 | 4 unit | 2200000000 | 2 unit | 1200000000 | 0 | 50000000 | 1 | 300000000 | 0 | 400000000 | 1 | 400000000 | 2 | 1150000000 | 6 | 3350000000 | 60 | 55.83 | Seksi Sarpras
        | | 2.11.11.2.01.0014 | Penyediaan Sarana dan Prasarana Bank Sampah | Jumlah bank sampah yang difasilitasi | 20 unit | 3000000000 | 11 unit | 1100000000 | 4 unit | 600000000 | 1 | 50000000 | 0 | 150000000 | 1 | 150000000 | 1 | 250000000 | 3 | 600000000 | 14 | 1700000000 | 75 | 56.67 | Seksi Sarpras
        | | 2.11.11.2.02 | Penanganan Sampah di TPA | Jumlah laporan pengelolaan TPA | 20 dok | 3500000000 | 8 dok | 1500000000 | 4 dok | 600000000 | 1 | 50000000 | 1 | 150000000 | 1 | 150000000 | 1 | 200000000 | 4 | 550000000 | 12 | 2050000000 | 60 | 58.57 | Seksi TPA
        | | 2.11.11.2.02.0003 | Pemeliharaan Sarana TPA | Jumlah dokumen laporan pengelolaan TPA | 20 dok | 3500000000 | 8 dok | 1500000000 | 4 dok | 600000000 | 1 | 50000000 | 1 | 150000000 | 1 | 150000000 | 1 | 200000000 | 4 | 550000000 | 12 | 2050000000 | 60 | 58.57 | Seksi TPA
        Jumlah | | | | | | 12500000000 | | 4800000000 | | 2400000000 | | 150000000 | | 600000000 | | 700000000 | | 850000000 | | 2300000000 | | 7100000000 | | 56.8

        Faktor pendorong keberhasilan pencapaian: dukungan anggaran dan partisipasi bank sampah
        Faktor penghambat pencapaian kinerja: keterbatasan lahan TPS 3R
        | | | Disusun | | | | | | | | | | | | | | | | | Dievaluasi
        | | | Kepala Dinas Lingkungan Hidup | | | | | | | | | | | | | | | | | Kepala Bappeda
      `,
      merges: merges(
        'A4:A6 B4:B6 C4:C6 D4:D6 E4:E6 F4:G5 H4:I5 J4:K5 L4:S4 L5:M5 N5:O5 P5:Q5 R5:S5 T4:U5 V4:W5 X4:Y5 Z4:Z6 AA4:AA6 ' +
          'F7:G7 H7:I7 J7:K7 L7:M7 N7:O7 P7:Q7 R7:S7 T7:U7 V7:W7 X7:Y7 B8:B13 A14:E14',
      ),
      formats: formats('#,##0', 'G8:G14 I8:I14 K8:K14 M8:M14 O8:O14 Q8:Q14 S8:S14 U8:U14 W8:W14'),
    },
  ],
  tables: [
    {
      sheet: 'T-C.29',
      range: 'A4:AA14',
      dataRow: 8,
      columns: {
        A: 'label',
        B: 'label',
        C: 'label',
        D: 'nama',
        E: 'indikator',
        F: ref('target', 'renstra'),
        G: ref('target', 'renstra'),
        H: ref('realisasi'),
        I: ref('realisasi'),
        J: 'targetK',
        K: 'pagu',
        ...periods('L', 4, 'paired'),
        T: derived('realisasiK'), // 13 = 9 + 10 + 11 + 12
        U: derived('realisasiRp'),
        V: ref('realisasi', 'renstra', 'derived'), // 14 = 7 + 13
        W: ref('realisasi', 'renstra', 'derived'),
        X: ref('capaian', 'renstra', 'derived'), // 15 = 14 / 6 x 100%
        Y: ref('capaian', 'renstra', 'derived'),
        Z: 'label',
        AA: 'label',
      },
      totals: at('G I K M O Q S', 8, 9, 12, 14),
    },
  ],
  must: [{ rule: 'form-mismatch', cell: 'X11' }], // typed 75; 14 / 6 = 14 / 20 = 70 %
  mustNot: [
    { row: 7 },
    { rule: 'capaian-mismatch', column: 'X' }, // 15 is against the Renstra, not against 8
    { rule: 'capaian-mismatch', column: 'Y' },
    { rule: 'orphan-row' },
  ],
  after: {
    capaian: [
      { row: 8, K: pct(5, 6), Rp: pct(2300, 2400) },
      { row: 10, K: pct(2, 2), Rp: pct(1150, 1200) },
      { row: 11, K: pct(3, 4), Rp: 100 },
      { row: 12, K: 100, Rp: pct(550, 600) },
      { row: 14, Rp: pct(2300, 2400) },
    ],
    cells: [
      { cell: 'T11', value: 3 }, // 1 + 0 + 1 + 1
      { cell: 'V11', value: 14 }, // 11 + 3
      { cell: 'X11', percent: 70 }, // 14 / 20
      { cell: 'U8', value: 2300000000 },
      { cell: 'W8', value: 7100000000 }, // 4,8 M + 2,3 M
      { cell: 'Y8', percent: 56.8 }, // 7,1 M / 12,5 M
    ],
  },
};

/** A programme whose typed penyerapan is the plain mean of its kegiatan (88,6) where the money gives 88,92. */
const plainMean: CorpusCase = {
  id: 'program-rata-rata-biasa',
  what: 'programme % typed as the plain mean of its kegiatan (88,6) where the money gives 88,92',
  classes: ['plain-mean', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'Capaian Program',
      rows: grid`
        Capaian Kinerja dan Realisasi Anggaran Dinas Komunikasi dan Informatika Tahun 2023

        No | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Kinerja | | | Anggaran
        | | | Target | Realisasi | Capaian (%) | Pagu (Rp) | Realisasi (Rp) | Penyerapan (%)
        I | Program Aplikasi Informatika | Persentase OPD yang terhubung jaringan intra pemerintah | 100% | 92% | 92 | 1000000000 | 889200000 | 88,6
        1 | Pengelolaan Nama Domain dan Sub Domain | Jumlah sub domain yang dikelola | 60 sub domain | 60 sub domain | 100 | 525000000 | 498750000 | 95,00
        a | Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat | Jumlah sub domain aktif | 60 sub domain | 60 sub domain | 100 | 525000000 | 498750000 | 95,00
        2 | Pengelolaan e-Government | Jumlah layanan e-government | 12 layanan | 10 layanan | 83,33 | 475000000 | 390450000 | 82,20
        a | Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik | Jumlah aplikasi yang dikembangkan | 12 aplikasi | 10 aplikasi | 83,33 | 475000000 | 390450000 | 82,20
        II | Program Informasi dan Komunikasi Publik | Indeks keterbukaan informasi publik | 85 | 88,4 | 104 | 400000000 | 360000000 | 90,00
        1 | Pengelolaan Informasi dan Komunikasi Publik | Jumlah konten informasi publik | 240 konten | 150 konten | 62,5 | 100000000 | 60000000 | 60,00
        a | Penyelenggaraan Hubungan Masyarakat, Media dan Kemitraan Komunitas | Jumlah siaran pers | 240 konten | 150 konten | 62,5 | 100000000 | 60000000 | 60,00
        2 | Layanan Hubungan Media | Jumlah media yang bekerja sama | 25 media | 25 media | 100 | 300000000 | 300000000 | 100,00
        a | Kerja Sama Media Massa | Jumlah perjanjian kerja sama | 25 media | 25 media | 100 | 300000000 | 300000000 | 100,00
        JUMLAH | | | | | | 1400000000 | 1249200000 | 89,23

        Sumber: Sub Bagian Perencanaan dan Keuangan
      `,
      merges: merges('A3:A4 B3:B4 C3:C4 D3:F3 G3:I3 A15:F15'),
      formats: formats('#,##0', 'G5:H15'),
    },
  ],
  tables: [
    {
      sheet: 'Capaian Program',
      range: 'A3:I15',
      dataRow: 5,
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
      totals: at('G H', 5, 6, 8, 10, 11, 13, 15),
    },
  ],
  must: [{ rule: 'plain-mean', cell: 'I5' }], // (95,00 + 82,20) / 2 = 88,6; 889.200.000 / 1.000.000.000 = 88,92
  // Programme II: plain mean (60 + 100) / 2 = 80, but 90,00 was typed from the money: right.
  mustNot: [
    { rule: 'plain-mean', cell: 'I10' },
    { rule: 'capaian-mismatch', cell: 'I10' },
  ],
  after: {
    capaian: [
      { row: 5, K: 92, Rp: pct(889200000, 1000000000) },
      { row: 8, K: pct(10, 12), Rp: 82.2 },
      { row: 10, K: pct(88.4, 85), Rp: 90 },
      { row: 12, K: pct(150, 240), Rp: 60 },
      { row: 15, Rp: pct(1249200000, 1400000000) },
    ],
    cells: [{ cell: 'H15', value: 1249200000 }], // 889.200.000 + 360.000.000
  },
};

export const RENJA: readonly CorpusCase[] = [binjai, renja86, plainMean];
