import { ColumnRole, Measure } from './roles';
import { normalize } from './text';
import {
  barePeriodIndex,
  HEADS,
  HeaderTerm,
  K_LEAF,
  periodGroupOf,
  periodAtEnd,
  periodLabel,
  RP_LEAF,
  termsOf,
  WITHIN_YEAR,
  yearLabel,
  yearsIn,
} from './vocabulary';

/** One reading the header words propose for a column. */
export interface Proposal {
  readonly role: ColumnRole;
}

/** A period proposed from a bare number under a group that does not say how many periods a year has. */
export interface OpenPeriod {
  readonly index: number;
  readonly group: string;
}

export interface ColumnProposal {
  readonly col: number;
  readonly path: readonly string[];
  /** Best reading first; empty when the header says nothing. */
  readonly proposals: readonly Proposal[];
  /** Whether the words say K or Rp; null when the numbers must decide. */
  readonly measure: Measure | null;
  readonly openPeriod: OpenPeriod | null;
}

const MEASURE_TERMS: readonly HeaderTerm[] = [
  'target',
  'realisasi',
  'capaian',
  'penyerapan',
  'cakupan',
  'pagu',
  'jumlah',
  'persen',
  'nilai',
  'selisih',
];

/** K or Rp from the words: the leaf first ("Rp" under "TARGET"), then the whole path. */
function measureOf(path: readonly string[]): Measure | null {
  const leaf = normalize(path[path.length - 1] ?? '');
  if (RP_LEAF.test(leaf)) return 'Rp';
  if (K_LEAF.test(leaf)) return 'K';
  // The most specific words first: "Capaian Keuangan (%)" under "Capaian Kinerja dan Anggaran" is Rp.
  for (let i = path.length - 1; i >= 0; i--) {
    const t = termsOf(path[i]!);
    const money = t.has('money') || t.has('penyerapan') || t.has('pagu');
    const kinerja = t.has('kinerja');
    if (money !== kinerja) return money ? 'Rp' : 'K';
  }
  const terms = termsOf(path.join(' '));
  const money = terms.has('money') || terms.has('pagu') || terms.has('penyerapan');
  const kinerja = terms.has('kinerja') || terms.has('indikator');
  if (money && !kinerja) return 'Rp';
  if (kinerja && !money) return 'K';
  return null;
}

const FIGURE_TERMS: readonly HeaderTerm[] = [
  'target',
  'realisasi',
  'capaian',
  'penyerapan',
  'cakupan',
  'persen',
  'jumlah',
  'nilai',
];

/** "Persentase (%)" naming nothing but a percentage, in a path that names the figure elsewhere. */
function onlyPercent(terms: ReadonlySet<HeaderTerm>, depth: number): boolean {
  return depth > 1 && terms.has('persen') && !FIGURE_TERMS.some((t) => t !== 'persen' && terms.has(t));
}

/** A path element that names a figure: its catalogue terms, and the label they came from. */
interface PathElement {
  readonly terms: ReadonlySet<HeaderTerm>;
  /** For the word it starts with (headWord). */
  readonly text: string;
}

/**
 * The path element that says which figure the column holds: the lowest one that names a figure by itself.
 * Groups joined by "dan" ("Target dan Realisasi 2023", "Kinerja dan Anggaran") hold several columns and
 * speak only when nothing else does; budget words under a target or realisasi group say Rp, not pagu
 * ("Realisasi" › "Anggaran (Rp)").
 */
