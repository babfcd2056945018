import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CellEdit } from '../core/plan/types';
import { AppliedPlan, EditKeys, PendingSheet } from './apply';
import { sheetDataXml, usedRange, withSheetData } from './sheetXml';
import { chartParts, contentTypesWith, sheetRelsWithDrawing, sheetWithDrawing } from './charts';
import { deflateStoredZip } from './zip';

/** The style index ExcelJS gave each sample cell, read from the sheet it wrote. */
function sampleStyles(sheetXml: string, pending: PendingSheet): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [key, address] of pending.samples) {
    // ExcelJS leaves out a cell with neither value nor style: that is the default style, 0.
    const cell = new RegExp(`<c r="${address}"[^>]*>`).exec(sheetXml)?.[0] ?? '';
    ids.set(key, Number(/ s="(\d+)"/.exec(cell)?.[1] ?? 0));
  }
  return ids;
}

type Parts = {
  readonly replace: Map<string, (stored: Buffer) => Iterable<Buffer>>;
  readonly add: Map<string, (stored: Buffer | null) => Buffer>;
};

/**
 * The generated sheets' parts of the file, made from what ExcelJS wrote for them and the plan, and the parts
 * of their charts, which ExcelJS cannot write.
 */
function pendingParts(pending: readonly PendingSheet[]): Parts {
  const replace: Parts['replace'] = new Map();
  const add: Parts['add'] = new Map();
  const added: string[] = [];
  let drawing = 0;
  let chart = 1;
  for (const p of pending) {
    // ExcelJS names each sheet's part after the sheet's id.
    const id = p.worksheet.id;
    const charts = p.plan.charts ?? [];
    const withCharts = charts.length > 0;
    replace.set(`xl/worksheets/sheet${id}.xml`, (stored) =>
      sheetPart(stored.toString('utf8'), p, withCharts),
    );
    if (!withCharts) continue;
    drawing++;
    const n = drawing;
    for (const [path, xml] of chartParts(p.plan, n, chart)) {
      add.set(path, () => Buffer.from(xml, 'utf8'));
      added.push(path);
    }
    chart += charts.length;
    add.set(`xl/worksheets/_rels/sheet${id}.xml.rels`, (old) =>
      Buffer.from(sheetRelsWithDrawing(old?.toString('utf8') ?? null, n), 'utf8'),
    );
  }
  if (added.length)
    replace.set('[Content_Types].xml', (stored) => [
      Buffer.from(contentTypesWith(stored.toString('utf8'), added), 'utf8'),
    ]);
  return { replace, add };
}

/** A generated sheet's part: ExcelJS's, with the cells written from the plan in place of the samples. */
function sheetPart(xml: string, p: PendingSheet, withCharts: boolean): Iterable<Buffer> {
  const ids = sampleStyles(xml, p);
  const keys = new EditKeys();
  const styleOf = (e: CellEdit): number => (e.style || e.numberFormat ? (ids.get(keys.keyOf(e)) ?? 0) : 0);
  const sheet = withSheetData(
    withCharts ? sheetWithDrawing(xml) : xml,
    sheetDataXml(p.plan, styleOf),
    usedRange(p.plan),
  );
  if (!sheet) throw new Error(`"${p.plan.sheet}" was written without its sheet data`);
  return sheet;
}

/**
 * Writes beside the target first, then renames: an interrupted run never leaves half a workbook. `applied`
 * carries the generated sheets' cells, which `applyPlan` leaves for this to write.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  applied?: AppliedPlan,
): Promise<void> {
  const dir = path.dirname(out);
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    // In Node it is a Buffer already: no copy of what can be a hundred megabytes.
    const stored = Buffer.isBuffer(written) ? written : Buffer.from(written);
    const parts = pendingParts(applied?.pending ?? []);
    await fs.writeFile(tmp, await deflateStoredZip(stored, parts.replace, parts.add));
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
