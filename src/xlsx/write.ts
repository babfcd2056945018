import ExcelJS from 'exceljs';
import { CellEdit } from '../core/plan/types';
import { AppliedPlan, EditKeys, PendingSheet } from './apply';
import { sheetDataXml, usedRange, withSheetData } from './sheetXml';
import { chartParts, contentTypesWith, sheetRelsWithDrawing, sheetWithDrawing } from './charts';
import { deflateStoredZip, DeflateRaw } from './zip';

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

const utf8 = new TextDecoder();
const utf8Bytes = new TextEncoder();

interface Parts {
  readonly replace: Map<string, (stored: Uint8Array) => Iterable<Uint8Array>>;
  readonly add: Map<string, (stored: Uint8Array | null) => Uint8Array>;
}

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
    replace.set(`xl/worksheets/sheet${id}.xml`, (stored) => sheetPart(utf8.decode(stored), p, withCharts));
    if (!withCharts) continue;
    drawing++;
    const n = drawing;
    for (const [path, xml] of chartParts(p.plan, n, chart)) {
      add.set(path, () => utf8Bytes.encode(xml));
      added.push(path);
    }
    chart += charts.length;
    add.set(`xl/worksheets/_rels/sheet${id}.xml.rels`, (old) =>
      utf8Bytes.encode(sheetRelsWithDrawing(old ? utf8.decode(old) : null, n)),
    );
  }
  if (added.length)
    replace.set('[Content_Types].xml', (stored) => [
      utf8Bytes.encode(contentTypesWith(utf8.decode(stored), added)),
    ]);
  return { replace, add };
}

/** A generated sheet's part: ExcelJS's, with the cells written from the plan in place of the samples. */
function sheetPart(xml: string, p: PendingSheet, withCharts: boolean): Iterable<Uint8Array> {
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
 * The .xlsx file of a workbook a plan was applied to, in Node and in the browser alike. `applied` carries the
 * generated sheets' cells, which `applyPlan` leaves for this to write; `deflate` is the platform's compressor.
 */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  applied: AppliedPlan | undefined,
  deflate: DeflateRaw,
): Promise<Uint8Array> {
  const written: unknown = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  // A Buffer in Node and in ExcelJS's browser build (both Uint8Arrays): no copy of what can be 100 MB.
  const stored = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
  const parts = pendingParts(applied?.pending ?? []);
  return deflateStoredZip(stored, deflate, parts.replace, parts.add);
}
