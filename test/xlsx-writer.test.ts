import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateWorkbook } from '../src/core/generate';
import { CellEdit, SheetPlan } from '../src/core/plan/types';
import { applyPlan } from '../src/xlsx/apply';
import { openWorkbook } from '../src/xlsx/open';
import { saveWorkbook } from '../src/xlsx/save';
import { loadWorkbook } from '../src/xlsx/workbook';
import { Cell, writeWorkbook } from './helpers/build';
import { FIXTURE, tempDir } from './helpers/fixture';
import { syntheticRealisasi } from './helpers/synthetic';

/**
 * The generated sheets' cells are written straight into the file, not through ExcelJS's cells. Read back
 * by ExcelJS, every cell must hold what the plan says, with the plan's number format, font, fill, border
 * and alignment.
 */
async function generateAndReread(
  input: string,
): Promise<{ plans: readonly SheetPlan[]; out: ExcelJS.Workbook }> {
  const loaded = await loadWorkbook(input);
  const plan = generateWorkbook(loaded.snapshots).plan;
  const file = path.join(await tempDir(), 'written.xlsx');
  await saveWorkbook(loaded.workbook, file, applyPlan(loaded.workbook, plan));
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(file);
  return { plans: plan.sheets.filter((s) => s.create), out };
}

function cellText(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v && typeof v === 'object' && 'formula' in v) return `=${v.formula}`;
  return v;
}

function coveredByMerge(plan: SheetPlan, edit: CellEdit): boolean {
  return (plan.merges ?? []).some(
    (m) =>
      edit.row >= m.top &&
      edit.row <= m.bottom &&
      edit.col >= m.left &&
      edit.col <= m.right &&
      (edit.row !== m.top || edit.col !== m.left),
  );
}

function expectAsPlanned(ws: ExcelJS.Worksheet, plan: SheetPlan, edit: CellEdit): void {
  const cell = ws.getCell(edit.row + 1, edit.col + 1);
  const where = `${ws.name}!${cell.address}`;
  const c = edit;
  const expected =
    c?.kind === 'text'
      ? c.value === ''
        ? null
        : c.value
      : c?.kind === 'number'
        ? c.value
        : c?.kind === 'formula'
          ? c.formula.replace('AGGREGATE(', '_xlfn.AGGREGATE(')
          : null;
  // ExcelJS shows a merged area's value in each of its cells.
  if (!coveredByMerge(plan, edit)) expect([where, cellText(cell)]).toEqual([where, expected]);
  const s = edit.style ?? {};
  expect([where, cell.numFmt ?? 'General']).toEqual([where, edit.numberFormat ?? 'General']);
  expect([where, cell.font?.bold ?? false]).toEqual([where, s.bold ?? false]);
  expect([where, cell.font?.size ?? 11]).toEqual([where, s.fontSize ?? 11]);
  const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
  expect([where, fill]).toEqual([where, s.fill ? `FF${s.fill}` : undefined]);
  expect([where, cell.border?.top?.style]).toEqual([where, s.border ? 'thin' : undefined]);
  expect([where, cell.alignment?.horizontal]).toEqual([where, s.horizontal]);
  expect([where, cell.alignment?.wrapText ?? false]).toEqual([where, s.wrap ?? false]);
  expect([where, cell.alignment?.indent || undefined]).toEqual([where, s.indent || undefined]);
}

