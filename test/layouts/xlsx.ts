import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { CellContent } from '../../src/core/plan/types';
import { writeWorkbook } from '../helpers/build';
import { recalculated } from '../helpers/libreoffice';
import type { Failure, Write } from './checks';
import { GeneratedLayout } from './truth';

/** What one layout went through: the CLI's JSON, the workbook it wrote, and LibreOffice's recalculation. */
export interface XlsxRun {
  readonly exit: number;
  readonly json: { readonly changes?: readonly Record<string, unknown>[] };
  readonly stderr: string;
  readonly input: ExcelJS.Workbook;
  readonly output: ExcelJS.Workbook | null;
  readonly recalculated: ExcelJS.Workbook | null;
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Writes the layout as .xlsx, runs `capaian generate --json` on it, and lets LibreOffice recalculate the result. */
export async function throughXlsx(layout: GeneratedLayout): Promise<XlsxRun> {
  const file = await writeWorkbook([layout.grid.sheetSpec(layout.sheet)], `layout-${layout.id}.xlsx`);
  const out = path.join(path.dirname(file), `layout-${layout.id}-capaian.xlsx`);
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) };
  const exit = await run(['generate', file, '--out', out, '--json'], io);
  const json = JSON.parse(stdout) as XlsxRun['json'];
  const input = await readXlsx(file);
  if (exit !== 0) return { exit, json, stderr, input, output: null, recalculated: null };
  return { exit, json, stderr, input, output: await readXlsx(out), recalculated: await recalculated(out) };
}

function contentOf(cell: ExcelJS.Cell | undefined): CellContent {
  const v = cell?.value ?? null;
  if (v !== null && typeof v === 'object' && 'formula' in v)
    return { kind: 'formula', formula: `=${(v.formula ?? '').replace(/_xlfn\./g, '')}` };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'text', value: v };
  return { kind: 'blank' };
}

/** Every cell of the layout's sheet whose value or formula differs between the input and the output file. */
export function changedCells(
  layout: GeneratedLayout,
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
): Write[] {
  const before = input.getWorksheet(layout.sheet)!;
  const after = output.getWorksheet(layout.sheet)!;
  const writes: Write[] = [];
  const rows = Math.max(before.rowCount, after.rowCount);
  const cols = Math.max(before.columnCount, after.columnCount);
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const was = contentOf(before.findCell(r, c));
      const now = contentOf(after.findCell(r, c));
      if (JSON.stringify(was) !== JSON.stringify(now)) writes.push({ row: r - 1, col: c - 1, content: now });
    }
  return writes;
}

/** Every cell of every sheet that LibreOffice computed to an error value. */
export function errorCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const result = v !== null && typeof v === 'object' && 'formula' in v ? cell.result : v;
        if (result !== null && typeof result === 'object' && 'error' in result)
          out.push(`'${ws.name}'!${cell.address} ${String(result.error)}`);
      }),
    ),
  );
  return out;
}

/** Capaian K / penyerapan after LibreOffice recalculated, against realisasi ÷ target from the truth. */
export function computedProblems(layout: GeneratedLayout, x: XlsxRun): Failure[] {
  const change = x.json.changes?.[0] ?? {};
  const truthLetter = (kind: string): string | null =>
    layout.truth.columns.find((c) => c.role.kind === kind)?.letter ?? null;
  // The contract's changes name where capaian now lives; a confirmed column of the table is where it is.
  const letterK = (change.capaianKColumn as string | null | undefined) ?? truthLetter('capaianK');
  const letterRp = (change.capaianRpColumn as string | null | undefined) ?? truthLetter('capaianRp');
  const ws = x.recalculated!.getWorksheet(layout.sheet)!;
  const out: Failure[] = [];
  const check = (measure: string, letter: string | null, row: number, want: number): void => {
    if (letter === null) {
      out.push({ cause: `no ${measure} column`, detail: `row ${row + 1}` });
      return;
    }
    const cell = ws.getCell(`${letter}${row + 1}`);
    const v =
      cell.value !== null && typeof cell.value === 'object' && 'formula' in cell.value
        ? cell.result
        : cell.value;
    const percentFormat = /%/.test(cell.numFmt ?? '');
    const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    if (typeof v !== 'number' || !(close(v, want) || (!percentFormat && close(v, want * 100))))
      out.push({
        cause: `${measure} computes wrong`,
        detail: `${letter}${row + 1} is ${JSON.stringify(v)}, want ${want}`,
      });
  };
  for (const e of layout.truth.expected) {
    if (e.capaianK !== null) check('capaian K', letterK, e.row, e.capaianK);
    if (e.capaianRp !== null) check('penyerapan', letterRp, e.row, e.capaianRp);
  }
  return out;
}
