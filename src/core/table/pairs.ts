import { capaianTally } from './derived';
import { ColumnSample } from './evidence';
import { Draft } from './draft';
import { LABEL_ROLES } from './columns';
import { Measure } from './roles';
import { termsOf } from './vocabulary';

/**
 * Months or triwulan that each appear once are one series: one measure for all (a December of small
 * figures is still rupiah when the other eleven months are).
 */
export function harmonisePeriods(drafts: Draft[]): void {
  for (const of of [4, 12] as const) {
    const series = drafts.filter((d) => d.role.kind === 'period' && d.role.of === of && d.why.by !== 'user');
    const indexes = series.map((d) => (d.role.kind === 'period' ? d.role.index : 0));
    if (series.length < 2 || new Set(indexes).size !== indexes.length) continue;
    const rp = series.filter((d) => d.role.kind === 'period' && d.role.measure === 'Rp').length;
    const measure: Measure = rp * 2 > series.length ? 'Rp' : 'K';
    for (const d of series) if (d.role.kind === 'period') d.role = { ...d.role, measure };
  }
}

/**
 * When several columns could be the target or the realisasi (a PKP's "Target (%)" and "Target Sasaran",
 * "Pencapaian" and "Cakupan (%)"), the typed capaian say which pair it divides: that pair is kept, the
 * other candidates are read as other figures.
 */
export function choosePair(drafts: readonly Draft[], samples: ReadonlyMap<number, ColumnSample>): void {
  if (drafts.some((d) => d.role.kind === 'period' && d.role.measure === 'K')) return;
  const proposes = (d: Draft, kind: string): boolean =>
    d.role.kind === kind || d.p.proposals.some((x) => x.role.kind === kind);
  // The population a service is measured against ("Total Sasaran") is a target too.
  const targets = drafts.filter(
    (d) =>
      d.role.kind === 'targetK' || (d.role.kind === 'other' && termsOf(d.p.path.join(' ')).has('populasi')),
  );
  const reals = drafts.filter((d) => proposes(d, 'realisasiK') && d.why.by !== 'user');
  // A capaian "terhadap target" (a PKP's "% Pencapaian terhadap target" beside its "% Cakupan riil") is a
  // candidate even when its first word read it as a realisasi.
  const capaian = drafts.filter(
    (d) =>
      (d.role.kind === 'capaianK' || (againstTarget(d) && !LABEL_ROLES.has(d.role.kind))) &&
      d.why.by !== 'user' &&
      samples.get(d.p.col)!.numbers >= 2,
  );
  if (capaian.length === 0 || (targets.length < 2 && reals.length < 2)) return;
  let best: { c: Draft; t: Draft; r: Draft; score: number } | null = null;
  // On a tie the earlier realisasi wins: a count typed by the office before its percentage.
  for (const c of capaian) {
    for (const r of reals) {
      for (const t of targets) {
        if (r === c || r === t) continue;
        const tally = capaianTally(samples.get(c.p.col)!, 'K', {
          targetK: samples.get(t.p.col),
          realisasiK: samples.get(r.p.col),
          periodsK: [],
          periodsRp: [],
        });
        if (tally.of < 2 || tally.fit / tally.of < 0.5) continue;
        // A column headed as the target beats a population it could equally divide by.
        // A capaian headed as against the target beats a coverage of the population.
        const score =
          tally.fit / tally.of + (t.role.kind === 'targetK' ? 0.01 : 0) + (againstTarget(c) ? 0.01 : 0);
        if (!best || score > best.score) best = { c, t, r, score };
      }
    }
  }
  if (!best) return;
  // Every column read as the target is among the candidates: only the chosen pair keeps its roles.
  for (const t of targets) if (t !== best.t && t.role.kind === 'targetK') t.role = { kind: 'other' };
  best.t.role = { kind: 'targetK' };
  for (const r of reals) if (r !== best.r && r.role.kind === 'realisasiK') r.role = { kind: 'other' };
  best.r.role = { kind: 'realisasiK' };
  for (const c of capaian) if (c !== best.c && c.role.kind === 'capaianK') c.role = { kind: 'other' };
  best.c.role = { kind: 'capaianK' };
}

/** "Pencapaian (terhadap target)", "Capaian thd Target": a capaian the header says divides by the target. */
function againstTarget(d: Draft): boolean {
  return /\b(terhadap|thd\.?|atas|dari)\s+target\b/i.test(d.p.path[d.p.path.length - 1] ?? '');
}
