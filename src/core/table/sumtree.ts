import { Level } from './model';
import { levelFromWords } from './levels';
import { NodeDraft } from './subtotals';

/**
 * A hierarchy is a hypothesis, and the office's typed parent figures test it: a parent's pagu is the sum of
 * its items'. This file reads the other hypothesis the money allows when codes, numbering or words give a
 * tree the figures refute ("which lines sum to which"), and scores a tree by the parents it explains.
 */

/** How a tree fares against the typed figures: parents whose figure is the sum of their items'. */
export interface TreeFit {
  readonly explained: number;
  readonly of: number;
}

/** Rupiah add up to the rupiah; figures in thousands or millions to their own last decimals. */
export function sameSum(a: number, b: number): boolean {
  return Math.abs(a - b) < (Math.abs(b) >= 1000 ? 0.5 : 1e-6 * Math.max(1, Math.abs(b)));
}

/**
 * Parents with a typed figure, and those whose figure is what their items add up to: the items' own sums
 * where they have items (an item left empty is summed from its own), as `check` compares them.
 */
export function treeFit(
  nodes: readonly NodeDraft[],
  value: (n: NodeDraft) => number | null,
  total: number | null = null,
): TreeFit {
  const truths = new Map<number, number | null>();
  const truth = (n: NodeDraft): number | null => {
    if (n.childIds.length === 0) return value(n);
    const known = truths.get(n.id);
    if (known !== undefined) return known;
    const parts = n.childIds.map((id) => truth(nodes[id]!)).filter((v): v is number => v !== null);
    const sum = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    truths.set(n.id, sum);
    return sum;
  };
  let explained = 0;
  let of = 0;
  for (const n of nodes) {
    const own = value(n);
    const sum = n.childIds.length === 0 || own === null ? null : truth(n);
    if (sum === null) continue;
    of++;
    if (sameSum(sum, own!)) explained++;
  }
  // The grand total is the parent of the top lines.
  const tops = nodes.filter((n) => n.parentId === null).map((n) => truth(n));
  if (total !== null && tops.length > 0 && tops.every((t) => t !== null)) {
    of++;
    if (
      sameSum(
        (tops as number[]).reduce((a, b) => a + b, 0),
        total,
      )
    )
      explained++;
  }
  return { explained, of };
}

/** One line of the sums reading and the lines under it; `end` is one past its last line. */
interface Sub {
  readonly at: number;
  readonly end: number;
  readonly kids: readonly Sub[];
}

/** Steps one reading may take: a table of thousands of lines is read in far fewer. */
const BUDGET = 200_000;

/**
 * The tree in which every parent's figure is the sum of the lines right under it: a line is a parent when
 * the lines after it, read as items (each perhaps a parent in turn), add up to its figure. A line is tried as
 * a parent first (an urusan over one program of the same pagu), as a plain line when the sums above refute
 * that (two sub kegiatan of the same pagu). Lines of 0 after a complete sum are its items too.
 * Null when a figure is missing or negative, or the reading takes too long.
 */
function readSums(values: readonly (number | null)[]): Sub[] | null {
  if (values.some((v) => v === null || v < 0)) return null;
  const v = values as readonly number[];
  let steps = 0;
  const parentAt = new Map<number, Sub | null>();

  const trailingZeros = (from: number): number => {
    let j = from;
    while (j < v.length && v[j] === 0) j++;
    return j;
  };
  /** Items from `from` on whose figures add up to `left` of the parent's `whole`, or null. */
  const items = (from: number, left: number, whole: number): Sub[] | null => {
    if (++steps > BUDGET) return null;
    if (sameSum(whole - left, whole)) return [];
    if (from >= v.length || (v[from]! > left && !sameSum(whole - left + v[from]!, whole))) return null;
    for (const option of optionsAt(from)) {
      if (option === null) return null;
      const rest = items(option.end, left - v[from]!, whole);
      if (rest) return [option, ...rest];
    }
    return null;
  };
  const asParent = (i: number): Sub | null => {
    if (parentAt.has(i)) return parentAt.get(i)!;
    parentAt.set(i, null);
    const kids = v[i]! > 0 ? items(i + 1, v[i]!, v[i]!) : null;
    const found =
      kids && kids.length > 0 ? { at: i, end: trailingZeros(kids[kids.length - 1]!.end), kids } : null;
    parentAt.set(i, found);
    return found;
  };
  const optionsAt = (i: number): (Sub | null)[] => {
    const leaf: Sub = { at: i, end: i + 1, kids: [] };
    const parent = asParent(i);
    if (steps > BUDGET) return [null];
    if (!parent) return [leaf];
    return [parent, leaf];
  };

  const tops: Sub[] = [];
  for (let i = 0; i < v.length;) {
    const [first] = optionsAt(i);
    if (!first) return null;
    tops.push(first);
    i = first.end;
  }
  return steps > BUDGET ? null : tops;
}

