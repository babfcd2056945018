import { SheetSnapshot } from '../core/sheet/snapshot';
import { readBook, StrictWorkbookError } from './bookRead';
import { Package } from './package';
import { InflateRaw } from './zip';

/** A file we cannot read, with the reason in words a user understands. */
export class WorkbookReadError extends Error {
  /** The reason in one language at a time, for a page that shows one (the CLI prints both). */
  readonly said: { readonly id: string; readonly en: string };
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    const [id, en] = reason.split(' / ');
    this.said = { id: id!, en: en ?? id! };
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The bytes as Latin-1 text, one character per byte: zip entry names are stored uncompressed, so they can be
 * found in it. By hand, not TextDecoder: the same in Node, browsers and jsdom (which has no TextDecoder).
 */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return text;
}

/** Why the bytes are not an .xlsx we can open, or null if they may be one. */
function sniff(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'file kosong (0 byte) / empty file';
  if (OLE.every((b, i) => bytes[i] === b)) {
    return 'file ini dilindungi kata sandi atau berformat .xls lama; simpan ulang sebagai .xlsx tanpa kata sandi / password-protected or old .xls: save it as an unprotected .xlsx';
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'bukan file .xlsx / not an .xlsx workbook';
  if (latin1(bytes.subarray(0, 200)).includes('application/vnd.oasis.opendocument')) {
    return 'file OpenDocument (.ods); simpan ulang sebagai .xlsx / an OpenDocument (.ods) file: save it as .xlsx';
  }
  return null;
}

/** A workbook as read: the bytes of its file, which the writer patches, and its sheets as the core reads them. */
export interface Book {
  readonly source: Uint8Array;
  readonly snapshots: readonly SheetSnapshot[];
  /** The platform's inflate it was read with, to read its parts again when it is written (see `Package`). */
  readonly inflate?: InflateRaw;
}

export interface LoadedWorkbook {
  readonly workbook: Book;
  readonly snapshots: readonly SheetSnapshot[];
}

const STRICT =
  'file disimpan sebagai "Strict Open XML Spreadsheet"; simpan ulang sebagai "Excel Workbook (*.xlsx)" / saved as "Strict Open XML Spreadsheet": save it again as "Excel Workbook (*.xlsx)"';

/**
 * A workbook from the bytes of a file (read from disk by the CLI, dropped on the page in the web mode), or
 * a WorkbookReadError that says why not. `file` names it in the message. The package is read by our own
 * reader (see `readBook`): only the cells' values, formulas, number formats and merged areas are taken.
 */
export async function openWorkbook(
  bytes: Uint8Array,
  file: string,
  inflate?: InflateRaw,
): Promise<LoadedWorkbook> {
  const why = sniff(bytes);
  if (why) throw new WorkbookReadError(file, why);
  let snapshots: SheetSnapshot[];
  try {
    snapshots = await readBook(Package.read(bytes, inflate));
  } catch (e) {
    if (e instanceof StrictWorkbookError) throw new WorkbookReadError(file, STRICT);
    // A zip we cannot take apart, a part that does not inflate, a workbook part that is not there.
    throw new WorkbookReadError(file, 'file .xlsx rusak atau terpotong / damaged or truncated .xlsx');
  }
  if (snapshots.length === 0)
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja / workbook has no sheets');
  return { workbook: { source: bytes, snapshots, inflate }, snapshots };
}
