/**
 * What a message tells the user to do, shown in the task pane as a button: press the button again, read the
 * workbook again, or Kembalikan what was half-written.
 */
export type SuggestedAction = 'retry' | 'reread' | 'restore';

/** Office errors in the user's words, each with what to do about it. */
export interface UserMessage {
  readonly id: string;
  readonly en: string;
  readonly action?: SuggestedAction;
}

/**
 * Excel's error codes (Excel.ErrorCodes / OfficeExtension.ErrorCodes):
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
const BY_CODE: Readonly<Record<string, UserMessage>> = {
  InvalidOperationInCellEditMode: {
    id: 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu klik tombol lagi.',
    en: 'Excel is editing a cell. Press Enter or Esc, then click the button again.',
    action: 'retry',
  },
  // Protection is one cause; a policy, an antivirus or a file opened read-only are others.
  AccessDenied: {
    id: 'Excel tidak mengizinkan perubahan ini. Bila lembar atau workbook dilindungi (protected), buka proteksinya (Tinjau › Buka Proteksi Lembar, atau Tinjau › Lindungi Workbook). Bila workbook dibuka hanya-baca (read-only) atau dibatasi kebijakan kantor/antivirus, simpan salinannya lalu coba lagi.',
    en: 'Excel did not allow this change. If a sheet or the workbook is protected, unprotect it (Review › Unprotect Sheet, or Review › Protect Workbook). If the workbook is open read-only or restricted by a policy or an antivirus, save a copy, then try again.',
    action: 'retry',
  },
  InactiveWorkbook: {
    id: 'Workbook ini tidak lagi aktif (Anda berpindah ke workbook lain saat add-in bekerja). Kembali ke workbook ini, lalu klik tombolnya lagi.',
    en: 'This workbook is no longer the active one (you switched to another workbook while the add-in worked). Go back to this workbook, then click the button again.',
    action: 'retry',
  },
  UnsupportedSheet: {
    id: 'Lembar yang aktif bukan lembar sel (misalnya lembar grafik/chart sheet). Buka lembar tabel realisasi, lalu klik tombolnya lagi.',
    en: 'The active sheet is not a worksheet (a chart sheet, say). Open the realisation table’s sheet, then click the button again.',
    action: 'reread',
  },
  Conflict: {
    id: 'Orang lain sedang mengubah workbook ini pada saat yang sama (penyuntingan bersama). Tunggu sebentar, klik Baca ulang, lalu coba lagi.',
    en: 'Someone else is changing this workbook at the same time (co-authoring). Wait a moment, click Read again, then try again.',
    action: 'reread',
  },
  FormulaLengthExceedsLimit: {
    id: 'Excel menolak rumus yang lebih panjang dari 8.192 karakter. Tidak ada yang hilang; klik Kembalikan bila sebagian sudah tertulis, lalu laporkan workbook ini kepada pengembang.',
    en: 'Excel refused a formula longer than 8,192 characters. Nothing is lost; click Kembalikan if part of it was written, then report this workbook to the developers.',
    action: 'restore',
  },
  RequestPayloadSizeLimitExceeded: {
    id: 'Kiriman ke Excel di web melebihi batas 5 MB. Coba lagi; bila tetap gagal, buka workbook di Excel desktop, atau di halaman web Capaian Kinerja (tanpa add-in).',
    en: 'A request to Excel on the web passed its 5 MB limit. Try again; if it still fails, open the workbook in desktop Excel, or on the Capaian Kinerja web page (no add-in needed).',
    action: 'retry',
  },
  ResponsePayloadSizeLimitExceeded: {
    id: 'Jawaban Excel di web melebihi batas 5 MB (lembar sangat besar). Coba lagi; bila tetap gagal, buka workbook di Excel desktop, atau di halaman web Capaian Kinerja (tanpa add-in).',
    en: "Excel on the web's answer passed its 5 MB limit (a very large sheet). Try again; if it still fails, open the workbook in desktop Excel, or on the Capaian Kinerja web page (no add-in needed).",
    action: 'retry',
  },
  RangeExceedsLimit: {
    id: 'Lembar terlalu besar untuk dibaca oleh add-in (lebih dari 5 juta sel). Buka workbook ini di halaman web Capaian Kinerja (tanpa add-in), yang membacanya langsung dari file.',
    en: 'The sheet is too large for the add-in to read (over 5 million cells). Open this workbook on the Capaian Kinerja web page (no add-in needed), which reads the file itself.',
  },
  InvalidSelection: {
    id: 'Pilih satu rentang saja (bukan beberapa sekaligus), lalu tekan tombolnya lagi.',
    en: 'Select one range only (not several at once), then press the button again.',
    action: 'retry',
  },
  ItemNotFound: {
    id: 'Lembar atau sel yang dicari tidak ada lagi (mungkin dihapus atau diganti nama). Klik Baca ulang, lalu coba lagi.',
    en: 'A sheet or cell we looked for is gone (deleted or renamed?). Click Read again, then try again.',
    action: 'reread',
  },
  ItemAlreadyExists: {
    id: 'Nama lembar yang akan dibuat sudah dipakai. Klik Baca ulang, lalu coba lagi.',
    en: 'The name of a sheet to be made is taken. Click Read again, then try again.',
    action: 'reread',
  },
  // Ours (see SYNC_TIMEOUT): a write may still arrive after it, and Kembalikan undoes it then.
  SyncTimeout: {
    id: 'Excel tidak menjawab dalam 60 detik (Excel di web kadang tertahan). Tunggu sebentar, klik Baca ulang, lalu coba lagi.',
    en: 'Excel did not answer within 60 seconds (Excel on the web sometimes stalls). Wait a moment, click Read again, then try again.',
    action: 'reread',
  },
  GeneralException: {
    id: 'Excel mengalami kesalahan internal. Simpan workbook, tutup dan buka kembali, lalu coba lagi.',
    en: 'Excel had an internal error. Save the workbook, close and reopen it, then try again.',
    action: 'retry',
  },
  InvalidArgument: {
    id: 'Excel menolak isi yang akan ditulis. Tidak ada yang hilang; klik Kembalikan bila sebagian sudah tertulis, lalu laporkan workbook ini kepada pengembang.',
    en: 'Excel refused what was to be written. Nothing is lost; click Kembalikan if part of it was written, then report this workbook to the developers.',
    action: 'restore',
  },
};

/** A protected sheet or workbook, found before anything was written. */
export function protectionMessage(p: { readonly sheet?: string; readonly workbook?: boolean }): UserMessage {
  if (p.sheet)
    return {
      id: `Lembar "${p.sheet}" dilindungi (protected), jadi tidak ada yang ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.`,
      en: `Sheet "${p.sheet}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.`,
      action: 'retry',
    };
  return {
    id: 'Struktur workbook dilindungi, jadi lembar tidak dapat dibuat atau dihapus dan tidak ada yang ditulis. Buka proteksinya (Tinjau › Lindungi Workbook), lalu coba lagi.',
    en: "The workbook's structure is protected, so sheets cannot be added or deleted and nothing was written. Unprotect it (Review › Protect Workbook), then try again.",
    action: 'retry',
  };
}

