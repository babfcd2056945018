import { readText } from '../src/core/numbers/read';
import { normalize } from '../src/core/table/text';
import { EMPTY, evaluate, Value } from '../src/core/plan/evaluate';
import { capaianFormula, columnRefs, penyerapanFormula } from '../src/core/plan/formulas';
import { flat } from '../src/core/plan/flat';

/**
 * The engine reads the commonest cells by shortcuts (a whole figure with its unit, a plain word, a formula of
 * a shape just read). Each shortcut must give exactly what the general reading gives.
 */

describe('figures typed as text, read by the shortcut and by the general reader alike', () => {
  test.each([
    ['25 org', 25, 'orang', 'org', 0],
    ['10 dok', 10, 'dokumen', 'dok', 0],
    ['80%', 0.8, 'persen', '%', 2],
    ['80 %', 0.8, 'persen', '%', 2],
    ['  7 kali  ', 7, 'kali', 'kali', 0],
    ['100', 100, null, null, 0],
  ])('%j is %d %s', (text, value, unit, unitText, decimals) => {
    const r = readText(text);
    expect(r).toMatchObject({ kind: 'number', value, unit, unitText, decimals, fromText: true });
  });

  test('what the shortcut leaves to the general reader still reads', () => {
    // A unit with a digit, a note in brackets, a bound, a decimal figure: none is a plain whole figure.
    expect(readText('12 m2')).toEqual({ kind: 'text', text: '12 m2' });
    expect(readText('38% (Evaluasi Semester I)')).toMatchObject({ kind: 'number', value: 0.38 });
    expect(readText('maks 5 kasus')).toMatchObject({ kind: 'number', value: 5, bound: 'max' });
    expect(readText('90,5 %')).toMatchObject({ kind: 'number', value: 0.905, decimals: 3 });
    expect(readText('80%x')).toEqual({ kind: 'text', text: '80%x' });
  });

  test('words read as text at once; words that can start a figure go the long way', () => {
    expect(readText(' Tersedia ')).toEqual({ kind: 'text', text: 'Tersedia' });
    expect(readText('Rp 1.500.000')).toMatchObject({ kind: 'number', value: 1500000, currency: true });
    expect(readText('min. 90%')).toMatchObject({ kind: 'number', value: 0.9, bound: 'min' });
  });
});

describe('names normalised by the shortcut and by the patterns alike', () => {
  test.each([
    ['Sub Kegiatan', 'sub kegiatan'],
    ['U R A I A N', 'uraian'],
    ['J U M L A H  Total', 'jumlah total'],
    ['Program /  Kegiatan', 'program/kegiatan'],
    ['Nama\tProgram', 'nama program'],
    ['Indikator\u00a0Kinerja', 'indikator kinerja'],
    ['Target 2024 a b', 'target 2024 a b'],
  ])('%j is %j', (text, normal) => {
    expect(normalize(text)).toBe(normal);
  });
});

describe('formulas of one shape evaluated one after another', () => {
  const cells: Record<string, Value> = {
    D5: { kind: 'number', value: 10 },
    F5: { kind: 'number', value: 8 },
    D6: { kind: 'number', value: 4 },
    F6: { kind: 'number', value: 5 },
  };
  const lookup = (row: number, col: number): Value =>
    cells[`${String.fromCharCode(65 + col)}${row + 1}`] ?? EMPTY;

  test('each reads its own cells, and a new shape with as many references is not taken for the last', () => {
    const settings = { negativeMethod: 'selisih', cap: null } as const;
    expect(evaluate(capaianFormula('D5', 'F5', 'positif', settings), lookup)).toEqual({
      kind: 'number',
      value: 0.8,
    });
    expect(evaluate(capaianFormula('D6', 'F6', 'positif', settings), lookup)).toEqual({
      kind: 'number',
      value: 1.25,
    });
    // Negative by selisih: (2 × 4 − 5) / 4.
    expect(evaluate(capaianFormula('D6', 'F6', 'negatif', settings), lookup)).toEqual({
      kind: 'number',
      value: 0.75,
    });
    expect(evaluate(penyerapanFormula('D5', 'F5'), lookup)).toEqual({ kind: 'number', value: 0.8 });
  });

  test('the formulas are the text they always were', () => {
    expect(capaianFormula('D5', 'F5', 'positif', { negativeMethod: 'selisih', cap: 1 })).toBe(
      '=IF(AND(ISNUMBER(D5),ISNUMBER(F5),D5<>0),MIN(1,F5/D5),"")',
    );
    expect(capaianFormula('D5', '(F5/100)', 'negatif', { negativeMethod: 'kebalikan', cap: null })).toBe(
      '=IF(AND(ISNUMBER(D5),ISNUMBER((F5/100))),IF((F5/100)<>0,D5/(F5/100),IF(D5=0,1,"")),"")',
    );
    expect(penyerapanFormula('H9', 'I9')).toBe('=IF(AND(ISNUMBER(H9),ISNUMBER(I9),H9<>0),I9/H9,"")');
    expect(flat`=SUM(${'A1'},${2},${null})`).toBe(`=SUM(${'A1'},${2},${null})`);
  });
});

describe('a formula read inside another one', () => {
  // The outer formula's references stay its own while a cell it reads computes a formula of its own.
  const formulas: Record<string, string> = { D5: '=F5*2', E5: '=SUM(D5,F5:F6)', G5: '=AGGREGATE(9,6,F5:F7)' };
  const typed: Record<string, Value> = {
    F5: { kind: 'number', value: 3 },
    F6: { kind: 'number', value: 4 },
    F7: { kind: 'error', code: '#REF!' },
  };
  const lookup = (row: number, col: number): Value => {
    const at = `${String.fromCharCode(65 + col)}${row + 1}`;
    const f = formulas[at];
    if (f === undefined) return typed[at] ?? EMPTY;
    const v = evaluate(f, lookup);
    return v === 'unknown' ? { kind: 'error', code: '#N/A' } : v;
  };

  test('nested formulas compute with their own references, and the outer one with its own after', () => {
    expect(evaluate('=IF(ISNUMBER(E5),E5-F5,"")', lookup)).toEqual({ kind: 'number', value: 10 });
    expect(evaluate('=D5+E5+F6', lookup)).toEqual({ kind: 'number', value: 23 });
  });

  test('an error in a range is given by SUM and skipped by AGGREGATE(9,6,…)', () => {
    expect(evaluate('=SUM(F5:F7)', lookup)).toEqual({ kind: 'error', code: '#REF!' });
    expect(evaluate('=G5+F5', lookup)).toEqual({ kind: 'number', value: 10 });
  });
});

describe('rows made references without a sort when they come in order', () => {
  test.each([[[4, 5, 6, 9, 11, 12]], [[7]], [[3, 3, 4]], [[]]])(
    '%j gives what its shuffled copy gives',
    (rows) => {
      const shuffled = [...rows].reverse();
      expect(columnRefs('G', rows)).toEqual(columnRefs('G', shuffled));
    },
  );

  test('the references are the ranges of neighbouring rows', () => {
    expect(columnRefs('G', [12, 4, 5, 6, 9, 11])).toEqual(['G5:G7', 'G10', 'G12:G13']);
    expect(columnRefs('AB', [3, 3, 4])).toEqual(['AB4', 'AB4:AB5']);
  });
});
