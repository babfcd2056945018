import { SheetReader } from '../sheet/snapshot';
import { holdsRealisedValue } from './realised';
import { ColumnKind, ColumnWhy, LABEL_ROLES, RoleOverrides, TableColumn } from './columns';
import {
  capaianTally,
  differenceTally,
  explained,
  FigureSource,
  figureSource,
  Figures,
  periodsTally,
  Tally,
} from './derived';
import { ColumnSample, isMoneyLike, sampleColumn, sampleRows } from './evidence';
import { Draft, pathOf, relationText } from './draft';
import { choosePair, harmonisePeriods } from './pairs';
import { confirmForm, confirmRatio, settleAmbiguity } from './ratio';
import { HeaderBlock } from './header';
import { splitSharedNameColumns } from './names';
import { ColumnProposal } from './propose';
import { ColumnRole, Measure } from './roles';
import { statusWord } from './vocabulary';

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

function ratio(t: Tally): number {
  return t.of === 0 ? 1 : explained(t) / t.of;
}

/** The numbers overrule the header only with two rows or more that show the column holds something else. */
function overruled(t: Tally): boolean {
  return t.of >= 2 && ratio(t) < 0.5;
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
    confirmDerived(d, sample, figures, letter, drafts);
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

/** Another column whose header words name a realisasi ("Realisasi (R) dalam %"), whatever it was read as. */
function realisasiNamed(d: Draft, drafts: readonly Draft[]): boolean {
  return drafts.some((o) => o !== d && o.p.proposals.some((x) => x.role.kind === 'realisasiK'));
}

function confirmDerived(
  d: Draft,
  sample: ColumnSample,
  f: Figures,
  letter: (col: number) => string,
  drafts: readonly Draft[],
): void {
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
      holdsRealisedValue(sample, f.targetK, !realisasiNamed(d, drafts))
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
    // Nothing to test it on yet: in a table with a pagu and no performance target, it is the budget's.
    const budgetOnly = f.pagu && !f.targetK && !f.realisasiK && !f.periodsK.length;
    const m: Measure = best?.m ?? (budgetOnly && measures.includes('Rp') ? 'Rp' : measures[0]!);
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
