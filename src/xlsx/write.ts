import { AppliedPlan } from './apply';
import { Book } from './open';
import { Package } from './package';
import { patchPackage } from './patch';
import { DeflateRaw } from './zip';

/** A formula of the workbook as the reader read it (a shared formula's dependent spelled out), without '='. */
function formulaOf(workbook: Book): (sheet: string, row: number, col: number) => string | null {
  const byName = new Map(workbook.snapshots.map((s) => [s.name, s]));
  return (sheet, row, col) => {
    const s = byName.get(sheet);
    const formula = s?.formulas[row - s.origin.row]?.[col - s.origin.col] ?? null;
    return formula === null ? null : formula.slice(1);
  };
}

/**
 * The .xlsx file of a workbook a plan was applied to, in Node and in the browser alike: the office's own
 * package, with only what the plan changes written into it (see `patchPackage`); every other part is copied as
 * it came, its compressed bytes included. `deflate` is the platform's compressor.
 */
export async function workbookBytes(
  workbook: Book,
  applied: AppliedPlan | undefined,
  deflate: DeflateRaw,
): Promise<Uint8Array> {
  const pkg = Package.read(workbook.source, workbook.inflate);
  if (applied) await patchPackage(pkg, applied.plan, applied.removed, formulaOf(workbook), deflate);
  return pkg.write(deflate);
}
