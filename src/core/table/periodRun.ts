import { barePeriodIndex, periodAtEnd, periodGroupOf, periodLabel } from './vocabulary';

/** "Realisasi 1", "Realisasi-2", "Realisasi II": a group label with a period number at its end. */
const NUMBERED = /^(.*?[^\s\d.-])[\s.-]*(\d{1,2}|iv|i{1,3})\.?$/i;

interface Numbered {
  readonly stem: string;
  readonly index: number;
}

function numbered(label: string | undefined): Numbered | null {
  if (label === undefined || periodLabel(label) || periodAtEnd(label)) return null;
  const m = NUMBERED.exec(label.trim());
  if (!m) return null;
  const stem = m[1]!.trim();
  const index = barePeriodIndex(m[2]!);
  // Only a stem that can head periods ("Realisasi", "Triwulan", "Bulan"): "Indikator 1" is no period.
  return index !== null && periodGroupOf(stem) !== null ? { stem, index } : null;
}

/**
 * "Realisasi 1" … "Realisasi 12" typed in one header row are the periods of one group, exactly like
 * "Realisasi" over "1 … 12": each such label is read as that group label over its period number. A run
 * counts up by one from 1 and is three columns or more long, so a lone "Realisasi 2" stays a label.
 */
export function splitNumberedPeriods(paths: string[][], groups: string[][]): void {
  let c = 0;
  while (c < paths.length) {
    const first = numbered(paths[c]!.at(-1));
    if (!first || first.index !== 1) {
      c++;
      continue;
    }
    let end = c + 1;
    while (end < paths.length) {
      const next = numbered(paths[end]!.at(-1));
      if (!next || next.stem !== first.stem || next.index !== end - c + 1) break;
      end++;
    }
    if (end - c >= 3) {
      for (let k = c; k < end; k++) {
        const path = paths[k]!;
        path.splice(path.length - 1, 1, first.stem, String(k - c + 1));
        groups[k] = [...groups[k]!, first.stem];
      }
    }
    c = end;
  }
}
