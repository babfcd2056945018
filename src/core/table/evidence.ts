import { alignedRealisasi, alignedTarget, capaianOf, typedCapaianMatches } from '../capaian/compute';
import { NumberReading, Reading, ReadOptions, settleConvention } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { SheetReader } from '../sheet/snapshot';
import { FormExpr } from './numbering';
import { normalize } from './text';
import { readOwnCell } from './values';

/**
 * What the numbers under a column say: read on a sample of the data rows (every row up to 400, then an
 * even spread), so that confirming the roles of a 50,000-row table costs what a 400-row one does.
 */
const SAMPLE_ROWS = 400;

const NUMBER_START = /^\s*[-+(−]?\s*(rp\.?\s*|idr\s*)?\d/i;

/** A text that starts with a letter other than those of "Rp" and "IDR" (a name, a word) is no figure. */
function mayStartNumber(text: string): boolean {
  const lower = text.charCodeAt(0) | 32;
  return !(lower >= 97 && lower <= 122) || lower === 114 || lower === 105;
}

export function sampleRows(top: number, bottom: number, skip: ReadonlySet<number>): number[] {
  const count = bottom - top + 1;
  const step = count > SAMPLE_ROWS ? count / SAMPLE_ROWS : 1;
  const rows: number[] = [];
  for (let i = 0; i < count && rows.length < SAMPLE_ROWS; i += step) {
    const r = top + Math.floor(i);
    if (!skip.has(r)) rows.push(r);
  }
  return rows;
}

export interface ColumnSample {
  readonly col: number;
  /** One reading per sample row. */
  readonly readings: readonly Reading[];
  readonly texts: readonly string[];
  readonly numbers: number;
  /** Whole numbers of a thousand or more with no unit: rupiah. */
  readonly money: number;
  readonly statusWords: number;
  readonly filled: number;
  readonly options: ReadOptions;
}

export function sampleColumn(
  sheet: SheetReader,
  col: number,
  rows: readonly number[],
  allRows: { top: number; bottom: number },
  isStatus: (t: string) => boolean,
): ColumnSample {
  // The column's own convention ("1.234,5" or "1,234.5") from every text that starts like a number: names
  // and notes say nothing about it.
  const texts: string[] = [];
  for (let r = allRows.top; r <= allRows.bottom; r++) {
    const v = sheet.value(r, col);
    if (typeof v === 'string' && mayStartNumber(v) && NUMBER_START.test(v)) texts.push(v);
  }
  const settled = settleConvention(texts);
  const options: ReadOptions = { convention: settled === 'id' || settled === 'en' ? settled : null };
  const readings: Reading[] = [];
  const shown: string[] = [];
  let numbers = 0;
  let money = 0;
  let statusWords = 0;
  let filled = 0;
  for (const r of rows) {
    const reading = readOwnCell(sheet, r, col, options);
    readings.push(reading);
    const text = sheet.text(r, col);
    shown.push(text);
    if (reading.kind !== 'empty') filled++;
    if (reading.kind === 'text' && isStatus(reading.text)) statusWords++;
    // Zeros say nothing about K or Rp (a month with no spending yet).
    if (reading.kind !== 'number' || reading.value === 0) continue;
    numbers++;
    // A percentage is never rupiah, even typed after "Rp".
    if (
      reading.unit !== PERCENT &&
      (reading.currency ||
        (reading.unit === null && Number.isInteger(reading.value) && Math.abs(reading.value) >= 1000))
    )
      money++;
  }
  return { col, readings, texts: shown, numbers, money, statusWords, filled, options };
}

export function isMoneyLike(s: ColumnSample): boolean {
  return s.numbers >= 1 && s.money / s.numbers >= 0.6;
}

export function numberAt(s: ColumnSample | undefined, i: number): NumberReading | null {
  const r = s?.readings[i];
  return r?.kind === 'number' ? r : null;
}

/** How one typed capaian relates to its target and realisasi. */
export interface CapaianFit {
  readonly positif: boolean;
  readonly selisih: boolean;
  readonly kebalikan: boolean;
  /** Right only read as points in a %-formatted cell (95 shown as 9500%). */
  readonly scale100: boolean;
}

const NO_CAP = { negativeMethod: 'selisih', cap: null } as const;

function matchesAny(typed: NumberReading, value: number | null): boolean {
  if (value === null) return false;
  return (
    typedCapaianMatches(typed, value) ||
    typedCapaianMatches(typed, Math.min(1, value)) ||
    typedCapaianMatches(typed, Math.min(1.2, value))
  );
}

const KEBALIKAN = { negativeMethod: 'kebalikan', cap: null } as const;

/**
 * Where a figure typed with decimals really lies: "0,16" is anything from 0,155 to 0,165. Offices compute
 * capaian from the unrounded figures (162 and 186 per 100.000 give 87,10 % where 0,16 and 0,19 give 84,2 %).
 * Whole numbers are counts, taken as exact.
 */
function roundingRange(n: NumberReading, aligned: number): [number, number] {
  if (n.decimals < 1 || n.value === 0) return [aligned, aligned];
  const half = 0.5 * 10 ** -n.decimals * (aligned / n.value);
  return [aligned - Math.abs(half), aligned + Math.abs(half)];
}

/** Does the typed capaian lie between the lowest and highest capaian the rounded figures allow? */
function matchesWithin(typed: NumberReading, corners: readonly (number | null)[]): boolean {
  const values = corners.filter((v): v is number => v !== null);
  if (values.length < corners.length) return false;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Rounding that moves the capaian by less than its own last digit is covered by the plain match.
  if (hi - lo < 1e-4) return false;
  const candidates = typed.unit === PERCENT ? [typed.value] : [typed.value, typed.value / 100];
  return candidates.some((v) => matchesAny(typed, Math.min(hi, Math.max(lo, v))));
}

/**
 * Does a typed capaian fit the figures once their rounding is allowed for ("87,10" from 0,16 and 0,19
 * computed unrounded), by one polarity and method? The plain match is the caller's.
 */
export function fitsRounded(
  typed: NumberReading,
  target: NumberReading,
  realisasi: NumberReading,
  polarity: 'positif' | 'negatif',
  negativeMethod: 'selisih' | 'kebalikan',
): boolean {
  // Whole figures (or zeros) have no rounding range: all four corners are one capaian, which never counts.
  if ((target.decimals < 1 || target.value === 0) && (realisasi.decimals < 1 || realisasi.value === 0))
    return false;
  const [tLo, tHi] = roundingRange(target, alignedTarget(target, realisasi));
  const [rLo, rHi] = roundingRange(realisasi, alignedRealisasi(target, realisasi));
  const f = (a: number, b: number): number | null => capaianOf(a, b, polarity, { negativeMethod, cap: null });
  return matchesWithin(typed, [f(tLo, rLo), f(tLo, rHi), f(tHi, rLo), f(tHi, rHi)]);
}

export function capaianFit(
  typed: NumberReading,
  target: NumberReading,
  realisasi: NumberReading,
): CapaianFit {
  const t = alignedTarget(target, realisasi);
  const r = alignedRealisasi(target, realisasi);
  const pos = capaianOf(t, r, 'positif', NO_CAP);
  const sel = capaianOf(t, r, 'negatif', NO_CAP);
  const keb = capaianOf(t, r, 'negatif', KEBALIKAN);
  // Rounded figures are tried only where the plain match fails: most typed capaian agree at once.
  const rounded = (polarity: 'positif' | 'negatif', method: 'selisih' | 'kebalikan'): boolean =>
    fitsRounded(typed, target, realisasi, polarity, method);
  const fit = {
    positif: matchesAny(typed, pos) || rounded('positif', 'selisih'),
    selisih: matchesAny(typed, sel) || rounded('negatif', 'selisih'),
    kebalikan: matchesAny(typed, keb) || rounded('negatif', 'kebalikan'),
    scale100: false,
  };
  if (fit.positif || fit.selisih || fit.kebalikan || typed.unit !== PERCENT) return fit;
  const points = { ...typed, value: typed.value / 100 };
  return { ...fit, scale100: matchesAny(points, pos) || matchesAny(points, sel) || matchesAny(points, keb) };
}

/** Does the cell repeat another cell: the same number in the same unit, or the same text? */
export function repeats(a: Reading, aText: string, b: Reading, bText: string): boolean {
  if (a.kind === 'empty' || b.kind === 'empty') return false;
  if (a.kind === 'number' && b.kind === 'number') {
    return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) && a.unit === b.unit;
  }
  return normalize(aText) === normalize(bText);
}

/** Rupiah agree to the rupiah; other figures to the typed precision. */
export function sameFigure(typed: NumberReading, expected: number): boolean {
  const tol = Math.max(Math.pow(10, -typed.decimals) / 2 + 1e-9, Math.abs(expected) * 1e-9);
  return Math.abs(typed.value - expected) <= Math.max(tol, Number.isInteger(typed.value) ? 0.5 : 0);
}

/** The form's arithmetic on one row, or null when a figure it needs is missing. */
export function evaluateForm(e: FormExpr, valueOf: (n: number) => number | null): number | null {
  if (e.kind === 'const') return e.value;
  if (e.kind === 'col') return valueOf(e.n);
  const a = evaluateForm(e.a, valueOf);
  const b = evaluateForm(e.b, valueOf);
  if (e.op === '+' || e.op === '-') {
    if (a === null && b === null) return null;
    return e.op === '+' ? (a ?? 0) + (b ?? 0) : (a ?? 0) - (b ?? 0);
  }
  if (a === null || b === null) return null;
  if (e.op === '*') return a * b;
  return b === 0 ? null : a / b;
}
