/**
 * Issue 20 item 5: Kembalikan deletes the sheets a Buat Tabel Capaian made; what the user typed there
 * (Narasi's "Analisis penyebab (diisi)") must never go with them unasked.
 */
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { kembalikanCommand } from '../src/commands/actions';
import fc from 'fast-check';
import { EditPlan } from '../src/core/plan/types';
import { normalizeFormula } from '../src/core/sheet/formula';
import { keptSheetName, rememberWritten, typedCells } from '../src/core/sheets/typed';
import { fingerprint } from '../src/core/sheets/record';
import { readRegistry } from '../src/core/sheets/registry';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { snapshotOfFake, stateOf } from './helpers/state';

const ANALYSIS = 'Anggaran sosialisasi dipotong pada perubahan APBD.';
const NOTE = 'Catatan: dicek Bappeda 12 Jan';

async function generated(): Promise<FakeExcel> {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const excel = FakeExcel.from(snapshots, SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  return excel;
}

/** The Narasi row of the first indicator (column B holds its name, E the analysis). */
function firstIndicatorRow(narasi: FakeSheet): number {
  for (let r = 4; r < 200; r++) if (narasi.cell(r, 1)?.value && narasi.cell(r, 0)?.value === null) return r;
  for (let r = 4; r < 200; r++) if (narasi.cell(r, 2)?.formula && !narasi.cell(r, 0)?.value) return r;
  throw new Error('no indicator row in Narasi');
}

/** The user writes the analysis of the first indicator, and a note under the table. */
function typeInNarasi(excel: FakeExcel): { row: number; name: string } {
  const narasi = excel.sheet('Narasi');
  const row = firstIndicatorRow(narasi);
  narasi.ensure(row, 4).value = ANALYSIS;
  narasi.ensure(150, 1).value = NOTE;
  return { row, name: String(narasi.cell(row, 1)!.value) };
}

const names = (excel: FakeExcel): string[] => excel.sheets.map((s) => s.name);
const contents = (s: FakeSheet): string => JSON.stringify(snapshotOfFake(s).values);

test('Kembalikan asks before deleting our sheet that holds what the user typed: which sheet, how many cells, what text; nothing changes', async () => {
  const excel = await generated();
  typeInNarasi(excel);
  const before = excel.sheets.map((s) => [s.name, contents(s)]);
  const outcome = await kembalikan(asWorkbook(excel.context()));
  expect(outcome).toMatchObject({
    ok: false,
    ask: [{ sheet: 'Narasi', cells: expect.arrayContaining(['B151']), keepAs: 'Narasi (disimpan)' }],
  });
  if (outcome.ok || !outcome.ask) return;
  // Only what the user typed: none of our own cells.
  expect(outcome.ask[0]!.cells).toHaveLength(2);
  expect(outcome.ask[0]!.texts).toEqual([ANALYSIS, NOTE]);
  expect(outcome.message.id).toMatch(/Narasi.*2 sel yang Anda ketik/);
  // Asking changed nothing: the sheets, their cells, and the step on the stack.
  expect(excel.sheets.map((s) => [s.name, contents(s)])).toEqual(before);
  expect(stateOf(excel).undo).toHaveLength(1);
});

test('kept: the sheet stays renamed "Narasi (disimpan)" with the typing, is no longer ours, and a later run does not touch it', async () => {
  const excel = await generated();
  typeInNarasi(excel);
  const narasi = contents(excel.sheet('Narasi'));
  const outcome = await kembalikan(asWorkbook(excel.context()), 'id', 'keep');
  expect(outcome).toMatchObject({
    ok: true,
    keptAs: [{ sheet: 'Narasi', as: 'Narasi (disimpan)', cells: 2 }],
  });
  expect(names(excel)).toContain('Narasi (disimpan)');
  for (const ours of ['Narasi', 'Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian'])
    expect(names(excel)).not.toContain(ours);
  expect(contents(excel.sheet('Narasi (disimpan)'))).toBe(narasi);
  const registry = readRegistry([snapshotOfFake(excel.sheet('_CapaianKinerja'))]);
  expect(registry.generated).not.toContain('Narasi (disimpan)');
  expect(registry.generated).not.toContain('Narasi');
  expect(stateOf(excel)).toMatchObject({ undo: [], written: {} });

  excel.activate(SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  expect(names(excel)).toEqual(expect.arrayContaining(['Narasi', 'Narasi (disimpan)']));
  expect(contents(excel.sheet('Narasi (disimpan)'))).toBe(narasi);
  // And the next Kembalikan deletes the new Narasi (nothing typed there) without asking, and leaves the kept one.
  expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({ ok: true, keptAs: [] });
  expect(names(excel)).not.toContain('Narasi');
  expect(contents(excel.sheet('Narasi (disimpan)'))).toBe(narasi);
});

test('deleted anyway when the user says so; untouched sheets are deleted without asking', async () => {
  const excel = await generated();
  typeInNarasi(excel);
  expect(await kembalikan(asWorkbook(excel.context()), 'id', 'delete')).toMatchObject({
    ok: true,
    keptAs: [],
    deleted: expect.arrayContaining(['Narasi', 'Pengukuran Kinerja']),
  });
  expect(names(excel).filter((n) => /Narasi/.test(n))).toEqual([]);

  const clean = await generated();
  expect(await kembalikan(asWorkbook(clean.context()))).toMatchObject({
    ok: true,
    deleted: expect.arrayContaining(['Narasi']),
  });
});

test('the ribbon has no pane to ask in: it keeps the sheet renamed and says so', async () => {
  const excel = await generated();
  typeInNarasi(excel);
  const host = fakeHost(excel);
  expect(await kembalikanCommand(host)).toMatchObject({ ok: true, keptAs: [{ as: 'Narasi (disimpan)' }] });
  expect(names(excel)).toContain('Narasi (disimpan)');
  expect(host.messages.at(-1)!.id).toMatch(
    /Lembar "Narasi" berisi 2 sel yang Anda ketik, jadi tidak dihapus: disimpan sebagai "Narasi \(disimpan\)"/,
  );
});

test('a second Buat Tabel Capaian carries the analysis into the new Narasi, and it stays the user’s for Kembalikan', async () => {
  const excel = await generated();
  const { name } = typeInNarasi(excel);
  excel.activate(SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  const narasi = excel.sheet('Narasi');
  const row = firstIndicatorRow(narasi);
  expect([narasi.cell(row, 1)?.value, narasi.cell(row, 4)?.value]).toEqual([name, ANALYSIS]);
  // The second run wrote nothing new in the source: Kembalikan undoes the first, which made Narasi; the
  // carried analysis is still the user's.
  let outcome = await kembalikan(asWorkbook(excel.context()));
  while (outcome.ok && stateOf(excel).undo.length > 0)
    outcome = await kembalikan(asWorkbook(excel.context()));
  expect(outcome).toMatchObject({ ok: false, ask: [{ sheet: 'Narasi', texts: [ANALYSIS] }] });
});

test('the kept name is free in any case, within 31 characters, without characters Excel forbids', () => {
  expect(keptSheetName('Narasi', ['narasi (DISIMPAN)'], 'id')).toBe('Narasi (disimpan 2)');
  expect(keptSheetName('Narasi', [], 'en')).toBe('Narasi (kept)');
  const long = keptSheetName('Pengukuran Kinerja Tahun 2022 (2)', [], 'id');
  expect(long.length).toBeLessThanOrEqual(31);
  expect(long).toMatch(/ \(disimpan\)$/);
  expect(keptSheetName('a/b', [], 'id')).toBe('a b (disimpan)');
});

test('the fake renames as Excel does: refused for a name another sheet has in any case', async () => {
  const excel = FakeExcel.from([
    { name: 'A', origin: { row: 0, col: 0 }, values: [['x']], formulas: [], numberFormats: [], merges: [] },
    { name: 'B', origin: { row: 0, col: 0 }, values: [['y']], formulas: [], numberFormats: [], merges: [] },
  ]);
  const ctx = asWorkbook(excel.context());
  ctx.workbook.worksheets.getItem('A').name = 'b';
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  ctx.workbook.worksheets.getItem('A').name = 'C';
  await ctx.sync();
  expect(names(excel)).toEqual(['C', 'B']);
});

test('keeping stays all or nothing: stopped at any operation of its writes, the step stays, and the next click finishes it', async () => {
  const probe = await generated();
  typeInNarasi(probe);
  const from = probe.syncs;
  expect(await kembalikan(asWorkbook(probe.context()), 'id', 'keep')).toMatchObject({ ok: true });
  const writes = probe.syncSizes
    .slice(from)
    .map((n, i) => ({ sync: i + 1, n }))
    .slice(-2);
  let stopped = 0;
  for (const { sync, n } of writes)
    for (let after = 0; after < n; after += Math.max(1, Math.floor(n / 6))) {
      const excel = await generated();
      typeInNarasi(excel);
      const narasi = contents(excel.sheet('Narasi'));
      excel.failPartWay = { sync: excel.syncs + sync, after, code: 'InactiveWorkbook' };
      const first = await kembalikan(asWorkbook(excel.context()), 'id', 'keep');
      if (first.ok) continue;
      stopped++;
      expect([sync, after, stateOf(excel).undo.length]).toEqual([sync, after, 1]);
      expect(await kembalikan(asWorkbook(excel.context()), 'id', 'keep')).toMatchObject({ ok: true });
      expect(stateOf(excel).undo).toHaveLength(0);
      const left = names(excel);
      for (const ours of ['Narasi', 'Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian'])
        expect([sync, after, left.includes(ours)]).toEqual([sync, after, false]);
      expect(contents(excel.sheet('Narasi (disimpan)'))).toBe(narasi);
    }
  expect(stopped).toBeGreaterThan(3);
});

test('what we wrote in our sheet, given back spaced or cased as Excel spells it, is ours; a changed cell is the user’s', () => {
  const plan: EditPlan = {
    sheets: [
      {
        sheet: 'Pengukuran Kinerja',
        create: {},
        // Out of row order in column C, as a plan may give them: the record is still kept by column, then row.
        cells: [
          { row: 5, col: 2, kind: 'formula', formula: '=IFERROR(C6/B6,"")' },
          { row: 6, col: 2, kind: 'formula', formula: "='Realisasi Ü'!K7" },
          { row: 4, col: 2, kind: 'number', value: 12.5 },
          { row: 5, col: 1, kind: 'text', value: 'Straße' },
        ],
      },
    ],
  };
  const runs = rememberWritten({}, plan)['Pengukuran Kinerja']!;
  const now = [
    { row: 5, col: 2, content: '=iferror( C6 / B6,\t"")' },
    { row: 6, col: 2, content: "='realisasi\u00a0ü'!k7" },
    { row: 4, col: 2, content: 12.5 },
    { row: 5, col: 1, content: 'Straße' },
  ];
  expect(typedCells(runs, now).cells).toEqual([]);
  const typed = { row: 5, col: 2, content: '=IFERROR(C6/B7,"")' };
  expect(typedCells(runs, [...now.slice(1), typed]).cells).toEqual([typed]);
});

test('a formula’s fingerprint is its normalised text’s, whatever characters it holds', () => {
  const chars = fc.constantFrom('a', 'Z', '1', ' ', '\t', '\n', '(', '"', 'ß', 'ü', '\u00a0', '\u3000', 'ǅ');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
      const formula = `=${cs.join('')}`;
      expect(fingerprint(formula)).toBe(fingerprint(normalizeFormula(formula)));
      expect(fingerprint(formula.toLowerCase())).toBe(fingerprint(formula.toUpperCase()));
    }),
  );
});
