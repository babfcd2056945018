/**
 * What real Excel does that the fake once did not (issue 20): each test here fails on the adapter as it
 * was, on the fake taught the behaviour from the Office.js reference.
 */
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { loadWorkbook } from '../src/xlsx/workbook';
import { parseSheetRange } from '../src/core/sheet/address';
import { CellValue, SheetSnapshot } from '../src/core/sheet/snapshot';
import { EditPlan } from '../src/core/plan/types';
import { officeErrorMessage } from '../src/excel/errors';
import { blocked } from '../src/excel/preflight';
import { WorkbookRead } from '../src/excel/read';
import { markOf } from '../src/ui/fixes';
import { officeActions } from '../src/taskpane/officeActions';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';
import { syntheticRealisasi } from './helpers/synthetic';

function userSheet(name: string, text: string): FakeSheet {
  const s = new FakeSheet(name);
  s.ensure(0, 0).value = text;
  return s;
}

describe('sheet names ignore case, as in Excel', () => {
  test('a user sheet PERJANJIAN KINERJA is left alone; ours gets a free name the registry remembers', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(20)]);
    excel.sheets.push(userSheet('PERJANJIAN KINERJA', 'PK yang kami ketik sendiri'));
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(excel.sheet('PERJANJIAN KINERJA').name).toBe('PERJANJIAN KINERJA');
    expect(excel.sheets.find((s) => s.name === 'PERJANJIAN KINERJA')!.at('A1')).toBe(
      'PK yang kami ketik sendiri',
    );
    expect(excel.sheets.map((s) => s.name)).toContain('Perjanjian Kinerja (2)');
    expect(outcome.result.generated.pk).toBe('Perjanjian Kinerja (2)');
    // A second run finds its own sheet by the name it remembered: no third sheet.
    excel.activate('Realisasi');
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
    expect(excel.sheets.filter((s) => /perjanjian kinerja/i.test(s.name)).map((s) => s.name)).toEqual([
      'PERJANJIAN KINERJA',
      'Perjanjian Kinerja (2)',
    ]);
  });
});

describe('Tandai tabel with whole rows or whole columns selected (row or column headers clicked)', () => {
  function kinerja(): FakeExcel {
    const excel = FakeExcel.from([
      {
        name: 'Kinerja',
        origin: { row: 0, col: 0 },
        values: [
          ['LAPORAN TRIWULAN IV'],
          [],
          ['Aktivitas', 'Sasaran Angka', 'Hasil Nyata'],
          ['Pelatihan kader posyandu', 120, 96],
          ['Penyuluhan gizi balita', 40, 44],
        ],
        formulas: [],
        numberFormats: [],
        merges: [],
      },
    ]);
    return excel;
  }

  test('rows 3:3 are the header, cut to the columns the sheet uses', async () => {
    const excel = kinerja();
    // Excel gives a whole row's address as "Kinerja!3:3".
    excel.selected = 'Kinerja!3:3';
    const picked = await officeActions(fakeHost(excel)).selection();
    expect(picked).toEqual({ sheet: 'Kinerja', range: { top: 2, left: 0, bottom: 2, right: 2 } });
    expect(markOf(picked.range)).toEqual({ header: { top: 2, left: 0, bottom: 2, right: 2 } });
  });

  test('columns A:C are the whole table, cut to the rows the sheet uses', async () => {
    const excel = kinerja();
    excel.selected = 'Kinerja!A:C';
    const picked = await officeActions(fakeHost(excel)).selection();
    expect(picked).toEqual({ sheet: 'Kinerja', range: { top: 0, left: 0, bottom: 4, right: 2 } });
  });

  test('a whole-row mark saved by an older pane or typed for the CLI reads the table, not a million columns', () => {
    expect(parseSheetRange("'Realisasi 2022'!$3:$5")).toEqual({
      sheet: 'Realisasi 2022',
      range: { top: 2, left: 0, bottom: 4, right: 16383 },
    });
    expect(parseSheetRange('Kinerja!A:K')?.range).toEqual({ top: 0, left: 0, bottom: 1048575, right: 10 });
    expect(parseSheetRange('Kinerja!A3:5')).toBeNull();
    expect(parseSheetRange('Kinerja!3')).toBeNull();
  });
});

