import ExcelJS from 'exceljs';
import { AppliedPlan } from './apply';
import { sourceOf } from './open';
import { Package } from './package';
import { patchPackage } from './patch';
import { DeflateRaw } from './zip';

/** A formula of the workbook as its reader computed it (a shared formula's dependent spelled out). */
function formulaOf(workbook: ExcelJS.Workbook): (sheet: string, row: number, col: number) => string | null {
  return (sheet, row, col) => {
    const formula = workbook.getWorksheet(sheet)?.findCell(row + 1, col + 1)?.formula;
    return formula ? formula : null;
  };
}

/**
 * The .xlsx file of a workbook a plan was applied to, in Node and in the browser alike: the office's own
 * package, with only what the plan changes written into it (see `patchPackage`); every other part is copied as
 * it came, its compressed bytes included. A workbook made in memory (not opened from a file) is written by
 * ExcelJS first. `deflate` is the platform's compressor.
 */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  applied: AppliedPlan | undefined,
  deflate: DeflateRaw,
): Promise<Uint8Array> {
  let source = sourceOf(workbook);
  let fresh = false;
  if (!source) {
    const written: unknown = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    // A Buffer in Node and in ExcelJS's browser build (both Uint8Arrays).
    source = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
    fresh = true;
  }
  const pkg = Package.read(source);
  if (applied) await patchPackage(pkg, applied.plan, applied.removed, formulaOf(workbook));
  return pkg.write(deflate, fresh);
}
