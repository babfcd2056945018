import { promises as fs } from 'fs';
import * as path from 'path';
import { AppliedPlan } from './apply';
import { deflateNode } from './deflateNode';
import { Book } from './open';
import { workbookBytes } from './write';

/**
 * Writes beside the target first, then renames: an interrupted run never leaves half a workbook. `applied`
 * carries the generated sheets' cells, which `applyPlan` leaves for this to write.
 */
export async function saveWorkbook(workbook: Book, out: string, applied?: AppliedPlan): Promise<void> {
  const dir = path.dirname(out);
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, await workbookBytes(workbook, applied, deflateNode));
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
