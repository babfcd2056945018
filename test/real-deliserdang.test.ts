/**
 * Issue 19: a real office's file judges the reading. Bappedalitbang Deli Serdang's Renja evaluation (form
 * E.81): each triwulan is three columns (K | % | Rp) under "Realisasi Kinerja Pada Triwulan" › I … IV, the
 * urusan and program lines are bold with no codes, and every parent's money is the sum of its items. Its
 * truth is test/real/h3-deliserdang-renja-2025.expect.json.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { run } from '../src/cli/main';
import { parseSheet } from '../src/core/table/parse';
import { ParsedTable } from '../src/core/table/model';
import { columnLetters, parseA1 } from '../src/core/sheet/address';
import { snapshotOf } from './helpers/exceljsSnapshot';
import { tempDir } from './helpers/fixture';
import { recalculated, valueAt } from './helpers/libreoffice';
import expect_ from './real/h3-deliserdang-renja-2025.expect.json';

const FILE = path.join(__dirname, 'real', 'h3-deliserdang-renja-2025.xlsx');
const SHEET = expect_.sheet;

interface JsonFinding {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly cells?: readonly string[];
}

async function findingsOf(args: string[]): Promise<JsonFinding[]> {
  let out = '';
  await run([...args, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return (JSON.parse(out) as { findings: JsonFinding[] }).findings;
}

/** Every cell a finding names (a grouped finding names several). */
function cellsOf(findings: readonly JsonFinding[], rules: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings)
    if (rules.includes(f.rule) && f.sheet === SHEET) for (const c of f.cells ?? [f.cell]) out.add(c);
  return out;
}

let table: ParsedTable;
let findings: JsonFinding[];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  table = parseSheet(snapshotOf(wb.getWorksheet(SHEET)!)).tables[0]!;
  findings = await findingsOf(['check', FILE]);
});

const roleAt = (letter: string): string => {
  const c = table.columns.find((x) => columnLetters(x.col) === letter);
  if (!c) return 'none';
  const r = c.role;
  return r.kind === 'period'
    ? `period ${r.measure} ${r.index}/${r.of}`
    : r.kind === 'progress'
      ? `progress ${r.index}/${r.of}`
      : r.kind;
};

test('each triwulan is K | % | Rp: the K and Rp are its realisasi, the % its cumulative progress', () => {
  const triwulan = [
    ['P', 'Q', 'R'],
    ['S', 'T', 'U'],
    ['V', 'W', 'X'],
    ['Y', 'Z', 'AA'],
  ];
  triwulan.forEach(([k, pct, rp], i) => {
    expect([roleAt(k!), roleAt(pct!), roleAt(rp!)]).toEqual([
      `period K ${i + 1}/4`,
      `progress ${i + 1}/4`,
      `period Rp ${i + 1}/4`,
    ]);
  });
  expect([roleAt('N'), roleAt('O')]).toEqual(['targetK', 'pagu']);
  // The unit row (9) is header, the data start at row 11.
  expect(table.dataTop + 1).toBeLessThanOrEqual(expect_.first_data_row);
  expect(table.nodes[0]!.rows[0]! + 1).toBe(expect_.first_data_row);
});

test('the form’s "13 = 9 + 10 + 11 + 12" adds K to K and Rp to Rp, never the % columns', () => {
  const form = (letter: string): string[] => {
    const c = table.columns.find((x) => columnLetters(x.col) === letter)!;
    return c.relation?.kind === 'form' ? [...c.relation.cols.values()].map(columnLetters) : [];
  };
  expect(form('AB')).toEqual(['P', 'S', 'V', 'Y']);
  expect(form('AC')).toEqual(['R', 'U', 'X', 'AA']);
});

test('the hierarchy is the one the typed money confirms: every parent’s items as the office summed them', () => {
  const byRow = new Map(table.nodes.map((n) => [n.rows[0]! + 1, n]));
  const expand = (v: string | number[]): number[] => {
    if (Array.isArray(v)) return v;
    const [a, b] = v.split('-').map(Number);
    return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
  };
  for (const [parent, kids] of Object.entries(expect_.hierarchy.children)) {
    const node = byRow.get(Number(parent))!;
    expect([parent, node.childIds.map((id) => table.nodes[id]!.rows[0]! + 1)]).toEqual([
      parent,
      expand(kids),
    ]);
  }
  const levelOf = (row: number): string => byRow.get(row)!.level;
  expect(expect_.hierarchy.urusan_rows.map(levelOf)).toEqual(
    expect_.hierarchy.urusan_rows.map(() => 'urusan'),
  );
  expect(expect_.hierarchy.program_rows.map(levelOf)).toEqual(
    expect_.hierarchy.program_rows.map(() => 'program'),
  );
  expect(expect_.hierarchy.kegiatan_rows.map(levelOf)).toEqual(
    expect_.hierarchy.kegiatan_rows.map(() => 'kegiatan'),
  );
  expect(table.hierarchyFit).toEqual({ explained: 26, of: 26 });
});

