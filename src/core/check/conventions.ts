import { NegativeMethod } from '../capaian/settings';
import { columnOf, isDerived } from '../table/model';
import { capaianFit } from '../table/evidence';
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

/**
 * The office's own method for negative indicators, from its typed capaian: when every typed capaian that
 * tells the two methods apart follows one of them, that is the office's method. Null when they do not tell
 * (none typed, or both methods seen).
 */
export function officeNegativeMethod(
  tables: readonly { readonly cells: TableCells; readonly analysis: TableAnalysis }[],
): { method: NegativeMethod; rows: number } | null {
  let selisih = 0;
  let kebalikan = 0;
  for (const { cells, analysis } of tables) {
    const table = cells.table;
    const cap = columnOf(table, 'capaianK');
    if (cap === null || !isDerived(table, cap)) continue;
    for (const ind of analysis.indicators) {
      if (ind.polarity !== 'negatif' || cells.hasFormula(ind.row, cap)) continue;
      const typed = cells.number(ind.row, cap);
      const t = ind.target.kind === 'number' ? ind.target : null;
      const r = ind.realisasi.kind === 'number' ? ind.realisasi : null;
      if (!typed || !t || !r) continue;
      const fit = capaianFit(typed, t, r);
      if (fit.selisih && !fit.kebalikan) selisih++;
      else if (fit.kebalikan && !fit.selisih) kebalikan++;
    }
  }
  if (selisih > 0 && kebalikan === 0) return { method: 'selisih', rows: selisih };
  if (kebalikan > 0 && selisih === 0) return { method: 'kebalikan', rows: kebalikan };
  return null;
}