/**
 * Relinks `nodes` as the sums reading says and names their levels: lines the words call programs stay
 * programs, the lines above them are urusan, those below kegiatan then sub kegiatan; without such words the
 * depth says it. Returns false (and changes nothing) when the money allows no such reading.
 */
export function followSums(nodes: NodeDraft[], value: (n: NodeDraft) => number | null): boolean {
  const tops = readSums(nodes.map(value));
  if (!tops) return false;
  for (const n of nodes) {
    n.parentId = null;
    n.childIds = [];
    n.orphanReason = null;
  }
  const link = (s: Sub, parent: number | null): void => {
    nodes[s.at]!.parentId = parent;
    if (parent !== null) nodes[parent]!.childIds.push(s.at);
    for (const k of s.kids) link(k, s.at);
  };
  for (const t of tops) link(t, null);
  // Lines of 0 after a parent's complete sum (inside its span, in no item's) are its items.
  const topAt = new Set(tops.map((t) => t.at));
  const subs = [...tops, ...tops.flatMap(all)];
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i]!.parentId === null && !topAt.has(i)) {
      // The deepest line whose span holds it: preorder lists a line's items after it.
      const owner = subs.filter((s) => s.at < i && s.end > i).pop();
      if (owner) {
        nodes[i]!.parentId = owner.at;
        nodes[owner.at]!.childIds.push(i);
      }
    }
  }
  for (const n of nodes) n.childIds.sort((a, b) => a - b);
  nameLevels(nodes);
  return true;
}

function all(s: Sub): Sub[] {
  return s.kids.flatMap((k) => [k, ...all(k)]);
}

const BY_DEPTH: readonly Level[] = ['program', 'kegiatan', 'subKegiatan'];

/**
 * Names the levels of a tree built from sums: lines the words call programs stay programs, the lines above
 * them are urusan, those below kegiatan then sub kegiatan; without such words the depth says it.
 */
export function nameLevels(nodes: NodeDraft[]): void {
  const depth = (n: NodeDraft): number => {
    let d = 0;
    for (let p = n.parentId; p !== null; p = nodes[p]!.parentId) d++;
    return d;
  };
  const programs = nodes.filter((n) => levelFromWords(n.name) === 'program');
  const levelBelow = new Map<number, number>();
  for (const p of programs) levelBelow.set(p.id, 0);
  for (const n of nodes) {
    // The program above it, if any: its depth under that program names it.
    let steps = 0;
    let under: number | null = null;
    for (let p: number | null = n.id; p !== null; p = nodes[p]!.parentId, steps++)
      if (levelBelow.has(p)) {
        under = steps;
        break;
      }
    if (under !== null) {
      n.level = BY_DEPTH[Math.min(under, 2)]!;
      continue;
    }
    const above = programs.some((p) => {
      for (let q = p.parentId; q !== null; q = nodes[q]!.parentId) if (q === n.id) return true;
      return false;
    });
    n.level = above ? 'urusan' : BY_DEPTH[Math.min(depth(n), 2)]!;
  }
}

/**
 * Keeps the reading that explains the most typed parents (the grand total one of them): the one the codes,
 * numbering and words gave, or the sums reading when that explains more (at least two parents; a single sum
 * may be chance). Returns how the kept tree's own parents fare: `check` reports no subtotal and `generate`
 * writes none when it explains no more than half of them.
 */
export function confirmTree(
  nodes: NodeDraft[],
  value: (n: NodeDraft) => number | null,
  total: number | null,
): TreeFit {
  // The grand total tells which lines are the top ones when readings are compared; the tree is confirmed
  // by its own parents (a wrong grand total is the office's mistake, found at its cell).
  const current = treeFit(nodes, value, total);
  if (current.of > 0 && current.explained === current.of) return treeFit(nodes, value);
  const trial = nodes.map((n) => ({ ...n, childIds: [...n.childIds] }));
  if (!followSums(trial, value)) return treeFit(nodes, value);
  const fit = treeFit(trial, value, total);
  if (fit.explained < 2 || fit.explained <= current.explained) return treeFit(nodes, value);
  trial.forEach((n, i) => Object.assign(nodes[i]!, n));
  return treeFit(nodes, value);
}

/**
 * A tree the typed parent figures do not refute: most of them are the sums of their items. One or two typed
 * parents that are not may be the office's own slips (an office makes a few mistakes), so it takes three
 * typed parents, most of them unexplained, to refute a reading.
 */
export function isConfirmed(fit: TreeFit): boolean {
  return fit.of < 3 || fit.explained * 2 > fit.of;
}
