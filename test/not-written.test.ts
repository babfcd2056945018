/**
 * Issue 19, part 2: nothing the office typed changes silently. The planner evaluates each formula it would
 * write over a cell that shows something; a cell whose shown value would change is written only when a
 * finding names it. Checked on the bundled sample (its seven errors still fixed, every change named, and
 * the evaluator's results equal to LibreOffice's), on a misread column, and on the office's own formulas.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { Finding } from '../src/core/check/finding';
import { generateWorkbook, GenerateResult } from '../src/core/generate';
import { findingMessage } from '../src/core/i18n/messages';
import { EMPTY, evaluate, Value } from '../src/core/plan/evaluate';
import { sameShown } from '../src/core/plan/guard';
import { CellEdit } from '../src/core/plan/types';
import { readCell, readText } from '../src/core/numbers/read';
import { a1 } from '../src/core/sheet/address';
import { CellValue, SheetSnapshot } from '../src/core/sheet/snapshot';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { writeWorkbook } from './helpers/build';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { recalculated } from './helpers/libreoffice';

const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

function snapshot(name: string, values: CellValue[][], formulas?: (string | null)[][]): SheetSnapshot {
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    formulas: formulas ?? values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => 'General')),
    merges: [],
  };
}

function sourceEdits(r: GenerateResult, sheet: string): CellEdit[] {
  return r.plan.sheets.filter((s) => s.sheet === sheet && !s.create).flatMap((s) => s.cells);
}

const notWritten = (r: GenerateResult): Finding[] => r.findings.filter((f) => f.rule === 'not-written');

describe('the bundled sample: the seven errors are still fixed, and nothing else changes', () => {
  let result: GenerateResult;
  let lo: ExcelJS.Workbook;
  let input: SheetSnapshot;

  beforeAll(async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    input = snapshots.find((s) => s.name === SHEET)!;
    result = generateWorkbook(snapshots);
    const out = path.join(await tempDir(), 'binjai-guarded.xlsx');
    expect(await run(['generate', FIXTURE, '--out', out], quiet)).toBe(0);
    lo = await recalculated(out);
  });

  test('every formula is still written: the errors G7, I7, G17, I17, K18, G58 and column J among them', () => {
    const formulas = new Map(
      sourceEdits(result, SHEET).flatMap((e) =>
        e.kind === 'formula' ? [[a1(e.row, e.col), e.formula]] : [],
      ),
    );
    expect(formulas.get('K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
    expect(formulas.get('G58')).toBe('=SUM(G7,G28,G31,G36,G39,G42,G46,G53)');
    for (const cell of ['G7', 'I7', 'G17', 'I17', 'J9', 'J57']) expect(formulas.has(cell)).toBe(true);
    expect(result.changes[0]).toMatchObject({ capaianK: 37, capaianRp: 52, subtotals: 46 });
    expect(notWritten(result)).toEqual([]);
  });

  test('every cell whose shown value LibreOffice changes is named by a finding; 35,10 % becomes 35,21 %', () => {
    const ws = lo.getWorksheet(SHEET)!;
    const named = new Set(
      result.findings
        .filter((f) => f.sheet === SHEET && f.severity !== 'info')
        .flatMap((f) => f.cells ?? [f.cell]),
    );
    const errorsOnRow = new Set(
      result.findings
        .filter((f) => f.sheet === SHEET && f.severity === 'error')
        .flatMap((f) => (f.cells ?? [f.cell]).map((c) => Number(/\d+$/.exec(c)![0]) - 1)),
    );
    const changed: string[] = [];
    const silent: string[] = [];
    for (const e of sourceEdits(result, SHEET)) {
      const was = input.values[e.row]?.[e.col] ?? null;
      if (e.kind !== 'formula' || was === null || (typeof was === 'string' && !was.trim())) continue;
      const cell = ws.getCell(e.row + 1, e.col + 1);
      const v = cell.result;
      const after: Value = typeof v === 'number' ? { kind: 'number', value: v } : EMPTY;
      const format = input.numberFormats[e.row]?.[e.col] ?? 'General';
      const ratio = /%/.test(e.numberFormat ?? '') || /%/.test(format);
      if (sameShown(readCell(was, format, { convention: 'id' }), after, ratio)) continue;
      const at = a1(e.row, e.col);
      changed.push(at);
      if (!named.has(at) && !errorsOnRow.has(e.row)) silent.push(at);
    }
    expect(silent).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(['G7', 'I7', 'G17', 'I17', 'K18', 'G58', 'J9']));
    expect(ws.getCell('K18').result).toBeCloseTo(0.3521, 4);
  });

  test('the planner’s evaluator gives what LibreOffice computes for every formula of the plan', () => {
    const edits = sourceEdits(result, SHEET);
    const planned = new Map(edits.map((e) => [a1(e.row, e.col), e]));
    const lookup = (row: number, col: number): Value => {
      const e = planned.get(a1(row, col));
      if (e?.kind === 'number') return { kind: 'number', value: e.value };
      if (e?.kind === 'formula') {
        const v = evaluate(e.formula, lookup);
        return v === 'unknown' ? { kind: 'error', code: 'unknown' } : v;
      }
      const v = input.values[row]?.[col] ?? null;
      if (typeof v === 'number') return { kind: 'number', value: v };
      return typeof v === 'string' && v.trim() ? { kind: 'text', value: v } : EMPTY;
    };
    const ws = lo.getWorksheet(SHEET)!;
    const wrong: string[] = [];
    let compared = 0;
    for (const e of edits) {
      if (e.kind !== 'formula') continue;
      const ours = lookup(e.row, e.col);
      const theirs = ws.getCell(e.row + 1, e.col + 1).result;
      compared++;
      const same =
        typeof theirs === 'number'
          ? ours.kind === 'number' && Math.abs(ours.value - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
          : ours.kind === 'empty' || (ours.kind === 'text' && ours.value === '');
      if (!same)
        wrong.push(`${a1(e.row, e.col)} ours ${JSON.stringify(ours)}, LibreOffice ${String(theirs)}`);
    }
    expect(wrong).toEqual([]);
    expect(compared).toBe(135);
  });
});

describe('a column read wrongly would change right typed values: they are not written', () => {
  // As in h1-polman-2022: the month's number sits in the label, the reader takes the empty January for the
  // realisasi, and P = C/B would blank the office's right 99,66 / 99,62 / 99,8.
  const values: CellValue[][] = [
    ['Anggaran 2022', null, null, null, null, null, null, null],
    ['No', 'Uraian', 'Pagu', 'Realisasi 1', 'Realisasi 2', 'Realisasi 3', 'Jumlah', 'Realisasi (%)'],
    ['1', 'Belanja Pegawai', 1000000, null, null, null, 996600, 99.66],
    ['2', 'Belanja Barang dan Jasa', 2000000, null, null, null, 1992400, 99.62],
    ['3', 'Belanja Modal', 500000, null, null, null, 499000, 99.8],
  ];
  // The misreading is pinned by the user's role, so that the guard is tested whatever the reader decides.
  const roles = { Anggaran: { D: { kind: 'realisasiRp' as const } } };
  const result = generateWorkbook([snapshot('Anggaran', values)], { roles, generateSheets: false });

  test('H3:H5 keep the typed 99,66, 99,62 and 99,8', () => {
    const written = sourceEdits(result, 'Anggaran').filter((e) => e.kind !== undefined && e.col === 7);
    expect(written).toEqual([]);
    expect(result.changes[0]!.capaianRp).toBe(0);
  });

  test('one not-written info names the three cells, in Bahasa Indonesia and English', () => {
    const [f, ...more] = notWritten(result);
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', sheet: 'Anggaran', cell: 'H3', cells: ['H3', 'H4', 'H5'] });
    expect(findingMessage(f!, 'id')).toBe(
      '3 sel tidak ditulis (H3:H5): rumusnya akan mengubah angka yang tampil tanpa temuan yang menyebut kesalahannya, mis. H3 menampilkan "99,66", rumus memberi kosong. Sel dibiarkan seperti diketik; bila kolomnya terbaca keliru, tetapkan perannya di panel Peran kolom (CLI: --role).',
    );
    expect(findingMessage(f!, 'en')).toContain('3 cells not written (H3:H5)');
  });

  test('Buat Tabel Capaian in Excel keeps them too: the guard is in the plan, not in an adapter', async () => {
    const excel = FakeExcel.from([snapshot('Anggaran', values)], 'Anggaran');
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome.ok).toBe(true);
    const s = excel.sheet('Anggaran');
    expect(['H3', 'H4', 'H5'].map((c) => [s.at(c), s.isFormula(c)])).toEqual([
      [99.66, false],
      [99.62, false],
      [99.8, false],
    ]);
  });

  test('a typed value that is wrong, with its finding, is still fixed', () => {
    const plain: CellValue[][] = [
      ['Anggaran 2022', null, null, null, null],
      ['No', 'Uraian', 'Pagu', 'Realisasi', 'Realisasi (%)'],
      ['1', 'Belanja Pegawai', 1000000, 996600, 50], // the office's mistake: 99,66 %
      ['2', 'Belanja Barang dan Jasa', 2000000, 1992400, 99.62],
      ['3', 'Belanja Modal', 500000, 499000, 99.8],
    ];
    const r = generateWorkbook([snapshot('Anggaran', plain)], { generateSheets: false });
    const e3 = sourceEdits(r, 'Anggaran').find((e) => e.row === 2 && e.col === 4);
    expect(r.findings.some((f) => f.rule === 'capaian-mismatch' && f.cell === 'E3')).toBe(true);
    expect(e3 && { kind: e3.kind, formula: e3.formula, value: e3.value }).toEqual({
      kind: 'formula',
      formula: '=IF(AND(ISNUMBER(C3),ISNUMBER(D3),C3<>0),D3/C3,"")',
      value: undefined,
    });
    expect(notWritten(r)).toEqual([]);
  });
});

describe('the office’s own formulas', () => {
  const values: CellValue[][] = [
    ['Capaian 2022', null, null, null, null],
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    ['1', 'Jumlah desa mandiri', 25, 23, 92],
    ['2', 'Cakupan layanan air bersih', 80, 72, 90],
    ['3', 'Jumlah kelompok tani', 40, 44, 110],
  ];
  const formulas = values.map((r, i) =>
    r.map((_, c) => (i >= 2 && c === 4 ? `=D${i + 1}/C${i + 1}*100` : null)),
  );

  test('a right =D3/C3*100 stays exactly as typed, not rewritten into ours', () => {
    const r = generateWorkbook([snapshot('IKU', values, formulas)], { generateSheets: false });
    expect(r.tables[0]!.report.columns.find((c) => c.letter === 'E')?.role.kind).toBe('capaianK');
    expect(sourceEdits(r, 'IKU').filter((e) => e.kind !== undefined && e.col === 4)).toEqual([]);
    expect(notWritten(r)).toEqual([]);
  });

  test('our own formulas of a first generate are ours: a second generate rewrites them', () => {
    // A first run computed target ÷ realisasi (the negative method); this one reads the indicators as positive.
    const cached = values.map((r, i) =>
      i >= 2 ? [...r.slice(0, 4), (r[2] as number) / (r[3] as number)] : r,
    );
    const ours = values.map((r, i) =>
      r.map((_, c) =>
        i >= 2 && c === 4
          ? `=IF(AND(ISNUMBER(C${i + 1}),ISNUMBER(D${i + 1}),C${i + 1}<>0),C${i + 1}/D${i + 1},"")`
          : null,
      ),
    );
    const r = generateWorkbook([snapshot('IKU', cached, ours)], { generateSheets: false });
    const e3 = sourceEdits(r, 'IKU').find((e) => e.row === 2 && e.col === 4);
    expect(e3 && { kind: e3.kind, formula: e3.formula, value: e3.value }).toEqual({
      kind: 'formula',
      formula: '=IF(AND(ISNUMBER(C3),ISNUMBER(D3),C3<>0),D3/C3,"")',
      value: undefined,
    });
  });
});

describe('what counts as the same shown value', () => {
  const n = (value: number): Value => ({ kind: 'number', value });
  const typed = (text: string) => readText(text, { convention: 'id' });

  test('a ratio as a fraction or in points, to the typed rounding or cut', () => {
    expect(sameShown(readCell(99.66, 'General'), n(0.99662), true)).toBe(true);
    expect(sameShown(readCell(0.9966, '0.00%'), n(0.99662), true)).toBe(true);
    expect(sameShown(typed('99,66 %'), n(0.99669), true)).toBe(true); // cut, not rounded
    expect(sameShown(typed('35,10 %'), n(0.3521), true)).toBe(false);
    expect(sameShown(readCell(99.66, 'General'), n(0.99662), false)).toBe(false); // money is no ratio
  });

  test('"25 org" is 25; a dash is nothing or zero; text and nothing differ from a figure', () => {
    expect(sameShown(typed('25 org'), n(25), false)).toBe(true);
    expect(sameShown(typed('-'), EMPTY, false)).toBe(true);
    expect(sameShown(typed('-'), n(0), false)).toBe(true);
    expect(sameShown(readCell(99.66, 'General'), EMPTY, true)).toBe(false);
    expect(sameShown(typed('Tercapai'), n(1), true)).toBe(false);
    expect(sameShown(typed('5.993.530.294'), n(5993350294), false)).toBe(false);
    expect(sameShown(typed('5.993.350.294'), n(5993350294), false)).toBe(true);
  });
});

describe('the evaluator computes the shapes the planner writes as a spreadsheet does', () => {
  const grid: Record<string, Value> = {
    A1: { kind: 'number', value: 10 },
    B1: { kind: 'number', value: 12 },
    C1: EMPTY,
    D1: { kind: 'text', value: 'BB' },
    E1: { kind: 'error', code: '#REF!' },
    F1: { kind: 'number', value: 0 },
  };
  const cell = (row: number, col: number): Value => grid[a1(row, col)] ?? EMPTY;
  const ev = (f: string) => evaluate(f, cell);

  test.each([
    ['=IF(AND(ISNUMBER(A1),ISNUMBER(B1),A1<>0),MIN(1,B1/A1),"")', 1],
    ['=IF(AND(ISNUMBER(A1),ISNUMBER(B1)),IF(A1<>0,MAX(0,(2*A1-B1)/A1),IF(B1=0,1,"")),"")', 0.8],
    ['=IF(AND(ISNUMBER(A1),ISNUMBER(B1)),IF(B1<>0,A1/B1,IF(A1=0,1,"")),"")', 10 / 12],
    ['=IF(ISNUMBER(A1),A1-N(C1),"")', 10],
    ['=SUM(A1:C1,D1)', 22],
    ['=AGGREGATE(9,6,A1:E1)', 22],
    ['=IF(ISNUMBER(C1),C1,IF(ISNUMBER(B1),B1,""))', 12],
    ['=IF(AND(ISNUMBER(A1),ISNUMBER(F1),F1<>0),(A1/F1),"")', ''],
    ['=-A1+B1*2', 14],
  ])('%s → %p', (formula, want) => {
    expect(ev(formula)).toEqual(
      typeof want === 'number' ? { kind: 'number', value: want } : { kind: 'text', value: '' },
    );
  });

  test('errors propagate as a spreadsheet’s do; a shape outside the planner’s is unknown, never guessed', () => {
    expect(ev('=SUM(A1:E1)')).toEqual({ kind: 'error', code: '#REF!' });
    expect(ev('=A1/F1')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(ev('=A1+D1')).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(ev('=VLOOKUP(A1,B1:C1,2,FALSE)')).toBe('unknown');
    expect(ev("='Other sheet'!A1")).toBe('unknown');
  });
});

test('through the CLI and .xlsx: the misread column’s typed values are still there, and the finding says so', async () => {
  const file = await writeWorkbook([
    {
      name: 'Anggaran',
      rows: [
        ['Anggaran 2022'],
        ['No', 'Uraian', 'Pagu', 'Realisasi 1', 'Realisasi 2', 'Realisasi 3', 'Jumlah', 'Realisasi (%)'],
        ['1', 'Belanja Pegawai', 1000000, null, null, null, 996600, 99.66],
        ['2', 'Belanja Barang dan Jasa', 2000000, null, null, null, 1992400, 99.62],
        ['3', 'Belanja Modal', 500000, null, null, null, 499000, 99.8],
      ],
    },
  ]);
  const out = path.join(path.dirname(file), 'anggaran-capaian.xlsx');
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined };
  expect(await run(['generate', file, '--out', out, '--role', 'D=realisasiRp', '--json'], io)).toBe(0);
  const json = JSON.parse(stdout) as { findings: { rule: string; cell: string }[] };
  expect(json.findings.filter((f) => f.rule === 'not-written').map((f) => f.cell)).toEqual(['H3']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('Anggaran')!;
  expect(['H3', 'H4', 'H5'].map((c) => ws.getCell(c).value)).toEqual([99.66, 99.62, 99.8]);
});
