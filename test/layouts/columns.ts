import type { LayoutSpec } from './spec';
import { Rng } from './spec';
import type { ColumnKind, Role } from './truth';
import { MONTH_LONG, MONTH_SHORT, ROMAN, TW_LABELS, WORDS, YEAR } from './vocabulary';

/** What a column holds, row by row (see rows.ts). */
export type Fill =
  | { readonly f: 'no' | 'kode' | 'sasaran' | 'nama' | 'indikator' | 'satuan' | 'keterangan' | 'pj' }
  | { readonly f: 'targetK' | 'realisasiK' | 'totalK' | 'capaianK' }
  | { readonly f: 'pagu' | 'realisasiRp' | 'totalRp' | 'capaianRp' }
  | { readonly f: 'periodK' | 'periodRp' | 'progress'; readonly index: number }
  | { readonly f: 'selisih'; readonly sign: 1 | -1 }
  | { readonly f: 'refK'; readonly measure: 'target' | 'realisasi' | 'capaian'; readonly back: number }
  | { readonly f: 'renstraK' | 'renstraRp' | 'refRp' };

export interface ColumnDef {
  readonly fill: Fill;
  readonly role: Role;
  readonly kind: ColumnKind;
}

export interface Leaf {
  readonly label: string;
  readonly def: ColumnDef;
}
export interface Group {
  readonly label: string;
  readonly children: readonly Node[];
}
export type Node = Leaf | Group;

export const isGroup = (n: Node): n is Group => 'children' in n;

export function leaves(n: Node): Leaf[] {
  return isGroup(n) ? n.children.flatMap(leaves) : [n];
}

export function depthOf(n: Node): number {
  return isGroup(n) ? 1 + Math.max(...n.children.map(depthOf)) : 1;
}

/** The effective table: spec choices reconciled with the table kind. */
export interface Shape {
  readonly kind: LayoutSpec['kind'];
  readonly hasK: boolean;
  readonly hasRp: boolean;
  readonly periods: 'none' | 'months' | 'triwulan';
  readonly periodCount: 0 | 4 | 12;
  readonly percentOnly: boolean;
  readonly countOnly: boolean;
}

const label = (label: string, fill: Fill, role: Role, kind: ColumnKind): Leaf => ({
  label,
  def: { fill, role, kind },
});
const group = (label: string, children: readonly Node[]): Group => ({ label, children });

/** The columns of one layout, as header trees: labels left, the year's figures, then the tail. */
export interface ColumnPlan {
  readonly labels: readonly Node[];
  readonly references: readonly Node[];
  readonly figures: readonly Node[];
  readonly tail: readonly Node[];
  /** Header words chosen for the key roles, for the vocabulary tally. */
  readonly words: readonly string[];
}

export function planColumns(spec: LayoutSpec, shape: Shape, w: Rng): ColumnPlan {
  const words: string[] = [];
  const pick = (list: readonly string[], role: string): string => {
    const word = w.pick(list);
    words.push(`${role}=${word}`);
    return word;
  };
  const labels: Node[] = [];
  if (spec.extras.no || spec.hierarchy === 'numbering')
    labels.push(label(w.pick(WORDS.no), { f: 'no' }, { kind: 'no' }, 'label'));
  if (spec.hierarchy === 'kode' || (spec.extras.kode && spec.hierarchy === 'flat')) {
    const kode = w.pick(shape.kind === 'anggaran' ? WORDS.kodeRekening : WORDS.kode);
    labels.push(label(kode, { f: 'kode' }, { kind: 'kode' }, 'label'));
  }
  if (spec.names === 'sasaran+indikator' && shape.kind !== 'anggaran')
    labels.push(label(w.pick(WORDS.sasaran), { f: 'sasaran' }, { kind: 'sasaran' }, 'label'));
  if (shape.kind !== 'kinerja' || spec.names === 'nama+indikator') {
    const list = shape.kind === 'anggaran' ? WORDS.namaRp : WORDS.nama;
    labels.push(label(pick(list, 'nama'), { f: 'nama' }, { kind: 'nama' }, 'label'));
  }
  if (shape.hasK) {
    labels.push(
      label(pick(WORDS.indikator, 'indikator'), { f: 'indikator' }, { kind: 'indikator' }, 'label'),
    );
    if (spec.extras.satuan)
      labels.push(label(w.pick(WORDS.satuan), { f: 'satuan' }, { kind: 'satuan' }, 'label'));
  }

  const tail: Node[] = [];
  if (spec.extras.keterangan)
    tail.push(label(w.pick(WORDS.keterangan), { f: 'keterangan' }, { kind: 'keterangan' }, 'label'));
  if (spec.extras.pj) tail.push(label(w.pick(WORDS.pj), { f: 'pj' }, { kind: 'penanggungJawab' }, 'label'));

  const build = { spec, shape, w, pick };
  const figures =
    shape.kind === 'kinerja'
      ? kinerjaFigures(build)
      : shape.kind === 'anggaran'
        ? anggaranFigures(build)
        : renjaFigures(build);
  return { labels, references: referenceColumns(build), figures, tail, words };
}