describe('generated sheets written straight into the file', () => {
  it('carry every planned value and style on the fixture', async () => {
    const { plans, out } = await generateAndReread(FIXTURE);
    expect(plans.map((p) => p.sheet)).toEqual([
      'Perjanjian Kinerja',
      'Pengukuran Kinerja',
      'Ringkasan Capaian',
      'Narasi',
      '_CapaianKinerja',
    ]);
    for (const p of plans) {
      const ws = out.getWorksheet(p.sheet)!;
      for (const edit of p.cells) expectAsPlanned(ws, p, edit);
      for (const h of p.rowHeights ?? []) expect(ws.getRow(h.row + 1).height).toBe(h.height);
    }
    expect(out.getWorksheet('_CapaianKinerja')!.state).toBe('hidden');
  });

  it('carry them on a table of 2,100 sub kegiatan (over 2,300 sheet rows), written in several pieces', async () => {
    const snap = syntheticRealisasi(2100);
    const input = await writeWorkbook([{ name: snap.name, rows: snap.values as Cell[][] }], 'besar.xlsx');
    const { plans, out } = await generateAndReread(input);
    const pengukuran = plans.find((p) => p.sheet === 'Pengukuran Kinerja')!;
    // The writer builds 2,000 sheet rows per piece: this sheet takes two.
    expect(Math.max(...pengukuran.cells.map((c) => c.row))).toBeGreaterThan(2000);
    for (const p of plans) {
      const ws = out.getWorksheet(p.sheet)!;
      for (const edit of p.cells) expectAsPlanned(ws, p, edit);
    }
    expect(out.getWorksheet('Pengukuran Kinerja')!.dimensions.bottom).toBe(
      Math.max(...pengukuran.cells.map((c) => c.row)) + 1,
    );
  });

  it('keep hostile text as text: formulas, markup, control characters', async () => {
    const names = ['=1+1', '+62 812', '-5', '@SUM(A1)', '<b>&"x"</b>', 'tab\there', 'bel\u0007l'];
    const rows: Cell[][] = [
      ['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ...names.map((n, i) => [i + 1, `Program ${i + 1}`, n, 10, 8, 1000, 900] as Cell[]),
    ];
    const input = await writeWorkbook([{ name: 'Realisasi', rows }], 'teks.xlsx');
    const { plans, out } = await generateAndReread(input);
    const ws = out.getWorksheet('Pengukuran Kinerja')!;
    const texts = new Set<unknown>();
    ws.eachRow((row) => row.eachCell((cell) => void texts.add(cellText(cell))));
    // The tab is collapsed as every name is; XML 1.0 cannot carry a BEL character: it is dropped, as
    // ExcelJS drops it, and the rest is kept.
    for (const n of ['=1+1', '+62 812', '-5', '@SUM(A1)', '<b>&"x"</b>', 'tab here', 'bell']) {
      expect(texts).toContain(n);
    }
    for (const p of plans) {
      for (const edit of p.cells) {
        const readable: CellEdit =
          edit.kind === 'text' ? { ...edit, value: edit.value.split('\u0007').join('') } : edit;
        expectAsPlanned(out.getWorksheet(p.sheet)!, p, readable);
      }
    }
  });

  it('write a cell planned twice once, as the later edit says', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'milik pengguna';
    const file = path.join(await tempDir(), 'dua-kali.xlsx');
    const { workbook } = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'dua-kali.xlsx');
    const applied = applyPlan(workbook, {
      sheets: [
        {
          sheet: 'Baru',
          create: {},
          cells: [
            { row: 0, col: 0, kind: 'text', value: 'pertama' },
            { row: 0, col: 0, kind: 'number', value: 2, numberFormat: '0.00%' },
            { row: 1, col: 1, kind: 'formula', formula: '=A1*2' },
          ],
        },
      ],
    });
    await saveWorkbook(workbook, file, applied);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(file);
    const ws = out.getWorksheet('Baru')!;
    expect(ws.getCell('A1').value).toBe(2);
    expect(ws.getCell('A1').numFmt).toBe('0.00%');
    expect(ws.getCell('B2').value).toMatchObject({ formula: 'A1*2' });
    expect(out.getWorksheet('Data')!.getCell('A1').value).toBe('milik pengguna');
    // Excel asks to repair a sheet that lists a cell twice: the part itself must list A1 once.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await (await import('fs')).promises.readFile(file));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const baru = sheets.find((x) => x.includes('A1*2'))!;
    expect(baru.match(/<c r="A1"/g)).toHaveLength(1);
  });
});