describe('Kembalikan is all or nothing: a batch that stops part-way keeps its step for the next click', () => {
  const cellsOf = (excel: FakeExcel): string =>
    JSON.stringify(
      excel.sheets.map((s) => [
        s.name,
        [...s.cells.entries()].map(([k, c]) => [k, c.formula ?? null, c.value, c.numberFormat]),
      ]),
    );

  async function generated(): Promise<{ excel: FakeExcel; original: string }> {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const excel = FakeExcel.from(snapshots, SHEET);
    const original = cellsOf(excel);
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
    return { excel, original };
  }

  test('InactiveWorkbook before any operation of any of its write syncs: the step stays, and Kembalikan again restores all', async () => {
    // A Kembalikan that runs through, to learn its syncs and their operations.
    const probe = await generated();
    const from = probe.excel.syncs;
    expect(await kembalikan(asWorkbook(probe.excel.context()))).toMatchObject({ ok: true });
    const sizes = probe.excel.syncSizes.slice(from);
    // The last syncs write (the reads come first); each is stopped before each of its operations in turn.
    const writes = sizes.map((n, i) => ({ sync: from + i + 1, n })).slice(-2);
    let stopped = 0;
    for (const { sync, n } of writes)
      for (let after = 0; after < n; after += Math.max(1, Math.floor(n / 12))) {
        const { excel, original } = await generated();
        excel.failPartWay = { sync: sync - from + excel.syncs, after, code: 'InactiveWorkbook' };
        const first = await kembalikan(asWorkbook(excel.context()));
        expect(excel.failPartWay).toBeNull();
        expect(first.ok).toBe(false);
        if (first.ok) continue;
        stopped++;
        // The change is still recorded: the next click undoes it, not the one before, and says so.
        expect([sync, after, stateOf(excel).undo.length]).toEqual([sync, after, 1]);
        expect(first.message.id).toMatch(/Klik Kembalikan lagi/);
        expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({ ok: true, kept: [] });
        expect(stateOf(excel).undo).toHaveLength(0);
        // The registry stays (the settings live there); everything else as it was.
        const now = JSON.parse(cellsOf(excel)) as [string][];
        expect(JSON.stringify(now.filter((x) => x[0] !== '_CapaianKinerja'))).toBe(original);
      }
    expect(stopped).toBeGreaterThan(10);
  });
});

describe('formulas into cells formatted as Text (@)', () => {
  test('the capaian column formatted as Text gets live formulas, and Kembalikan puts the @ back', async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const excel = FakeExcel.from(snapshots, SHEET);
    // The office formatted the capaian column K and the money total G19 as Text.
    const sheet = excel.sheet(SHEET);
    for (let row = 6; row <= 57; row++) sheet.ensure(row, 10).numberFormat = '@';
    sheet.ensure(18, 6).numberFormat = '@';
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
    expect(sheet.isFormula('K18')).toBe(true);
    expect(sheet.at('K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
    expect(sheet.cell(17, 10)!.numberFormat).toBe('0.00%');
    // A formula the plan gives no format of its own: out of Text, into General.
    expect(sheet.isFormula('G19')).toBe(true);
    expect(sheet.at('G19')).toBe('=SUM(G20:G22)');
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({ ok: true, kept: [] });
    expect(sheet.cell(18, 6)!.numberFormat).toBe('@');
    expect(sheet.isFormula('G19')).toBe(false);
    expect(sheet.cell(17, 10)!.numberFormat).toBe('@');
    expect(sheet.at('K18')).toBe('0.351');
  });

  test('the fake keeps a formula written into a Text cell as text, as Excel does', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(1)]);
    excel.sheet('Realisasi').ensure(0, 10).numberFormat = '@';
    const ctx = asWorkbook(excel.context());
    ctx.workbook.worksheets.getItem('Realisasi').getRange('K1').formulas = [['=1+1']];
    ctx.workbook.worksheets.getItem('Realisasi').getRange('K1').numberFormat = [['General']];
    await ctx.sync();
    expect(excel.sheet('Realisasi').isFormula('K1')).toBe(false);
    expect(excel.sheet('Realisasi').at('K1')).toBe('=1+1');
  });
});

