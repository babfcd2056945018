import { CellValue } from '../../src/core/sheet/snapshot';
import type { LayoutSpec } from './spec';

/** How one figure is typed into its cell, and the number it stands for. */
export interface Typed {
  readonly value: CellValue;
  readonly format?: string;
  /** The number the cell means (in the cell's own scale: 0.955 under a % format, 95.5 otherwise). */
  readonly means: number;
  readonly text: boolean;
  readonly percentText: boolean;
}

type Numbers = LayoutSpec['numbers'];

const LONG_UNIT: Record<string, string> = {
  dok: 'Dokumen',
  org: 'Orang',
  lembaga: 'Lembaga',
  unit: 'Unit',
  paket: 'Paket',
  kegiatan: 'Kegiatan',
  laporan: 'Laporan',
  '%': '%',
  '': 'Indeks',
};

export function satuanText(unit: string): string {
  return LONG_UNIT[unit] ?? unit;
}

/** 1234567.5 as the office's locale writes it: '1.234.567,5' (id) or '1,234,567.5' (en). */
export function localeNumber(x: number, decimals: number, locale: 'id' | 'en'): string {
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
  const sign = x < 0 ? '-' : '';
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}${locale === 'id' ? ',' : '.'}${frac}`;
}

function decimalsOf(x: number): number {
  return Number.isInteger(x) ? 0 : Number.isInteger(x * 10) ? 1 : 2;
}

/** 79.6 % as the fraction Excel stores (0.796, not 0.7959999999999999). */
const fraction = (points: number): number => Number((points / 100).toFixed(6));

function plain(value: number, format?: string): Typed {
  return { value, format, means: value, text: false, percentText: false };
}

function text(value: string, means: number, percentText = false): Typed {
  return { value, means, text: true, percentText };
}

/**
 * A kinerja figure (target, realisasi, a period, a reference) of an indicator with `unit`. Percentages
 * and indexes have at most one decimal; counts stay under 1000 so that no typed text is ambiguous
 * between the id and en conventions ('1.250' could be either).
 */
export function kinerjaCell(x: number, unit: string, n: Numbers): Typed {
  const d = decimalsOf(x);
  const shown = localeNumber(x, d, n.locale);
  const percent = unit === '%';
  switch (n.k) {
    case 'number':
      if (percent && n.percentAsFraction) return plain(fraction(x), d === 0 ? '0%' : '0.0%');
      return plain(x, d === 0 ? 'General' : '0.0');
    case 'unit-format': {
      const body = d === 0 ? '0' : '0.0';
      if (percent && n.percentAsFraction) return plain(fraction(x), `${body}%`);
      return plain(x, unit === '' ? body : `${body}" ${unit}"`);
    }
    case 'text':
      return text(shown, x);
    case 'unit-text':
      if (percent) return text(x % 2 === 0 ? `${shown} %` : `${shown}%`, x, true);
      return text(unit === '' ? shown : `${shown} ${unit}`, x);
  }
}

/** A target typed as a lower bound ("≥ 80", "min. 90 %"): text, whatever the kinerja style. */
export function boundTargetCell(x: number, unit: string, n: Numbers, salt: number): Typed {
  const shown = localeNumber(x, decimalsOf(x), n.locale);
  const bound = salt % 2 === 0 ? '≥ ' : 'min. ';
  if (unit === '%') return text(`${bound}${shown}%`, x, true);
  return text(unit === '' ? `${bound}${shown}` : `${bound}${shown} ${unit}`, x);
}

const ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)';

/** A rupiah figure: a number under one of the formats offices use, or text in the office's locale. */
export function rupiahCell(x: number, n: Numbers, salt: number): Typed {
  switch (n.rp) {
    case 'number':
      return plain(x, salt % 2 === 0 ? '#,##0' : '#,##0.00');
    case 'accounting':
      return plain(x, ACCOUNTING);
    case 'general':
      return plain(x);
    case 'text':
      return text(localeNumber(x, 0, n.locale), x);
    case 'rp-text': {
      const body = localeNumber(x, salt % 3 === 0 ? 2 : 0, n.locale);
      return text(salt % 2 === 0 ? `Rp ${body}` : `Rp. ${body}`, x);
    }
  }
}

/** Is this figure typed as a number the office's own formulas could add up or divide? */
export function isNumeric(style: Numbers['k'] | Numbers['rp']): boolean {
  return style !== 'text' && style !== 'unit-text' && style !== 'rp-text';
}

/** Capaian as offices type it: realisasi ÷ target in percent, rounded or cut to their decimals. */
export function roundedPoints(
  ratio: number,
  rounding: Numbers['rounding'],
): { points: number; decimals: number } {
  const decimals = rounding === 'round0' ? 0 : rounding === 'round1' ? 1 : 2;
  const scale = 10 ** decimals;
  // The small epsilon keeps 0.935 * 100 (= 93.49999…) rounding up as the office's Excel shows it.
  const scaled = ratio * 100 * scale;
  const points = (rounding === 'trunc2' ? Math.floor(scaled + 1e-7) : Math.round(scaled + 1e-7)) / scale;
  return { points, decimals };
}

/** A typed capaian / penyerapan cell (never the `formula` style: the builder writes those itself). */
export function capaianCell(ratio: number, n: Numbers, salt: number): Typed | null {
  const { points, decimals } = roundedPoints(ratio, n.rounding);
  const pctFormat = decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
  switch (n.capaian) {
    case 'empty':
      return null;
    case 'formula':
    case 'fraction':
      return plain(Number((points / 100).toFixed(decimals + 2)), pctFormat);
    case 'points':
      return plain(points, salt % 2 === 0 ? 'General' : `0.${'0'.repeat(Math.max(decimals, 1))}`);
    case 'text': {
      const shown = localeNumber(points, decimals, n.locale);
      const withSign = salt % 3 === 0 ? shown : salt % 3 === 1 ? `${shown}%` : `${shown} %`;
      return text(withSign, points, withSign !== shown);
    }
  }
}
