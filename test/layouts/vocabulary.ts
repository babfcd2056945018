/**
 * Words offices put in their tables, gathered from published LKjIP / Renja / LRA tables. Each list is a
 * set of interchangeable wordings for one thing in one kind of table: K-only (`K`), budget-only (`Rp`) or
 * both side by side, where the wording itself must tell kinerja from anggaran (`both`).
 */
import { MONTHS } from '../helpers/build';

export const YEAR = 2023;

export const WORDS = {
  no: ['No', 'No.', 'NO', 'Nomor', 'No Urut'],
  kode: ['Kode', 'Kode Program/Kegiatan', 'Kode Rek.'],
  kodeRekening: ['Kode Rekening', 'No. Akun', 'Kode Rek.', 'Kode Akun'],
  sasaran: ['Sasaran', 'Sasaran Strategis', 'Sasaran Program', 'Tujuan/Sasaran'],
  nama: [
    'Program/Kegiatan/Sub Kegiatan',
    'Uraian',
    'Program / Kegiatan',
    'Urusan/Program/Kegiatan/Sub Kegiatan',
    'Nama Program/Kegiatan',
    'Uraian Program/Kegiatan',
  ],
  namaRp: ['Uraian', 'Uraian Belanja', 'Nama Rekening', 'Program/Kegiatan/Sub Kegiatan', 'Uraian Kegiatan'],
  indikator: [
    'Indikator',
    'Indikator Kinerja',
    'Indikator Sasaran',
    'Indikator Kinerja Utama',
    'Tolok Ukur Kinerja',
    'Indikator Program/Kegiatan',
    'Indikator Keluaran (Output)',
  ],
  satuan: ['Satuan', 'Sat.', 'Satuan Ukur'],
  targetK: ['Target', 'Target Kinerja', 'Rencana', 'Rencana Tingkat Capaian', 'Target (T)', 'Target PK'],
  targetPercent: ['Target (T) dalam %', 'Target (%)'],
  targetKBoth: ['Target Kinerja', 'Target (K)', 'Target Fisik', 'Rencana Kinerja', 'Target Output'],
  realisasiK: ['Realisasi', 'Realisasi Kinerja', 'Pencapaian', 'Realisasi (R)', 'Hasil'],
  realisasiPercent: ['Realisasi (R) dalam %', 'Realisasi (%)'],
  realisasiKBoth: ['Realisasi Kinerja', 'Realisasi (K)', 'Realisasi Fisik', 'Realisasi Output'],
  capaianK: [
    'Capaian (%)',
    'Capaian Kinerja (%)',
    'Kinerja (%)',
    'Persentase (%)',
    '% Capaian',
    'Tingkat Capaian',
    'Tingkat Capaian (%)',
    'Cakupan (%)',
    'Nilai Capaian',
    'Capaian',
    'Persentase Capaian',
  ],
  capaianPercent: ['Capaian (C = R/T x 100%)', 'Capaian (%)'],
  capaianKBoth: [
    'Capaian Kinerja (%)',
    'Tingkat Capaian Kinerja (%)',
    '% Capaian Kinerja',
    'Capaian Fisik (%)',
  ],
  pagu: [
    'Pagu',
    'Pagu Anggaran',
    'Anggaran',
    'Anggaran (Rp)',
    'Alokasi',
    'Alokasi Anggaran (Rp)',
    'Rencana',
    'Anggaran Setelah Perubahan',
    'Pagu (Rp)',
    'DPA (Rp)',
  ],
  paguBoth: ['Pagu (Rp)', 'Anggaran (Rp)', 'Pagu Anggaran', 'Alokasi Anggaran', 'Alokasi (Rp)'],
  realisasiRp: [
    'Realisasi',
    'Realisasi (Rp)',
    'Realisasi Anggaran',
    'Nilai Realisasi',
    'Realisasi Belanja',
    `Realisasi s.d. 31 Desember ${YEAR}`,
  ],
  realisasiRpBoth: [
    'Realisasi (Rp)',
    'Realisasi Anggaran',
    'Realisasi Keuangan',
    'Nilai Realisasi (Rp)',
    'Realisasi Anggaran (Rp)',
  ],
  capaianRp: ['%', 'Realisasi (%)', 'Persentase (%)', 'Penyerapan (%)', 'Daya Serap (%)', 'Capaian (%)'],
  capaianRpBoth: [
    'Penyerapan (%)',
    'Penyerapan Anggaran (%)',
    'Capaian Keuangan (%)',
    'Realisasi Anggaran (%)',
    'Daya Serap (%)',
  ],
  sisa: ['Sisa', 'Sisa Anggaran', 'Selisih', 'Sisa Dana (Rp)'],
  lebihKurang: ['Lebih/(Kurang)', 'Lebih / (Kurang)'],
  keterangan: ['Keterangan', 'Ket.', 'Catatan', 'Keterangan/Permasalahan'],
  pj: ['Penanggung Jawab', 'Unit Penanggung Jawab', 'PJ', 'Bidang/Seksi'],
  // Grouped headers: a group label over sub-columns.
  targetGroup: [
    'Target',
    'Rencana',
    `Target Kinerja dan Anggaran Renja Tahun ${YEAR}`,
    `Rencana Tahun ${YEAR}`,
  ],
  realisasiGroup: ['Realisasi', 'Realisasi Kinerja dan Anggaran', `Realisasi Tahun ${YEAR}`],
  capaianGroup: [
    'Capaian (%)',
    'Tingkat Capaian (%)',
    `Tingkat Capaian Kinerja dan Realisasi Anggaran Tahun ${YEAR} (%)`,
    'Persentase Capaian',
  ],
  measureSubs: [
    ['K', 'Rp'],
    ['Kinerja', 'Keuangan (Rp)'],
    ['Fisik', 'Keuangan'],
    ['Vol', 'Rp'],
  ],
  kinerjaGroup: ['Kinerja', 'Capaian Kinerja', 'Kinerja Output'],
  anggaranGroup: ['Anggaran', 'Keuangan', 'Anggaran (Rp)', `Tahun Anggaran ${YEAR}`],
  anggaranSubs: [
    ['Pagu', 'Realisasi', '%'],
    ['Alokasi', 'Realisasi', 'Penyerapan (%)'],
    ['Rencana', 'Realisasi', 'Persentase (%)'],
  ],
  kinerjaSubs: [
    ['Target', 'Realisasi', 'Capaian (%)'],
    ['Rencana', 'Realisasi', '% Capaian'],
    ['Target', 'Pencapaian', 'Persentase (%)'],
  ],
  lraRealisasiGroup: ['Realisasi', `Realisasi s.d. Desember ${YEAR}`],
  lraRealisasiSubs: [
    ['Jumlah (Rp)', '%'],
    ['Rp', '%'],
    ['Nilai', 'Persentase (%)'],
  ],
  yearGroup: [`Tahun ${YEAR}`, `Target dan Realisasi ${YEAR}`, `Kinerja Tahun ${YEAR}`],
  superGroupK: [`Pengukuran Kinerja Tahun ${YEAR}`, 'Capaian Kinerja', `Tahun ${YEAR}`],
  superGroupRp: [`Tahun Anggaran ${YEAR}`, `APBD Tahun ${YEAR}`, 'Anggaran dan Realisasi'],
  superGroupBoth: [`Capaian Kinerja dan Anggaran Tahun ${YEAR}`, `Evaluasi Renja Tahun ${YEAR}`],
  /** A "Capaian" that holds the realised value (no realisasi column beside it). */
  capaianRealised: ['Capaian', 'CAPAIAN', 'Capaian Kinerja', 'Capaian Tahun Ini'],
  monthGroup: ['Realisasi', 'Realisasi Bulan', 'Realisasi per Bulan', 'Bulan'],
  twGroup: [
    'Realisasi',
    'Realisasi Triwulan',
    'Realisasi per Triwulan',
    'Realisasi Kinerja dan Anggaran Triwulan',
  ],
  periodTotalK: ['Jumlah', 'Total', 'Jumlah Realisasi'],
  periodTotalTw: ['Jumlah', `Realisasi s.d. Triwulan IV`, `Realisasi Tahun ${YEAR}`],
  periodTotalMonth: ['Jumlah', 'Total', 'Realisasi s.d. Desember'],
  renstraGroup: ['Target Renstra (Akhir Periode)', 'Target Akhir Renstra 2026', 'Target RPJMD 2026'],
  priorRealisasiGroup: ['Realisasi', 'Realisasi Tahun', 'Capaian Tahun Sebelumnya'],
} as const;

