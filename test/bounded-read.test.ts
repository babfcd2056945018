/**
 * What the add-in reads, and in what pieces: only what the plan needs, no response past about 4 MB, merged
 * areas in bands Excel can answer. On the strict fake, which refuses 5 MB and 512 merged areas as Excel does.
 */
import { generateWorkbook } from '../src/core/generate';
import { SheetSnapshot } from '../src/core/sheet/snapshot';
import { asWorkbook } from '../src/excel/api';
import { readWorkbook } from '../src/excel/read';
import { optionsFor } from '../src/excel/preflight';
import { buatTabelCapaian } from '../src/excel/run';
import { loadWorkbook } from '../src/xlsx/workbook';
import { officeActions } from '../src/taskpane/officeActions';
import { FakeExcel } from './fakes/excel';
import { fakeHost } from './helpers/host';
import { FIXTURE, SHEET } from './helpers/fixture';
import { syntheticRealisasi } from './helpers/synthetic';

const BUDGET = 4_000_000;

async function bothReads(snapshots: readonly SheetSnapshot[], active: string) {
  const excel = FakeExcel.from(snapshots, active);
  const read = await readWorkbook(asWorkbook(excel.context()), { tables: true });
  return {
    bounded: generateWorkbook(read.sheets, optionsFor(read, {})).plan,
    whole: generateWorkbook(snapshots, { focusSheet: active }).plan,
  };
}

test('the plan made from the bounded read is the plan made from the whole workbook', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const fixture = await bothReads(snapshots, SHEET);
  expect(fixture.bounded).toEqual(fixture.whole);
  const synthetic = await bothReads([syntheticRealisasi(300)], 'Realisasi');
  expect(synthetic.bounded).toEqual(synthetic.whole);
});

test('10,000 rows: every request and response stays under 4 MB, and a second run never reads the sheets we made', async () => {
  const excel = FakeExcel.from([
    syntheticRealisasi(10_000, 'Realisasi', ' (dokumen perencanaan dan evaluasi kinerja)'),
  ]);
  const first = await buatTabelCapaian(asWorkbook(excel.context()));
  expect(first.ok).toBe(true);
  expect(excel.maxResponseBytes).toBeLessThan(BUDGET);
  expect(excel.maxRequestBytes).toBeLessThan(BUDGET);
  excel.reads.length = 0;
  excel.maxResponseBytes = 0;
  // Clicked again where the first run ended: on Pengukuran Kinerja.
  expect(excel.active).toBe('Pengukuran Kinerja');
  const second = await buatTabelCapaian(asWorkbook(excel.context()));
  expect(second.ok).toBe(true);
  expect(excel.maxResponseBytes).toBeLessThan(BUDGET);
  const sheetsRead = new Set(excel.reads.map((r) => r.slice(0, r.indexOf('!'))));
  // The source; the registry (our state); the values of the Perjanjian Kinerja sheet, for names typed
  // there, and of the Narasi sheet, for the analyses typed beside its sentences.
  expect([...sheetsRead].sort()).toEqual(['Narasi', 'Perjanjian Kinerja', 'Realisasi', '_CapaianKinerja']);
  expect(
    excel.reads
      .filter((r) => r.startsWith('Perjanjian Kinerja') || r.startsWith('Narasi'))
      .every((r) => r.endsWith(' values')),
  ).toBe(true);
});

test('formulas and number formats are read where the table is, not around it', async () => {
  const snap = syntheticRealisasi(50);
  // Notes beside and below the table: their values are read (to find the table), nothing more.
  const values = snap.values.map((r) => [...r, null, null]);
  values[0]![10] = 'Catatan: angka sementara';
  values.push(
    Array.from({ length: 11 }, () => null),
    ['Disusun oleh Bagian Perencanaan'],
  );
  const wide = {
    ...snap,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => 'General')),
  };
  const excel = FakeExcel.from([wide]);
  await readWorkbook(asWorkbook(excel.context()), { tables: true });
  const detail = excel.reads.filter((r) => r.includes('formulas'));
  // The table ends at its Jumlah row (60); "Disusun oleh …" below the blank row is a note, not the table.
  expect(detail).toEqual(['Realisasi!A3:I60 formulas,numberFormat']);
});

