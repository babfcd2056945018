/**
 * Issue 20 item 5, the sheets made before the record of what we wrote was kept (c2d3865): with no record we
 * cannot tell the user's typing from ours, so Kembalikan never deletes such a sheet silently. What Buat Tabel
 * Capaian would write now stands in for the record where the sheet matches it; otherwise Kembalikan asks,
 * says the sheet was made by an older version, and offers to keep it renamed (the ribbon keeps it and says so).
 * Both the add-in's older workbooks (on the Excel fake) and the CLI's (`before-written-record.xlsx`, made by
 * `capaian generate` at c2d3865^, the last version without the record, from the bundled sample).
 */
import * as path from 'path';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { kembalikanCommand } from '../src/commands/actions';
import { REGISTRY_SHEET } from '../src/core/sheets/registry';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { dumpSheet } from './helpers/dump';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { snapshotOfFake, stateOf } from './helpers/state';

const OLDER_CLI = path.join(__dirname, 'packages', 'before-written-record.xlsx');
const OURS = ['Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian', 'Narasi'];
const ANALYSIS = 'Anggaran sosialisasi dipotong pada perubahan APBD.';

/** The registry without the record of what we wrote, as every version before c2d3865 kept it. */
function withoutRecord(excel: FakeExcel): void {
  const registry = excel.sheet(REGISTRY_SHEET);
  const used = registry.usedRange(false)!;
  for (let r = 0; r <= used.bottom; r++)
    if (registry.cell(r, 3)?.value === 'written') {
      registry.ensure(r, 3).value = null;
      registry.ensure(r, 4).value = null;
    }
  expect(stateOf(excel).written).toEqual({});
}

const sources: [string, () => Promise<FakeExcel>][] = [
  [
    'made by the add-in',
    async () => {
      const excel = FakeExcel.from((await loadWorkbook(FIXTURE)).snapshots, SHEET);
      expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
      withoutRecord(excel);
      return excel;
    },
  ],
  [
    'made by the CLI',
    async () => {
      const excel = FakeExcel.from((await loadWorkbook(OLDER_CLI)).snapshots, SHEET);
      expect(stateOf(excel)).toMatchObject({ written: {}, undo: [{ kind: 'generate' }] });
      return excel;
    },
  ],
];

const names = (excel: FakeExcel): string[] => excel.sheets.map((s) => s.name);
const contents = (s: FakeSheet): string => JSON.stringify(snapshotOfFake(s).values);

/** The Narasi row of the first indicator: its name in B, nothing in A; the analysis goes in E. */
function firstIndicatorRow(narasi: FakeSheet): number {
  for (let r = 4; r < 200; r++) if (narasi.cell(r, 1)?.value && !narasi.cell(r, 0)?.value) return r;
  throw new Error('no indicator row in Narasi');
}

