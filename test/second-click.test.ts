/**
 * A user's second day: Buat Tabel Capaian clicked again and again, Kembalikan after several runs, the ribbon
 * and the task pane used in turn (two runtimes, nothing shared but the workbook). Checked cell by cell on the
 * strict Excel fake.
 */
import { buatTabelCapaianCommand, kembalikanCommand } from '../src/commands/actions';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { officeActions } from '../src/taskpane/actions';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { dumpSheet, dumpWorkbook } from './helpers/dump';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';

const REGISTRY = '_CapaianKinerja';
const GENERATED = ['Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian', 'Narasi'];

async function fixtureExcel(): Promise<FakeExcel> {
  const { snapshots } = await loadWorkbook(FIXTURE);
  return FakeExcel.from(snapshots, SHEET);
}

async function run(excel: FakeExcel): Promise<void> {
  excel.active = SHEET;
  const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
  if (!outcome.ok) throw new Error(outcome.message.en);
}

test('the second and third Buat Tabel Capaian leave the workbook exactly as the first did', async () => {
  const excel = await fixtureExcel();
  await run(excel);
  const first = dumpWorkbook(excel);
  await run(excel);
  expect(dumpWorkbook(excel)).toEqual(first);
  await run(excel);
  expect(dumpWorkbook(excel)).toEqual(first);
  // One highlight rule on the source table, however often it runs; the generated sheets' own rules too.
  expect(excel.sheet(SHEET).conditionals).toHaveLength(1);
  expect(excel.sheet('Pengukuran Kinerja').conditionals.length).toBe(
    (first['Pengukuran Kinerja'] as { conditionals: unknown[] }).conditionals.length,
  );
  expect(stateOf(excel).undo?.runs).toBe(3);
});

test('the second click where the first run ended (on our Pengukuran or Perjanjian sheet) works on the source table', async () => {
  const excel = await fixtureExcel();
  await run(excel);
  const first = dumpWorkbook(excel);
  expect(excel.active).toBe('Pengukuran Kinerja');
  for (const on of ['Pengukuran Kinerja', 'Perjanjian Kinerja']) {
    excel.active = on;
    const again = await buatTabelCapaian(asWorkbook(excel.context()));
    expect([on, again.ok]).toEqual([on, true]);
    expect(dumpWorkbook(excel)).toEqual(first);
  }
  // The task pane opened there shows the source table too.
  excel.active = 'Ringkasan Capaian';
  const scan = await officeActions(fakeHost(excel)).scan();
  expect(scan).toMatchObject({ kind: 'table', sheet: SHEET, range: 'A4:K58' });
});

test('on one of our sheets with no source recorded, it says to open the realisation sheet, and writes nothing', async () => {
  const excel = await fixtureExcel();
  await run(excel);
  // The source sheet's name, in the state's second row (E2), lost.
  excel.sheet(REGISTRY).ensure(1, 4).value = '""';
  const before = dumpWorkbook(excel);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({
    ok: false,
    message: {
      id: 'Lembar "Pengukuran Kinerja" dibuat oleh Capaian Kinerja. Buka lembar tabel realisasi Anda, lalu klik Buat Tabel Capaian lagi.',
    },
  });
  expect(dumpWorkbook(excel)).toEqual(before);
});

test('Kembalikan after two runs puts the workbook back as it was before the first', async () => {
  const excel = await fixtureExcel();
  const before = dumpWorkbook(excel);
  await run(excel);
  const firstAt = stateOf(excel).undo!.first;
  await run(excel);
  expect(stateOf(excel).undo).toMatchObject({ runs: 2, first: firstAt });
  const back = await kembalikan(asWorkbook(excel.context()));
  expect(back).toMatchObject({ ok: true, kept: [], deleted: GENERATED });
  // Every sheet as before, cell by cell; only the hidden registry stays, with the settings and no undo data.
  expect(dumpWorkbook(excel, [REGISTRY])).toEqual(before);
  expect(excel.sheet(REGISTRY).visibility).toBe('Hidden');
  expect(stateOf(excel)).toMatchObject({ undo: null, rules: [] });
  expect(excel.active).toBe(SHEET);
  expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({ ok: false, nothing: true });
});

test('a conditional format of the user’s own survives every run and Kembalikan; only ours are replaced', async () => {
  const excel = await fixtureExcel();
  const ctx = excel.context() as {
    workbook: {
      worksheets: {
        getItem(n: string): {
          getRange(a: string): {
            conditionalFormats: { add(t: string): { custom: { rule: { formula: string } } } };
          };
        };
      };
    };
    sync(): Promise<void>;
  };
  ctx.workbook.worksheets
    .getItem(SHEET)
    .getRange('J7:J57')
    .conditionalFormats.add('Custom').custom.rule.formula = '=J7>1';
  await ctx.sync();
  await run(excel);
  await run(excel);
  expect(excel.sheet(SHEET).conditionals.map((c) => c.formula)).toEqual([
    '=AND(ISNUMBER($J7),$J7<1)',
    '=J7>1',
  ]);
  await kembalikan(asWorkbook(excel.context()));
  expect(excel.sheet(SHEET).conditionals.map((c) => c.formula)).toEqual(['=J7>1']);
});

