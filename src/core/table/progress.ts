import { ColumnProposal, periodOf } from './propose';

/** A bare "%" under (or over) a period's label: a label of the path is the unit alone. */
const PERCENT_LEAF = /^\(?\s*%\s*\)?$/;

/**
 * A period of several columns (K | % | Rp under "Triwulan I"): its "%" beside a K or an Rp of the same
 * period is the cumulative progress of that period, not a third realisasi. A "%" alone under a period (a
 * month's penyerapan) stays as the words read it.
 */
export function progressColumns(out: ColumnProposal[]): ColumnProposal[] {
  const key = (r: ColumnProposal['proposals'][number]['role']): string | null =>
    r.kind === 'period' ? `${r.index}/${r.of}` : null;
  const measured = new Set<string>();
  for (const c of out) {
    const r = c.proposals[0]?.role;
    const k = r && c.proposals.length === 1 ? key(r) : null;
    if (k !== null && c.measure !== null) measured.add(k);
  }
  return out.map((c) => {
    if (!c.path.some((p) => PERCENT_LEAF.test(p))) return c;
    const { label } = periodOf(c.path);
    if (!label || label.of === 2 || !measured.has(`${label.index}/${label.of}`)) return c;
    return {
      ...c,
      proposals: [{ role: { kind: 'progress', index: label.index, of: label.of } }],
      measure: null,
    };
  });
}
