import { promises as fs } from 'fs';
import { inflateNode } from './deflateNode';
import { LoadedWorkbook, openWorkbook, WorkbookReadError } from './open';

export { LoadedWorkbook, WorkbookReadError } from './open';

/** A workbook from a file on disk (the CLI); `openWorkbook` does the same from bytes. */
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
  return openWorkbook(bytes, file, inflateNode);
}
