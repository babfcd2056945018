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
    noTable: 'Tabel tidak ditemukan',
    rolesOf: (sheet: string) => `Peran kolom: ${sheet}`,
    mark: 'Tandai tabel',
    markHint: (example: string) =>
      `Tabel yang dibaca salah, atau tidak ditemukan? Ketik rentang baris judulnya (atau seluruh tabel) di bawah, mis. ${example}, lalu tekan Tandai tabel.`,
    markRange: 'Rentang (lembar!sel:sel)',
    markBad: (text: string, example: string) =>
      `"${text}" bukan rentang seperti ${example} pada lembar workbook ini.`,
    unmark: 'Hapus tanda tabel',
    findings: 'Temuan',
    settings: 'Pengaturan',
    generate: 'Buat Tabel Capaian',
    generateAgain: 'Buat lagi dengan pengaturan ini',
    findingsOfOriginal: (n: number) => `${n} temuan di file asli`,
    recomputed:
      'Ini temuan file asli; di file unduhan semuanya sudah dihitung ulang: setiap capaian, penyerapan dan jumlah kini rumus.',
    dropAnother: 'Letakkan file .xlsx lain di sini',
    pickAnother: 'Pilih file lain',
    done: 'Selesai. Workbook baru siap diunduh; file asli tidak diubah.',
    download: (name: string) => `Unduh ${name}`,
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
    noTable: 'No table found',
    rolesOf: (sheet: string) => `Column roles: ${sheet}`,
    mark: 'Mark the table',
    markHint: (example: string) =>
      `Read the wrong table, or none? Type the range of its header rows (or of the whole table) below, e.g. ${example}, then press Mark the table.`,
    markRange: 'Range (sheet!cell:cell)',
    markBad: (text: string, example: string) =>
      `"${text}" is not a range like ${example} on a sheet of this workbook.`,
    unmark: 'Forget the marked table',
    findings: 'Findings',
    settings: 'Settings',
    generate: 'Build Capaian Tables',
    generateAgain: 'Build again with these settings',
    findingsOfOriginal: (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'} in the original file`,
    recomputed:
      'These are the findings of the file you opened; in the downloaded file every capaian, penyerapan and total is a formula, recomputed.',
    dropAnother: 'Drop another .xlsx file here',
    pickAnother: 'Choose another file',
    done: 'Done. The new workbook is ready to download; the original file is unchanged.',
    download: (name: string) => `Download ${name}`,
    error: 'The file cannot be used',
  },
} as const;

export type WebTexts = (typeof WEB_TEXTS)['id'] | (typeof WEB_TEXTS)['en'];
