/**
 * A user's second day: Buat Tabel Capaian clicked again and again, Kembalikan after several runs, the ribbon
 * and the task pane used in turn (two runtimes, nothing shared but the workbook). Checked cell by cell on the
 * strict Excel fake.
 */
import { buatTabelCapaianCommand, kembalikanCommand } from '../src/commands/actions';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { UserMessage } from '../src/excel/errors';
import { kembalikan } from '../src/excel/undo';
import { officeActions } from '../src/taskpane/officeActions';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { dumpSheet, dumpWorkbook } from './helpers/dump';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';

/** Kembalikan's summary; a question about typed sheets here is a failure of the test. */
function said(r: UserMessage | { readonly ask: unknown }): string {
  if ('ask' in r) throw new Error('Kembalikan asked about typed sheets');
  return r.id;
}

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
  // The second and third runs changed no cell: one step, which Kembalikan undoes.
  expect(stateOf(excel).undo.map((u) => u.kind)).toEqual(['generate']);
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
  const firstAt = stateOf(excel).undo[0]!.first;
  await run(excel);
  expect(stateOf(excel).undo).toMatchObject([{ runs: 1, first: firstAt }]);
  const back = await kembalikan(asWorkbook(excel.context()));
  expect(back).toMatchObject({ ok: true, kept: [], deleted: GENERATED });
  // Every sheet as before, cell by cell; only the hidden registry stays, with the settings and no undo data.
  expect(dumpWorkbook(excel, [REGISTRY])).toEqual(before);
  expect(excel.sheet(REGISTRY).visibility).toBe('VeryHidden');
  expect(stateOf(excel)).toMatchObject({ undo: [], rules: [] });
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
    // It changed the highlight rule, no cell: Kembalikan still undoes the ribbon's run, which made the sheets.
    expect(r).toMatchObject({ ok: true, undo: { steps: 1 } });
    expect(excel.sheet(SHEET).conditionals.map((c) => c.formula)).toEqual(['=AND(ISNUMBER($J7),$J7<0.9)']);
    const scan = await pane.scan();
    // The registry was there before (the pane's saved option): it is not among what Kembalikan deletes.
    expect(scan.undo).toMatchObject({
      steps: 1,
      created: GENERATED,
      what: { id: expect.stringMatching(/^Buat Tabel Capaian \(/) },
    });
    // Kembalikan from the ribbon undoes the pane's run and the ribbon's, back to before both.
    await kembalikanCommand(ribbon);
    expect(ribbon.messages.at(-1)!.id).toMatch(/^Dikembalikan: Buat Tabel Capaian \(/);
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
    expect(said(await pane.restore())).toMatch(/^Dikembalikan/);
    expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);
    await kembalikanCommand(ribbon);
    expect(ribbon.messages.at(-1)!.id).toMatch(/^Belum ada perubahan oleh add-in/);
  });
});

describe('Perbaiki, Perbaiki again, Buat Tabel Capaian: each undone on its own, the last first', () => {
  const K18 = '=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")';
  const J9 = '=IF(AND(ISNUMBER(F9),ISNUMBER(H9),F9<>0),H9/F9,"")';

  async function findings(pane: ReturnType<typeof officeActions>) {
    const scan = await pane.scan();
    if (scan.kind !== 'table') throw new Error('no table');
    return scan;
  }

  test('fix one cell, fix the copied column, then Kembalikan twice: the column first, then the cell', async () => {
    const excel = await fixtureExcel();
    const source = dumpSheet(excel.sheet(SHEET));
    const pane = officeActions(fakeHost(excel));
    const first = await findings(pane);
    expect(await pane.fix(first.findings.filter((f) => f.cell === 'K18'))).toBe(1);
    expect(await pane.fix(first.findings.filter((f) => f.rule === 'copied-column'))).toBe(31);
    expect([excel.sheet(SHEET).at('K18'), excel.sheet(SHEET).at('J9')]).toEqual([K18, J9]);
    // The pane says what Kembalikan will undo: the last fix, and that one more change waits behind it.
    expect((await findings(pane)).undo).toMatchObject({
      steps: 2,
      created: [],
      what: { id: expect.stringMatching(/^Perbaiki \(.+, 31 sel\)$/) },
    });

    expect(said(await pane.restore())).toMatch(
      /^Dikembalikan: Perbaiki \(.+, 31 sel\)\. 31 sel di "Realisasi 2022" seperti sebelumnya\. Masih ada 1 perubahan sebelumnya yang dapat dikembalikan\.$/,
    );
    // The column is back as typed ("23 org" copied from H); the first fix stays.
    expect([excel.sheet(SHEET).at('K18'), excel.sheet(SHEET).at('J9')]).toEqual([K18, '23 org']);
    expect((await findings(pane)).undo).toMatchObject({
      steps: 1,
      what: { id: expect.stringMatching(/1 sel\)$/) },
    });

    expect(said(await pane.restore())).toMatch(
      /^Dikembalikan: Perbaiki \(.+, 1 sel\)\. 1 sel di "Realisasi 2022"/,
    );
    expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);
    expect((await findings(pane)).undo).toBeNull();
    await expect(pane.restore()).rejects.toMatchObject({
      userMessage: { id: expect.stringMatching(/^Belum ada perubahan oleh add-in/) },
    });
  });

  test('Buat Tabel Capaian, then a fix the run had not made: Kembalikan undoes the fix, then the run with its sheets', async () => {
    const excel = await fixtureExcel();
    const before = dumpWorkbook(excel);
    const pane = officeActions(fakeHost(excel));
    await run(excel);
    const ruled = excel.sheet(SHEET).conditionals.length;
    // The user types a capaian over the run's formula; the pane offers to fix it.
    excel.sheet(SHEET).ensure(17, 10).value = 0.4;
    delete excel.sheet(SHEET).cell(17, 10)!.formula;
    excel.active = SHEET;
    const scan = await findings(pane);
    expect(await pane.fix(scan.findings.filter((f) => f.cell === 'K18'))).toBe(1);
    expect(excel.sheet(SHEET).at('K18')).toBe(K18);

    await pane.restore();
    expect(excel.sheet(SHEET).at('K18')).toBe(0.4);
    // The run is still in place: its sheets and its highlight rule stay.
    expect(excel.find('Pengukuran Kinerja')).toBeDefined();
    expect(excel.sheet(SHEET).conditionals).toHaveLength(ruled);
    expect((await findings(pane)).undo).toMatchObject({ steps: 1, created: GENERATED });

    await pane.restore();
    expect(excel.find('Pengukuran Kinerja')).toBeUndefined();
    expect(excel.sheet(SHEET).conditionals).toEqual([]);
    // K18 holds what the user typed over the run, so it is theirs and stays; the rest is as before the run.
    expect(excel.sheet(SHEET).at('K18')).toBe(0.4);
    excel.sheet(SHEET).ensure(17, 10).value = 0.351;
    expect(dumpWorkbook(excel, [REGISTRY])).toEqual(before);
  });
});
