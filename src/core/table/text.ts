import { isDigit, isLowerLetter } from '../chars';

/** Whitespace other than a plain space, two spaces in a row, or a space beside a slash. */
const NEEDS_COLLAPSING = /[^\S ]| {2}| \/|\/ /;

/**
 * Whether NEEDS_COLLAPSING matches, by one look at each character: every name and label of a table is
 * normalised, and for ASCII text this is cheaper than the pattern. Other text is given to the pattern.
 */
function needsCollapsing(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      const next = s.charCodeAt(i + 1);
      if (next === 32 || next === 47) return true;
    } else if (c === 47) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c >= 9 && c <= 13) return true;
    else if (c > 127) return NEEDS_COLLAPSING.test(s);
  }
  return false;
}

/** What SPACED needs to match: a letter at a word's start and a space, then a letter. Cheaper than it. */
function maySpaceLetters(s: string): boolean {
  for (let i = 0; i + 2 < s.length; i++) {
    if (!isLowerLetter(s.charCodeAt(i)) || s.charCodeAt(i + 1) !== 32 || !isLowerLetter(s.charCodeAt(i + 2)))
      continue;
    const before = i === 0 ? 32 : s.charCodeAt(i - 1);
    if (!isLowerLetter(before) && !isDigit(before)) return true;
  }
  return false;
}

/** Lower-case, single-spaced text for matching header and name words. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most text has nothing to collapse: single plain spaces, none beside a slash.
  const single = needsCollapsing(lower)
    ? lower
        .replace(/[\u00a0\s]+/g, ' ')
        .replace(/\s*\/\s*/g, '/')
        .trim()
    : lower.trim();
  return maySpaceLetters(single) && SPACED.test(single)
    ? single.replace(SPACED_GLOBAL, (w) => w.replace(/ /g, ''))
    : single;
}

/** A word typed letter by letter for show, "U R A I A N", "J U M L A H": four letters or more. */
const SPACED = /(?:^|\s)[a-z](?: [a-z]){3,}(?=\s|$)/;
const SPACED_GLOBAL = /(?<=^|\s)[a-z](?: [a-z]){3,}(?=\s|$)/g;

const ROMAN = /^(?=[ivxlc]+\.?$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i;

export function isRoman(text: string): boolean {
  return text.trim() !== '' && ROMAN.test(text.trim());
}