test('no subtotal or form error on any cell the office got right', () => {
  const wrong = cellsOf(findings, ['subtotal-mismatch', 'form-mismatch', 'capaian-mismatch']);
  const right = [
    'AC11',
    'AC12',
    ...'K13 M13 O13 AC13 O14 AC14 O55 AC55 O70 AC70 O92 AC92 O97 AC97'.split(' '),
    'AF15',
    'AG15',
    'AF21',
    'AF40',
    'AF41',
    'AF43',
  ];
  expect(right.filter((c) => wrong.has(c))).toEqual([]);
  // AF/AG on the sub kegiatan rows equal AD/J and AE/K except where the office's own mistakes lie.
  const subRows = table.nodes.filter((n) => n.level === 'subKegiatan').map((n) => n.rows[0]! + 1);
  const mistaken = new Set([46, 48, 51, 64, 82]);
  const afag = subRows.filter((r) => !mistaken.has(r)).flatMap((r) => [`AF${r}`, `AG${r}`]);
  expect(afag.filter((c) => wrong.has(c))).toEqual([]);
});

test('the office’s real mistakes are found at their cells', () => {
  const subtotal = cellsOf(findings, ['subtotal-mismatch']);
  const doubleCounted = ['R11', 'U11', 'X11', 'AA11', 'R12', 'U12', 'X12', 'AA12'];
  expect(doubleCounted.filter((c) => !subtotal.has(c))).toEqual([]);
  const form = cellsOf(findings, ['form-mismatch']);
  expect(['AE64', 'AB51'].filter((c) => !form.has(c))).toEqual([]);
  expect(cellsOf(findings, ['formula-error'])).toEqual(new Set(['AF82', 'AG82']));
  // AVERAGE(T71:T77:T84) is the range T71:T84, not the three kegiatan: the parent's % is not its items' mean.
  expect(cellsOf(findings, ['progress-mismatch'])).toEqual(new Set(['T55', 'W55', 'T70', 'W70', 'Z70']));
});

test('cells wrong only because a wrong cell feeds them are named as following it, not as errors', () => {
  const following = findings.filter((f) => f.rule === 'follows-error') as (JsonFinding & {
    from: string;
    severity: string;
    expected: number;
  })[];
  expect(following.map((f) => `${f.cell}←${f.from} ${f.severity}`).sort()).toEqual([
    'AB70←T70 warning',
    'AD46←AB46 warning',
    'AD48←AB48 warning',
    'AD51←AB51 warning',
    'AD70←T70 warning',
    'AF46←AB46 warning',
    'AF48←AB48 warning',
    'AF51←AB51 warning',
    'AF70←T70 warning',
    'AG64←AE64 warning',
    // A program line's K per triwulan is how its mean % grew × its target (all 22 parent lines with figures):
    // the % averaged over the wrong range (T55, W55, T70, W70, Z70) gives these K too.
    'S55←T55 warning',
    'S70←T70 warning',
    'V55←W55 warning',
    'V70←W70 warning',
    'Y55←W55 warning',
    'Y70←Z70 warning',
  ]);
  // Each says the value the right cell gives, as the careful auditor's truth has it.
  const truth = expect_.true_errors as readonly {
    correct?: unknown;
    correct_if_realisasi_equals_progress?: Record<string, number>;
  }[];
  const right = new Map<string, number>();
  for (const e of truth)
    for (const o of [e.correct, e.correct_if_realisasi_equals_progress])
      if (o && typeof o === 'object' && !Array.isArray(o))
        for (const [cell, v] of Object.entries(o as Record<string, number>)) right.set(cell, v);
  for (const f of following.filter((x) => x.cell !== 'AG64'))
    expect([f.cell, f.expected]).toEqual([f.cell, expect.closeTo(right.get(f.cell)!, 3)]);
});

test('a cell following a warning (AB46: the realisasi or its % is wrong) is said as a doubt, one following an error as a fact', () => {
  const said = (cell: string) =>
    findings.find((f) => f.rule === 'follows-error' && f.cell === cell) as JsonFinding & {
      message: string;
      messageEn: string;
    };
  // AB46 is a progress-realisasi warning: AD46 may be right as typed.
  expect(said('AD46').message).toContain('AB46, yang mungkin salah');
  expect(said('AD46').message).not.toMatch(/salah karena mengikuti kesalahan/);
  expect(said('AD46').messageEn).toContain('AB46, which may be wrong');
  expect(said('AD46').messageEn).not.toMatch(/wrong because/);
  // AB51 is an error (its triwulan's form): AD51 is wrong by it.
  expect(said('AD51').message).toContain('salah karena mengikuti kesalahan di AB51');
  expect(said('AD51').messageEn).toContain('wrong because it follows the mistake at AB51');
});

