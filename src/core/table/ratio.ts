import { LABEL_ROLES } from './columns';
import { formColumnsFor, formTally, ratioError, ratioTally, Tally } from './derived';
import { Draft, pathOf, relationText } from './draft';
import { ColumnSample } from './evidence';
import { HeaderBlock } from './header';
import { termsOf } from './vocabulary';

function ownCapaian(num: Draft, den: Draft): 'capaianK' | 'capaianRp' | null {
  if (num.role.kind === 'realisasiRp' && den.role.kind === 'pagu') return 'capaianRp';
  if (num.role.kind === 'realisasiK' && den.role.kind === 'targetK') return 'capaianK';
  return null;
}

/**
 * A capaian of other figures (against the Renstra target, of an earlier year): derived when its values are
 * the ratio of two other columns in at least four rows of five.
 */
export function confirmRatio(
  d: Draft,
  drafts: readonly Draft[],
  samples: ReadonlyMap<number, ColumnSample>,
  letter: (col: number) => string,
): void {
  const demoted =
    d.role.kind === 'other' &&
    d.p.proposals.some((x) => ['realisasiK', 'capaianK', 'realisasiRp', 'capaianRp'].includes(x.role.kind));
  // A "%" that is not this table's capaian (an LRA's "% sisa" = sisa ÷ pagu) may still be another ratio.
  const mismatched = d.why.by === 'mismatch' && (d.role.kind === 'capaianK' || d.role.kind === 'capaianRp');
  if (
    (d.kind !== null && !mismatched) ||
    !(demoted || mismatched || (d.role.kind === 'reference' && d.role.measure === 'capaian'))
  )
    return;
  const own = samples.get(d.p.col)!;
  if (own.numbers < 2) return;
  // Only a column whose header says it is a percentage: small counts divide into each other by chance.
  const terms = termsOf(d.p.path.join(' '));
  if (!['capaian', 'persen', 'cakupan', 'penyerapan'].some((t) => terms.has(t as never))) return;
  const figures = drafts.filter(
    (x) =>
      x !== d && !LABEL_ROLES.has(x.role.kind) && x.role.kind !== 'capaianK' && x.role.kind !== 'capaianRp',
  );
  let best: { num: Draft; den: Draft; t: Tally; error: number } | null = null;
  for (const num of figures) {
    for (const den of figures) {
      if (num === den || samples.get(num.p.col)!.numbers < 2 || samples.get(den.p.col)!.numbers < 2) continue;
      const t = ratioTally(own, samples.get(num.p.col)!, samples.get(den.p.col)!);
      if (t.of < 2 || t.fit / t.of < 0.8 || (best && t.fit < best.t.fit)) continue;
      // Two ratios fitting as often (a PKP's G ÷ F is its target %, H ÷ F its coverage): the closer one.
      const error = ratioError(own, samples.get(num.p.col)!, samples.get(den.p.col)!);
      if (!best || t.fit > best.t.fit || error < best.error) best = { num, den, t, error };
    }
  }
  if (!best) return;
  if (mismatched) d.role = { kind: 'other' };
  d.kind = 'derived';
  d.relation = { kind: 'ratio', num: best.num.p.col, den: best.den.p.col };
  // Realisasi Rp ÷ pagu (realisasi ÷ target) is the table's own penyerapan (capaian), where no other column
  // is: a second "Persentase (%)" beside the capaian's, its measure said by a group the header lost.
  const capaian = ownCapaian(best.num, best.den);
  if (capaian && !drafts.some((x) => x.role.kind === capaian)) {
    d.role = { kind: capaian };
    d.relation = { kind: 'capaian', measure: capaian === 'capaianK' ? 'K' : 'Rp' };
  }
  d.why = {
    by: 'data',
    path: pathOf(d),
    relation: relationText(letter, best.num.p.col, best.den.p.col),
    fit: best.t.fit,
    of: best.t.of,
    copies: 0,
  };
}

/** The form's own arithmetic ("13 = 9 + 10 + 11 + 12") defines its columns, whatever their header says. */
export function confirmForm(
  drafts: Draft[],
  block: HeaderBlock,
  samples: ReadonlyMap<number, ColumnSample>,
  letter: (col: number) => string,
): void {
  const numbering = block.numbering;
  if (!numbering || numbering.formulas.size === 0) return;
  for (const d of drafts) {
    const n = numbering.numberOf.get(d.p.col);
    const formula = n === undefined ? undefined : numbering.formulas.get(n);
    if (!formula || d.why.by === 'user') continue;
    const cols = formColumnsFor(numbering, d.p.col, formula);
    if (!cols || [...cols.values()].includes(d.p.col)) continue;
    const tally = formTally(samples.get(d.p.col)!, formula, cols, samples);
    d.kind = 'derived';
    d.relation = { kind: 'form', formula, cols };
    const rhs = formula.text.slice(formula.text.indexOf('=') + 1).replace(/\d+/g, (x) => {
      const c = cols.get(Number(x));
      return c === undefined ? x : letter(c);
    });
    d.why = {
      by: 'form',
      path: pathOf(d),
      formula: `${formula.text}: ${letter(d.p.col)} = ${rhs.trim()}`,
      fit: tally.fit,
      of: tally.of,
    };
  }
}

/**
 * Two columns confirmed as the same capaian: the one the numbers fit clearly better keeps it and the other
 * is read as another figure; when they fit alike, neither is written and the user is asked.
 */
export function settleAmbiguity(drafts: Draft[]): void {
  const fitOf = (d: Draft): number =>
    d.why.by === 'data' && d.why.of > 0 ? (d.why.fit + d.why.copies) / d.why.of : 0;
  for (const kind of ['capaianK', 'capaianRp'] as const) {
    const both = drafts
      .filter((d) => d.role.kind === kind && d.kind === 'derived' && d.why.by === 'data' && d.why.of > 0)
      .sort((a, b) => fitOf(b) - fitOf(a));
    if (both.length < 2) continue;
    if (fitOf(both[0]!) - fitOf(both[1]!) > 0.1) {
      for (const d of both.slice(1)) {
        d.role = { kind: 'other' };
        d.kind = null;
        d.relation = null;
        d.why = { by: 'header', path: pathOf(d) };
      }
      continue;
    }
    for (const d of both) {
      const other = both.find((o) => o !== d)!;
      d.why = { by: 'ambiguous', path: pathOf(d), other: other.p.col };
      d.relation = null;
    }
  }
}