function measureElement(path: readonly string[], groups: readonly string[]): PathElement | null {
  const container = (t: ReadonlySet<HeaderTerm>): boolean =>
    t.has('kinerja') && (t.has('pagu') || t.has('money'));
  const entries = path.map((p) => ({
    text: p,
    terms: termsOf(p),
    joined: /\b(dan|serta)\b|&/i.test(p),
    group: groups.includes(p),
    // "(%)" under "Target" is its unit, not a capaian; so is a bare "Persentase (%)" over "Realisasi".
    unit: /^\(?\s*%\s*\)?$/.test(p.trim()) || onlyPercent(termsOf(p), path.length),
  }));
  const measuring = entries.filter((e) => MEASURE_TERMS.some((m) => e.terms.has(m)));
  const own = measuring.filter((e) => !container(e.terms) && !e.joined);
  if (own.length > 0) {
    const named = own.filter((e) => !e.unit && FIGURE_TERMS.some((f) => e.terms.has(f)));
    const figures = named.length > 0 ? named : own.filter((e) => FIGURE_TERMS.some((f) => e.terms.has(f)));
    let pool = figures.length > 0 ? figures : own;
    // A label of this column alone names it better than one spread over its group (a group row may sit below).
    const leaves = pool.filter((e) => !e.group);
    if (leaves.length > 0) pool = leaves;
    const chosen = pool[pool.length - 1]!;
    // "%" under "Realisasi" is the realisasi as a percentage: read as "Realisasi (%)".
    const unit = entries.some((e) => e.unit) && !chosen.terms.has('persen');
    const terms: ReadonlySet<HeaderTerm> = unit ? new Set([...chosen.terms, 'persen']) : chosen.terms;
    return { terms, text: unit ? `${chosen.text} (%)` : chosen.text };
  }
  // Only groups: the one naming fewest figures, the lower on a tie.
  let best: ReadonlySet<HeaderTerm> | null = null;
  let bestCount = Number.POSITIVE_INFINITY;
  for (let i = measuring.length - 1; i >= 0; i--) {
    const terms = measuring[i]!.terms;
    const named =
      FIGURE_TERMS.filter((t) => terms.has(t)).length || MEASURE_TERMS.filter((t) => terms.has(t)).length;
    if (named < bestCount) {
      best = terms;
      bestCount = named;
    }
  }
  // Its text: the first label of the path with these very terms.
  return best && { terms: best, text: path.find((p) => sameTerms(termsOf(p), best)) ?? '' };
}

export function periodOf(path: readonly string[]): {
  label: ReturnType<typeof periodLabel>;
  open: OpenPeriod | null;
  /** Where in the path the period's own label is. */
  at?: number;
} {
  for (let i = 0; i < path.length; i++) {
    const own = periodLabel(path[i]!) ?? periodAtEnd(path[i]!);
    if (own) return { label: own, open: null, at: i };
    const bare = barePeriodIndex(path[i]!);
    if (bare === null || path.length === 1) continue;
    // The group label may sit above the numbers or below them.
    const group = path.filter((_, j) => j !== i).join(' ');
    const of = periodGroupOf(group);
    if (of === null) continue;
    if (of === 'any') return { label: null, open: { index: bare, group } };
    if (bare <= of) return { label: { index: bare, of }, open: null, at: i };
  }
  return { label: null, open: null };
}

/**
 * The figure a label itself names first ("Target TW I": a target), or null when it names none ("TW I") or
 * both a target and a realisasi ("Target dan Realisasi 2023", a group over both).
 */
function figureWordOf(label: string | undefined): Head | null {
  if (label === undefined) return null;
  const { first, named } = headsIn(normalize(label));
  return named.has('target') && named.has('realisasi') ? null : first;
}

type Head = 'target' | 'realisasi' | 'capaian';

/** The figure words a normalised label holds, and the one it names first. */
function headsIn(text: string): { first: Head | null; named: ReadonlySet<Head> } {
  let first: Head | null = null;
  let at = Number.POSITIVE_INFINITY;
  const named = new Set<Head>();
  for (const [word, re] of HEADS) {
    const i = text.search(re);
    if (i < 0) continue;
    named.add(word);
    if (i < at) {
      first = word;
      at = i;
    }
  }
  return { first, named };
}

/**
 * The figure a period column holds, from the labels nearest its period: its own ("Target TW I"), the one
 * under it ("Triwulan I" over "Capaian"), or the one over it ("Realisasi … Triwulan" over "TW 1"). Groups
 * further up ("Target dan Realisasi 2023") speak for many columns, not this one.
 */
function periodFigure(path: readonly string[], at: number): Head | null {
  return figureWordOf(path[at]) ?? figureWordOf(path[at + 1]) ?? figureWordOf(path[at - 1]);
}

function both(kind: 'K' | 'Rp' | null, k: ColumnRole, rp: ColumnRole): ColumnRole[] {
  if (kind === 'K') return [k];
  if (kind === 'Rp') return [rp];
  return [k, rp];
}

/**
 * Which figure an element names: the word it starts with ("Realisasi Capaian Kinerja" is a realisasi,
 * "Capaian … terhadap Target Renstra" a capaian, "Rencana Tingkat Capaian" a target). A bare percentage
 * of a realisasi ("Realisasi (%)") is read as a capaian first; the numbers decide.
 */
function headWord({ terms: element, text: label }: PathElement): Head {
  const text = normalize(label);
  const best: Head =
    headsIn(text).first ?? (element.has('pagu') && !element.has('realisasi') ? 'target' : 'realisasi');
  if (best === 'realisasi' && (element.has('persen') || element.has('capaian')) && !element.has('target')) {
    // "Realisasi Capaian Kinerja" is a realisasi; "Nilai Capaian" and "Realisasi (%)" are capaian first.
    const realisasi = text.search(/\b(realisasi|pencapaian|terealisasi)\b/);
    const capaian = text.search(/\bcapaian\b/);
    return realisasi >= 0 && capaian > realisasi ? 'realisasi' : 'capaian';
  }
  return best;
}

