import { NumberReading } from '../numbers/read';
import { PERCENT } from '../numbers/units';

/**
 * The number format that shows a converted cell as the office typed it: "25 org" becomes 25 shown as
 * `0 "org"`, "90,76" becomes 90.76 shown as `0.00` (Excel puts the user's own decimal separator back).
 * A bound typed before it stays too: "≥ 80" becomes 80 shown as `"≥ "0`. Null when the unit or the bound
 * cannot be written safely inside a format, or a note follows the figure on its own line.
 */
export function formatForTyped(r: NumberReading, money: boolean): string | null {
  // A reading is shared by every cell typed alike ("10 dok" down a column): its format is made once.
  const known = (money ? MONEY_FORMATS : FORMATS).get(r);
  if (known !== undefined) return known;
  const format = formatOf(r, money);
  (money ? MONEY_FORMATS : FORMATS).set(r, format);
  return format;
}

const FORMATS = new WeakMap<NumberReading, string | null>();
const MONEY_FORMATS = new WeakMap<NumberReading, string | null>();

function formatOf(r: NumberReading, money: boolean): string | null {
  if (r.note !== null) return null;
  const figure = figureFormat(r, money);
  // A bound typed before the figure ("≥ 80") stays in front of it, as text the format shows.
  if (figure === null || r.boundText === null) return figure;
  return /^[≥≤<>=\p{L} .]{1,12}$/u.test(r.boundText) ? `"${r.boundText}"${figure}` : null;
}

function figureFormat(r: NumberReading, money: boolean): string | null {
  if (money) return r.decimals > 0 ? `#,##0.${'0'.repeat(Math.min(r.decimals, 6))}` : '#,##0';
  if (r.unit === PERCENT) {
    const d = Math.max(0, r.decimals - 2);
    return d > 0 ? `0.${'0'.repeat(Math.min(d, 6))}%` : '0%';
  }
  const digits = Math.abs(r.value) >= 1000 ? '#,##0' : '0';
  const base = r.decimals > 0 ? `${digits}.${'0'.repeat(Math.min(r.decimals, 6))}` : digits;
  if (r.unitText === null) return base;
  if (!/^[\p{L}\p{N} ./²³-]{1,30}$/u.test(r.unitText)) return null;
  return `${base} "${r.unitText}"`;
}
