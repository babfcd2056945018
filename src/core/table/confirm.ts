import { SheetReader } from '../sheet/snapshot';
import { holdsRealisedValue } from './realised';
import { ColumnKind, ColumnWhy, LABEL_ROLES, Relation, RoleOverrides, TableColumn } from './columns';
import {
  capaianTally,
  differenceTally,
  explained,
  FigureSource,
  figureSource,
  Figures,
  formColumnsFor,
  formTally,
  periodsTally,
  ratioError,
  ratioTally,
  Tally,
} from './derived';
import { ColumnSample, isMoneyLike, sampleColumn, sampleRows } from './evidence';
import { HeaderBlock } from './header';
import { splitSharedNameColumns } from './names';
import { ColumnProposal } from './propose';
import { ColumnRole, Measure } from './roles';
import { statusWord, termsOf } from './vocabulary';

interface Draft {
  readonly p: ColumnProposal;
  role: ColumnRole;
  kind: ColumnKind | null;
  why: ColumnWhy;
  relation: Relation | null;
  /** Header said capaian or penyerapan without saying which. */
  openMeasure: boolean;
}

const TWINS: readonly (readonly [string, string])[] = [
  ['targetK', 'pagu'],
  ['realisasiK', 'realisasiRp'],
  ['capaianK', 'capaianRp'],
];

function isTwin(a: ColumnRole, b: ColumnRole | undefined): boolean {
  if (!b) return false;
  if (a.kind === 'period' && b.kind === 'period') return a.index === b.index && a.measure !== b.measure;
  return TWINS.some(([k, rp]) => a.kind === k && b.kind === rp);
}

/**
 * The header's first reading, K or Rp settled by the numbers: rupiah are large whole numbers, and a table
 * with no performance columns at all is a budget table.
 */
function firstReading(p: ColumnProposal, sample: ColumnSample, budgetOnly: boolean): Draft {
  const why: ColumnWhy = { by: 'header', path: p.path };
  const [a, b] = p.proposals;
  if (!a) return { p, role: { kind: 'other' }, kind: null, why, relation: null, openMeasure: false };
  if (isTwin(a.role, b?.role)) {
    const openMeasure = a.role.kind === 'capaianK';
    const money = sample.numbers > 0 ? isMoneyLike(sample) : budgetOnly;
    const role = !openMeasure && money ? b!.role : a.role;
    return { p, role, kind: null, why, relation: null, openMeasure };
  }
  return { p, role: a.role, kind: null, why, relation: null, openMeasure: false };
}

const pathOf = (d: Draft): readonly string[] => d.p.path;

function ratio(t: Tally): number {
  return t.of === 0 ? 1 : explained(t) / t.of;
}

/** The numbers overrule the header only with two rows or more that show the column holds something else. */
function overruled(t: Tally): boolean {
  return t.of >= 2 && ratio(t) < 0.5;
}

function relationText(letter: (c: number) => string, a: number | undefined, b: number | undefined): string {
  return `${a === undefined ? '?' : letter(a)} ÷ ${b === undefined ? '?' : letter(b)}`;
}

/**
 * Header words proposed a role for each column; here the numbers decide. A capaian, penyerapan, Jumlah or
 * sisa column is derived only when its typed values fit the figures they come from (or it is empty);
 * otherwise it is kept as typed. Columns named target, pagu or realisasi are inputs.
 */