export const MONTH_SHORT: readonly string[] = MONTHS;
export const MONTH_LONG = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const TW_LABELS = [
  ['TW I', 'TW II', 'TW III', 'TW IV'],
  ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'],
  ['TW 1', 'TW 2', 'TW 3', 'TW 4'],
];

export interface IndicatorWords {
  readonly text: string;
  /** '%' for percentages, '' for indexes and ratios, otherwise the count unit. */
  readonly unit: string;
}

export const INDICATORS: readonly IndicatorWords[] = [
  { text: 'Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Pelaksanaan PUG', unit: 'dok' },
  { text: 'Jumlah Anak yang Memerlukan Perlindungan Khusus Mendapatkan Layanan', unit: 'org' },
  { text: 'Jumlah Lembaga Kemasyarakatan Desa/Kelurahan yang Dibina', unit: 'lembaga' },
  { text: 'Jumlah Sarana dan Prasarana Kelembagaan', unit: 'unit' },
  { text: 'Jumlah paket obat yang disediakan', unit: 'paket' },
  { text: 'Jumlah kegiatan sosialisasi', unit: 'kegiatan' },
  { text: 'Jumlah ASN yang menerima gaji dan tunjangan', unit: 'org' },
  { text: 'Jumlah laporan keuangan yang disusun', unit: 'laporan' },
  { text: 'Persentase anak korban kekerasan yang dilayani sesuai standar', unit: '%' },
  { text: 'Persentase puskesmas terakreditasi', unit: '%' },
  { text: 'Cakupan pelayanan kesehatan ibu hamil', unit: '%' },
  { text: 'Persentase dokumen perencanaan tepat waktu', unit: '%' },
  { text: 'Indeks Pembangunan Gender', unit: '' },
  { text: 'Indeks Kepuasan Masyarakat', unit: '' },
  { text: 'Nilai SAKIP', unit: '' },
];

