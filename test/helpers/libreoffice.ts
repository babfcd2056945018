import { execFile } from 'child_process';
import { promises as fs, existsSync } from 'fs';
import * as path from 'path';
import { temporaryFolder } from './tmp';
import { promisify } from 'util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

/** Recalculate on every load: otherwise LibreOffice shows the values cached in the file (or none). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** csv: comma, double quotes, UTF-8, first sheet, cells as formatted (what the user sees). */
const CONVERT_FILTER = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  pdf: 'pdf',
  csv: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
} as const;

export function sofficePath(): string {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(p)) return p;
  }
  // Never skip: a missing LibreOffice is a broken test machine, and CI installs it.
  throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui');
}

/** Opens `file` in headless LibreOffice Calc, recalculates everything, and saves it as `format`. */
export async function libreofficeConvert(file: string, format: 'xlsx' | 'pdf' | 'csv'): Promise<string> {
  const [out] = await libreofficeConvertAll([file], format);
  return out!;
}

/**
 * Converts many files in one LibreOffice run (its start-up is most of the time a conversion takes). The
 * files' base names must differ: the results land in one folder, named after them.
 */
export async function libreofficeConvertAll(
  files: readonly string[],
  format: 'xlsx' | 'pdf' | 'csv',
): Promise<string[]> {
  const names = files.map((f) => path.basename(f, path.extname(f)));
  if (new Set(names).size !== names.length) throw new Error(`base names repeat: ${names.join(', ')}`);
  const soffice = sofficePath();
  const work = await temporaryFolder('lo');
  const profile = path.join(work, 'profile');
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const outDir = path.join(work, 'out');
  await fs.mkdir(outDir);
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CONVERT_FILTER[format],
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 120000 + 10000 * files.length },
  );
  return names.map((name) => {
    const out = path.join(outDir, `${name}.${format}`);
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
    return out;
  });
}

/** A workbook as LibreOffice computed it: every value read back is LibreOffice's own result. */
export async function recalculated(file: string): Promise<ExcelJS.Workbook> {
  const [wb] = await recalculatedAll([file]);
  return wb!;
}

/** Many workbooks recalculated in one LibreOffice run, in the order given. */
export async function recalculatedAll(files: readonly string[]): Promise<ExcelJS.Workbook[]> {
  const outs = await libreofficeConvertAll(files, 'xlsx');
  return Promise.all(
    outs.map(async (out) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      return wb;
    }),
  );
}

/** The computed value of a cell (a formula's result, or the constant). */
export function valueAt(wb: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cell = ws.getCell(address);
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) {
    // cell.result, not value.result: ExcelJS drops a result of 0 from the value. An empty-string
    // result ("" for no data) comes back as no result at all.
    return cell.result ?? null;
  }
  return v;
}

export function numberAt(wb: ExcelJS.Workbook, sheet: string, address: string): number {
  const v = valueAt(wb, sheet, address);
  if (typeof v !== 'number') throw new Error(`${sheet}!${address} is ${JSON.stringify(v)}, not a number`);
  return v;
}

/** The first sheet as LibreOffice displays it (number formats applied), as rows of text. */
export async function displayedFirstSheet(file: string): Promise<string[][]> {
  const csv = await fs.readFile(await libreofficeConvert(file, 'csv'), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Displayed text at an A1 address of the first sheet. */
export function shownAt(rows: string[][], address: string): string {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(`simple address expected: ${address}`);
  return rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65] ?? '';
}

/** The 1-based row whose cell in `column` has exactly `text` (after trimming), for finding generated lines. */
export function rowWith(wb: ExcelJS.Workbook, sheet: string, column: string, text: string): number {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = valueAt(wb, sheet, `${column}${r}`);
    if (typeof v === 'string' && v.trim() === text) return r;
  }
  throw new Error(`${sheet}!${column}: no row with "${text}"`);
}
