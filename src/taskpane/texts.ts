import { TableCounts as Counts } from '../core/engine';

/** Task pane text: Bahasa Indonesia first, English when Office's display language is English. */
export const TEXTS = {
  id: {
    title: 'Capaian Kinerja',
    loading: 'Membaca lembar aktif…',
    noTable: 'Tabel tidak ditemukan',
    retry: 'Baca ulang',
    found: (sheet: string, range: string) => `Tabel di ${sheet}!${range}`,
    columns: 'Peran kolom',
    mark: 'Tandai tabel',
    unmark: 'Hapus tanda tabel',
    markHint:
      'Tabel yang dibaca salah, atau tidak ditemukan? Pilih baris judul tabel (atau seluruh tabel) di lembar, lalu tekan Tandai tabel.',
    marked: (range: string) => `Tabel ditandai di ${range}; dipakai juga oleh Buat Tabel Capaian.`,
    unmarked: 'Tanda tabel dihapus; tabel dicari lagi secara otomatis.',
    findings: 'Temuan',
    settings: 'Pengaturan',
    saved: 'Pengaturan disimpan di workbook.',
    generate: 'Buat Tabel Capaian',
    generating: 'Membuat tabel…',
    steps: { read: 'Membaca', plan: 'Menghitung', write: 'Menulis', done: 'Selesai' },
    restore: 'Kembalikan',
    restoreButton: 'Kembalikan sekarang',
    pending: (when: string) => `Pesan dari tombol pita (${when})`,
    dismiss: 'Tutup pesan',
    error: 'Tidak dapat dilanjutkan',
    crashed:
      'Panel add-in mengalami kesalahan tak terduga. Workbook tidak diubah oleh kesalahan ini; klik Baca ulang untuk membaca workbook lagi.',
    steps3: ['Periksa', 'Buat Tabel Capaian', 'Cetak'],
    stepsLabel: 'Langkah',
    described: (c: Counts) =>
      `${c.sasaran} sasaran, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan, ${c.indikator} indikator${c.rekening ? `, ${c.rekening} baris rekening` : ''}.`,
    reading: 'Membaca ulang…',
    tableElsewhere: 'Tabel realisasi ada di lembar lain:',
    openSheet: (name: string) => `Buka ${name}`,
    backToFindings: 'Kembali ke temuan',
    more: 'Selengkapnya',
    undoNext: (what: string) => `Kembalikan membatalkan perubahan terakhir: ${what}.`,
    undoDeletes: (sheets: readonly string[]) =>
      `Lembar ${sheets.join(', ')} akan dihapus; bila Anda mengetik sesuatu di sana, Kembalikan bertanya dulu.`,
    typedTitle: 'Lembar ini berisi ketikan Anda',
    olderTitle: 'Lembar ini mungkin berisi ketikan Anda',
    typedKeep: (names: readonly string[]) =>
      names.length === 1 ? `Simpan sebagai "${names[0]}"` : 'Simpan dengan nama baru',
    typedKeepHint:
      'Menyimpan: lembar itu tetap ada dengan nama baru dan tidak lagi diubah oleh add-in; lembar lain tetap dikembalikan.',
    typedDelete: 'Hapus juga',
    cancel: 'Batal',
    undoMore: (n: number) => `Sesudahnya ${n} perubahan sebelumnya masih dapat dikembalikan satu per satu.`,
    undoKeeps: 'Sel yang Anda ubah sesudahnya dibiarkan.',
    actions: { retry: 'Coba lagi', reread: 'Baca ulang', restore: 'Kembalikan' },
    close: 'Tutup',
    rolesHint: 'Ubah peran bila kolom dibaca salah; disimpan langsung.',
  },
  en: {
    title: 'Capaian Kinerja',
    loading: 'Reading the active sheet…',
    noTable: 'No table found',
    retry: 'Read again',
    found: (sheet: string, range: string) => `Table at ${sheet}!${range}`,
    columns: 'Column roles',
    mark: 'Mark the table',
    unmark: 'Forget the marked table',
    markHint:
      'Read the wrong table, or none? Select the table’s header rows (or the whole table) on the sheet, then press Mark the table.',
    marked: (range: string) => `Table marked at ${range}; Build Capaian Tables uses it too.`,
    unmarked: 'The mark is forgotten; the table is looked for automatically again.',
    findings: 'Findings',
    settings: 'Settings',
    saved: 'Settings saved in the workbook.',
    generate: 'Build Capaian Tables',
    generating: 'Building…',
    steps: { read: 'Reading', plan: 'Computing', write: 'Writing', done: 'Done' },
    restore: 'Undo',
    restoreButton: 'Undo now',
    pending: (when: string) => `Message from a ribbon button (${when})`,
    dismiss: 'Dismiss',
    error: 'Cannot continue',
    crashed:
      "The add-in's pane had an unexpected error. The workbook was not changed by it; click Read again to read the workbook again.",
    steps3: ['Check', 'Build Capaian Tables', 'Print'],
    stepsLabel: 'Steps',
    described: (c: Counts) =>
      `${c.sasaran} objectives, ${c.program} programmes, ${c.kegiatan} activities, ${c.subKegiatan} sub-activities, ${c.indikator} indicators${c.rekening ? `, ${c.rekening} account lines` : ''}.`,
    reading: 'Reading again…',
    tableElsewhere: 'The realisation table is on another sheet:',
    openSheet: (name: string) => `Open ${name}`,
    backToFindings: 'Back to the findings',
    more: 'More',
    undoNext: (what: string) => `Undo takes back the last change: ${what}.`,
    undoDeletes: (sheets: readonly string[]) =>
      `Sheets ${sheets.join(', ')} will be deleted; if you typed anything there, Undo asks first.`,
    typedTitle: 'This sheet holds what you typed',
    olderTitle: 'This sheet may hold what you typed',
    typedKeep: (names: readonly string[]) =>
      names.length === 1 ? `Keep it as "${names[0]}"` : 'Keep them under new names',
    typedKeepHint:
      'Keeping: the sheet stays under a new name and the add-in no longer changes it; the other sheets are still undone.',
    typedDelete: 'Delete anyway',
    cancel: 'Cancel',
    undoMore: (n: number) => `After it, ${n} earlier changes can still be undone one by one.`,
    undoKeeps: 'Cells you changed since are left as they are.',
    actions: { retry: 'Try again', reread: 'Read again', restore: 'Undo' },
    close: 'Close',
    rolesHint: 'Change a role when a column was read wrongly; saved at once.',
  },
} as const;

export type Lang = keyof typeof TEXTS;
export type Texts = (typeof TEXTS)[Lang];