test('a cell the user changed after the run is left by Kembalikan, and named', async () => {
  const excel = await fixtureExcel();
  await run(excel);
  // The user types a capaian over our formula, and a realisasi over a number we made from text.
  excel.sheet(SHEET).ensure(17, 10).value = 0.5;
  delete excel.sheet(SHEET).cell(17, 10)!.formula;
  excel.sheet(SHEET).ensure(8, 5).value = 30;
  const back = await kembalikan(asWorkbook(excel.context()));
  expect(back).toMatchObject({ ok: true, kept: [`${SHEET}!F9`, `${SHEET}!K18`] });
  expect([excel.sheet(SHEET).at('K18'), excel.sheet(SHEET).at('F9')]).toEqual([0.5, 30]);
  // Everything else is back.
  expect(excel.sheet(SHEET).at('K17')).toBe(0.9751);
  expect(excel.sheet(SHEET).at('F10')).toBe('100 %');
});

test('names typed in the Perjanjian Kinerja signature block survive a second run and Kembalikan', async () => {
  const excel = await fixtureExcel();
  await run(excel);
  const pk = excel.sheet('Perjanjian Kinerja');
  const label = [...pk.cells].find(([, c]) => c.value === 'PIHAK PERTAMA,')!;
  const { row, col } = FakeSheet.position(label[0]);
  // The name sits under the party's label and title, above the signature's rank and NIP.
  pk.ensure(row + 6, col).value = 'Dra. Sri Wahyuni, M.Si';
  await run(excel);
  expect(excel.sheet('Perjanjian Kinerja').cell(row + 6, col)?.value).toBe('Dra. Sri Wahyuni, M.Si');
  await kembalikan(asWorkbook(excel.context()));
  expect(excel.find('Perjanjian Kinerja')).toBeUndefined();
  await run(excel);
  expect(excel.sheet('Perjanjian Kinerja').cell(row + 6, col)?.value).toBe('Dra. Sri Wahyuni, M.Si');
});

describe('the ribbon and the task pane in turn: two runtimes, one workbook', () => {
  test('an option saved in the pane is used by the ribbon; the pane’s save keeps the ribbon’s undo data', async () => {
    const excel = await fixtureExcel();
    const before = dumpWorkbook(excel);
    const ribbon = fakeHost(excel);
    const pane = officeActions(fakeHost(excel));
    await pane.saveOptions({ settings: { threshold: 0.8 } });
    await buatTabelCapaianCommand(ribbon);
    expect(excel.sheet(SHEET).conditionals.map((c) => c.formula)).toEqual(['=AND(ISNUMBER($J7),$J7<0.8)']);
    // What used to erase the ribbon's undo data: the pane saving an option after a ribbon run.
    await pane.saveOptions({ settings: { threshold: 0.9 } });
    excel.active = SHEET;
    const r = await pane.generate(() => undefined);
    expect(r).toMatchObject({ ok: true, undo: { runs: 2 } });
    expect(excel.sheet(SHEET).conditionals.map((c) => c.formula)).toEqual(['=AND(ISNUMBER($J7),$J7<0.9)']);
    const scan = await pane.scan();
    // The registry was there before (the pane's saved option): it is not among what Kembalikan deletes.
    expect(scan.undo).toMatchObject({ runs: 2, created: GENERATED });
    // Kembalikan from the ribbon undoes the pane's run and the ribbon's, back to before both.
    await kembalikanCommand(ribbon);
    expect(ribbon.messages.at(-1)!.id).toMatch(
      /^Dikembalikan seperti sebelum perubahan pertama oleh add-in \(2 perubahan/,
    );
    expect(dumpWorkbook(excel, [REGISTRY])).toEqual(before);
    expect(stateOf(excel).options).toEqual({ settings: { threshold: 0.9 } });
    expect((await pane.scan()).undo).toBeNull();
  });

  test('Kembalikan in the pane undoes a ribbon run, and the ribbon then has nothing to undo', async () => {
    const excel = await fixtureExcel();
    const source = dumpSheet(excel.sheet(SHEET));
    const ribbon = fakeHost(excel);
    const pane = officeActions(fakeHost(excel));
    await buatTabelCapaianCommand(ribbon);
    expect((await pane.restore()).id).toMatch(/^Dikembalikan/);
    expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);
    await kembalikanCommand(ribbon);
    expect(ribbon.messages.at(-1)!.id).toMatch(/^Belum ada perubahan Buat Tabel Capaian/);
  });
});
