import ExcelJS from 'exceljs';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { snapshotOf } from './snapshot';
import { readableBytes, StrictWorkbookError } from './readable';

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

/** The bytes each workbook was read from: the writer patches them (see `workbookBytes`). */
const sources = new WeakMap<ExcelJS.Workbook, Uint8Array>();

export function sourceOf(workbook: ExcelJS.Workbook): Uint8Array | undefined {
  return sources.get(workbook);
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly snapshots: readonly SheetSnapshot[];
}

/**
 * A workbook from the bytes of a file (read from disk by the CLI, dropped on the page in the web mode), or
 * a WorkbookReadError that says why not. `file` names it in the message.
 */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<LoadedWorkbook> {
  const why = sniff(bytes);
  if (why) throw new WorkbookReadError(file, why);
  const workbook = new ExcelJS.Workbook();
  let readable: Uint8Array;
  try {
    readable = await readableBytes(bytes);
  } catch (e) {
    if (!(e instanceof StrictWorkbookError)) throw e;
    throw new WorkbookReadError(
      file,
      'file disimpan sebagai "Strict Open XML Spreadsheet"; simpan ulang sebagai "Excel Workbook (*.xlsx)" / saved as "Strict Open XML Spreadsheet": save it again as "Excel Workbook (*.xlsx)"',
    );
  }
  try {
    // ExcelJS takes a Node Buffer or, in its browser build, any Uint8Array or ArrayBuffer.
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(file, 'file .xlsx rusak atau terpotong / damaged or truncated .xlsx');
  }
  sources.set(workbook, bytes);
  if (workbook.worksheets.length === 0)
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja / workbook has no sheets');
  try {
    return { workbook, snapshots: workbook.worksheets.map(snapshotOf) };
  } catch {
    throw new WorkbookReadError(file, 'isi lembar kerja tidak dapat dibaca / sheet content cannot be read');
  }
}