/**
 * A realisasi table of `programs` programs, each with `kegiatan` kegiatan of one sub kegiatan, and no grand
 * total row (so that Ringkasan sums the programs itself). Programs have their own indicator when `own`.
 */
function manyPrograms(programs: number, kegiatan: number, own: boolean): SheetSnapshot {
  const header = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Pagu (Rp)'];
  const rows: CellValue[][] = [
    ['EVALUASI RENJA DINAS CONTOH TAHUN 2024'],
    [],
    [...header, 'Realisasi', 'Realisasi (Rp)'],
  ];
  for (let p = 1; p <= programs; p++) {
    const code = `1.02.${String(p).padStart(3, '0')}`;
    rows.push([
      code,
      `PROGRAM ${p}`,
      own ? `Persentase layanan ${p}` : null,
      own ? '100 %' : null,
      null,
      own ? '95 %' : null,
      null,
    ]);
    for (let k = 1; k <= kegiatan; k++) {
      rows.push([
        `${code}.2.${String(k).padStart(2, '0')}`,
        `Kegiatan ${p}.${k}`,
        null,
        null,
        null,
        null,
        null,
      ]);
      rows.push([
        `${code}.2.${String(k).padStart(2, '0')}.0001`,
        `Sub kegiatan ${p}.${k}`,
        `Dokumen ${p}.${k}`,
        '10 dok',
        1000,
        '9 dok',
        900,
      ]);
    }
  }
  return {
    name: 'Realisasi',
    origin: { row: 0, col: 0 },
    values: rows.map((r) => Array.from({ length: 7 }, (_, c) => r[c] ?? null)),
    formulas: [],
    numberFormats: [],
    merges: [],
  };
}

describe("Excel's formula limits: 255 arguments, 8,192 characters", () => {
  test('Ringkasan sums 300 programs in nested SUMs the fake (like Excel) accepts', async () => {
    const excel = FakeExcel.from([manyPrograms(300, 1, true)]);
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({ ok: true });
    const ringkasan = excel.sheet('Ringkasan Capaian');
    const sums = [...ringkasan.cells.values()]
      .map((c) => c.formula ?? '')
      .filter((f) => f.startsWith('=SUM(SUM('));
    // The pagu and the realisasi lines, each SUM(SUM(255 programs),SUM(45 programs)).
    expect(sums).toHaveLength(2);
    for (const f of sums) expect(f.split(',').length).toBe(300);
  });

  test('a program measured by the average of 300 sub kegiatan gets a formula Excel takes', async () => {
    const excel = FakeExcel.from([manyPrograms(1, 300, false)]);
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
    const averages = [...excel.sheet('Ringkasan Capaian').cells.values()]
      .map((c) => c.formula ?? '')
      .filter((f) => f.includes('AVERAGE('));
    expect(averages.length).toBeGreaterThan(0);
    for (const f of averages) expect(f.length).toBeLessThanOrEqual(8192);
  });

  test('the fake refuses a formula over 8,192 characters as Excel does, and the message says what it is', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(1)]);
    const ctx = asWorkbook(excel.context());
    ctx.workbook.worksheets.getItem('Realisasi').getRange('K1').formulas = [[`=${'1+'.repeat(4096)}1`]];
    const error = await ctx.sync().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FormulaLengthExceedsLimit' });
    expect(officeErrorMessage(error).id).toMatch(/8\.192 karakter/);
    ctx.workbook.worksheets.getItem('Realisasi').getRange('K1').formulas = [
      [`=SUM(${Array.from({ length: 256 }, (_, i) => `A${i + 1}`).join(',')})`],
    ];
    expect(await ctx.sync().catch((e: unknown) => e)).toMatchObject({ code: 'InvalidArgument' });
  });
});