function sameTerms(a: ReadonlySet<HeaderTerm>, b: ReadonlySet<HeaderTerm>): boolean {
  return a.size === b.size && [...a].every((t) => b.has(t));
}

/** The readings a header path proposes, best first. `tableYear` is the year the table reports on. */
function proposeRoles(
  path: readonly string[],
  tableYear: number | null,
  groups: readonly string[],
  periodRows: boolean,
): ColumnProposal['proposals'] {
  const all = path.join(' / ');
  const leaf = path[path.length - 1] ?? '';
  if (all.trim() === '') return [];
  const say = (...roles: ColumnRole[]): Proposal[] => roles.map((role) => ({ role }));
  const terms = termsOf(all);
  const leafTerms = termsOf(leaf);
  const measure = measureOf(path);

  if (path.every((p) => termsOf(p).has('no'))) return say({ kind: 'no' });
  if (namesPeriodRows(path)) return say({ kind: 'nama' });
  if (terms.has('kode')) return say({ kind: 'kode' });
  if (terms.has('polaritas')) return say({ kind: 'polaritas' });
  if (leafTerms.has('penanggungJawab')) return say({ kind: 'penanggungJawab' });
  if (leafTerms.has('satuan')) return say({ kind: 'satuan' });
  // A status column says what it judges ("Evaluasi", "Kriteria"); "Evaluasi Renja Tahun 2023" names a report.
  if (leafTerms.has('status') && yearsIn(leaf).length === 0)
    return say({ kind: 'status' }, { kind: 'keterangan' });
  if (leafTerms.has('predikat')) return say({ kind: 'other' });
  if (leafTerms.has('keterangan')) return say({ kind: 'keterangan' }, { kind: 'status' });

  const chosen = measureElement(path, groups);
  const element = chosen?.terms ?? null;
  const word = chosen ? headWord(chosen) : 'realisasi';
  // "s.d. Triwulan IV" is the year so far; "s/d Tahun 2023" is the Renstra period so far. In a table whose
  // rows are periods, "Kumulatif" is the year so far at each row.
  const withinYear = (periodRows && noYearIn(path)) || path.some((p) => WITHIN_YEAR.test(p));
  if (terms.has('renstra') || (terms.has('sampaiDengan') && element?.has('realisasi') && !withinYear)) {
    return say({ kind: 'reference', source: 'renstra', measure: word });
  }
  if (terms.has('tahunLalu'))
    return say({
      kind: 'reference',
      source: 'priorYear',
      measure: word === 'capaian' && !terms.has('persen') ? 'realisasi' : word,
    });
  const years = path.flatMap((p) => yearsIn(p));
  if (tableYear !== null && years.length > 0 && Math.max(...years) < tableYear) {
    const onlyYear = path.some((p) => yearLabel(p) !== null) && element === null;
    // An earlier year's "capaian" without a % is what it achieved: its realisasi.
    const measure = onlyYear || (word === 'capaian' && !terms.has('persen')) ? 'realisasi' : word;
    return say({ kind: 'reference', source: 'priorYear', measure });
  }
  if (tableYear !== null && years.length > 0 && Math.min(...years) > tableYear) {
    return say({ kind: 'reference', source: 'renstra', measure: 'target' });
  }

  const period = periodOf(path);
  // A period's target or capaian ("Target TW I", "Triwulan I / Capaian") is no realisasi of that period.
  const figure = period.at === undefined ? null : periodFigure(path, period.at);
  if (period.label && period.label.of !== 2 && figure !== null && figure !== 'realisasi')
    return say({ kind: 'other' });
  if (period.label && period.label.of !== 2) {
    const of = period.label.of;
    return say(
      ...both(
        measure,
        { kind: 'period', measure: 'K', index: period.label.index, of },
        { kind: 'period', measure: 'Rp', index: period.label.index, of },
      ),
    );
  }
  if (terms.has('selisih')) return say({ kind: 'selisih' });
  if (terms.has('populasi') && !element?.has('target') && !element?.has('realisasi'))
    return say({ kind: 'other' });
  if (terms.has('rataRata')) return say({ kind: 'other' });

  if (element) {
    const K = (k: ColumnRole, rp: ColumnRole): Proposal[] => say(...both(measure, k, rp));
    // Cakupan is a capaian where it divides the table's own realisasi by its target, else the share of a
    // population reached (a realisasi in percent): the numbers decide.
    if (element.has('cakupan') && !element.has('capaian'))
      return say({ kind: 'capaianK' }, { kind: 'realisasiK' });
    if (word === 'capaian') {
      const capaian = element.has('penyerapan')
        ? say({ kind: 'capaianRp' })
        : K({ kind: 'capaianK' }, { kind: 'capaianRp' });
      // "Realisasi (%)" is penyerapan in a budget table, a realisasi in percent beside a % target.
      return element.has('realisasi') && !element.has('capaian')
        ? [...capaian, ...K({ kind: 'realisasiK' }, { kind: 'realisasiRp' })]
        : capaian;
    }
    if (word === 'target') return K({ kind: 'targetK' }, { kind: 'pagu' });
    if (element.has('realisasi') || element.has('jumlah') || element.has('nilai'))
      return K({ kind: 'realisasiK' }, { kind: 'realisasiRp' });
  }
  if (terms.has('indikator')) return say({ kind: 'indikator' });
  if (terms.has('sasaran')) return say({ kind: 'sasaran' });
  if (terms.has('nama')) return say({ kind: 'nama' });
  if (terms.has('pagu')) return say({ kind: 'pagu' });
  return say({ kind: 'other' });
}

