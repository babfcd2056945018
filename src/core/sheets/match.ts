import { pushTo } from '../collect';

/**
 * Indicators of two years are paired by name. Offices retype the name each year, so the key ignores
 * case, accents, spacing and punctuation: "Indeks Pembangunan Gender (IPG)" and "indeks pembangunan
 * gender  ( IPG )." are one indicator; a renamed one is not, and is reported.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface NameMatch {
  /** For each item of `now`, the index of its pair in `earlier`, or -1. */
  readonly pairs: readonly number[];
  /** Indexes of `earlier` no item of `now` took. */
  readonly unmatchedEarlier: readonly number[];
}

/** Pairs equal keys in order; a name typed twice pairs with the next unused one of the same name. */
export function matchNames(now: readonly string[], earlier: readonly string[]): NameMatch {
  const free = new Map<string, number[]>();
  earlier.forEach((name, i) => {
    const key = nameKey(name);
    if (key) pushTo(free, key, i);
  });
  const pairs = now.map((name) => free.get(nameKey(name))?.shift() ?? -1);
  const taken = new Set(pairs);
  return { pairs, unmatchedEarlier: earlier.map((_, i) => i).filter((i) => !taken.has(i)) };
}