test('a realisasi of 0 where the line’s own % says the target is reached is named (AB46, AB48), as a warning', () => {
  // On 83 lines the office's AB is Z × N; AB51 is already wrong by its triwulan (reported there once).
  const contradicted = findings.filter((f) => f.rule === 'progress-realisasi') as (JsonFinding & {
    severity: string;
  })[];
  expect(contradicted.map((f) => `${f.cell} ${f.severity}`)).toEqual(['AB46 warning', 'AB48 warning']);
});

/** "G11:I105" or "AH:AJ" read as the cells of rows 11…105 (or the table's rows) in those columns. */
function cellsIn(range: string, rows: readonly number[]): string[] {
  const [from, to] = range.split(':') as [string, string];
  const left = parseA1(/\d/.test(from) ? from : `${from}1`).col;
  const right = parseA1(/\d/.test(to) ? to : `${to}1`).col;
  const top = /\d/.test(from) ? parseA1(from).row + 1 : 0;
  const bottom = /\d/.test(to) ? parseA1(to).row + 1 : Infinity;
  const out: string[] = [];
  for (const r of rows.filter((x) => x >= top && x <= bottom))
    for (let c = left; c <= right; c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}

test('generate keeps O13 and every input the office typed, after LibreOffice recalculates', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'deliserdang-capaian.xlsx');
  await findingsOf(['generate', FILE, '--out', out]);
  const [before, after] = [new ExcelJS.Workbook(), await recalculated(out)];
  await before.xlsx.readFile(FILE);
  expect(valueAt(after, SHEET, 'O13')).toBe(9972206125);

  const rows = Array.from({ length: 105 - 11 + 1 }, (_, i) => 11 + i);
  const byRow = new Map(table.nodes.map((n) => [n.rows[0]! + 1, n]));
  const sub = rows.filter((r) => byRow.get(r)?.level === 'subKegiatan');
  const parents = rows.filter((r) => byRow.has(r) && byRow.get(r)!.level !== 'subKegiatan');
  const inputs = [
    ...cellsIn('G11:I105', rows),
    ...cellsIn('J:O', sub),
    ...['J', 'L', 'N'].flatMap((c) => parents.map((r) => `${c}${r}`)),
    ...cellsIn('P:AA', sub),
    ...cellsIn('B11:F105', rows),
    ...cellsIn('AH:AJ', rows),
  ];
  const changed = inputs.filter((a) => {
    const [x, y] = [valueAt(before, SHEET, a), valueAt(after, SHEET, a)];
    return typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) > 1e-6 : x !== y;
  });
  expect(changed).toEqual([]);
  // The typed parent money the office got right shows the same after our formulas.
  for (const a of ['K13', 'M13', 'O13', 'AC13', 'O14', 'AC14', 'O55', 'AC55', 'O70', 'AC70', 'AC11', 'AC12'])
    expect([a, valueAt(after, SHEET, a)]).toEqual([a, valueAt(before, SHEET, a)]);
  // The rupiah per triwulan of the urusan lines that counted two urusan twice are their items' sums now, as
  // the findings at those cells said; the program lines' right ones show the same.
  // The cells that followed a fixed mistake follow the fix: AG64 = AE64 / K64, AD51 = L51 + AB51 …
  expect(valueAt(after, SHEET, 'AG64') as number).toBeCloseTo(expect_.true_errors[3]!.correct_percent!, 4);
  expect(['AB51', 'AD51', 'AF51'].map((a) => valueAt(after, SHEET, a))).toEqual([35, 70, 175]);
  const [r12, r11] = [expect_.true_errors[0]!, expect_.true_errors[1]!];
  expect(['R12', 'U12', 'X12', 'AA12'].map((a) => valueAt(after, SHEET, a))).toEqual(r12.correct);
  expect(['R11', 'U11', 'X11', 'AA11'].map((a) => valueAt(after, SHEET, a))).toEqual(r11.correct);
  for (const a of ['R13', 'U13', 'X13', 'AA13', 'R55', 'AA70'])
    expect([a, valueAt(after, SHEET, a)]).toEqual([a, valueAt(before, SHEET, a)]);
  await fs.rm(dir, { recursive: true, force: true });
});

test('the second check, on the workbook generate wrote, reads the same levels and places every line', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'deliserdang-second.xlsx');
  await findingsOf(['generate', FILE, '--out', out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const again = parseSheet(snapshotOf(wb.getWorksheet(SHEET)!)).tables[0]!;
  const levels = (t: ParsedTable): string[] => t.nodes.map((n) => `${n.rows[0]! + 1} ${n.level}`);
  expect(levels(again)).toEqual(levels(table));
  const second = await findingsOf(['check', out]);
  expect(cellsOf(second, ['orphan-row', 'missing-indicator'])).toEqual(new Set());
  // The subtotals generate made live add up: the second check finds no subtotal left to fix.
  expect(cellsOf(second, ['subtotal-mismatch'])).toEqual(new Set());
  await fs.rm(dir, { recursive: true, force: true });
});