/** "Bulan" or "Triwulan" alone over a column: its rows are the periods, named there (a time series). */
function namesPeriodRows(path: readonly string[]): boolean {
  return path.length === 1 && /^(bulan|triwulan|periode|semester)$/.test(normalize(path[0]!));
}

const noYearIn = (path: readonly string[]): boolean => path.every((p) => yearsIn(p).length === 0);

/** Proposals for every column, with bare period numbers settled by how many share their group. */
export function proposeColumns(
  paths: readonly (readonly string[])[],
  tableYear: number | null,
  left: number,
  groupLabels: readonly (readonly string[])[] = [],
): ColumnProposal[] {
  const periodRows = paths.some(namesPeriodRows);
  const out = paths.map((path, i): ColumnProposal => {
    const period = periodOf(path);
    return {
      col: left + i,
      path,
      proposals: proposeRoles(path, tableYear, groupLabels[i] ?? [], periodRows),
      measure: measureOf(path),
      openPeriod: period.open,
    };
  });
  // A "Tujuan" column reads as the sasaran where the table has none; beside a "Sasaran" column it is the
  // level above (Renstra: tujuan, then sasaran), a label of its own.
  const isSasaran = (c: ColumnProposal): boolean => c.proposals[0]?.role.kind === 'sasaran';
  const saysTujuan = (c: ColumnProposal): boolean => /\btujuan\b/.test(normalize(c.path.join(' ')));
  if (out.some((c) => isSasaran(c) && !saysTujuan(c)))
    for (const [i, c] of out.entries())
      if (isSasaran(c) && saysTujuan(c)) out[i] = { ...c, proposals: [{ role: { kind: 'other' } }] };
  // "Realisasi" over 1 … 12 (or I … IV): the count under the group says months or triwulan.
  const groups = new Map<string, number>();
  for (const c of out)
    if (c.openPeriod)
      groups.set(c.openPeriod.group, Math.max(groups.get(c.openPeriod.group) ?? 0, c.openPeriod.index));
  return out.map((c) => {
    if (!c.openPeriod) return c;
    const most = groups.get(c.openPeriod.group)!;
    const of: 4 | 12 | null = most === 4 ? 4 : most >= 5 && most <= 12 ? 12 : null;
    if (of === null) return c;
    const roles = both(
      c.measure,
      { kind: 'period', measure: 'K', index: c.openPeriod.index, of },
      { kind: 'period', measure: 'Rp', index: c.openPeriod.index, of },
    );
    return { ...c, proposals: roles.map((role) => ({ role })) };
  });
}

/** The year a table reports on: the latest year its header names, Renstra and later years aside. */
export function tableYearFrom(
  paths: readonly (readonly string[])[],
  titles: readonly string[],
): number | null {
  const years: number[] = [];
  for (const path of paths) {
    if (termsOf(path.join(' ')).has('renstra')) continue;
    for (const p of path) years.push(...yearsIn(p));
  }
  const titleYears = titles.flatMap((t) => yearsIn(t));
  // A title's "Tahun 2022" beats a header's later Renstra target year.
  if (titleYears.length > 0) {
    const latest = Math.max(...titleYears);
    if (years.length === 0 || years.includes(latest)) return latest;
  }
  return years.length ? Math.max(...years) : titleYears.length ? Math.max(...titleYears) : null;
}
