import { parseA1, rangeA1 } from '../../src/core/sheet/address';
import { CellRange } from '../../src/core/sheet/snapshot';
import { officeError } from './errors';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/**
 * "B3", "B3:K58", "$B$3", "A:XFD", "3:3", optionally after "Sheet!" or "'My sheet'!". Anything else is
 * Excel's InvalidArgument.
 */
export function parseAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b, extra] = local.split(':');
  if (extra !== undefined || !a)
    throw officeError('InvalidArgument', `The address "${address}" is not valid.`);
  const part = (p: string, end: boolean): { row: number; col: number } => {
    if (/^\d+$/.test(p)) return { row: Number(p) - 1, col: end ? MAX_COL : 0 };
    if (/^[A-Z]{1,3}$/i.test(p)) return { row: end ? MAX_ROW : 0, col: parseA1(`${p}1`).col };
    if (!/^[A-Z]{1,3}\d+$/i.test(p))
      throw officeError('InvalidArgument', `The address "${address}" is not valid.`);
    return parseA1(p);
  };
  const s = part(a, false);
  const e = part(b ?? a, true);
  const range = { top: s.row, left: s.col, bottom: e.row, right: e.col };
  if (
    range.top < 0 ||
    range.bottom > MAX_ROW ||
    range.right > MAX_COL ||
    range.top > range.bottom ||
    range.left > range.right
  )
    throw officeError('InvalidArgument', `The address "${address}" is not valid.`);
  return range;
}

/** How Excel writes a sheet name in an address: quoted when it is not a plain word, quotes doubled. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: string, r: CellRange): string {
  return `${quotedSheet(sheet)}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function inside(r: number, c: number, g: CellRange): boolean {
  return r >= g.top && r <= g.bottom && c >= g.left && c <= g.right;
}
