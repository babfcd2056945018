/** 0-based row/column helpers for A1 addresses (Excel's own notation, used in findings and formulas). */

/** Letters already made, by column: formulas ask for the same few columns hundreds of thousands of times. */
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index ${col} is not a 0-based integer`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 16384) LETTERS[col] = out;
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/** 0-based column of its letters ("A" is 0, "AA" 26), upper case. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Every cell or range reference in an upper-case formula: letters and row of each end (matchAll, replace). */
export const CELL_REFS = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!.toUpperCase()) };
}

/**
 * The column of a cell reference, as `parseA1` reads it, without a regular expression for the way every
 * writer spells a cell's `r` ("AB12"): the .xlsx reader and patcher ask for every cell.
 */
export function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i > 3 || i === ref.length) return parseA1(ref).col;
  for (let j = i; j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return parseA1(ref).col;
  }
  return col - 1;
}

/** Excel's last row and column (0-based): a whole-row or whole-column reference reaches them. */
export const LAST_ROW = 1048575;
export const LAST_COL = 16383;

/** One end of a reference: a cell ("B3"), a whole column ("B") or a whole row ("3"). */
function refEnd(text: string, end: boolean): { row: number; col: number } | null {
  const t = text.replace(/\$/g, '');
  if (/^[A-Za-z]{1,3}\d+$/.test(t)) return parseA1(t);
  if (/^[A-Za-z]{1,3}$/.test(t)) return { row: end ? LAST_ROW : 0, col: columnIndex(t.toUpperCase()) };
  if (/^\d+$/.test(t) && Number(t) >= 1) return { row: Number(t) - 1, col: end ? LAST_COL : 0 };
  return null;
}

/**
 * "'Realisasi 2022'!A4:K58", "Kinerja!A3:D3" or "A4:K58" (as typed on a command line, or as Range.address
 * gives it), and whole rows ("Kinerja!3:5") or whole columns ("Kinerja!A:K"), as Excel gives them when the
 * user clicks row or column headers: the sheet, when named, and the range. Null when the text is no such
 * reference.
 */
export function parseSheetRange(
  text: string,
): { sheet: string | null; range: { top: number; left: number; bottom: number; right: number } } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?([$A-Za-z0-9]+)(?::([$A-Za-z0-9]+))?$/.exec(text.trim());
  if (!m) return null;
  const single = m[4] === undefined;
  const a = refEnd(m[3]!, false);
  const b = refEnd(m[4] ?? m[3]!, true);
  // A lone row or column ("3", "A") is no reference; a cell with a row or column is no range either.
  const kind = (t: string): string => (/\d/.test(t) ? (/[A-Za-z]/.test(t) ? 'cell' : 'row') : 'col');
  if (!a || !b || (single ? kind(m[3]!) !== 'cell' : kind(m[3]!) !== kind(m[4]!))) return null;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null),
    range: {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    },
  };
}
