/** The web mode's text: Bahasa Indonesia first, English by the switch at the top. */
export const WEB_TEXTS = {
  id: {
    title: 'Capaian Kinerja',
    tagline:
      'Periksa tabel realisasi kinerja dan anggaran, lalu unduh workbook yang sama dengan rumus capaian dan penyerapan yang hidup serta lembar Perjanjian Kinerja, Pengukuran Kinerja dan Ringkasan Capaian.',
    privacy: 'File Anda tidak dikirim ke mana pun: semuanya dikerjakan di browser ini, juga tanpa internet.',
    switchLang: 'English',
    drop: 'Letakkan file .xlsx di sini',
    or: 'atau',
    pick: 'Pilih file .xlsx',
    steps: {
      read: 'Membaca workbook',
      check: 'Memeriksa tabel',
      plan: 'Menghitung',
      write: 'Menulis workbook',
    },
    progress: 'Kemajuan',
    tables: 'Tabel yang ditemukan',
    reference: 'daftar IKU / Rencana Kinerja (dibaca untuk Perjanjian Kinerja)',
    counts: (c: {
      sasaran: number;
      program: number;
      kegiatan: number;
      subKegiatan: number;
      indikator: number;
    }) =>
      `${c.sasaran} sasaran, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan, ${c.indikator} indikator`,
    columns: (sheet: string) => `Peran kolom: ${sheet}`,
    column: (letter: string, header: string) => `Kolom ${letter}: ${header || '—'}`,
    kinds: { input: 'masukan', derived: 'turunan (ditulis rumus)', label: 'label' },
    noTable: 'Tabel tidak ditemukan',
    mark: 'Tandai tabel',
    markHint:
      "Tabel yang dibaca salah, atau tidak ditemukan? Tulis rentang baris judulnya atau seluruh tabel, mis. 'Realisasi 2022'!A4:K5 atau 'Realisasi 2022'!A4:K58.",
    markRange: 'Rentang (lembar!sel:sel)',
    markBad: (text: string) =>
      `"${text}" bukan rentang seperti 'Realisasi 2022'!A4:K58 pada lembar workbook ini.`,
    unmark: 'Hapus tanda tabel',
    findings: 'Temuan',
    noFindings: 'Tidak ada temuan: tabel konsisten.',
    severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
    cells: (n: number) => `${n} sel`,
    more: (n: number) => `… dan ${n} temuan lain (lihat semuanya dengan CLI: capaian check).`,
    settings: 'Pengaturan',
    apply: 'Terapkan pengaturan',
    polarity: 'Indikator negatif (semakin rendah semakin baik)',
    polarityMore: (n: number) => `… dan ${n} indikator lain.`,
    scale: 'Skala predikat',
    cap: 'Batas atas capaian',
    noCap: 'Tanpa batas',
    threshold: 'Sorot bila capaian di bawah (%)',
    method: 'Rumus indikator negatif',
    methods: {
      auto: 'Seperti di tabel',
      selisih: '(2 × target − realisasi) ÷ target',
      kebalikan: 'target ÷ realisasi',
    },
    year: 'Tahun',
    dinas: 'Nama dinas',
    pihak: { pertama: 'Pihak Pertama (Kepala Dinas)', kedua: 'Pihak Kedua (Wali Kota/Bupati)' },
    field: { jabatan: 'Jabatan', nama: 'Nama', pangkat: 'Pangkat/Golongan', nip: 'NIP' },
    generate: 'Buat Tabel Capaian',
    done: 'Selesai. Workbook baru siap diunduh; file asli tidak diubah.',
    download: (name: string) => `Unduh ${name}`,
    penyerapan: 'Penyerapan anggaran',
    sheets: 'Lembar dibuat',
    another: 'Buka file lain',
    error: 'File tidak dapat dipakai',
  },
  en: {
    title: 'Capaian Kinerja',
    tagline:
      'Check the performance and budget realisation table, then download the same workbook with live achievement and absorption formulas and the Perjanjian Kinerja, Pengukuran Kinerja and Ringkasan Capaian sheets.',
    privacy: 'Your file is sent nowhere: everything is done in this browser, offline too.',
    switchLang: 'Bahasa Indonesia',
    drop: 'Drop an .xlsx file here',
    or: 'or',
    pick: 'Choose an .xlsx file',
    steps: {
      read: 'Reading the workbook',
      check: 'Checking the table',
      plan: 'Computing',
      write: 'Writing the workbook',
    },
    progress: 'Progress',
    tables: 'Tables found',
    reference: 'IKU / Rencana Kinerja list (read for the Perjanjian Kinerja)',
    counts: (c: {
      sasaran: number;
      program: number;
      kegiatan: number;
      subKegiatan: number;
      indikator: number;
    }) =>
      `${c.sasaran} objectives, ${c.program} programmes, ${c.kegiatan} activities, ${c.subKegiatan} sub-activities, ${c.indikator} indicators`,
    columns: (sheet: string) => `Column roles: ${sheet}`,
    column: (letter: string, header: string) => `Column ${letter}: ${header || '—'}`,
    kinds: { input: 'input', derived: 'derived (written as a formula)', label: 'label' },
    noTable: 'No table found',
    mark: 'Tandai tabel (mark the table)',
    markHint:
      "Read the wrong table, or none? Type the range of its header rows or of the whole table, e.g. 'Realisasi 2022'!A4:K5 or 'Realisasi 2022'!A4:K58.",
    markRange: 'Range (sheet!cell:cell)',
    markBad: (text: string) =>
      `"${text}" is not a range like 'Realisasi 2022'!A4:K58 on a sheet of this workbook.`,
    unmark: 'Forget the marked table',
    findings: 'Findings',
    noFindings: 'No findings: the table is consistent.',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
    cells: (n: number) => `${n} cells`,
    more: (n: number) => `… and ${n} more findings (the CLI lists them all: capaian check).`,
    settings: 'Settings',
    apply: 'Apply settings',
    polarity: 'Negative indicators (lower is better)',
    polarityMore: (n: number) => `… and ${n} more indicators.`,
    scale: 'Rating scale',
    cap: 'Cap on achievement',
    noCap: 'No cap',
    threshold: 'Highlight when achievement is below (%)',
    method: 'Formula for negative indicators',
    methods: {
      auto: 'As the table does',
      selisih: '(2 × target − actual) ÷ target',
      kebalikan: 'target ÷ actual',
    },
    year: 'Year',
    dinas: 'Office name',
    pihak: { pertama: 'First party (head of office)', kedua: 'Second party (mayor/regent)' },
    field: { jabatan: 'Position', nama: 'Name', pangkat: 'Rank', nip: 'Staff number (NIP)' },
    generate: 'Buat Tabel Capaian (build the tables)',
    done: 'Done. The new workbook is ready to download; the original file is unchanged.',
    download: (name: string) => `Download ${name}`,
    penyerapan: 'Budget absorption',
    sheets: 'Sheets built',
    another: 'Open another file',
    error: 'The file cannot be used',
  },
} as const;

export type WebTexts = (typeof WEB_TEXTS)['id'] | (typeof WEB_TEXTS)['en'];
