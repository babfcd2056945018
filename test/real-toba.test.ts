/**
 * Issue 19: two real kode-rekening LRA forms of Kabupaten Toba (2022), each with its truth in the
 * expect.json beside it. Their columns are drawn with merged cells: `KODE REKENING` over B:F with the codes
 * in D:F, `URAIAN` over G:O with names in H:O or I:O, `ANGGARAN` over Q:R with the anggaran in Q, and the
 * realisasi merged across R:S under `REALISASI` in S. Each merged column is one column, read at its anchor.
 * Everything goes through the CLI and the .xlsx writer, and LibreOffice recalculates what we wrote.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { readFileSync } from 'fs';
import { run } from '../src/cli/main';
import { isAccountNode } from '../src/core/table/model';
import { parseSheet } from '../src/core/table/parse';
import { loadWorkbook } from '../src/xlsx/workbook';
import { tempDir } from './helpers/fixture';
import { recalculatedAll, valueAt } from './helpers/libreoffice';
import { errorCells } from './layouts/xlsx';

interface Expectation {
  readonly workbook: string;
  readonly sheet: string;
  readonly header_rows: readonly number[];
  readonly first_data_row: number;
  readonly last_data_row: number;
  readonly true_errors: readonly { readonly cell: string }[];
  readonly capaian: Readonly<Record<string, number | { as_typed: number } | string>>;
}

interface Report {
  readonly tables: {
    sheet: string;
    range: string;
    counts: Record<string, number>;
    columns: { letter: string; role: { kind: string } }[];
  }[];
  readonly findings: { rule: string; severity: string; sheet: string; cell: string }[];
}

const REAL = path.join(__dirname, 'real');
const FILES = ['h4-toba-dlh-lra-2022', 'h4-toba-bpkad-lra-2022'] as const;
const truth = (name: string): Expectation =>
  JSON.parse(readFileSync(path.join(REAL, `${name}.expect.json`), 'utf8')) as Expectation;

async function cli(args: string[]): Promise<Report> {
  let out = '';
  await run([...args, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out) as Report;
}

/** The cells the expect.json names in a key: "R18/Q18 and R19/Q19 (PAD)" names rows 18 and 19. */
const rowsIn = (key: string): number[] => [...key.matchAll(/R(\d+)\/Q\1\b/g)].map((m) => Number(m[1]));

/** The penyerapan each row must show: the figure as typed where the office's typed figure is kept. */
function penyerapan(t: Expectation): Map<number, number> {
  const out = new Map<number, number>();
  for (const [key, v] of Object.entries(t.capaian)) {
    const value = typeof v === 'number' ? v : typeof v === 'object' ? v.as_typed : null;
    if (value !== null) for (const row of rowsIn(key)) out.set(row, value);
  }
  return out;
}

/** Decimals the expect.json gives a figure to: the test compares to that precision. */
const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** Every cell of a sheet that holds something: its value or formula, by address. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      if (v === null || v === '') return;
      out.set(
        cell.address,
        v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : JSON.stringify(v),
      );
    }),
  );
  return out;
}

