import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { CHART_PART, DRAWING_PART } from './charts';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { snapshotOf } from './snapshot';

/** A file we cannot read, with the reason in words a user understands. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Why the bytes are not an .xlsx we can open, or null if they may be one. */
function sniff(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'file kosong (0 byte) / empty file';
  if (bytes.subarray(0, 8).equals(OLE)) {
    return 'file ini dilindungi kata sandi atau berformat .xls lama; simpan ulang sebagai .xlsx tanpa kata sandi / password-protected or old .xls: save it as an unprotected .xlsx';
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'bukan file .xlsx / not an .xlsx workbook';
  if (bytes.subarray(0, 200).toString('latin1').includes('application/vnd.oasis.opendocument')) {
    return 'file OpenDocument (.ods); simpan ulang sebagai .xlsx / an OpenDocument (.ods) file: save it as .xlsx';
  }
  return null;
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly snapshots: readonly SheetSnapshot[];
  /** Parts of the file our writer cannot carry over (charts, pivot tables…), in the user's words. */
  readonly notCarried: readonly string[];
}

/** Zip entry names are stored uncompressed, so these parts can be found in the raw bytes. */
const NOT_CARRIED: readonly [RegExp, string][] = [
  // Our own charts (on our sheets, drawn again by each run) are not the user's.
  [new RegExp(`xl/charts/(?!${CHART_PART})`), 'grafik / charts'],
  [/xl\/pivotTables\//, 'tabel pivot / pivot tables'],
  [
    new RegExp(`xl/drawings/(?!${DRAWING_PART}|_rels/${DRAWING_PART})`),
    'gambar dan bentuk / drawings and shapes',
  ],
  [/xl\/vbaProject\.bin/, 'makro / macros'],
  [/xl\/externalLinks\//, 'tautan ke workbook lain / external links'],
  [/xl\/slicers\//, 'slicer'],
];

export function notCarriedParts(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  return NOT_CARRIED.filter(([entry]) => entry.test(text)).map(([, words]) => words);
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WorkbookReadError(file, 'ini folder, bukan file / is a directory');
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(
      file,
      code === 'ENOENT'
        ? 'file tidak ditemukan / file not found'
        : `tidak dapat dibaca / cannot be read (${code ?? 'error'})`,
    );
  }
  const why = sniff(bytes);
  if (why) throw new WorkbookReadError(file, why);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(file, 'file .xlsx rusak atau terpotong / damaged or truncated .xlsx');
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja / workbook has no sheets');
  try {
    return { workbook, snapshots: workbook.worksheets.map(snapshotOf), notCarried: notCarriedParts(bytes) };
  } catch {
    throw new WorkbookReadError(file, 'isi lembar kerja tidak dapat dibaca / sheet content cannot be read');
  }
}
