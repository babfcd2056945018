import { readCell, readText, settleConvention } from '../src/core/numbers/read';
import { canonicalUnit } from '../src/core/numbers/units';

function num(text: string, opts: Parameters<typeof readText>[1] = {}) {
  const r = readText(text, opts);
  if (r.kind !== 'number') throw new Error(`${text} read as ${r.kind}`);
  return r;
}

describe('reading numbers the way Indonesian offices type them', () => {
  test.each([
    ['5.993.530.294', 5993530294],
    ['Rp. 4.100.832.755', 4100832755],
    ['Rp 5.000,-', 5000],
    ['90,76', 90.76],
    ['0,005', 0.005],
    ['1.234.567,89', 1234567.89],
    ['1,004,422,800', 1004422800],
    ['95.56', 95.56],
    ['1,234,567.5', 1234567.5],
    ['(1.500.000)', -1500000],
    ['-2,5', -2.5],
    ['\u00a044.223.782\u00a0', 44223782],
    ['2 500 000 000', 2500000000],
    ['Rp 1 250 000,50', 1250000.5],
  ])('%s reads %d', (text, value) => {
    expect(num(text).value).toBeCloseTo(value, 9);
  });

  test('a percent typed with % is a fraction, with its typed precision', () => {
    const r = num('98,69%');
    expect(r.value).toBeCloseTo(0.9869, 12);
    expect(r.unit).toBe('persen');
    expect(r.decimals).toBe(4);
    expect(num('100 %').value).toBe(1);
  });

  test('a percent cell stored as 0.9869 with a % format is the same fraction', () => {
    const r = readCell(0.9869, '0.00%');
    expect(r).toMatchObject({ kind: 'number', value: 0.9869, unit: 'persen', decimals: 4, fromText: false });
  });

  test.each([
    ['≥ 80', 80, 'min', '≥ ', null],
    ['>=75,5', 75.5, 'min', '>=', null],
    ['min. 90%', 0.9, 'min', 'min. ', '%'],
    ['Minimal 2 kali', 2, 'min', 'Minimal ', 'kali'],
    ['≤ 25 kasus', 25, 'max', '≤ ', 'kasus'],
    ['maks 5', 5, 'max', 'maks ', null],
    ['< 1,5 %', 0.015, 'max', '< ', '%'],
  ])(
    'a target typed as a bound, %s, reads %d, %s, and keeps how it was typed',
    (text, value, bound, boundText, unit) => {
      const r = num(text);
      expect(r.value).toBeCloseTo(value, 12);
      expect([r.bound, r.boundText, r.unitText]).toEqual([bound, boundText, unit]);
    },
  );

  test('a note on its own line after the figure is read past, and kept', () => {
    const r = num('96,2\n(angka sementara)');
    expect([r.value, r.note, r.unitText]).toEqual([96.2, '(angka sementara)', null]);
    // A second figure under it is no note: the cell says two things.
    expect(readText('96,2\n(s.d. Nov 2023)').kind).toBe('text');
  });

  test('spaces group thousands only in groups of three: "25 org" and "2 50" are not one number', () => {
    expect([num('25 org').value, num('25 org').unitText]).toEqual([25, 'org']);
    expect(readText('2 50').kind).toBe('text');
  });

  test('a word that only starts like a bound is no bound', () => {
    expect(readText('Minggu ke-3').kind).toBe('text');
    expect(num('25 org').bound).toBeNull();
  });

  test('units are split from the number and aliases compare equal', () => {
    expect(num('25 org')).toMatchObject({ value: 25, unit: 'orang', unitText: 'org' });
    expect(num('1 pkt').unit).toBe(num('1 paket').unit);
    expect(num('1 dok').unit).toBe('dokumen');
    expect(num('1th').unit).toBe('tahun');
    expect(num('1 Th').unit).toBe(num('1 thn').unit);
    expect(num('354 lbr').unit).toBe('lembar');
    expect(num('2 lembaga').unit).toBe('lembaga');
    // A line break from a PDF copy split the word.
    expect(canonicalUnit('lem bag a')).toBe('lembaga');
    // "kel" could be kelurahan or kelompok: it is not guessed.
    expect(canonicalUnit('kel')).toBe('kel');
  });

  test('"1.234" is never silently guessed: the convention decides, else it is flagged', () => {
    expect(num('1.234', { convention: 'id' })).toMatchObject({ value: 1234, ambiguous: false });
    expect(num('1.234', { convention: 'en' })).toMatchObject({ value: 1.234, ambiguous: false });
    expect(num('1,234')).toMatchObject({ value: 1.234, ambiguous: true });
    // Rupiah columns hold whole rupiah.
    expect(num('1.234', { preferThousands: true })).toMatchObject({ value: 1234, ambiguous: false });
    expect(num('1,234', { preferThousands: true })).toMatchObject({ value: 1234, ambiguous: false });
  });

  test('the convention is settled per column from unambiguous cells', () => {
    expect(settleConvention(['5.993.530.294', '1.234'])).toBe('id');
    expect(settleConvention(['1,004,422,800', '95.56'])).toBe('en');
    expect(settleConvention(['90,76', '95.56'])).toBe('mixed');
    expect(settleConvention(['1.234', '25 org'])).toBeNull();
  });

  test('text that is no number stays text, and malformed grouping is not read as a number', () => {
    expect(readText('BB')).toEqual({ kind: 'text', text: 'BB' });
    expect(readText('Tersedia')).toMatchObject({ kind: 'text' });
    expect(readText('1.23.4')).toMatchObject({ kind: 'text' });
    expect(readText('2 dari 3 kegiatan')).toMatchObject({ kind: 'text' });
    expect(readText('#REF!')).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell({ error: '#DIV/0!' })).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(readCell(null)).toEqual({ kind: 'empty' });
  });
});
