/** Lower-case, single-spaced text for matching header and name words. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const ROMAN = /^(?=[ivxlc]+\.?$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i;

export function isRoman(text: string): boolean {
  return text.trim() !== '' && ROMAN.test(text.trim());
}