describe.each(FILES)('%s', (name) => {
  const t = truth(name);
  const file = path.join(REAL, `${name}.xlsx`);
  const named = new Set(t.true_errors.map((e) => e.cell));

  test('the table is found: header 14-15, account lines 18-26, code in D, uraian in I, pagu Q, realisasi R', async () => {
    const report = await cli(['check', file]);
    expect(report.tables.map((x) => `${x.sheet}!${x.range}`)).toEqual([`${t.sheet}!B14:S26`]);
    const table = report.tables[0]!;
    const roles = Object.fromEntries(table.columns.map((c) => [c.letter, c.role.kind]));
    expect([roles.D, roles.I, roles.Q, roles.R]).toEqual(['kode', 'nama', 'pagu', 'realisasiRp']);
    // The columns the merged cells cover are no columns of their own.
    for (const letter of ['B', 'C', 'E', 'F', 'G', 'H', 'J', 'O', 'S']) expect(roles[letter]).toBe('other');
    expect(table.counts.rekening).toBe(t.last_data_row - t.first_data_row + 1);

    const { snapshots } = await loadWorkbook(file);
    const [parsed] = parseSheet(snapshots.find((s) => s.name === t.sheet)!).tables;
    expect([parsed!.header.top + 1, parsed!.header.bottom + 1]).toEqual(t.header_rows);
    expect(parsed!.nodes.map((n) => n.rows[0]! + 1)).toEqual(
      Array.from({ length: 9 }, (_, i) => t.first_data_row + i),
    );
    expect(parsed!.nodes.every((n) => isAccountNode(parsed!, n))).toBe(true);
    // Names are read at I, where every line's merged name cell (H:O or I:O) reaches.
    expect(parsed!.nodes.map((n) => n.name).slice(0, 2)).toEqual([
      'PENDAPATAN DAERAH',
      'PENDAPATAN ASLI DAERAH (PAD)',
    ]);
  });

  test('the office’s true errors are flagged at their cells, and nothing else is an error', async () => {
    const report = await cli(['check', file]);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.cell))).toEqual(named);
    if (name === 'h4-toba-dlh-lra-2022') {
      expect(errors.map((f) => `${f.cell} ${f.rule}`).sort()).toEqual([
        'R22 subtotal-mismatch',
        'R23 over-budget',
      ]);
      // Rows with anggaran 0 and realisasi 0 have no ratio: nothing to report.
      expect(report.findings.filter((f) => /^[A-Z]+(20|21|25|26)$/.test(f.cell))).toEqual([]);
    }
    // The right cells the expect.json lists (the office's =SUM, R19, R24) are no error: asserted above.
  });

  test('generate: penyerapan in a new column after the table, the office’s formulas kept, LibreOffice computes the expected figures', async () => {
    const dir = await tempDir();
    const out = path.join(dir, `${name}-capaian.xlsx`);
    const report = await cli(['generate', file, '--out', out]);
    const flagged = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.cell));

    const sheetOf = async (f: string): Promise<ExcelJS.Worksheet> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb.getWorksheet(t.sheet)!;
    };
    const before = await sheetOf(file);
    const after = await sheetOf(out);
    // The new column is right of the merged R:S and was empty; it holds the header and the rows' formulas.
    const header = after.getCell('T14').value;
    expect(String(header)).toMatch(/penyerapan/i);
    for (let r = 14; r <= 26; r++) expect(before.getCell(`T${r}`).value).toBeNull();

    // Nothing the office typed changed unless a finding names the cell; its formulas stay exactly as typed.
    const was = cellsOf(before);
    const now = cellsOf(after);
    const changed = [...was].filter(([a, v]) => now.get(a) !== v).map(([a]) => a);
    expect(changed.filter((a) => !flagged.has(a))).toEqual([]);
    for (const a of ['Q18', 'R18', 'Q22']) expect(now.get(a)).toBe(was.get(a));
    expect(was.get('Q18')).toMatch(/^=SUM/);
    // Merged cells and the signature block under the table are as they were.
    expect(after.model.merges.slice().sort()).toEqual(before.model.merges.slice().sort());
    for (let r = 27; r <= 40; r++)
      for (let c = 1; c <= 22; c++) expect(after.getCell(r, c).value).toEqual(before.getCell(r, c).value);

    const [wb] = await recalculatedAll([out]);
    expect(errorCells(wb!)).toEqual([]);
    for (const [row, want] of penyerapan(t)) {
      const got = valueAt(wb!, t.sheet, `T${row}`);
      expect([row, got]).toEqual([row, expect.closeTo(want, decimals(want))]);
    }
    if (name === 'h4-toba-dlh-lra-2022') {
      // R22 is typed; its parts hold R23's mistake: it stays the office's figure, flagged, not a sum of them.
      expect(was.get('R22')).toBe('4581495169');
      expect(now.get('R22')).toBe('4581495169');
      for (const row of [20, 21, 25, 26]) expect(valueAt(wb!, t.sheet, `T${row}`) ?? '').toBe('');
    }
  });
});