/** A formula of the plan over Excel's 8,192 characters, found before anything is written. */
export function formulaTooLong(cell: string): UserMessage {
  return {
    id: `Rumus untuk ${cell} lebih panjang dari 8.192 karakter, batas Excel, jadi tidak ada yang ditulis. Laporkan workbook ini kepada pengembang.`,
    en: `The formula for ${cell} is longer than Excel's 8,192 characters, so nothing was written. Report this workbook to the developers.`,
  };
}

/**
 * displayDialogAsync's errors:
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events#errors-from-displaydialogasync
 */
export function dialogMessage(code: number | undefined): UserMessage {
  if (code === 12009 || code === 12011)
    return {
      id: 'Excel tidak diizinkan menampilkan jendela pesan add-in. Pesan ini disimpan: buka Periksa Indikator untuk membacanya, dan izinkan jendela add-in lain kali.',
      en: "Excel was not allowed to show the add-in's message window. The message is kept: open Check Indicators to read it, and allow the add-in's window next time.",
    };
  return {
    id: 'Jendela pesan add-in tidak dapat dibuka (mungkin masih ada yang terbuka). Pesan ini disimpan: buka Periksa Indikator untuk membacanya.',
    en: "The add-in's message window could not be opened (another may still be open). The message is kept: open Check Indicators to read it.",
  };
}

export function officeErrorMessage(error: unknown): UserMessage {
  const e = error as { code?: string; message?: string };
  const known = e?.code ? BY_CODE[e.code] : undefined;
  if (known) return known;
  if (/protect/i.test(e?.message ?? '')) return BY_CODE.AccessDenied!;
  const detail = e?.message ?? String(error);
  return {
    id: `Excel menolak perubahan: ${detail}. Coba lagi; bila tetap gagal, simpan workbook, tutup dan buka kembali.`,
    en: `Excel refused the change: ${detail}. Try again; if it still fails, save the workbook, close and reopen it.`,
    action: 'retry',
  };
}
