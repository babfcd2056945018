import { Lang } from '../i18n/format';

/** Sheet names and headings of the generated sheets, in the user's language. */
export interface SheetLabels {
  readonly pk: string;
  readonly pengukuran: string;
  readonly ringkasan: string;
  readonly pkTitle: (year: string) => string;
  readonly pkTable1: string;
  readonly pkTable2: string;
  readonly no: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: string;
  readonly program: string;
  readonly anggaran: string;
  readonly keterangan: string;
  readonly jumlah: string;
  readonly pihakKesatu: string;
  readonly pihakKedua: string;
  readonly pengukuranTitle: (year: string) => string;
  readonly sasaranLevel: string;
  readonly programLevel: string;
  readonly programKegiatan: string;
  readonly realisasi: string;
  readonly capaian: string;
  readonly predikat: string;
  readonly pagu: string;
  readonly realisasiRp: string;
  readonly penyerapan: string;
  readonly tingkat: string;
  readonly legend: string;
  /** How negative indicators were computed, and what decided it. */
  readonly negativeNote: (method: 'selisih' | 'kebalikan', source: 'pengguna' | 'data' | 'bawaan') => string;
  readonly noProgramRow: string;
  readonly ringkasanTitle: (year: string) => string;
  readonly efisiensi: string;
  readonly efisiensiShort: string;
  readonly selisih: string;
  readonly belowTarget: string;
  readonly levelName: Readonly<Record<'program' | 'kegiatan' | 'subKegiatan' | 'sasaran', string>>;
  /** The level of a line of the chart of accounts (Belanja Pegawai) in a kode-rekening budget report. */
  readonly rekening: string;
  readonly efficiency: readonly [string, string, string];
  readonly counts: Readonly<Record<string, string>>;
}

const ID: SheetLabels = {
  pk: 'Perjanjian Kinerja',
  pengukuran: 'Pengukuran Kinerja',
  ringkasan: 'Ringkasan Capaian',
  pkTitle: (y) => `PERJANJIAN KINERJA TAHUN ${y}`,
  pkTable1: 'Sasaran Strategis, Indikator Kinerja dan Target',
  pkTable2: 'Program dan Anggaran',
  no: 'No',
  sasaran: 'Sasaran Strategis',
  indikator: 'Indikator Kinerja',
  target: 'Target',
  program: 'Program',
  anggaran: 'Anggaran (Rp)',
  keterangan: 'Keterangan',
  jumlah: 'Jumlah',
  pihakKesatu: 'PIHAK PERTAMA',
  pihakKedua: 'PIHAK KEDUA',
  pengukuranTitle: (y) => `PENGUKURAN KINERJA TAHUN ${y}`,
  sasaranLevel: 'A. Capaian Sasaran Strategis',
  programLevel: 'B. Capaian Program, Kegiatan dan Sub Kegiatan',
  programKegiatan: 'Program/Kegiatan/Sub Kegiatan',
  realisasi: 'Realisasi',
  capaian: 'Capaian (%)',
  predikat: 'Predikat',
  pagu: 'Pagu (Rp)',
  realisasiRp: 'Realisasi (Rp)',
  penyerapan: 'Penyerapan (%)',
  tingkat: 'Tingkat',
  legend: 'Keterangan warna predikat',
  negativeNote: (method, source) =>
    `Indikator negatif dihitung ${method === 'selisih' ? '(2 × target − realisasi) / target' : 'target / realisasi'}: ${source === 'data' ? 'cara yang dipakai capaian yang diketik di tabel sumber' : source === 'pengguna' ? 'dipilih pengguna' : 'Permendagri 86/2017'}.`,
  noProgramRow: 'baris Program tidak ditemukan di tabel sumber',
  ringkasanTitle: (y) => `RINGKASAN CAPAIAN KINERJA TAHUN ${y}`,
  efisiensi: 'Efisiensi Penggunaan Sumber Daya per Program',
  efisiensiShort: 'Efisiensi',
  selisih: 'Selisih (%)',
  belowTarget: 'Indikator di bawah target',
  levelName: { program: 'Program', kegiatan: 'Kegiatan', subKegiatan: 'Sub Kegiatan', sasaran: 'Sasaran' },
  rekening: 'Rekening',
  efficiency: ['Efisien', 'Cukup Efisien', 'Tidak Efisien'],
  counts: {
    sasaran: 'Jumlah sasaran strategis',
    program: 'Jumlah program',
    kegiatan: 'Jumlah kegiatan',
    subKegiatan: 'Jumlah sub kegiatan',
    indikator: 'Jumlah indikator (program s.d. sub kegiatan)',
    tercapai: 'Indikator mencapai target (≥ 100%)',
    dibawah: 'Indikator di bawah target (< 100%)',
    pagu: 'Total pagu (Rp)',
    realisasi: 'Total realisasi (Rp)',
    penyerapan: 'Penyerapan anggaran (%)',
  },
};

