/**
 * The Excel fake against the Office.js reference: each behaviour the adapter relies on, with the page it
 * follows. If one of these fails, the fake is kinder (or harsher) than Excel, and every other test is in doubt.
 */
import { FakeExcel, FakeSheet, PAYLOAD_LIMIT } from './fakes/excel';
import { MERGED_AREAS_LIMIT } from './fakes/range';

const REF = {
  limits:
    'https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins',
  errors: 'https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling',
  loadSync: 'https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model',
  nullInput:
    'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values#null-input-in-2-d-array',
  usedRange:
    'https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)',
  merged:
    'https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)',
  clearAll: 'https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection',
  protection: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection',
  workbookProtection: 'https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection',
  sheetNames: 'https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9',
  orNull:
    'https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties',
  editMode: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit',
  charts: 'https://learn.microsoft.com/javascript/api/excel/excel.chartcollection',
  columnHidden:
    'https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member',
  events: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events',
} as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- the fake stands in for Office.js's untyped proxies here */
type Ctx = any;

function workbook(...names: string[]): { excel: FakeExcel; ctx: Ctx } {
  const excel = new FakeExcel();
  for (const n of names) excel.sheets.push(new FakeSheet(n));
  excel.active = names[0] ?? '';
  return { excel, ctx: excel.context() };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'no error';
}

