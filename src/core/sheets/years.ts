import type { AnalysedTable } from '../engine';
import { columnHeaderPath } from '../table/headerPath';
import { yearsIn } from '../table/vocabulary';

/** The columns holding one earlier year's figures. */
export interface YearColumns {
  readonly year: number;
  readonly target: number | null;
  readonly realisasi: number | null;
  /** A capaian typed for that year, used only where the year has no target to compute it from. */
  readonly capaian: number | null;
}

export interface ReferenceColumns {
  /** Earlier years, oldest first. */
  readonly earlier: readonly YearColumns[];
  /** The Renstra's end-of-period target, and the year it is for when the header names one. */
  readonly renstra: { readonly col: number; readonly year: number | null } | null;
}

/**
 * The earlier-year and Renstra columns the reader found, by year. A year comes from the column's header
 * ("Realisasi Tahun 2021", "Kondisi Awal (2020)"); a "Tahun Lalu" without one is the year before.
 */
export function referenceColumns(at: AnalysedTable): ReferenceColumns {
  const { table, cells } = at;
  const now = table.year;
  const byYear = new Map<
    number,
    { target: number | null; realisasi: number | null; capaian: number | null }
  >();
  let renstra: ReferenceColumns['renstra'] = null;
  for (const c of table.columns) {
    if (c.role.kind !== 'reference') continue;
    const years = yearsIn(columnHeaderPath(cells.sheet, table.header, c.col).join(' '));
    const year = years.length ? Math.max(...years) : null;
    const { source, measure } = c.role;
    if (source === 'renstra' && measure === 'target') {
      // The latest-ending target is the end of the period.
      if (!renstra || (year ?? 0) > (renstra.year ?? 0)) renstra = { col: c.col, year };
      continue;
    }
    const earlier = source === 'priorYear' ? (year ?? (now === null ? null : now - 1)) : year;
    // A Renstra realisasi (baseline) is an earlier year's only when its header names that year.
    if (earlier === null || (now !== null && earlier >= now)) continue;
    const slot = byYear.get(earlier) ?? { target: null, realisasi: null, capaian: null };
    if (slot[measure] === null) slot[measure] = c.col;
    byYear.set(earlier, slot);
  }
  const earlier = [...byYear.entries()]
    .filter(([, s]) => s.realisasi !== null || s.capaian !== null)
    .sort(([a], [b]) => a - b)
    .map(([year, s]) => ({ year, ...s }));
  return { earlier, renstra };
}