const EN: SheetLabels = {
  ...ID,
  pk: 'Performance Agreement',
  pengukuran: 'Performance Measurement',
  ringkasan: 'Achievement Summary',
  pkTitle: (y) => `PERFORMANCE AGREEMENT ${y}`,
  pkTable1: 'Strategic Objectives, Indicators and Targets',
  pkTable2: 'Programmes and Budget',
  sasaran: 'Strategic Objective',
  indikator: 'Performance Indicator',
  program: 'Programme',
  anggaran: 'Budget (Rp)',
  keterangan: 'Remarks',
  jumlah: 'Total',
  pihakKesatu: 'FIRST PARTY',
  pihakKedua: 'SECOND PARTY',
  pengukuranTitle: (y) => `PERFORMANCE MEASUREMENT ${y}`,
  sasaranLevel: 'A. Strategic Objectives',
  programLevel: 'B. Programmes, Activities and Sub-activities',
  programKegiatan: 'Programme/Activity/Sub-activity',
  realisasi: 'Realisation',
  capaian: 'Achievement (%)',
  predikat: 'Rating',
  pagu: 'Budget (Rp)',
  realisasiRp: 'Spent (Rp)',
  penyerapan: 'Absorption (%)',
  tingkat: 'Level',
  legend: 'Rating colours',
  negativeNote: (method, source) =>
    `Negative indicators computed as ${method === 'selisih' ? '(2 × target − realisation) / target' : 'target / realisation'}: ${source === 'data' ? 'the method the source table’s typed achievements use' : source === 'pengguna' ? 'chosen by the user' : 'Permendagri 86/2017'}.`,
  noProgramRow: 'no Program row in the source table',
  ringkasanTitle: (y) => `PERFORMANCE SUMMARY ${y}`,
  efisiensi: 'Efficiency of Resources per Programme',
  efisiensiShort: 'Efficiency',
  selisih: 'Difference (%)',
  belowTarget: 'Indicators below target',
  levelName: {
    program: 'Programme',
    kegiatan: 'Activity',
    subKegiatan: 'Sub-activity',
    sasaran: 'Objective',
  },
  rekening: 'Account',
  efficiency: ['Efficient', 'Fairly efficient', 'Not efficient'],
  counts: {
    sasaran: 'Strategic objectives',
    program: 'Programmes',
    kegiatan: 'Activities',
    subKegiatan: 'Sub-activities',
    indikator: 'Indicators (programme to sub-activity)',
    tercapai: 'Indicators at or above target (≥ 100%)',
    dibawah: 'Indicators below target (< 100%)',
    pagu: 'Total budget (Rp)',
    realisasi: 'Total spent (Rp)',
    penyerapan: 'Budget absorption (%)',
  },
};

export function labelsFor(lang: Lang): SheetLabels {
  return lang === 'en' ? EN : ID;
}