export function confirmColumns(
  sheet: SheetReader,
  block: HeaderBlock,
  proposals: readonly ColumnProposal[],
  range: { readonly top: number; readonly bottom: number; readonly skip: ReadonlySet<number> },
  overrides: RoleOverrides,
  letter: (col: number) => string,
): TableColumn[] {
  const rows = sampleRows(range.top, range.bottom, range.skip);
  const isStatus = (t: string): boolean => statusWord(t) !== null;
  const samples = new Map<number, ColumnSample>();
  for (const p of proposals) samples.set(p.col, sampleColumn(sheet, p.col, rows, range, isStatus));
  const performance = proposals.some((p) =>
    p.proposals.some((x) => x.role.kind === 'indikator' || (x.role.kind === 'targetK' && p.measure === 'K')),
  );
  const drafts = proposals.map((p) => firstReading(p, samples.get(p.col)!, !performance));

  const split = splitSharedNameColumns(
    sheet,
    drafts.map((d) => ({ col: d.p.col, header: d.p.path.join(' / '), role: d.role })),
    range.top,
    range.bottom,
  );
  for (const d of drafts) {
    const s = split.get(d.p.col);
    if (s) d.role = s;
    const sample = samples.get(d.p.col)!;
    // Tercapai / Belum Tercapai under "Keterangan" is a status column.
    if (
      (d.role.kind === 'keterangan' || d.role.kind === 'other') &&
      sample.filled > 0 &&
      sample.statusWords / sample.filled >= 0.5
    )
      d.role = { kind: 'status' };
    const user = overrides[letter(d.p.col)];
    if (user) {
      d.role = user;
      d.why = { by: 'user' };
    }
  }

  harmonisePeriods(drafts);
  // Two name columns and no indicator column ("Upaya Kesehatan" | "Kegiatan"): the finer one, one line each,
  // names what is measured.
  const names = drafts.filter((d) => d.role.kind === 'nama');
  if (names.length >= 2 && !drafts.some((d) => d.role.kind === 'indikator'))
    names[names.length - 1]!.role = { kind: 'indikator' };
  choosePair(drafts, samples);
  const first = (kind: string, measure?: Measure): Draft | undefined =>
    drafts.find(
      (d) =>
        d.role.kind === kind &&
        (measure === undefined || (d.role.kind === 'period' && d.role.measure === measure)),
    );
  const sampleOf = (d: Draft | undefined): ColumnSample | undefined => (d ? samples.get(d.p.col) : undefined);
  const periods = (m: Measure): ColumnSample[] =>
    drafts.filter((d) => d.role.kind === 'period' && d.role.measure === m).map((d) => samples.get(d.p.col)!);
  const figures: Figures = {
    targetK: sampleOf(first('targetK')),
    realisasiK: sampleOf(first('realisasiK')),
    periodsK: periods('K'),
    pagu: sampleOf(first('pagu')),
    realisasiRp: sampleOf(first('realisasiRp')),
    periodsRp: periods('Rp'),
    indikator: sampleOf(first('indikator')),
  };

  for (const d of drafts) {
    const sample = samples.get(d.p.col)!;
    if (
      d.why.by !== 'user' &&
      (FIGURE_ROLES.has(d.role.kind) || (INPUT_FIGURES.has(d.role.kind) && wordsOnly(sample))) &&
      wordsNotFigures(sample)
    ) {
      // Under a "Capaian Kinerja …" group, "Bidang/Seksi" holds names: words, not a figure to compute.
      d.role = sample.statusWords * 2 >= sample.filled ? { kind: 'status' } : { kind: 'other' };
      continue;
    }
    confirmDerived(d, sample, figures, letter);
  }
  settleAmbiguity(drafts);
  for (const d of drafts) confirmRatio(d, drafts, samples, letter);
  confirmForm(drafts, block, samples, letter);

  const seen = new Set<string>();
  return drafts.map((d): TableColumn => {
    const sample = samples.get(d.p.col)!;
    let role = d.role;
    const key =
      role.kind === 'period'
        ? `period-${role.measure}-${role.index}-${role.of}`
        : role.kind === 'progress'
          ? `progress-${role.index}-${role.of}`
          : role.kind === 'reference'
            ? `ref-${d.p.col}`
            : role.kind;
    // A second column read the same way is kept as typed ("Target" of another source, a copy).
    if (role.kind !== 'other' && seen.has(key) && d.kind !== 'derived') role = { kind: 'other' };
    seen.add(key);
    const kind: ColumnKind =
      d.kind ??
      (LABEL_ROLES.has(role.kind) ||
      (role.kind === 'other' && (sample.filled === 0 || sample.numbers < sample.filled / 2))
        ? 'label'
        : 'input');
    return {
      col: d.p.col,
      header: d.p.path.join(' / '),
      role,
      kind,
      why: d.why,
      relation: kind === 'derived' ? d.relation : null,
      convention: sample.options.convention ?? null,
    };
  });
}

/** Roles whose cells are figures we may compute: a column of words is never one of them. */
const FIGURE_ROLES: ReadonlySet<ColumnRole['kind']> = new Set(['capaianK', 'capaianRp', 'selisih']);

