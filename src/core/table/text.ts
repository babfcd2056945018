/** Whitespace other than a plain space, two spaces in a row, or a space beside a slash. */
const NEEDS_COLLAPSING = /[^\S ]| {2}| \/|\/ /;

/** Lower-case, single-spaced text for matching header and name words. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most text has nothing to collapse: single plain spaces, none beside a slash.
  if (!NEEDS_COLLAPSING.test(lower)) return lower.trim();
  return lower
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const ROMAN = /^(?=[ivxlc]+\.?$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i;

export function isRoman(text: string): boolean {
  return text.trim() !== '' && ROMAN.test(text.trim());
}