interface Build {
  readonly spec: LayoutSpec;
  readonly shape: Shape;
  readonly w: Rng;
  readonly pick: (list: readonly string[], role: string) => string;
}

const TARGET_K: Role = { kind: 'targetK' };
const REAL_K: Role = { kind: 'realisasiK' };
const CAP_K: Role = { kind: 'capaianK' };
const PAGU: Role = { kind: 'pagu' };
const REAL_RP: Role = { kind: 'realisasiRp' };
const CAP_RP: Role = { kind: 'capaianRp' };

/** The period labels: 1 … 12, Jan … Des, TW I … IV or I … IV under a Triwulan group. */
function periodLabels(b: Build): { group: string; subs: readonly string[] } {
  const { spec, shape, w } = b;
  if (shape.periods === 'months') {
    const subs =
      spec.periods === 'bulan-angka'
        ? MONTH_SHORT.map((_, i) => String(i + 1))
        : w.pick([MONTH_SHORT, MONTH_LONG]);
    return { group: b.pick(WORDS.monthGroup, 'periodGroup'), subs };
  }
  if (spec.periods === 'triwulan' && w.chance(0.5))
    return { group: w.pick(['Triwulan', 'Realisasi Triwulan']), subs: ROMAN.slice(0, 4) };
  const subs = spec.periods === 'triwulan' ? TW_LABELS[1]! : w.pick([TW_LABELS[0]!, TW_LABELS[2]!]);
  return { group: b.pick(WORDS.twGroup, 'periodGroup'), subs };
}

/**
 * The period columns: under their group label, or with the group word inside each label in one header row
 * ("Realisasi 1" … "Realisasi 12", "Realisasi TW I"), as offices also type them.
 */
function periodColumns(b: Build, measure: 'K' | 'Rp'): (after: readonly Node[]) => Node[] {
  const { group: g, subs } = periodLabels(b);
  const fill = measure === 'K' ? 'periodK' : 'periodRp';
  const inline = issue19Draw(b.spec, 1) < 0.25;
  const periods = subs.map((s, i) =>
    label(inline ? `${g} ${s}` : s, { f: fill, index: i }, periodRole(measure, i, b.shape), 'input'),
  );
  return (after) => {
    // The Jumlah of K periods sits under their group or beside it; the rupiah's always beside. Drawn even
    // when the periods are inline, so that the words drawn after it stay as they were.
    const beside = measure === 'Rp' || b.w.chance(0.5);
    if (inline) return [...periods, ...after];
    return beside ? [group(g, periods), ...after] : [group(g, [...periods, ...after])];
  };
}

/**
 * A draw for the classes issue 19 added, from the layout's data seed and not from the word stream: every
 * layout drawn before keeps its words and shape unless it falls into one of the new classes.
 */
export function issue19Draw(spec: LayoutSpec, salt: number): number {
  return new Rng((spec.dataSeed ^ Math.imul(salt, 0x9e3779b1)) >>> 0).next();
}

function periodRole(measure: 'K' | 'Rp', i: number, shape: Shape): Role {
  return { kind: 'period', measure, index: i + 1, of: shape.periodCount === 12 ? 12 : 4 };
}

function totalWords(b: Build): readonly string[] {
  return b.shape.periods === 'months' ? WORDS.periodTotalMonth : WORDS.periodTotalTw;
}

function kinerjaFigures(b: Build): Node[] {
  const { spec, shape, w, pick } = b;
  const pct = shape.percentOnly && w.chance(0.5);
  const target = label(
    pick(pct ? WORDS.targetPercent : WORDS.targetK, 'targetK'),
    { f: 'targetK' },
    TARGET_K,
    'input',
  );
  const capaian = label(
    pick(pct ? WORDS.capaianPercent : WORDS.capaianK, 'capaianK'),
    { f: 'capaianK' },
    CAP_K,
    'derived',
  );
  let realisasi: Node[];
  if (shape.periods !== 'none') {
    const place = periodColumns(b, 'K');
    const total = label(pick(totalWords(b), 'realisasiK'), { f: 'totalK' }, REAL_K, 'derived');
    realisasi = place([total]);
  } else if (!pct && spec.references === 'none' && issue19Draw(spec, 2) < 0.15) {
    // "Capaian" holding the realised value, in the target's unit, and no capaian column: offices use the
    // word for both. The capaian is appended.
    const word = pick(WORDS.capaianRealised, 'realisasiK');
    return [target, label(word, { f: 'realisasiK' }, REAL_K, 'input')];
  } else {
    const word = pick(pct ? WORDS.realisasiPercent : WORDS.realisasiK, 'realisasiK');
    realisasi = [label(word, { f: 'realisasiK' }, REAL_K, 'input')];
  }
  if (spec.grouping === 'flat' && spec.references !== 'priorYears') return [target, ...realisasi, capaian];
  const year = b.pick(WORDS.yearGroup, 'yearGroup');
  return w.chance(0.5)
    ? [group(year, [target, ...realisasi]), capaian]
    : [group(year, [target, ...realisasi, capaian])];
}

