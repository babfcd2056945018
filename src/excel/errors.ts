/** Office errors in the user's words, with what to do. */
export interface UserMessage {
  readonly id: string;
  readonly en: string;
}

const BY_CODE: Readonly<Record<string, UserMessage>> = {
  InvalidOperationInCellEditMode: {
    id: 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu klik tombol lagi.',
    en: 'Excel is editing a cell. Press Enter or Esc, then click the button again.',
  },
  AccessDenied: {
    id: 'Lembar kerja dilindungi (protected). Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
    en: 'The sheet is protected. Unprotect it (Review › Unprotect Sheet), then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    id: 'Tabel terlalu besar untuk satu kiriman ke Excel; sebagian tidak tertulis. Klik Kembalikan, lalu coba lagi.',
    en: 'The table is too large for one request to Excel; part of it was not written. Click Kembalikan, then try again.',
  },
  ItemNotFound: {
    id: 'Lembar atau sel yang dicari tidak ada lagi. Muat ulang add-in, lalu coba lagi.',
    en: 'A sheet or cell we looked for is gone. Reload the add-in, then try again.',
  },
};

export function officeErrorMessage(error: unknown): UserMessage {
  const e = error as { code?: string; message?: string };
  const known = e?.code ? BY_CODE[e.code] : undefined;
  if (known) return known;
  if (/protect/i.test(e?.message ?? '')) return BY_CODE.AccessDenied!;
  const detail = e?.message ?? String(error);
  return { id: `Excel menolak perubahan: ${detail}`, en: `Excel refused the change: ${detail}` };
}