test('a table of 2,000 rows with 2,000 merged areas is read in bands of fewer than 512', async () => {
  const snap = syntheticRealisasi(1800);
  const header = 2;
  // A Keterangan column merged over two columns on every row (J:K): 4 × 512 merged areas in the sheet.
  const values = snap.values.map((r, i) => [
    ...r,
    i === header ? 'Keterangan' : i > header ? 'ok' : null,
    null,
  ]);
  const merges = values
    .slice(header)
    .map((_, i) => ({ top: header + i, left: 9, bottom: header + i, right: 10 }));
  const merged = {
    ...snap,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => 'General')),
    merges,
  };
  const excel = FakeExcel.from([merged]);
  expect(merges.length).toBeGreaterThan(2000);
  const read = await readWorkbook(asWorkbook(excel.context()), { tables: true });
  expect(read.sheets[0]!.merges).toHaveLength(merges.length);
  const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
  expect(outcome.ok).toBe(true);
});

test('a response Excel refuses as too large is asked again in halves', async () => {
  // Long text in every indicator: far more per cell than the first guess of a band's size.
  const excel = FakeExcel.from([syntheticRealisasi(2500, 'Realisasi', ' '.padEnd(2400, 'x'))]);
  const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
  expect(outcome.ok).toBe(true);
  // Excel refused one response over 5 MB; every one handed over was under it.
  expect(excel.maxResponseBytes).toBeGreaterThan(5_000_000);
  if (outcome.ok) expect(outcome.maxResponseBytes).toBeLessThan(5_000_000);
  if (!outcome.ok) return;
  const last = outcome.result.tables[0]!.table.nodes.at(-1)!.rows[0]! + 1;
  expect(excel.sheet('Realisasi').at(`H${last}`)).toBe(
    `=IF(AND(ISNUMBER(D${last}),ISNUMBER(F${last}),D${last}<>0),F${last}/D${last},"")`,
  );
});

describe('the pane on a sheet switch reads the sheet the user moved to, not every sheet again', () => {
  /** The sample with last year's table, a long note sheet and a cover sheet beside it. */
  async function workbook(): Promise<FakeExcel> {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const last = { ...snapshots.find((s) => s.name === SHEET)!, name: 'Realisasi 2021' };
    const notes = syntheticRealisasi(0, 'Catatan');
    const cover = {
      ...notes,
      name: 'Sampul',
      values: [['LAPORAN KINERJA 2022']],
      formulas: [],
      numberFormats: [],
    };
    return FakeExcel.from(
      [...snapshots, last, { ...notes, values: [['Catatan rapat'], ['Rapat 1']] }, cover],
      SHEET,
    );
  }
  const sheetsIn = (reads: readonly string[]): string[] =>
    [...new Set(reads.map((r) => r.slice(0, r.lastIndexOf('!')).replace(/^'|'$/g, '')))].sort();

  test('switching between two tables reads the active one and the IKU list only; the result is the full read’s', async () => {
    const excel = await workbook();
    const pane = officeActions(fakeHost(excel));
    expect(await pane.scan()).toMatchObject({ kind: 'table', sheet: SHEET });
    // The first read reads every sheet (to learn which hold lists).
    expect(sheetsIn(excel.reads)).toEqual([
      'Catatan',
      'Realisasi 2021',
      SHEET,
      'Rencana Kinerja 2022',
      'Sampul',
    ]);
    excel.reads.length = 0;
    excel.activate('Realisasi 2021');
    const switched = await pane.scan({ switched: true });
    expect(sheetsIn(excel.reads)).toEqual(['Realisasi 2021', 'Rencana Kinerja 2022']);
    // What the pane shows is what a full read shows.
    const full = await officeActions(fakeHost(excel)).scan();
    expect(switched).toEqual(full);
  });

  test('a sheet without a table still reads every sheet, for its links to the sheets that have one', async () => {
    const excel = await workbook();
    const pane = officeActions(fakeHost(excel));
    await pane.scan();
    excel.reads.length = 0;
    excel.activate('Sampul');
    expect(await pane.scan({ switched: true })).toMatchObject({
      kind: 'noTable',
      tableSheets: [SHEET, 'Realisasi 2021'],
    });
    expect(sheetsIn(excel.reads)).toEqual(expect.arrayContaining(['Catatan', 'Realisasi 2021', SHEET]));
  });
});
