import { NegativeMethod } from '../capaian/settings';
import { a1 } from '../sheet/address';
import { columnOf, isDerived } from '../table/model';
import { capaianFit } from '../table/evidence';
import { typedCapaianMatches } from '../capaian/compute';
import { TableCells } from '../table/values';
import { TableAnalysis } from './analysis';

/** How negative indicators are computed, and what decided it. */
export interface NegativeConvention {
  readonly method: NegativeMethod;
  /** pengguna: chosen by the user; data: the office's typed capaian; bawaan: the default (Permendagri 86/2017). */
  readonly source: 'pengguna' | 'data' | 'bawaan';
  /** Typed capaian of negative indicators that showed the office's method. */
  readonly rows: number;
}

/** The method a capaian formula computes, from its text: T/R, or (2T − R)/T; null when it shows neither. */
function methodOfFormula(formula: string, t: string, r: string): NegativeMethod | null {
  const f = formula.replace(/[\s$]/g, '').toUpperCase();
  const ref = (a: string) => `(?<![A-Z0-9])${a}(?![0-9])`;
  if (new RegExp(`2\\*${ref(t)}-${ref(r)}`).test(f)) return 'selisih';
  if (new RegExp(`${ref(t)}/${ref(r)}`).test(f)) return 'kebalikan';
  return null;
}

/**
 * The office's own method for negative indicators, from its typed capaian and its capaian formulas (the
 * office's own, or ours from an earlier run, which carry the method that run used): when every one that tells
 * the two methods apart follows one of them, that is the method. Null when they do not tell (none, or both
 * methods seen). `typed` counts the typed values among `rows`.
 */
export function officeNegativeMethod(
  tables: readonly { readonly cells: TableCells; readonly analysis: TableAnalysis }[],
): { method: NegativeMethod; rows: number; typed: number } | null {
  const seen = { selisih: { rows: 0, typed: 0 }, kebalikan: { rows: 0, typed: 0 } };
  for (const { cells, analysis } of tables) {
    const table = cells.table;
    const cap = columnOf(table, 'capaianK');
    if (cap === null || !isDerived(table, cap)) continue;
    const tCol = columnOf(table, 'targetK');
    const rCol = columnOf(table, 'realisasiK');
    for (const ind of analysis.indicators) {
      if (ind.polarity !== 'negatif') continue;
      const formula = cells.sheet.formula(ind.row, cap);
      let method: NegativeMethod | null = null;
      if (formula !== null) {
        if (tCol !== null && rCol !== null)
          method = methodOfFormula(formula, a1(ind.row, tCol), a1(ind.row, rCol));
      } else {
        const typed = cells.number(ind.row, cap);
        const t = ind.target.kind === 'number' ? ind.target : null;
        const r = ind.realisasi.kind === 'number' ? ind.realisasi : null;
        const fit = typed && t && r ? capaianFit(typed, t, r) : null;
        if (fit?.selisih && !fit.kebalikan) method = 'selisih';
        else if (fit?.kebalikan && !fit.selisih) method = 'kebalikan';
      }
      if (method === null) continue;
      seen[method].rows++;
      if (formula === null) seen[method].typed++;
    }
  }
  if (seen.selisih.rows > 0 && seen.kebalikan.rows === 0) return { method: 'selisih', ...seen.selisih };
  if (seen.kebalikan.rows > 0 && seen.selisih.rows === 0) return { method: 'kebalikan', ...seen.kebalikan };
  return null;
}

/** A cap on capaian, and what decided it. */
export interface CapConvention {
  /** 1 for 100 %, or null for none. */
  readonly cap: number | null;
  readonly source: 'pengguna' | 'data' | 'bawaan';
  /** Typed capaian above 100 % by the figures that the office typed as 100 %. */
  readonly rows: number;
}

/**
 * Does the office cap capaian at 100 %: every typed capaian whose figures give more than 100 % typed as
 * 100 %, in two rows or more, and none typed above it? Rows at or below 100 % say nothing. Our capaian
 * formulas from an earlier run carry the cap that run followed (`MIN(1,…)`), so a second run keeps it.
 */
export function officeCapsAt100(
  tables: readonly { readonly cells: TableCells; readonly analysis: TableAnalysis }[],
): number {
  let capped = 0;
  for (const { cells, analysis } of tables) {
    const table = cells.table;
    const cap = columnOf(table, 'capaianK');
    if (cap === null || !isDerived(table, cap)) continue;
    for (const ind of analysis.indicators) {
      const formula = cells.sheet.formula(ind.row, cap);
      if (formula !== null && /\bMIN\(1,/i.test(formula.replace(/\s/g, ''))) {
        capped++;
        continue;
      }
      if (ind.capaian === null || ind.capaian <= 1.0001 || formula !== null) continue;
      const typed = cells.number(ind.row, cap);
      if (!typed) continue;
      if (typedCapaianMatches(typed, 1) && !typedCapaianMatches(typed, ind.capaian)) capped++;
      else return 0;
    }
  }
  return capped >= 2 ? capped : 0;
}