export const PROGRAMS = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Pengarusutamaan Gender dan Pemberdayaan Perempuan',
  'Program Perlindungan Khusus Anak',
  'Program Pemenuhan Upaya Kesehatan Perorangan',
  'Program Peningkatan Kualitas Keluarga',
];
export const KEGIATAN = [
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Pencegahan Kekerasan terhadap Anak',
  'Penyediaan Fasilitas Pelayanan Kesehatan',
  'Pengelolaan Data Gender dan Anak',
  'Pemeliharaan Barang Milik Daerah',
];
export const SUB_KEGIATAN = [
  'Penyediaan Gaji dan Tunjangan ASN',
  'Koordinasi dan Pelaksanaan Akuntansi SKPD',
  'Penyediaan Bahan Logistik Kantor',
  'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
  'Pengadaan Peralatan dan Mesin Lainnya',
  'Penyediaan Jasa Surat Menyurat',
  'Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak',
  'Penyediaan Data Gender dan Anak',
  'Pemeliharaan Peralatan dan Mesin Lainnya',
];
/** Budget accounts (kode rekening hierarchy) for LRA-style tables. */
export const REKENING = [
  { kode: '5.1', name: 'Belanja Operasi' },
  { kode: '5.1.01', name: 'Belanja Pegawai' },
  { kode: '5.1.02', name: 'Belanja Barang dan Jasa' },
  { kode: '5.2', name: 'Belanja Modal' },
  { kode: '5.2.02', name: 'Belanja Modal Peralatan dan Mesin' },
  { kode: '5.2.03', name: 'Belanja Modal Gedung dan Bangunan' },
];
export const REKENING_ITEMS = [
  'Belanja Gaji Pokok ASN',
  'Belanja Tunjangan Keluarga ASN',
  'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
  'Belanja Makanan dan Minuman Rapat',
  'Belanja Perjalanan Dinas Biasa',
  'Belanja Modal Komputer Unit',
  'Belanja Jasa Tenaga Administrasi',
];
export const SASARAN = [
  'Meningkatnya kesetaraan dan keadilan gender dalam pembangunan',
  'Meningkatnya perlindungan perempuan dan anak korban kekerasan',
  'Meningkatnya akuntabilitas kinerja perangkat daerah',
  'Meningkatnya derajat kesehatan masyarakat',
];
export const KETERANGAN = ['Tercapai', 'Belum tercapai', 'Sesuai jadwal', 'Efisiensi anggaran', ''];
export const PJ = ['Bidang PUG', 'Sekretariat', 'Bidang PPA', 'Seksi Yankes', 'Subbag Keuangan'];

export const SUMMARY_JUMLAH = [
  'Jumlah',
  'JUMLAH',
  'Total',
  'Jumlah Total',
  'Jumlah Keseluruhan',
  'TOTAL BELANJA',
];
export const SUMMARY_RATA = ['Rata-rata', 'Rata-rata Capaian', 'Capaian Rata-rata', 'RATA-RATA'];

export const TITLES = [
  'TABEL 3.1',
  `PENGUKURAN KINERJA TAHUN ${YEAR}`,
  'DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN MASYARAKAT',
  `LAPORAN REALISASI ANGGARAN TAHUN ${YEAR}`,
  `EVALUASI HASIL RENJA PERANGKAT DAERAH TAHUN ${YEAR}`,
];
export const META_TITLE: readonly (readonly [string, string])[] = [
  ['Satuan Kerja', ': Dinas Kesehatan Kabupaten Contoh'],
  ['Tahun Anggaran', `: ${YEAR}`],
];
export const NOTES = [
  'Sumber: Bidang Perencanaan, diolah',
  '*) Target sesuai Perjanjian Kinerja',
  'Catatan:',
];
export const SIGNATURE = [
  `Binjai, 31 Januari ${YEAR + 1}`,
  'KEPALA DINAS',
  '',
  '',
  'Dra. NAMA LENGKAP, M.Si',
  'Pembina Tk. I',
  'NIP. 19700101 199003 2 005',
];
export const SHEET_NAMES = [
  `Realisasi ${YEAR}`,
  'Sheet1',
  'Tabel 3.1',
  'LRA',
  'Pengukuran',
  'Evaluasi TW IV',
];