function anggaranFigures(b: Build): Node[] {
  const { spec, shape, w, pick } = b;
  const selisih: Node[] = [];
  if (spec.extras.selisih) {
    const lebih = w.chance(0.4);
    const word = pick(lebih ? WORDS.lebihKurang : WORDS.sisa, 'selisih');
    selisih.push(label(word, { f: 'selisih', sign: lebih ? -1 : 1 }, { kind: 'selisih' }, 'derived'));
  }
  if (shape.periods !== 'none') {
    const place = periodColumns(b, 'Rp');
    const total = spec.periodTotal
      ? [label(pick(totalWords(b), 'realisasiRp'), { f: 'totalRp' } as const, REAL_RP, 'derived' as const)]
      : [];
    const pagu = label(pick(WORDS.pagu, 'pagu'), { f: 'pagu' }, PAGU, 'input');
    const capaian = label(pick(WORDS.capaianRp, 'capaianRp'), { f: 'capaianRp' }, CAP_RP, 'derived');
    return [pagu, ...place(total), capaian, ...selisih];
  }
  if (spec.grouping === 'by-measure') {
    const [p, r, c] = w.pick(WORDS.anggaranSubs) as readonly string[];
    const g = b.pick(WORDS.anggaranGroup, 'anggaranGroup');
    return [
      group(g, [
        label(p!, { f: 'pagu' }, PAGU, 'input'),
        label(r!, { f: 'realisasiRp' }, REAL_RP, 'input'),
        label(c!, { f: 'capaianRp' }, CAP_RP, 'derived'),
      ]),
      ...selisih,
    ];
  }
  const pagu = label(pick(WORDS.pagu, 'pagu'), { f: 'pagu' }, PAGU, 'input');
  if (spec.grouping === 'grouped') {
    const [r, c] = w.pick(WORDS.lraRealisasiSubs) as readonly string[];
    const g = b.pick(WORDS.lraRealisasiGroup, 'realisasiGroup');
    const realisasi = group(g, [
      label(r!, { f: 'realisasiRp' }, REAL_RP, 'input'),
      label(c!, { f: 'capaianRp' }, CAP_RP, 'derived'),
    ]);
    return [pagu, realisasi, ...selisih];
  }
  return [
    pagu,
    label(pick(WORDS.realisasiRp, 'realisasiRp'), { f: 'realisasiRp' }, REAL_RP, 'input'),
    label(pick(WORDS.capaianRp, 'capaianRp'), { f: 'capaianRp' }, CAP_RP, 'derived'),
    ...selisih,
  ];
}