test('a formula over 8,192 characters in a plan is refused before anything is written, naming its cell', () => {
  const read = { names: ['Realisasi'], sheetProtected: () => false, workbookProtected: false };
  const plan: EditPlan = {
    sheets: [
      {
        sheet: 'Realisasi',
        cells: [
          { row: 2, col: 10, kind: 'formula', formula: '=1' },
          { row: 3, col: 10, kind: 'formula', formula: `=${'1+'.repeat(4096)}1` },
        ],
      },
    ],
  };
  expect(blocked(read as unknown as WorkbookRead, plan)?.en).toMatch(
    /^The formula for Realisasi!K4 is longer than Excel's 8,192 characters, so nothing was written/,
  );
});

describe('messages for the errors that used to fall through to "try again"', () => {
  test.each([
    ['InactiveWorkbook', /workbook lain/, /switched to another workbook/],
    ['UnsupportedSheet', /lembar grafik/, /chart sheet/],
    ['Conflict', /penyuntingan bersama/, /co-authoring/],
    ['FormulaLengthExceedsLimit', /8\.192 karakter/, /8,192 characters/],
    ['AccessDenied', /kebijakan kantor\/antivirus/, /policy or an antivirus/],
  ] as const)('%s says what happened and what to do, in both languages', async (code, id, en) => {
    const excel = FakeExcel.from([syntheticRealisasi(20)]);
    excel.failNextSyncWith = code;
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      message: { id: expect.stringMatching(id), en: expect.stringMatching(en) },
    });
    if (!outcome.ok) expect(outcome.message.id).not.toMatch(/Excel menolak perubahan/);
  });
});

describe('a sync that never answers (Excel on the web stalling)', () => {
  test('a stalled read ends with a message after the timeout, and nothing is written', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(20)]);
    const before = JSON.stringify([...excel.sheet('Realisasi').cells]);
    excel.hangNextSync = true;
    const outcome = await buatTabelCapaian(asWorkbook(excel.context(), 50));
    expect(outcome).toMatchObject({ ok: false, message: { action: 'reread' } });
    if (!outcome.ok) expect(outcome.message.id).toMatch(/tidak menjawab dalam 60 detik/);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Realisasi']);
    expect(JSON.stringify([...excel.sheet('Realisasi').cells])).toBe(before);
  });

  test('a stalled write that arrives late is in Kembalikan’s step: Kembalikan undoes all of it', async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const excel = FakeExcel.from(snapshots, SHEET);
    const original = JSON.stringify(excel.sheets.map((s) => [s.name, [...s.cells]]));
    // The four reads answer; the write stalls.
    const ctx = asWorkbook(excel.context(), 50);
    const sync = ctx.sync;
    let n = 0;
    const outcome = await buatTabelCapaian({
      ...ctx,
      sync: () => {
        if (++n === 5) excel.hangNextSync = true;
        return sync();
      },
    });
    expect(outcome).toMatchObject({ ok: false, written: true, message: { action: 'restore' } });
    excel.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(excel.sheet(SHEET).at('K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({ ok: true, kept: [] });
    expect(
      JSON.stringify(
        excel.sheets.filter((s) => s.name !== '_CapaianKinerja').map((s) => [s.name, [...s.cells]]),
      ),
    ).toBe(original);
  });
});

describe('request sizes counted as Office.js builds a request: each action, each object path', () => {
  // Excel on the web refuses a request over 5 MB; we keep each under 4 MB by the fake's count, which sends
  // an object path and an Instantiate action for every range, format, font, fill and border proxy.
  test.each([100, 1000, 5000, 10000])(
    '%i sub kegiatan: every write request under 4 MB, and the adapter never counts less than the fake',
    async (rows) => {
      const excel = FakeExcel.from([syntheticRealisasi(rows)]);
      const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
      if (!outcome.ok) throw new Error(outcome.message.en);
      expect(excel.maxRequestBytes).toBeLessThan(4_000_000);
      expect(outcome.write.maxRequestBytes).toBeGreaterThanOrEqual(excel.maxRequestBytes);
      const last = outcome.result.tables[0]!.table.nodes.at(-1)!.rows[0]! + 1;
      expect(excel.sheet('Realisasi').isFormula(`H${last}`)).toBe(true);
    },
    120_000,
  );
});

