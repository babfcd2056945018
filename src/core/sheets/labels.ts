import { Lang } from '../i18n/format';
import { Level } from '../table/model';
import { SheetNames, sheetNamesFor } from './names';

/** Sheet names and headings of the generated sheets, in the user's language. */
export interface SheetLabels extends SheetNames {
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
  readonly levelName: Readonly<Record<Level, string>>;
  /** The level of a line of the chart of accounts (Belanja Pegawai) in a kode-rekening budget report. */
  readonly rekening: string;
  readonly efficiency: readonly [string, string, string];
  readonly counts: Readonly<Record<string, string>>;
  /** The sheet holding last year's table copied in by the CLI's --compare. */
  readonly dataTahun: (year: string) => string;
  readonly banding: BandingLabels;
  readonly grafik: {
    readonly capaian: string;
    readonly target100: string;
    readonly program: string;
    readonly tahun: string;
  };
  readonly kalimat: KalimatLabels;
}

/** Headings and words of the Perbandingan sheet. */
export interface BandingLabels {
  readonly title: (year: string) => string;
  readonly tahun: (year: number | string) => string;
  readonly perubahan: (year: number) => string;
  readonly renstra: (year: number | null) => string;
  readonly arah: string;
  readonly poin: string;
  readonly kinerja: string;
  readonly targetAkhir: string;
  readonly capaianRenstra: (year: string) => string;
  readonly sisaTahun: string;
  /** naik, turun, tetap: performance read with the indicator's polarity. */
  readonly words: readonly [string, string, string];
  readonly note: string;
  readonly unmatchedNow: (sheet: string) => string;
  readonly unmatchedEarlier: (sheet: string) => string;
}

/** The words of the Narasi sheet's sentences, split where the live figures go. */
export interface KalimatLabels {
  readonly title: (year: string) => string;
  readonly kalimat: string;
  readonly perluAnalisis: string;
  readonly analisis: string;
  readonly bantu: string;
  readonly capaianIndikator: string;
  readonly sebesar: string;
  readonly denganRealisasi: string;
  readonly dariTarget: string;
  /** ", naik dari ", ", turun dari ", ", sama dengan " */
  readonly arah: readonly [string, string, string];
  readonly pada: string;
  readonly renstra: (year: string) => string;
  readonly belum: readonly [string, string];
  /** The below-target mark. */
  readonly perlu: string;
  readonly sasaran: readonly [string, string, string, string, string, string];
  readonly lainnya: string;
}

const ID: SheetLabels = {
  ...sheetNamesFor('id'),
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
  levelName: {
    urusan: 'Urusan',
    program: 'Program',
    kegiatan: 'Kegiatan',
    subKegiatan: 'Sub Kegiatan',
    sasaran: 'Sasaran',
  },
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
  dataTahun: (y) => `Data ${y}`,
  grafik: {
    capaian: 'Grafik capaian indikator',
    target100: 'Target 100%',
    program: 'Grafik capaian dan penyerapan anggaran per program',
    tahun: 'Grafik capaian indikator per tahun',
  },
  banding: {
    title: (y) => `PERBANDINGAN CAPAIAN KINERJA TAHUN ${y} DENGAN TAHUN SEBELUMNYA DAN TARGET RENSTRA`,
    tahun: (y) => `Tahun ${y}`,
    perubahan: (y) => `Perubahan dari ${y}`,
    renstra: (y) => (y === null ? 'Renstra' : `Renstra (akhir ${y})`),
    arah: 'Arah realisasi',
    poin: 'Capaian (poin %)',
    kinerja: 'Kinerja',
    targetAkhir: 'Target akhir',
    capaianRenstra: (y) => `Capaian s.d. ${y}`,
    sisaTahun: 'Sisa tahun',
    words: ['naik', 'turun', 'tetap'],
    note: 'Arah: ▲ realisasi naik, ▼ turun, ▬ tetap. Kinerja dibaca menurut polaritas indikator: pada indikator negatif (mis. Rasio KDRT) realisasi yang turun berarti kinerja naik. Capaian terhadap Renstra: realisasi tahun ini dibanding target akhir periode.',
    unmatchedNow: (s) => `Indikator tahun ini yang tidak ditemukan di lembar "${s}" (nama berbeda?):`,
    unmatchedEarlier: (s) => `Indikator di lembar "${s}" yang tidak ada tahun ini:`,
  },
  kalimat: {
    title: (y) => `NARASI CAPAIAN KINERJA TAHUN ${y} (BAB III)`,
    kalimat: 'Kalimat',
    perluAnalisis: 'Di bawah target',
    analisis: 'Analisis penyebab (diisi)',
    bantu: 'Angka untuk kalimat',
    capaianIndikator: 'Capaian indikator ',
    sebesar: ' sebesar ',
    denganRealisasi: ', dengan realisasi ',
    dariTarget: ' dari target ',
    arah: [', naik dari ', ', turun dari ', ', sama dengan '],
    pada: ' pada ',
    renstra: (y) => `; terhadap target akhir Renstra ${y} capaiannya `,
    belum: ['Indikator ', ' belum memiliki realisasi.'],
    perlu: 'perlu analisis',
    sasaran: [
      'Sasaran ',
      ' diukur dengan ',
      ' indikator',
      '; ',
      ' di antaranya mencapai target, dengan rata-rata capaian ',
      '%',
    ],
    lainnya: 'Indikator lainnya',
  },
};