function renjaFigures(b: Build): Node[] {
  const { spec, shape, w, pick } = b;
  const [kSub, rpSub] = w.pick(WORDS.measureSubs) as readonly string[] as [string, string];
  const periods: Node[] = [];
  if (shape.periods !== 'none') {
    const { group: g, subs } = periodLabels(b);
    const of = shape.periodCount === 12 ? 12 : 4;
    // The Renja evaluation form: K | % | Rp under each triwulan, the % its cumulative progress.
    const progress = (i: number): Leaf[] =>
      spec.periodPercent
        ? [label('%', { f: 'progress', index: i }, { kind: 'progress', index: i + 1, of }, 'input')]
        : [];
    const each = subs.map((s, i) =>
      group(s, [
        label(kSub, { f: 'periodK', index: i }, periodRole('K', i, shape), 'input'),
        ...progress(i),
        label(rpSub, { f: 'periodRp', index: i }, periodRole('Rp', i, shape), 'input'),
      ]),
    );
    periods.push(group(g, each));
  }
  const totals = periods.length > 0;
  const realK = (word: string): Leaf =>
    totals
      ? label(word, { f: 'totalK' }, REAL_K, 'derived')
      : label(word, { f: 'realisasiK' }, REAL_K, 'input');
  const realRp = (word: string): Leaf =>
    totals
      ? label(word, { f: 'totalRp' }, REAL_RP, 'derived')
      : label(word, { f: 'realisasiRp' }, REAL_RP, 'input');

  if (spec.grouping === 'grouped') {
    const realGroup = pick(totals ? WORDS.periodTotalTw : WORDS.realisasiGroup, 'realisasiGroup');
    return [
      group(pick(WORDS.targetGroup, 'targetGroup'), [
        label(kSub, { f: 'targetK' }, TARGET_K, 'input'),
        label(rpSub, { f: 'pagu' }, PAGU, 'input'),
      ]),
      ...periods,
      group(realGroup, [realK(kSub), realRp(rpSub)]),
      group(pick(WORDS.capaianGroup, 'capaianGroup'), [
        label(kSub, { f: 'capaianK' }, CAP_K, 'derived'),
        label(rpSub, { f: 'capaianRp' }, CAP_RP, 'derived'),
      ]),
    ];
  }
  if (spec.grouping === 'by-measure' && !totals) {
    const [t, r, c] = w.pick(WORDS.kinerjaSubs) as readonly string[];
    const [p, rr, cc] = w.pick(WORDS.anggaranSubs) as readonly string[];
    return [
      group(pick(WORDS.kinerjaGroup, 'kinerjaGroup'), [
        label(t!, { f: 'targetK' }, TARGET_K, 'input'),
        realK(r!),
        label(c!, { f: 'capaianK' }, CAP_K, 'derived'),
      ]),
      group(pick(WORDS.anggaranGroup, 'anggaranGroup'), [
        label(p!, { f: 'pagu' }, PAGU, 'input'),
        realRp(rr!),
        label(cc!, { f: 'capaianRp' }, CAP_RP, 'derived'),
      ]),
    ];
  }
  const targetK = label(pick(WORDS.targetKBoth, 'targetK'), { f: 'targetK' }, TARGET_K, 'input');
  const pagu = label(pick(WORDS.paguBoth, 'pagu'), { f: 'pagu' }, PAGU, 'input');
  const realisasiK = realK(pick(WORDS.realisasiKBoth, 'realisasiK'));
  const realisasiRp = realRp(pick(WORDS.realisasiRpBoth, 'realisasiRp'));
  const capaianK = label(pick(WORDS.capaianKBoth, 'capaianK'), { f: 'capaianK' }, CAP_K, 'derived');
  const capaianRp = label(pick(WORDS.capaianRpBoth, 'capaianRp'), { f: 'capaianRp' }, CAP_RP, 'derived');
  // The seed's order (K and Rp side by side), or all of kinerja before all of anggaran.
  return w.chance(0.5)
    ? [targetK, pagu, ...periods, realisasiK, realisasiRp, capaianK, capaianRp]
    : [targetK, ...periods, realisasiK, capaianK, pagu, realisasiRp, capaianRp];
}

/** Figures of earlier years or of the Renstra: shown beside the year's figures, never computed on. */
function referenceColumns(b: Build): Node[] {
  const { spec, shape, w } = b;
  const prior = (measure: 'target' | 'realisasi' | 'capaian', back: number, word: string): Leaf =>
    label(word, { f: 'refK', measure, back }, { kind: 'reference', source: 'priorYear', measure }, 'input');
  if (spec.references === 'renstra' && shape.hasK) {
    const g = b.pick(WORDS.renstraGroup, 'renstra');
    const k = label(
      shape.hasRp ? 'K' : g,
      { f: 'renstraK' },
      { kind: 'reference', source: 'renstra', measure: 'target' },
      'input',
    );
    if (!shape.hasRp) return [k];
    const rp = label(
      'Rp',
      { f: 'renstraRp' },
      { kind: 'reference', source: 'renstra', measure: 'target' },
      'input',
    );
    return [group(g, [k, rp])];
  }
  if (spec.references !== 'priorYears') return [];
  if (shape.kind === 'anggaran') {
    const word = w.pick([`Realisasi ${YEAR - 1}`, 'Realisasi Tahun Lalu']);
    return [
      label(word, { f: 'refRp' }, { kind: 'reference', source: 'priorYear', measure: 'realisasi' }, 'input'),
    ];
  }
  switch (w.int(0, 3)) {
    case 0: {
      const years = w.int(2, 4);
      const subs = Array.from({ length: years }, (_, i) =>
        prior('realisasi', years - i, String(YEAR - years + i)),
      );
      return [group(b.pick(WORDS.priorRealisasiGroup, 'priorGroup'), subs)];
    }
    case 1:
      return [prior('realisasi', 1, `Realisasi ${YEAR - 1}`)];
    case 2:
      return [prior('capaian', 1, `Capaian ${YEAR - 1} (%)`)];
    default:
      return [group(`Tahun ${YEAR - 1}`, [prior('target', 1, 'Target'), prior('realisasi', 1, 'Realisasi')])];
  }
}
