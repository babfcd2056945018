import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/engine';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { writeWorkbook, SheetSpec } from './build';
import { recalculated } from './libreoffice';

/** The kinds of table of issue 19 (test/reading-*.test.ts): each made up with other words and figures. */
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

/** The sheets written to a real .xlsx, read back and checked as the CLI does. */
export async function check(sheets: readonly SheetSpec[], name: string) {
  const file = await writeWorkbook(sheets, name);
  const { snapshots } = await loadWorkbook(file);
  return { file, result: checkWorkbook(snapshots) };
}

/** The workbook `generate` writes for the file, recalculated by LibreOffice. */
export async function generated(file: string): Promise<ExcelJS.Workbook> {
  const out = path.join(path.dirname(file), `${path.basename(file, '.xlsx')}-out.xlsx`);
  expect(await run(['generate', file, '--out', out], quiet)).toBe(0);
  return recalculated(out);
}

export const roleOf = (columns: readonly { letter: string; role: { kind: string } }[], letter: string) =>
  columns.find((c) => c.letter === letter)?.role.kind;