const EN: SheetLabels = {
  ...ID,
  ...sheetNamesFor('en'),
  pkTitle: (y) => `PERFORMANCE AGREEMENT ${y}`,
  pkTable1: 'Strategic Objectives, Indicators and Targets',
  pkTable2: 'Programmes and Budget',
  sasaran: 'Strategic Objective',
  indikator: 'Performance Indicator',
  program: 'Programme',
  anggaran: 'Budget (Rp)',
  keterangan: 'Remarks',
  jumlah: 'Total',
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
    urusan: 'Government affair',
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
  dataTahun: (y) => `Data ${y}`,
  grafik: {
    capaian: 'Achievement per indicator',
    target100: 'Target 100%',
    program: 'Achievement and budget absorption per programme',
    tahun: 'Achievement per indicator and year',
  },
  banding: {
    title: (y) => `PERFORMANCE ${y} COMPARED WITH EARLIER YEARS AND THE RENSTRA TARGET`,
    tahun: (y) => `${y}`,
    perubahan: (y) => `Change from ${y}`,
    renstra: (y) => (y === null ? 'Renstra' : `Renstra (end ${y})`),
    arah: 'Realisation',
    poin: 'Achievement (points)',
    kinerja: 'Performance',
    targetAkhir: 'End target',
    capaianRenstra: (y) => `Achieved by ${y}`,
    sisaTahun: 'Years left',
    words: ['up', 'down', 'unchanged'],
    note: 'Arrows: ▲ realisation rose, ▼ fell, ▬ unchanged. Performance is read with the indicator’s polarity: for a negative indicator (e.g. the domestic violence ratio) a falling realisation is better. Achievement against the Renstra: this year’s realisation against the end-of-period target.',
    unmatchedNow: (s) => `This year’s indicators not found on sheet "${s}" (renamed?):`,
    unmatchedEarlier: (s) => `Indicators on sheet "${s}" not reported this year:`,
  },
  kalimat: {
    title: (y) => `PERFORMANCE NARRATIVE ${y} (CHAPTER III)`,
    kalimat: 'Sentence',
    perluAnalisis: 'Below target',
    analisis: 'Causes (to be written)',
    bantu: 'Figures for the sentences',
    capaianIndikator: 'The achievement of indicator ',
    sebesar: ' is ',
    denganRealisasi: ', with a realisation of ',
    dariTarget: ' against a target of ',
    arah: [', up from ', ', down from ', ', the same as '],
    pada: ' in ',
    renstra: (y) => `; against the Renstra end target for ${y} it stands at `,
    belum: ['Indicator ', ' has no realisation yet.'],
    perlu: 'needs analysis',
    sasaran: [
      'Objective ',
      ' is measured by ',
      ' indicators',
      '; ',
      ' of them met their target, with an average achievement of ',
      '%',
    ],
    lainnya: 'Other indicators',
  },
};

export function labelsFor(lang: Lang): SheetLabels {
  return lang === 'en' ? EN : ID;
}
