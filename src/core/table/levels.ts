import { countOf } from '../numbers/read';
import { RowInfo } from './hierarchy';
import { Level } from './model';
import { isRoman, normalize } from './text';

/** The level a line's kode, words or numbers say, and the levels of the lines they leave open. */

/** Parts of a dotted code: "1.02.01" has 3. */
export function dottedParts(code: string): number {
  return countOf(code, '.') + 1;
}

export function levelFromKode(kode: string): Level | null {
  const parts = dottedParts(kode);
  if (parts === 3) return 'program';
  if (parts === 4 || parts === 5) return 'kegiatan';
  if (parts >= 6) return 'subKegiatan';
  return null;
}

export function levelFromWords(name: string): Level | null {
  const t = normalize(name);
  if (/^program\b/.test(t)) return 'program';
  if (/^sub ?kegiatan\b/.test(t)) return 'subKegiatan';
  if (/^kegiatan\b/.test(t)) return 'kegiatan';
  return null;
}

/** Depth of a dotted number: "1" is 1, "1.2" is 2, "1.2.3" is 3; null for anything else. */
function dotDepth(nomor: string): number | null {
  const m = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/.exec(nomor);
  return m ? countOf(m[1]!, '.') + 1 : null;
}

/**
 * Dotted numbering (1, 1.1, 1.1.1) says the level by its depth: under Roman or named programs the first
 * depth is kegiatan, otherwise program.
 */
export function levelsFromDots(rows: RowInfo[]): void {
  if (!rows.some((r) => r.level === null && (dotDepth(r.nomor) ?? 0) >= 2)) return;
  const offset = rows.some((r) => r.level === 'program') ? 1 : 0;
  const LEVELS: readonly Level[] = ['program', 'kegiatan', 'subKegiatan'];
  for (const r of rows) {
    const depth = r.level === null ? dotDepth(r.nomor) : null;
    if (depth !== null) r.level = LEVELS[Math.min(depth - 1 + offset, 2)]!;
  }
}

function intOf(nomor: string): number | null {
  const m = /^(\d{1,3})[.)]?$/.exec(nomor);
  return m ? Number(m[1]) : null;
}

/**
 * An unnumbered row whose pagu is the sum of the rows right below it is their parent. One row below is
 * not enough (two sibling sub kegiatan may have the same pagu) unless only that one carries an indicator.
 */
function carriesSubtotal(rows: readonly RowInfo[], i: number): boolean {
  const own = rows[i]!;
  if (own.pagu === null || own.pagu === 0) return false;
  let sum = 0;
  for (let k = i + 1; k < rows.length && rows[k]!.level !== 'program'; k++) {
    const next = rows[k]!;
    if (next.pagu === null) return false;
    sum += next.pagu;
    const count = k - i;
    if (Math.abs(sum - own.pagu) < 1) return count >= 2 || (!own.indikator && !!next.indikator);
    if (sum > own.pagu) return false;
  }
  return false;
}

/**
 * A Roman numeral that numbers programs ("I", "II", "IV"), not a letter numbering items: "c" and "d" are
 * letters, and "i" after "h" is the ninth letter.
 */
export function isProgramNumeral(nomor: string, previous: string): boolean {
  const t = nomor.replace(/[.)]$/, '').toLowerCase();
  if (!isRoman(t) || /^[cdlm]$/.test(t)) return false;
  const prev = previous.replace(/[.)]$/, '').toLowerCase();
  return !(t.length === 1 && /^[a-z]$/.test(prev) && t.charCodeAt(0) === prev.charCodeAt(0) + 1);
}

/** The place of a number in its own sequence: 3 for "3", "c" or "iii". */
function seqOf(nomor: string): number | null {
  const t = nomor.replace(/[.)]$/, '').toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (/^[a-z]$/.test(t)) return t.charCodeAt(0) - 96;
  return null;
}

type NumberStyle = 'digit' | 'letter' | 'roman' | null;

function styleOf(nomor: string): NumberStyle {
  const t = nomor.replace(/[.)]$/, '');
  if (/^\d{1,3}$/.test(t)) return 'digit';
  // "a", "b", "c" are letters; a capital I, V or X, or II, IV, is a Roman numeral.
  if (/^[a-z]$/.test(t) || /^[A-HJ-UWYZ]$/.test(t)) return 'letter';
  return isRoman(t) ? 'roman' : null;
}

