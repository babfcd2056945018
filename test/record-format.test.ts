/**
 * What a run records for Kembalikan in the registry (what it overwrote in the user's sheets, and a print of
 * each cell of our generated sheets) is read back by later versions from files made today, and by today's
 * version from files made before: its text must not change, whatever way it is computed.
 */
import fc from 'fast-check';
import { CellContent, CellEdit, EditPlan } from '../src/core/plan/types';
import { rememberWritten, typedCells } from '../src/core/sheets/typed';
import { CellWas, encodeUndo, formulasValue } from '../src/core/sheets/undo';
import {
  base36,
  contentHash,
  fingerprint,
  fingerprintHash,
  pushRun,
  recordRun,
} from '../src/core/sheets/record';

/** Out of order, a cell written twice, a format-only edit, text that reads as a number, non-ASCII formulas. */
const PLAN: EditPlan = {
  sheets: [
    {
      sheet: 'Realisasi',
      cells: [
        {
          row: 7,
          col: 4,
          kind: 'formula',
          formula: '=IFERROR(E8/D8,"")',
          numberFormat: '0.00%',
        },
        { row: 5, col: 4, kind: 'number', value: 0.95 },
        { row: 6, col: 4, kind: 'text', value: '12' },
        { row: 5, col: 2, kind: 'text', value: 'Straße' },
        { row: 6, col: 2, numberFormat: '#,##0' },
        { row: 5, col: 4, kind: 'number', value: 1.5 },
        { row: 9, col: 4, kind: 'formula', formula: "='Realisasi Ü'!K7" },
      ],
    },
    {
      sheet: 'Pengukuran Kinerja',
      create: {},
      typed: [{ row: 3, col: 1 }],
      cells: [
        { row: 4, col: 2, kind: 'formula', formula: '=iferror( C6 / B6,"")' },
        { row: 2, col: 2, kind: 'number', value: 12.5 },
        { row: 3, col: 2, kind: 'text', value: '  7 ' },
        { row: 2, col: 1, kind: 'text', value: "'kutip" },
        { row: 3, col: 1, kind: 'text', value: 'diketik' },
        { row: 4, col: 1, kind: 'blank' },
        { row: 5, col: 1, kind: 'text', value: '' },
        { row: 9, col: 2, kind: 'formula', formula: '=SUM(A1:A9)' },
        { row: 10, col: 0, kind: 'text', value: 'Rp 1.000' },
      ],
    },
  ],
};

const WAS: Record<string, CellWas> = {
  '5,4': { content: "'95 %", numberFormat: 'General' },
  '6,4': { content: 12, numberFormat: 'General' },
  '7,4': { content: '=E8/D8', numberFormat: '0%' },
  '5,2': { content: "'Straße", numberFormat: 'General' },
  '6,2': { content: 3, numberFormat: 'General' },
};
const EMPTY: CellWas = { content: null, numberFormat: 'General' };

test('the registry’s record of a run is, character for character, what earlier versions wrote', () => {
  const run = recordRun('generate', PLAN, (_, r, c) => WAS[`${r},${c}`] ?? EMPTY, ['Realisasi'], 'T');
  // Made by the version before the carry was sped up (c9ce803), from the same plan.
  expect(JSON.stringify(encodeUndo(pushRun([], run)))).toBe(
    '{"v":2,"steps":[{"kind":"generate","runs":1,"first":"T","last":"T","created":["Pengukuran Kinerja"],' +
      '"sheets":[["Realisasi",[[2,6,[["1q18h2",3]]],[4,5,[["1rx73bh","\'95 %"]]],' +
      '[4,7,[["19i96wq","=E8/D8","0%"]]],[4,9,[["pdm9li",null]]]]]]}]}',
  );
  expect(JSON.stringify(rememberWritten({ Narasi: [[1, 2, 'abcd']] }, PLAN))).toBe(
    '{"Narasi":[[1,2,"abcd"]],"Pengukuran Kinerja":[[0,10,"4fxm"],[1,2,"iwp3"],[1,5,"ntfp"],' +
      '[2,2,"2ksnzn8ysskm"],[2,9,"2bok"]]}',
  );
});

const CONTENT: fc.Arbitrary<CellContent> = fc.oneof(
  fc
    .constantFrom('=A1+B2', '=iferror( C6 / B6,"")', "='Realisasi Ü'!K7", '=SUM(A1:A9)', '=A1\u00a0+1')
    .map((formula): CellContent => ({ kind: 'formula', formula })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value): CellContent => ({ kind: 'number', value })),
  fc
    .constantFrom('Straße', '12', ' 7 ', "'kutip", '', 'Rp 1.000', '=A1', '1e3', 'Infinity', '0x1F')
    .map((value): CellContent => ({ kind: 'text', value })),
);