describe('Excel tables (ListObjects): a formula fills the whole column', () => {
  test('the fake, as Excel, fills a formula written into one cell of a table column down its empty cells', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(3)]);
    const s = excel.sheet('Realisasi');
    s.tables = [{ name: 'Tabel1', range: { top: 2, left: 0, bottom: 8, right: 8 } }];
    const ctx = asWorkbook(excel.context());
    ctx.workbook.worksheets.getItem('Realisasi').getRange('H6').formulas = [['=F6/D6']];
    await ctx.sync();
    // Row 4 (a program) and row 5 (a kegiatan) had nothing in H: Excel filled them too.
    expect(s.at('H6')).toBe('=F6/D6');
    expect(s.at('H5')).toBe('=F5/D5');
    expect(s.at('H9')).toBe('=F9/D9');
  });

  test('a realisation table that is an Excel table: refused before anything is written, saying to convert it', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(20)]);
    const s = excel.sheet('Realisasi');
    const used = s.usedRange(true)!;
    s.tables = [{ name: 'TabelRealisasi', range: { ...used, top: 2 } }];
    const before = JSON.stringify([...s.cells]);
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      message: {
        id: expect.stringMatching(/tabel Excel \("TabelRealisasi"\).*Konversi ke Rentang/),
        en: expect.stringMatching(/Convert to Range/),
      },
    });
    expect(outcome).not.toHaveProperty('written');
    expect(JSON.stringify([...s.cells])).toBe(before);
    expect(excel.sheets.map((x) => x.name)).toEqual(['Realisasi']);
  });

  test('an Excel table elsewhere on the sheet (not where we write) does not stop the run', async () => {
    const excel = FakeExcel.from([syntheticRealisasi(20)]);
    excel.sheet('Realisasi').tables = [
      { name: 'Catatan', range: { top: 100, left: 20, bottom: 105, right: 22 } },
    ];
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  });
});

test('a damaged Kembalikan record is said, not read as "nothing to undo"', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const excel = FakeExcel.from(snapshots, SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  // Someone cut the record short by hand (the sheet was unhidden when it was only Hidden).
  const registry = excel.sheet('_CapaianKinerja');
  const key = [...registry.cells.entries()].find(([, c]) => c.value === 'undo')!;
  const { row } = FakeSheet.position(key[0]);
  const value = registry.cell(row, 4)!;
  value.value = String(value.value).slice(0, 40);
  const outcome = await kembalikan(asWorkbook(excel.context()));
  expect(outcome).toMatchObject({
    ok: false,
    message: { id: expect.stringMatching(/Catatan Kembalikan .* rusak/) },
  });
  expect(outcome).not.toHaveProperty('nothing');
  expect(excel.sheet(SHEET).at('K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
});

test('our highlight rule moved by Excel (the user inserted a column) is still ours: replaced, not added twice', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const excel = FakeExcel.from(snapshots, SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  const s = excel.sheet(SHEET);
  expect(s.conditionals.map((c) => c.formula)).toEqual(['=AND(ISNUMBER($J7),$J7<1)']);
  // What Excel does to the rule when a column is inserted before J: its range and formula move right.
  const rule = s.conditionals[0]!;
  rule.formula = '=AND(ISNUMBER($K7),$K7<1)';
  rule.range = { ...rule.range, right: rule.range.right + 1 };
  // A user's own rule of another shape over the same cells stays.
  s.conditionals.push({ ...rule, formula: '=$K7>1', fill: 'FFFF00' });
  excel.activate(SHEET);
  expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
  expect(s.conditionals.map((c) => c.formula).sort()).toEqual(['=$K7>1', '=AND(ISNUMBER($J7),$J7<1)']);
});
