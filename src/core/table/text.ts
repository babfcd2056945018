/** Whitespace other than a plain space, two spaces in a row, or a space beside a slash. */
const NEEDS_COLLAPSING = /[^\S ]| {2}| \/|\/ /;

/** Lower-case, single-spaced text for matching header and name words. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most text has nothing to collapse: single plain spaces, none beside a slash.
  const single = NEEDS_COLLAPSING.test(lower)
    ? lower
        .replace(/[\u00a0\s]+/g, ' ')
        .replace(/\s*\/\s*/g, '/')
        .trim()
    : lower.trim();
  return SPACED.test(single) ? single.replace(SPACED_GLOBAL, (w) => w.replace(/ /g, '')) : single;
}

/** A word typed letter by letter for show, "U R A I A N", "J U M L A H": four letters or more. */
const SPACED = /(?:^|\s)[a-z](?: [a-z]){3,}(?=\s|$)/;
const SPACED_GLOBAL = /(?<=^|\s)[a-z](?: [a-z]){3,}(?=\s|$)/g;

const ROMAN = /^(?=[ivxlc]+\.?$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i;

export function isRoman(text: string): boolean {
  return text.trim() !== '' && ROMAN.test(text.trim());
}