const CELL: fc.Arbitrary<CellEdit & CellContent> = fc
  .tuple(fc.nat(30), fc.nat(5), CONTENT)
  .map(([row, col, content]) => ({ row, col, ...content }));

test('a cell’s fingerprint is the base-36 text of its hash, and what we write hashes as Excel gives it back', () => {
  fc.assert(
    fc.property(CONTENT, (content) => {
      expect(contentHash(content)).toBe(fingerprintHash(formulasValue(content)));
      expect(fingerprint(formulasValue(content))).toBe(fingerprintHash(formulasValue(content)).toString(36));
    }),
  );
  for (const n of [0, 1, 35, 36, 1295, 1296, 46655, 46656, 2 ** 31, 2 ** 32 - 1])
    expect(fingerprint(n)).toBe(fingerprintHash(n).toString(36));
});

test('the record’s base-36 digits, made two at a time, are toString(36)’s for every hash', () => {
  // Each power of 36 and its neighbours: where a digit is added or a pair is left half-filled.
  for (let p = 1; p < 2 ** 32; p *= 36)
    for (const n of [p - 1, p, p + 1]) expect(base36(n)).toBe(n.toString(36));
  fc.assert(fc.property(fc.nat({ max: 2 ** 32 - 1 }), (n) => expect(base36(n)).toBe(n.toString(36))));
});

test('whatever order the plan writes our sheet in, each cell’s last writing is ours and a changed cell is the user’s', () => {
  // Not text beginning with an apostrophe: Excel gives it back with it, and the fingerprint drops one.
  const unquoted = CELL.filter((c) => !(c.kind === 'text' && c.value.startsWith("'")));
  fc.assert(
    fc.property(fc.array(unquoted, { maxLength: 80 }), (cells) => {
      const runs = rememberWritten({}, { sheets: [{ sheet: 'P', create: {}, cells }] }).P!;
      // Excel gives back each cell's last writing; text without the apostrophe that kept it text.
      const last = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
      const now = [...last.values()].map((c) => ({
        row: c.row,
        col: c.col,
        content: c.kind === 'formula' ? c.formula : (c as { value: string | number }).value,
      }));
      expect(typedCells(runs, now).cells).toEqual([]);
      // Runs by column, then row.
      const starts = runs.map(([col, top]) => col * 100 + top);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      if (now.length === 0) return;
      const changed = { ...now[0]!, content: 'diubah di sel ini' };
      expect(typedCells(runs, [changed, ...now.slice(1)]).cells).toEqual([changed]);
    }),
  );
});

test('Kembalikan’s record holds each changed cell once, by column then row, with what was there and its last writing', () => {
  fc.assert(
    fc.property(fc.array(CELL, { maxLength: 80 }), (cells) => {
      // Nothing the plan writes was there before: every writing changes its cell.
      const was = (_: string, row: number): CellWas => ({ content: `'sebelum ${row}`, numberFormat: '@' });
      const run = recordRun('fix', { sheets: [{ sheet: 'S', cells }] }, was, ['S'], 'T');
      const last = new Map(cells.map((c) => [c.col * 100 + c.row, c]));
      const expected = [...last.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, c]) => ({
          row: c.row,
          col: c.col,
          content: `'sebelum ${c.row}`,
          numberFormat: '@',
          wrote: fingerprint(formulasValue(c)),
        }));
      expect(run.sheets.flatMap((s) => s.cells)).toEqual(expected);
    }),
  );
});

test('a sheet of many thousand cells, made a piece of text at a time, records each cell’s print in its run', () => {
  // 3 columns of 2,500 rows (more than two pieces of text), with rows left empty and a cell written twice.
  const cells: (CellEdit & CellContent)[] = [];
  for (let row = 0; row < 2500; row++)
    for (let col = 0; col < 3; col++)
      if ((row * 7 + col) % 11 !== 0) cells.push({ row, col, kind: 'formula', formula: `=A${row}*${col}` });
  cells.push({ row: 40, col: 1, kind: 'text', value: 'sekali lagi' });
  const runs = rememberWritten({}, { sheets: [{ sheet: 'P', create: {}, cells }] }).P!;
  // The same record the plain way: the cells by column then row, a run for each stretch of rows without a
  // gap, each cell's fingerprint as its last four base-36 digits (the cell written twice: a run of its own).
  const sorted = cells
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.col - b.c.col || a.c.row - b.c.row || a.i - b.i)
    .map(({ c }) => c);
  const expected: [number, number, string][] = [];
  sorted.forEach((c, i) => {
    const digits = (fingerprintHash(formulasValue(c)) % 36 ** 4).toString(36).padStart(4, '0');
    const last = expected[expected.length - 1];
    const before = sorted[i - 1];
    if (last && before && before.col === c.col && before.row + 1 === c.row) last[2] += digits;
    else expected.push([c.col, c.row, digits]);
  });
  expect(runs).toEqual(expected);
});
