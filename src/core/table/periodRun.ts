import { barePeriodIndex, periodAtEnd, periodGroupOf, periodLabel } from './vocabulary';
import { normalize } from './text';
import { pushTo } from '../collect';

/** "Realisasi 1", "Realisasi-2", "Realisasi II": a group label with a period number at its end. */
const NUMBERED = /^(.*?[^\s\d.-])[\s.-]*(\d{1,2}|iv|i{1,3})\.?$/i;

interface Numbered {
  readonly stem: string;
  readonly key: string;
  readonly index: number;
}

function numbered(label: string | undefined): Numbered | null {
  if (label === undefined || periodLabel(label) || periodAtEnd(label)) return null;
  const m = NUMBERED.exec(label.trim());
  if (!m) return null;
  const stem = m[1]!.trim();
  const index = barePeriodIndex(m[2]!);
  // Only a stem that can head periods ("Realisasi", "Triwulan", "Bulan"): "Indikator 1" is no period.
  return index !== null && periodGroupOf(stem) !== null ? { stem, key: normalize(stem), index } : null;
}

/** Could this label be one of a row of numbered periods ("Realisasi 5")? For reading header rows. */
export function isNumberedPeriod(label: string): boolean {
  return numbered(label) !== null;
}

/**
 * "Realisasi 1" … "Realisasi 12" typed in one header row are the periods of one group, exactly like
 * "Realisasi" over "1 … 12": each such label is read as that group label over its period number. The labels
 * sharing a stem must number 1 … n without a repeat, three or more, so a lone "Realisasi 2" stays a label.
 */
export function splitNumberedPeriods(paths: string[][], groups: string[][]): void {
  // Each column's numbered label, wherever it sits in its path (a year label may be typed under it).
  const byStem = new Map<string, { col: number; at: number; n: Numbered }[]>();
  paths.forEach((path, col) => {
    const at = path.findIndex((p) => numbered(p) !== null);
    if (at < 0) return;
    const n = numbered(path[at])!;
    pushTo(byStem, n.key, { col, at, n });
  });
  for (const run of byStem.values()) {
    const indexes = new Set(run.map((r) => r.n.index));
    if (run.length < 3 || indexes.size !== run.length || Math.max(...indexes) !== run.length) continue;
    for (const { col, at, n } of run) {
      paths[col]!.splice(at, 1, n.stem, String(n.index));
      groups[col] = [...groups[col]!, n.stem];
    }
  }
}

/**
 * "TW I Realisasi", "Triwulan II Target": the period named first, then the figure. Read as the figure's
 * label over its period, as "Realisasi" over "TW I" would be.
 */
export function splitLeadingPeriods(paths: string[][]): void {
  for (const path of paths) {
    const leaf = path.at(-1);
    if (leaf === undefined || periodLabel(leaf) || periodAtEnd(leaf)) continue;
    const words = leaf.trim().split(/\s+/);
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const head = words.slice(0, n).join(' ');
      const rest = words.slice(n).join(' ');
      if (periodLabel(head) && /[a-z]{3}/i.test(rest)) {
        path.splice(path.length - 1, 1, rest, head);
        break;
      }
    }
  }
}