describe.each(sources)('a workbook %s before the record of what we wrote', (_, older) => {
  test('as Buat Tabel Capaian writes it now: Kembalikan deletes our sheets without asking, the source as it was', async () => {
    const input = FakeExcel.from((await loadWorkbook(FIXTURE)).snapshots, SHEET);
    const excel = await older();
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({
      ok: true,
      deleted: OURS,
      keptAs: [],
    });
    expect(names(excel).filter((n) => OURS.includes(n))).toEqual([]);
    expect(dumpSheet(excel.sheet(SHEET)).cells).toEqual(dumpSheet(input.sheet(SHEET)).cells);
  });

  test('clicked on another sheet of the user: compared with what the undone run would write, deleted without asking', async () => {
    const excel = await older();
    excel.activate('Rencana Kinerja 2022');
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({
      ok: true,
      deleted: OURS,
      keptAs: [],
    });
  });

  test('typed into: Kembalikan asks about exactly the cells the user typed (found against what it writes now); nothing changes', async () => {
    const excel = await older();
    const narasi = excel.sheet('Narasi');
    const row = firstIndicatorRow(narasi);
    narasi.ensure(row, 4).value = ANALYSIS;
    const before = excel.sheets.map((s) => [s.name, contents(s)]);
    const outcome = await kembalikan(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      ask: [{ sheet: 'Narasi', cells: [`E${row + 1}`], texts: [ANALYSIS], keepAs: 'Narasi (disimpan)' }],
    });
    if (outcome.ok || !outcome.ask) return;
    expect(outcome.ask[0]!.older).toBeUndefined();
    expect(outcome.ask[0]!.said.id).toMatch(/^Lembar "Narasi" berisi 1 sel yang Anda ketik sendiri/);
    expect(excel.sheets.map((s) => [s.name, contents(s)])).toEqual(before);
    expect(stateOf(excel).undo).toHaveLength(1);
  });

  test('unlike what it writes now (an older layout, or our label typed over): asks, says an older version made it, keeps it renamed', async () => {
    const excel = await older();
    const pengukuran = excel.sheet('Pengukuran Kinerja');
    // As an older builder might have titled it; or the user's own title: we cannot tell which.
    const title = pengukuran.cell(0, 0)!;
    expect(typeof title.value).toBe('string');
    title.value = `${String(title.value)} (revisi)`;
    const outcome = await kembalikan(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      ask: [
        {
          sheet: 'Pengukuran Kinerja',
          older: 'differs',
          cells: ['A1'],
          keepAs: 'Pengukuran Kinerja (disimpan)',
        },
      ],
    });
    if (outcome.ok || !outcome.ask) return;
    expect(outcome.ask[0]!.said.id).toMatch(
      /^Lembar "Pengukuran Kinerja" dibuat oleh versi add-in yang lebih lama, yang belum mencatat apa yang ditulisnya.*1 sel \(A1, misalnya: ".*\(revisi\)"\) mungkin ketikan Anda/,
    );
    expect(outcome.ask[0]!.said.en).toMatch(/was made by an older version of the add-in/);

    const sheet = contents(pengukuran);
    expect(await kembalikan(asWorkbook(excel.context()), 'id', 'keep')).toMatchObject({
      ok: true,
      deleted: OURS.filter((n) => n !== 'Pengukuran Kinerja'),
      keptAs: [{ sheet: 'Pengukuran Kinerja', as: 'Pengukuran Kinerja (disimpan)', cells: 1 }],
    });
    expect(contents(excel.sheet('Pengukuran Kinerja (disimpan)'))).toBe(sheet);
    expect(stateOf(excel).undo).toHaveLength(0);
  });

  test('the ribbon keeps such a sheet renamed and says why', async () => {
    const excel = await older();
    excel.sheet('Ringkasan Capaian').ensure(1, 0).value = 'Ringkasan versi lama';
    const host = fakeHost(excel);
    expect(await kembalikanCommand(host)).toMatchObject({
      ok: true,
      keptAs: [{ sheet: 'Ringkasan Capaian', as: 'Ringkasan Capaian (disimpan)' }],
    });
    expect(names(excel)).toContain('Ringkasan Capaian (disimpan)');
    expect(host.messages.at(-1)!.id).toMatch(
      /Lembar "Ringkasan Capaian" dibuat oleh versi add-in yang lebih lama, .* jadi tidak dihapus: disimpan sebagai "Ringkasan Capaian \(disimpan\)"/,
    );
  });

  test('nothing to compare with (the source table is gone): every sheet of ours that holds anything is asked about', async () => {
    const excel = await older();
    const ctx = asWorkbook(excel.context());
    ctx.workbook.worksheets.getItem(SHEET).delete();
    await ctx.sync();
    const outcome = await kembalikan(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({ ok: false });
    if (outcome.ok || !outcome.ask) throw new Error('Kembalikan did not ask');
    expect(outcome.ask.map((s) => [s.sheet, s.older])).toEqual(OURS.map((n) => [n, 'unknown']));
    expect(outcome.ask[0]!.said.id).toMatch(
      /tabel sumbernya tidak ditemukan untuk membandingkan: \d+ sel terisi/,
    );
    // Every filled cell counts: none can be told from ours.
    const narasi = outcome.ask.find((s) => s.sheet === 'Narasi')!;
    const { values, formulas } = snapshotOfFake(excel.sheet('Narasi'));
    const filled = values.flatMap((row, r) =>
      row.filter((v, c) => (v !== null && v !== '') || formulas[r]![c]),
    );
    expect(narasi.cells.length).toBe(filled.length);
  });
});

test('a second run by this version records what it wrote: Kembalikan then needs no comparison', async () => {
  const excel = FakeExcel.from((await loadWorkbook(OLDER_CLI)).snapshots, SHEET);
  excel.activate(SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  expect(Object.keys(stateOf(excel).written).sort()).toEqual([...OURS].sort());
});