/**
 * Finds the level of rows the kode, words, Roman numerals or dotted numbers did not settle. When kegiatan
 * and sub kegiatan are numbered in different styles (1, 2 … and a, b …), the style says the level.
 */
export function levelsFromRestartingNumbers(rows: RowInfo[]): void {
  let last: Level | null = null;
  let kegNo = 0;
  let subNo = 0;
  let programSeen = false;
  let lastKeg: number | null = null;
  let kegStyle: NumberStyle = null;
  let subStyle: NumberStyle = null;
  // Only kegiatan and sub kegiatan are given here: the programs are known up front, and with them (and the
  // pagu) whether a line carries a subtotal, asked for every line under a kegiatan and worked out once.
  const hasPrograms = rows.some((x) => x.level === 'program');
  const subtotals = new Map<number, boolean>();
  const carries = (i: number): boolean => {
    let known = subtotals.get(i);
    if (known === undefined) {
      known = carriesSubtotal(rows, i);
      subtotals.set(i, known);
    }
    return known;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const style = styleOf(r.nomor);
    if (
      r.level === null &&
      style !== null &&
      kegStyle !== null &&
      subStyle !== null &&
      kegStyle !== subStyle
    ) {
      if (style === kegStyle) r.level = 'kegiatan';
      else if (style === subStyle) r.level = 'subKegiatan';
    }
    // A bulleted line is an item of the line above it that has no bullet.
    if (r.bullet && r.level === null) {
      r.level = last === 'program' ? 'kegiatan' : 'subKegiatan';
      continue;
    }
    if (r.level === 'program') {
      last = 'program';
      programSeen = true;
      kegNo = 0;
      subNo = 0;
      continue;
    }
    if (r.level !== null) {
      last = r.level;
      if (r.level === 'kegiatan') kegStyle ??= style;
      if (r.level === 'subKegiatan') subStyle ??= style;
      if (r.level === 'kegiatan') {
        lastKeg = i;
        kegNo = intOf(r.nomor) ?? kegNo + 1;
        subNo = 0;
      } else subNo = intOf(r.nomor) ?? subNo + 1;
      continue;
    }
    const n = intOf(r.nomor);
    const next = rows[i + 1];
    const nextN = next && next.level === null ? intOf(next.nomor) : null;
    let level: Level;
    if (last === null || last === 'program' || last === 'sasaran') level = 'kegiatan';
    else if (last === 'kegiatan') {
      // An unnumbered line under an unnumbered one is its item only when the money says so: the line above
      // then carries the sum of the lines below. Otherwise they are a flat list of siblings.
      const flat = n === null && !r.nomor && lastKeg !== null && !rows[lastKeg]!.nomor && !carries(lastKeg);
      // "1, 2, 3" under a program: siblings, unless the first carries the sum of those below it. Without
      // money, a numbered line with an indicator under a kegiatan is taken as its sub kegiatan.
      const above = lastKeg === null ? null : rows[lastKeg]!;
      // The next letter after a lettered kegiatan ("a", then "b") is its sibling, as the next number is.
      const nextLetter =
        above !== null &&
        style === 'letter' &&
        styleOf(above.nomor) === 'letter' &&
        seqOf(r.nomor) === (seqOf(above.nomor) ?? 0) + 1;
      const sibling =
        ((n !== null && n !== 1 && n === kegNo + 1) || nextLetter) &&
        (!r.indikator || (above?.pagu != null && !carries(lastKeg!)));
      level = flat || sibling ? 'kegiatan' : 'subKegiatan';
    } else if (n === null) level = carries(i) ? 'kegiatan' : 'subKegiatan';
    else if (nextN === 1) level = 'kegiatan';
    else if (n === subNo + 1) level = 'subKegiatan';
    else if (n === kegNo + 1) level = 'kegiatan';
    else level = 'subKegiatan';

    if (level === 'kegiatan') {
      lastKeg = i;
      if (n === 1 && kegNo >= 1 && last !== 'program') {
        r.orphanReason = 'numbering-restart';
      } else if (!programSeen && hasPrograms) {
        r.orphanReason = 'before-program';
      }
      kegNo = n ?? kegNo + 1;
      subNo = 0;
    } else subNo = n ?? subNo + 1;
    r.level = level;
    last = level;
    if (level === 'kegiatan') kegStyle ??= style;
    else subStyle ??= style;
  }
}
