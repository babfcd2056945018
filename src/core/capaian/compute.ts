import { NumberReading } from '../numbers/read';
import { PERCENT } from '../numbers/units';
import { CapaianSettings, Polarity } from './settings';

/** Capaian as a fraction, or null when it cannot be computed (no division by zero, ever). */
export function capaianOf(
  target: number,
  realisasi: number,
  polarity: Polarity,
  settings: Pick<CapaianSettings, 'negativeMethod' | 'cap'>,
): number | null {
  let c: number;
  if (polarity === 'positif') {
    if (target === 0) return null;
    c = realisasi / target;
  } else if (target === 0 && realisasi === 0) {
    // Zero cases against a target of zero: met.
    c = 1;
  } else if (settings.negativeMethod === 'selisih') {
    if (target === 0) return null;
    c = Math.max(0, (2 * target - realisasi) / target);
  } else {
    if (realisasi === 0) return null;
    c = target / realisasi;
  }
  return settings.cap === null ? c : Math.min(settings.cap, c);
}

/**
 * Which of target and realisasi is a bare percentage to divide by 100: "100 %" reads 1, so a bare "95"
 * beside it means 95 %. Null when both are on one scale already.
 */
export function percentSide(target: NumberReading, realisasi: NumberReading): 'target' | 'realisasi' | null {
  if (target.unit === PERCENT && realisasi.unit === null && Math.abs(realisasi.value) > 1.5)
    return 'realisasi';
  if (realisasi.unit === PERCENT && target.unit === null && Math.abs(target.value) > 1.5) return 'target';
  return null;
}

/** The realisasi value to compute with, on the target's scale. */
export function alignedRealisasi(target: NumberReading, realisasi: NumberReading): number {
  return percentSide(target, realisasi) === 'realisasi' ? realisasi.value / 100 : realisasi.value;
}

/** The target value to compute with, on the realisasi's scale. */
export function alignedTarget(target: NumberReading, realisasi: NumberReading): number {
  return percentSide(target, realisasi) === 'target' ? target.value / 100 : target.value;
}

/** 10^-d for the decimals a figure is typed with, computed once: every typed capaian is compared thrice. */
const TENTHS = Array.from({ length: 32 }, (_, d) => Math.pow(10, -d));

/** One unit of the last of `d` decimals, and a little more for the binary fractions. */
function tol(d: number): number {
  return (TENTHS[d] ?? Math.pow(10, -d)) + 1e-9;
}

/**
 * Does a typed capaian agree with the computed one? "57,77" (a percent without %), "0,8589" and 0.9869
 * formatted as % all may match; the tolerance is one unit of the last typed digit, so both rounding and
 * truncation by the office pass.
 */
export function typedCapaianMatches(typed: NumberReading, expected: number): boolean {
  if (typed.unit !== null && typed.unit !== PERCENT) return false;
  if (typed.unit === PERCENT) return Math.abs(typed.value - expected) <= tol(typed.decimals);
  const asFraction = Math.abs(typed.value - expected) <= tol(typed.decimals);
  const asPoints = Math.abs(typed.value / 100 - expected) <= tol(typed.decimals + 2);
  return asFraction || asPoints;
}

export type PeriodRule = 'jumlah' | 'terakhir';

/** Percentages, indexes and ratios are not added over periods: the last filled period is the year's. */
export function periodRuleOf(indikator: string, unit: string | null): PeriodRule {
  if (unit === PERCENT) return 'terakhir';
  return /^\s*(persentase|prosentase|indeks|indek|rasio|angka|tingkat|cakupan|prevalensi|proporsi|nilai|skor|predikat|opini|rata-rata|%)/i.test(
    indikator,
  )
    ? 'terakhir'
    : 'jumlah';
}