/** Targets and realisasi typed as words only ("DP 30 %", "selesai", "belum kontrak"): a remark, no figure. */
const INPUT_FIGURES: ReadonlySet<ColumnRole['kind']> = new Set(['realisasiK', 'targetK']);

function wordsOnly(sample: ColumnSample): boolean {
  return sample.filled >= 3 && sample.numbers * 4 < sample.filled;
}

/** Most of the column's filled cells are words (names, units, notes), not numbers; a dash is no word. */
function wordsNotFigures(sample: ColumnSample): boolean {
  return sample.filled >= 2 && sample.numbers * 2 < sample.filled;
}

function confirmDerived(d: Draft, sample: ColumnSample, f: Figures, letter: (col: number) => string): void {
  const role = d.role;
  const user = d.why.by === 'user';
  const path = pathOf(d);
  if (
    role.kind === 'capaianK' ||
    role.kind === 'capaianRp' ||
    (role.kind === 'other' && d.p.proposals.length === 0 && sample.numbers >= 2)
  ) {
    const measures: Measure[] =
      d.openMeasure || role.kind === 'other' ? ['K', 'Rp'] : [role.kind === 'capaianRp' ? 'Rp' : 'K'];
    const tested = measures
      .filter((m) =>
        m === 'K'
          ? f.targetK && (f.realisasiK || f.periodsK.length)
          : f.pagu && (f.realisasiRp || f.periodsRp.length),
      )
      .map((m) => ({ m, t: capaianTally(sample, m, f) }))
      .sort((a, b) => ratio(b.t) - ratio(a.t) || b.t.of - a.t.of);
    const best = tested[0];
    if (process.env.DBG && d.p.col === 19)
      console.log(
        'DBG',
        role,
        JSON.stringify(tested),
        measures,
        !!f.targetK,
        f.periodsK.length,
        !!f.realisasiK,
      );
    // "Realisasi (%)" with no other realisasi to divide is the realisasi itself (of rupiah when its
    // numbers are).
    const proposed = d.p.proposals.find((x) => x.role.kind === 'realisasiK' || x.role.kind === 'realisasiRp');
    const fallback: ColumnRole | undefined =
      proposed &&
      (proposed.role.kind === 'realisasiK' && isMoneyLike(sample) ? { kind: 'realisasiRp' } : proposed.role);
    // "Capaian" beside a target and no realisasi, holding figures in the target's unit: the realised value.
    if (
      !best &&
      role.kind === 'capaianK' &&
      !user &&
      f.targetK &&
      !f.realisasiK &&
      !f.periodsK.length &&
      holdsRealisedValue(sample, f.targetK)
    ) {
      d.role = { kind: 'realisasiK' };
      d.why = { by: 'realised', path, target: f.targetK.col };
      return;
    }
    if (!best && fallback && role.kind !== 'other') {
      const noRealisasi = measures.every((m) =>
        m === 'K' ? !f.realisasiK && !f.periodsK.length : !f.realisasiRp && !f.periodsRp.length,
      );
      if (noRealisasi) {
        d.role = fallback;
        return;
      }
    }
    const m: Measure = best?.m ?? measures[0]!;
    const num = m === 'K' ? (f.realisasiK ?? f.periodsK[0]) : (f.realisasiRp ?? f.periodsRp[0]);
    const den = m === 'K' ? f.targetK : f.pagu;
    const relation = relationText(letter, num?.col, den?.col);
    if (role.kind === 'other') {
      // A column with no header words becomes capaian only on strong evidence.
      if (best && best.t.of >= 2 && best.t.fit / best.t.of >= 0.8) {
        d.role = { kind: m === 'K' ? 'capaianK' : 'capaianRp' };
        d.kind = 'derived';
        d.relation = { kind: 'capaian', measure: m };
        d.why = { by: 'data', path, relation, fit: best.t.fit, of: best.t.of, copies: best.t.copies };
      }
      return;
    }
    d.role = { kind: m === 'K' ? 'capaianK' : 'capaianRp' };
    if (user || !best || !overruled(best.t)) {
      d.kind = 'derived';
      d.relation = { kind: 'capaian', measure: m };
      if (!user && best)
        d.why = { by: 'data', path, relation, fit: best.t.fit, of: best.t.of, copies: best.t.copies };
      return;
    }
    if (fallback) {
      // With the realisasi already in another column, this one is another figure (a coverage share).
      const taken = (fallback.kind === 'realisasiK' ? f.realisasiK : f.realisasiRp) !== undefined;
      d.role = taken ? { kind: 'other' } : fallback;
      return;
    }
    d.kind = 'input';
    d.why = { by: 'mismatch', path, relation, fit: best.t.fit, of: best.t.of };
    return;
  }
  if (role.kind === 'realisasiK' || role.kind === 'realisasiRp') {
    const periods = role.kind === 'realisasiK' ? f.periodsK : f.periodsRp;
    if (periods.length === 0 || (f.realisasiK?.col !== d.p.col && f.realisasiRp?.col !== d.p.col)) return;
    const { sum, last, perRow } = periodsTally(sample, periods, f.indikator);
    const best = Math.max(sum.fit, last.fit, perRow.fit);
    const measure: Measure = role.kind === 'realisasiK' ? 'K' : 'Rp';
    if (!user && sum.of >= 2 && best / sum.of < 0.5) {
      d.why = { by: 'mismatch', path, relation: 'Σ', fit: best, of: sum.of };
      return;
    }
    // The office's own convention, when its numbers show one; else each row by its indicator.
    const rule =
      measure === 'Rp'
        ? 'jumlah'
        : perRow.fit >= best
          ? 'perBaris'
          : sum.fit === best
            ? 'jumlah'
            : 'terakhir';
    d.kind = 'derived';
    d.relation = { kind: 'periods', measure, rule };
    if (!user) {
      const first = periods[0]!.col;
      const lastCol = periods[periods.length - 1]!.col;
      d.why = {
        by: 'data',
        path,
        relation: `Σ ${letter(first)}:${letter(lastCol)}`,
        fit: best,
        of: sum.of,
        copies: 0,
      };
    }
    return;
  }
  if (role.kind === 'selisih') {
    const of = (...cols: (ColumnSample | undefined)[]): FigureSource | null => {
      const present = cols.filter((c): c is ColumnSample => c !== undefined);
      return present.length ? figureSource(present) : null;
    };
    const pagu = of(f.pagu);
    const realRp = f.realisasiRp ? of(f.realisasiRp) : of(...f.periodsRp);
    const target = of(f.targetK);
    const realK = of(f.realisasiK);
    const pairs: [FigureSource | null, FigureSource | null][] = [
      [pagu, realRp],
      [realRp, pagu],
      [target, realK],
      [realK, target],
    ];
    const tested = pairs
      .filter((p): p is [FigureSource, FigureSource] => p[0] !== null && p[1] !== null)
      .map(([a, b]) => ({ a, b, t: differenceTally(sample, a, b) }))
      .sort((x, y) => ratio(y.t) - ratio(x.t) || y.t.of - x.t.of);
    const best = tested[0];
    if (!best || (!user && overruled(best.t))) return;
    d.kind = 'derived';
    d.relation = { kind: 'difference', a: best.a.cols, b: best.b.cols };
    const name = (cols: readonly number[]): string =>
      cols.length === 1 ? letter(cols[0]!) : `Σ ${letter(cols[0]!)}:${letter(cols[cols.length - 1]!)}`;
    if (!user)
      d.why = {
        by: 'data',
        path,
        relation: `${name(best.a.cols)} − ${name(best.b.cols)}`,
        fit: best.t.fit,
        of: best.t.of,
        copies: 0,
      };
  }
}

/**
 * Months or triwulan that each appear once are one series: one measure for all (a December of small
 * figures is still rupiah when the other eleven months are).
 */
function harmonisePeriods(drafts: Draft[]): void {
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
function choosePair(drafts: readonly Draft[], samples: ReadonlyMap<number, ColumnSample>): void {
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

/**
 * A capaian of other figures (against the Renstra target, of an earlier year): derived when its values are
 * the ratio of two other columns in at least four rows of five.
 */
function confirmRatio(
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
function confirmForm(
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
function settleAmbiguity(drafts: Draft[]): void {
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