describe(`payload limits (${REF.limits})`, () => {
  test('a request over 5 MB is refused whole: nothing of it is written', async () => {
    const { excel, ctx } = workbook('S');
    const text = 'x'.repeat(1000);
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1').formulas = [["'first"]];
    for (let i = 0; i < 5100; i++) s.getRange(`B${i + 1}`).formulas = [[`'${text}`]];
    expect(await code(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.sheet('S').cells.size).toBe(0);
    expect(excel.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  test('a response over 5 MB is refused, and what was loaded is not handed over', async () => {
    const { excel, ctx } = workbook('S');
    const s = excel.sheet('S');
    for (let r = 0; r < 6000; r++) s.ensure(r, 0).value = 'y'.repeat(900);
    const range = ctx.workbook.worksheets.getItem('S').getRange('A1:A6000');
    range.load('values');
    expect(await code(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    expect(() => range.values).toThrow(/not available/);
    const half = ctx.workbook.worksheets.getItem('S').getRange('A1:A3000');
    half.load('values');
    await ctx.sync();
    expect(half.values).toHaveLength(3000);
    expect(excel.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  test('a range of more than 5,000,000 cells cannot be read', async () => {
    const { ctx } = workbook('S');
    const r = ctx.workbook.worksheets.getItem('S').getRange('A:E');
    r.load('values');
    expect(await code(ctx.sync())).toBe('RangeExceedsLimit');
  });
});

describe(`load and sync (${REF.loadSync})`, () => {
  test('a property is there only after load() and sync()', async () => {
    const { excel, ctx } = workbook('S');
    excel.sheet('S').ensure(0, 0).value = 5;
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
    r.load('values');
    expect(() => r.values).toThrow(/not available/);
    await ctx.sync();
    expect(r.values).toEqual([[5]]);
    expect(() => r.formulas).toThrow(/not available/);
  });

  test('a batch is not a transaction: what came before the failing operation stays written', async () => {
    const { excel, ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1').formulas = [[1]];
    s.getRange('A2:B2').formulas = [[2]];
    s.getRange('A3').formulas = [[3]];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    expect(excel.sheet('S').at('A1')).toBe(1);
    expect(excel.sheet('S').at('A3')).toBeNull();
  });

  test(`a missing sheet is ItemNotFound at sync; getItemOrNullObject gives a null object (${REF.orNull})`, async () => {
    const { ctx } = workbook('S');
    ctx.workbook.worksheets.getItem('Nope').getRange('A1').formulas = [[1]];
    expect(await code(ctx.sync())).toBe('ItemNotFound');
    const maybe = ctx.workbook.worksheets.getItemOrNullObject('Nope');
    maybe.load('name');
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
  });

  test(`while a cell is being edited every request fails (${REF.editMode})`, async () => {
    const { excel, ctx } = workbook('S');
    excel.cellEditMode = true;
    ctx.workbook.worksheets.getItem('S').getRange('A1').formulas = [[1]];
    expect(await code(ctx.sync())).toBe('InvalidOperationInCellEditMode');
    expect(excel.sheet('S').cells.size).toBe(0);
  });
});

describe(`writes (${REF.errors}: InvalidArgument)`, () => {
  test('an array whose shape is not the range’s is refused', async () => {
    const { ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1:B2').formulas = [[1, 2]];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    s.getRange('A1:B2').numberFormat = [['0'], ['0']];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    s.getRange('A1:B1').formulas = [[1, 2]];
    expect(await code(ctx.sync())).toBe('no error');
  });

  test(`null in a 2-D array leaves the cell as it is; "" clears it (${REF.nullInput})`, async () => {
    const { excel, ctx } = workbook('S');
    const cells = excel.sheet('S');
    cells.ensure(0, 0).value = 'keep';
    cells.ensure(0, 1).value = 'clear';
    ctx.workbook.worksheets.getItem('S').getRange('A1:C1').formulas = [[null, '', 3]];
    await ctx.sync();
    expect([cells.at('A1'), cells.at('B1'), cells.at('C1')]).toEqual(['keep', null, 3]);
  });

  test('a formula Excel cannot parse is refused; text with an apostrophe stays text', async () => {
    const { excel, ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    for (const bad of ['=SUM(A1', '=IF("a,1)', '=1+', '=Realisasi 2022!A1', '=']) {
      s.getRange('A1').formulas = [[bad]];
      expect([bad, await code(ctx.sync())]).toEqual([bad, 'InvalidArgument']);
    }
    s.getRange('A1:C1').formulas = [["='Realisasi 2022'!A1", "'=SUM(A1", '=IF(A1="x(",1,2)']];
    await ctx.sync();
    const cells = excel.sheet('S');
    expect([cells.isFormula('A1'), cells.at('B1'), cells.isFormula('C1')]).toEqual([true, '=SUM(A1', true]);
  });

  test('a merged area takes a value only in its top-left cell', async () => {
    const { excel, ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1:B2').merge(false);
    await ctx.sync();
    s.getRange('A1:B1').formulas = [['top-left', '']];
    await ctx.sync();
    expect(excel.sheet('S').at('A1')).toBe('top-left');
    s.getRange('B1').formulas = [['inside']];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });

  test(`sheet names Excel refuses are InvalidArgument; a taken name is ItemAlreadyExists (${REF.sheetNames})`, async () => {
    const { excel, ctx } = workbook('Data');
    for (const bad of ['', 'a'.repeat(32), 'a/b', 'a:b', 'Q1?', 'x*', '[x]', "'quoted'", 'History']) {
      ctx.workbook.worksheets.add(bad);
      expect([bad, await code(ctx.sync())]).toEqual([bad, 'InvalidArgument']);
    }
    ctx.workbook.worksheets.add('data');
    expect(await code(ctx.sync())).toBe('ItemAlreadyExists');
    ctx.workbook.worksheets.add('Pengukuran Kinerja (2)');
    await ctx.sync();
    expect(excel.sheets.map((s) => s.name)).toEqual(['Data', 'Pengukuran Kinerja (2)']);
  });
});

describe(`protection (${REF.protection}; ${REF.workbookProtection})`, () => {
  test('a protected sheet refuses every kind of write', async () => {
    const { excel, ctx } = workbook('S', 'T');
    excel.sheet('S').ensure(0, 0).value = 1;
    excel.sheet('S').merges = [{ top: 5, left: 0, bottom: 5, right: 1 }];
    excel.sheet('S').protected = true;
    const r = (a: string) => ctx.workbook.worksheets.getItem('S').getRange(a);
    const writes: [string, () => void][] = [
      ['values', () => (r('A1').values = [[2]])],
      ['formulas', () => (r('A1').formulas = [['=1+1']])],
      ['numberFormat', () => (r('A1').numberFormat = [['0%']])],
      ['font', () => (r('A1').format.font.bold = true)],
      ['fill', () => (r('A1').format.fill.color = '#FF0000')],
      ['border', () => (r('A1').format.borders.getItem('EdgeTop').style = 'Continuous')],
      ['width', () => (r('A:A').format.columnWidth = 40)],
      ['merge', () => r('A2:B2').merge(false)],
      ['unmerge', () => r('A6:B6').unmerge()],
      ['clear', () => r('A1').clear('All')],
      ['add rule', () => (r('A1').conditionalFormats.add('Custom').custom.rule.formula = '=A1>0')],
      ['clear rules', () => r('A1').conditionalFormats.clearAll()],
    ];
    for (const [what, write] of writes) {
      write();
      expect([what, await code(ctx.sync())]).toEqual([what, 'AccessDenied']);
    }
    expect(excel.sheet('S').at('A1')).toBe(1);
    ctx.workbook.worksheets.getItem('T').getRange('A1').formulas = [[1]];
    expect(await code(ctx.sync())).toBe('no error');
  });

  test('a protected workbook structure refuses adding, hiding and deleting sheets', async () => {
    const { excel, ctx } = workbook('S', 'T');
    excel.structureProtected = true;
    ctx.workbook.worksheets.add('New');
    expect(await code(ctx.sync())).toBe('AccessDenied');
    ctx.workbook.worksheets.getItem('T').visibility = 'Hidden';
    expect(await code(ctx.sync())).toBe('AccessDenied');
    ctx.workbook.worksheets.getItem('T').delete();
    expect(await code(ctx.sync())).toBe('AccessDenied');
    expect(excel.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['S', 'Visible'],
      ['T', 'Visible'],
    ]);
    const p = ctx.workbook.protection;
    p.load('protected');
    await ctx.sync();
    expect(p.protected).toBe(true);
  });
});

describe(`used range (${REF.usedRange})`, () => {
  test('counts formatted cells, and only cells with values when asked for values only', async () => {
    const { excel, ctx } = workbook('S');
    const s = excel.sheet('S');
    s.ensure(1, 1).value = 'x';
    s.ensure(40, 6).numberFormat = '0%';
    const all = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject();
    const values = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
    all.load('address');
    values.load('address');
    await ctx.sync();
    expect([all.address, values.address]).toEqual(['S!B2:G41', 'S!B2']);
  });

  test('a blank sheet gives a null object', async () => {
    const { ctx } = workbook('S');
    const used = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject();
    used.load('address');
    await ctx.sync();
    expect(used.isNullObject).toBe(true);
  });
});

test(`merged areas: read up to ${MERGED_AREAS_LIMIT}, refused above (${REF.merged})`, async () => {
  const { excel, ctx } = workbook('S');
  excel.sheet('S').merges = Array.from({ length: 600 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
  const many = ctx.workbook.worksheets.getItem('S').getRange('A1:B513').getMergedAreasOrNullObject();
  many.load('address');
  expect(await code(ctx.sync())).toBe('GeneralException');
  const band = ctx.workbook.worksheets.getItem('S').getRange('A1:B512').getMergedAreasOrNullObject();
  band.load('address');
  await ctx.sync();
  expect(band.areaCount).toBe(512);
});

test(`clearAll clears every rule that overlaps the range, also one reaching outside it (${REF.clearAll})`, async () => {
  const { excel, ctx } = workbook('S');
  const s = ctx.workbook.worksheets.getItem('S');
  s.getRange('A1:A10').conditionalFormats.add('Custom').custom.rule.formula = '=A1>0';
  s.getRange('C1:C10').conditionalFormats.add('Custom').custom.rule.formula = '=C1>0';
  s.getRange('A20:A30').conditionalFormats.add('DataBar');
  await ctx.sync();
  s.getRange('A5:B5').conditionalFormats.clearAll();
  await ctx.sync();
  expect(excel.sheet('S').conditionals.map((c) => c.type)).toEqual(['DataBar', 'Custom']);
  const left = s.getRange('A1:Z100').conditionalFormats;
  left.load('items/type');
  await ctx.sync();
  expect(left.items.map((i: { type: string }) => i.type)).toEqual(['DataBar', 'Custom']);
});

test('clearing and deleting cost what exists, not the area: A:XFD on a sheet of 100,000 cells', async () => {
  const { excel, ctx } = workbook('S', 'T');
  const s = excel.sheet('S');
  for (let r = 0; r < 10000; r++) for (let c = 0; c < 10; c++) s.ensure(r, c).value = r;
  ctx.workbook.worksheets.getItem('S').getRange('A:XFD').clear('All');
  ctx.workbook.worksheets.getItem('T').delete();
  await ctx.sync();
  expect(s.cells.size).toBe(0);
  expect(excel.sheets.map((x) => x.name)).toEqual(['S']);
}, 5000);

describe(`charts (${REF.charts})`, () => {
  test('add makes a series of each column after the first; a series past the last, a bad type, a protected sheet fail', async () => {
    const { excel, ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    const chart = s.charts.add('ColumnClustered', s.getRange('A1:C5'), 'Columns');
    chart.name = 'Mine';
    chart.setPosition('A7', 'E20');
    chart.series.getItemAt(1).chartType = 'Line';
    await ctx.sync();
    expect(excel.sheet('S').charts.map((c) => [c.name, c.seriesTypes, c.position?.start])).toEqual([
      ['Mine', ['ColumnClustered', 'Line'], { top: 6, left: 0, bottom: 6, right: 0 }],
    ]);
    s.charts.add('ColumnClustered', s.getRange('A1:C5'), 'Columns').series.getItemAt(2).chartType = 'Line';
    expect(await code(ctx.sync())).toBe('ItemNotFound');
    s.charts.add('Doughnut3DExploded', s.getRange('A1:C5'));
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    excel.sheet('S').protected = true;
    s.charts.add('ColumnClustered', s.getRange('A1:C5'));
    expect(await code(ctx.sync())).not.toBe('no error');
  });

  test('items/name loads the charts; delete removes one', async () => {
    const { excel, ctx } = workbook('S');
    const s = ctx.workbook.worksheets.getItem('S');
    s.charts.add('ColumnClustered', s.getRange('A1:B3')).name = 'One';
    s.charts.add('ColumnClustered', s.getRange('A1:B3')).name = 'Two';
    s.charts.load('items/name');
    await ctx.sync();
    const found = s.charts.items as { name: string; delete(): void }[];
    expect(found.map((c) => c.name)).toEqual(['One', 'Two']);
    found[0]!.delete();
    await ctx.sync();
    expect(excel.sheet('S').charts.map((c) => c.name)).toEqual(['Two']);
  });
});

test(`Range.columnHidden hides every column the range touches (${REF.columnHidden})`, async () => {
  const { excel, ctx } = workbook('S');
  ctx.workbook.worksheets.getItem('S').getRange('F:H').columnHidden = true;
  await ctx.sync();
  expect([...excel.sheet('S').hiddenColumns]).toEqual([5, 6, 7]);
});
describe(`worksheets.onActivated (${REF.events})`, () => {
  test('a handler registered at sync hears each change of the active sheet, after it, until removed', async () => {
    const { excel, ctx } = workbook('A', 'B');
    const heard: string[] = [];
    const handle = ctx.workbook.worksheets.onActivated.add(
      async (e: { type: string; worksheetId: string }) => {
        heard.push(`${e.type} ${e.worksheetId}`);
      },
    );
    // Like every Office.js call, the registration waits for the sync.
    excel.activate('B');
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([]);
    await ctx.sync();
    ctx.workbook.worksheets.getItem('A').activate();
    await ctx.sync();
    // The event comes after the activation, not inside the sync.
    expect(heard).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([`WorksheetActivated ${excel.sheet('A').id}`]);
    // The sheet already active is no activation.
    excel.activate('A');
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(1);
    handle.remove();
    await ctx.sync();
    excel.activate('B');
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(1);
  });
});
