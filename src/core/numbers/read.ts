import { CellValue, isCellError } from '../sheet/snapshot';
import { canonicalUnit, PERCENT } from './units';
import { isDigit, isLetter } from '../chars';

/** Which character separates decimals: Indonesian "1.234,5" or English "1,234.5". */
export type Convention = 'id' | 'en';

export type Reading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly code: string }
  /** Text that holds no number we can read ("BB", "Tersedia"). */
  | { readonly kind: 'text'; readonly text: string }
  | NumberReading;

export interface NumberReading {
  readonly kind: 'number';
  /** Percentages are fractions: "98,69%" and 0.9869 formatted as % both read 0.9869. */
  readonly value: number;
  /** Canonical unit ('persen' for %), or null. */
  readonly unit: string | null;
  /** The unit as typed, to keep showing it ("org"). */
  readonly unitText: string | null;
  /** The cell held text rather than a number. */
  readonly fromText: boolean;
  /** Decimal places of `value` as typed, for rounding tolerance. */
  readonly decimals: number;
  /** The separators could be read either way and no evidence settled it. */
  readonly ambiguous: boolean;
  readonly currency: boolean;
  /**
   * A target typed as a bound: "≥ 80", "min. 90%" (at least: higher is better), "≤ 25 kasus", "maks 5" (at
   * most: lower is better). Null for a plain figure.
   */
  readonly bound: 'min' | 'max' | null;
  /** The bound as typed before the figure ("≥ ", "min. "), to keep showing it. */
  readonly boundText: string | null;
  /**
   * Words typed on their own lines after the figure ("96,2" then "(angka sementara)"): read past for the
   * figure, and the reason the cell stays as typed (no number format shows a line break).
   */
  readonly note: string | null;
}

/** A bound typed before a figure: a sign or a word, then the figure itself. */
const BOUND =
  /^(≥|>=|=>|>|≤|<=|=<|<|(?:min(?:imal|imum)?|maks(?:imal|imum)?|max(?:imal|imum)?)\.?)\s*(?=[\d(+\-\u2212]|rp|idr)/i;

const SPACES = /[\u00a0\u2007\u2009\u202f\t]/g;

/** What a text says about the convention, or null if it says nothing. */
export function conventionEvidence(text: string): Convention | null {
  // Without a separator ("25 org", "80%") a figure says nothing of them.
  if (!text.includes('.') && !text.includes(',')) return null;
  const m = /\d[\d.,]*\d/.exec(text.replace(SPACES, ' '));
  if (!m) return null;
  const s = m[0];
  const dots = countOf(s, '.');
  const commas = countOf(s, ',');
  if (dots > 0 && commas > 0) return s.lastIndexOf(',') > s.lastIndexOf('.') ? 'id' : 'en';
  if (dots > 1) return 'id';
  if (commas > 1) return 'en';
  if (dots === 1) return isThousandsShape(s, '.') ? null : 'en';
  if (commas === 1) return isThousandsShape(s, ',') ? null : 'id';
  return null;
}

/** "1.234" / "12,345": one separator followed by exactly three digits, so either reading is possible. */
function isThousandsShape(s: string, sep: string): boolean {
  const [head, tail] = s.split(sep);
  return head !== undefined && tail !== undefined && /^[1-9]\d{0,2}$/.test(head) && /^\d{3}$/.test(tail);
}

/** How often `ch` occurs in `s`, without splitting or matching. */
export function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

interface ParsedDigits {
  value: number;
  decimals: number;
  ambiguous: boolean;
}

function parseDigits(
  s: string,
  convention: Convention | null,
  preferThousands: boolean,
): ParsedDigits | null {
  const dots = countOf(s, '.');
  const commas = countOf(s, ',');
  let decimalSep: '.' | ',' | null;
  let ambiguous = false;
  if (dots > 0 && commas > 0) decimalSep = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (dots > 1) decimalSep = ',';
  else if (commas > 1) decimalSep = '.';
  else if (dots === 1 || commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    if (isThousandsShape(s, sep)) {
      if (convention) decimalSep = convention === 'id' ? ',' : '.';
      else {
        ambiguous = !preferThousands;
        decimalSep = preferThousands ? (sep === '.' ? ',' : '.') : ',';
      }
    } else decimalSep = sep;
  } else decimalSep = null;

  const thousandsSep = decimalSep === ',' ? '.' : ',';
  const [intPart, fracPart, extra] = decimalSep ? s.split(decimalSep) : [s, undefined, undefined];
  if (extra !== undefined || intPart === undefined) return null;
  if (intPart.includes(thousandsSep)) {
    const groups = intPart.split(thousandsSep);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  }
  const digits = intPart.split(thousandsSep).join('');
  if (!/^\d+$/.test(digits) || (fracPart !== undefined && !/^\d+$/.test(fracPart))) return null;
  const value = Number(fracPart !== undefined ? `${digits}.${fracPart}` : digits);
  return Number.isFinite(value) ? { value, decimals: fracPart?.length ?? 0, ambiguous } : null;
}

function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = value.toPrecision(12).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 12);
}

/** d/m/y tokens outside quotes and brackets: the cell shows a date or time, not a quantity. */
export function isDateFormat(numFmt: string): boolean {
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function isPercentFormat(numFmt: string): boolean {
  return /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

/** Decimal places a number format shows, e.g. '0.00%' → 2. */
export function formatDecimals(numFmt: string): number | null {
  const m = /0\.(0+)/.exec(numFmt.replace(/"[^"]*"/g, ''));
  if (m) return m[1]!.length;
  return /[0#]/.test(numFmt) ? 0 : null;
}

export interface ReadOptions {
  /** The column's or sheet's convention, when the evidence settled one. */
  readonly convention?: Convention | null;
  /** Money columns hold whole rupiah: "1.234" there is one thousand two hundred thirty-four. */
  readonly preferThousands?: boolean;
}

interface FormatFacts {
  readonly date: boolean;
  readonly percent: boolean;
  readonly decimals: number | null;
  /** A bound shown in front of the number (`"≥ "0`, as a converted "≥ 80" is written): still a bound. */
  readonly bound: 'min' | 'max' | null;
  readonly boundText: string | null;
  /** A unit shown after the number as a literal (`0" org"`, as a converted "25 org" is written). */
  readonly unitText: string | null;
}

/** The unit a format shows after the number: `0" org"` shows "org"; a "%" or a bare literal is none. */
function formatUnit(numFmt: string): string | null {
  const m = /0[^"]*"\s*([A-Za-z][^"]{0,29})"\s*$/.exec(numFmt.split(';')[0]!);
  return m ? m[1]!.trim() : null;
}

/** The bound a typed text or a format's leading literal states: "≥", ">", "min…" at least; the rest at most. */
function boundOf(prefix: string): 'min' | 'max' {
  return /^(≥|>|=>|min)/i.test(prefix) ? 'min' : 'max';
}

/** A format that starts with a bound as a literal (`"≥ "0`, `"maks "0.0`): the bound it shows. */
function formatBound(numFmt: string): { bound: 'min' | 'max' | null; boundText: string | null } {
  const m = /^"([^"]*)"/.exec(numFmt);
  const b = m ? BOUND.exec(`${m[1]}0`) : null;
  return b ? { bound: boundOf(b[1]!), boundText: m![1]! } : { bound: null, boundText: null };
}

/** A workbook uses a handful of number formats over thousands of cells: each is read once. */
const FORMAT_FACTS = new Map<string, FormatFacts>();

function formatFacts(numFmt: string): FormatFacts {
  let facts = FORMAT_FACTS.get(numFmt);
  if (!facts) {
    facts = {
      date: isDateFormat(numFmt),
      percent: isPercentFormat(numFmt),
      decimals: formatDecimals(numFmt),
      ...formatBound(numFmt),
      unitText: formatUnit(numFmt),
    };
    if (FORMAT_FACTS.size > 1000) FORMAT_FACTS.clear();
    FORMAT_FACTS.set(numFmt, facts);
  }
  return facts;
}

/** One shared empty reading: most cells of a sheet are empty. */
export const EMPTY_READING: Reading = { kind: 'empty' };

/** Reads a cell the way an Indonesian office types it. Never throws. */
export function readCell(value: CellValue, numFmt = 'General', options: ReadOptions = {}): Reading {
  if (value === null) return EMPTY_READING;
  if (isCellError(value)) return { kind: 'error', code: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'text', text: String(value) };
    // A date typed where a target or realisasi belongs is a mistake, not a number of days since 1900.
    const facts = formatFacts(numFmt);
    if (facts.date) return { kind: 'text', text: dateText(value) };

    const percent = facts.percent;
    const shown = facts.decimals;
    return {
      kind: 'number',
      value,
      unit: percent ? PERCENT : facts.unitText === null ? null : canonicalUnit(facts.unitText),
      unitText: percent ? '%' : facts.unitText,
      fromText: false,
      decimals: shown === null ? decimalsOf(value) : shown + (percent ? 2 : 0),
      ambiguous: false,
      currency: false,
      bound: facts.bound,
      boundText: facts.boundText,
      note: null,
    };
  }
  return readText(value, options);
}

/** A letter no bound ("min", "maks"), currency ("Rp", "IDR") or figure starts with. */
function startsPlainWord(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122 && lower !== 105 && lower !== 109 && lower !== 114;
}

/**
 * The shapes most figure cells are typed in, "25", "25 org", "80%", "80 %": whole digits, then nothing, a
 * percent sign or a unit of ASCII letters and spaces. Read with one pass over the characters; `readText`
 * reads the same from them through its dozen patterns. Null for any other text, which goes that way.
 */
function readPlainFigure(t: string): NumberReading | null {
  let k = 0;
  while (k < t.length && isDigit(t.charCodeAt(k))) k++;
  if (k === 0) return null;
  let u = k;
  while (u < t.length && t.charCodeAt(u) === 32) u++;
  let percent = false;
  let unitText: string | null = null;
  if (u < t.length) {
    if (t.charCodeAt(u) === 37) {
      if (u + 1 !== t.length) return null;
      percent = true;
      unitText = '%';
    } else {
      // The text is trimmed: the unit ends with a letter. A unit of more than 30 characters is no unit.
      if (t.length - u > 30) return null;
      for (let i = u; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c !== 32 && !isLetter(c)) return null;
      }
      unitText = t.slice(u);
    }
  } else if (u !== k) return null;
  const value = Number(t.slice(0, k));
  if (!Number.isFinite(value)) return null;
  return {
    kind: 'number',
    value: value / (percent ? 100 : 1),
    unit: percent ? PERCENT : canonicalUnit(unitText),
    unitText,
    fromText: true,
    decimals: percent ? 2 : 0,
    ambiguous: false,
    currency: false,
    bound: null,
    boundText: null,
    note: null,
  };
}

export function readText(input: string, options: ReadOptions = {}): Reading {
  // Most text cells are names and words, or a whole figure with its unit: both are read without patterns.
  const trimmed = input.trim();
  const first = trimmed.charCodeAt(0);
  if (startsPlainWord(first)) return { kind: 'text', text: trimmed };
  if (isDigit(first)) {
    const plain = readPlainFigure(trimmed);
    if (plain) return plain;
  }
  let s = input.replace(SPACES, ' ').trim();
  // A note on the lines after the figure, with no figure of its own: the figure is the first line.
  let note: string | null = null;
  const lineEnd = s.indexOf('\n');
  if (lineEnd >= 0 && !/\d/.test(s.slice(lineEnd))) {
    note = s.slice(lineEnd + 1).trim() || null;
    s = s.slice(0, lineEnd).trim();
  } else if (lineEnd < 0) {
    // A note in brackets after the figure, words only: "38% (Evaluasi Semester I)".
    const bracketed = /^([^()]*\d[^()]*?)\s*(\([^()\d]{4,}\))$/.exec(s);
    if (bracketed) {
      note = bracketed[2]!;
      s = bracketed[1]!.trim();
    }
  }
  // A dash is how offices type "nothing yet" or zero in a figure cell: no figure, and no mistake.
  if (s === '' || /^[-–—]+$/.test(s)) return EMPTY_READING;
  if (/^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(s)) {
    return { kind: 'error', code: s.toUpperCase() };
  }
  const b = BOUND.exec(s);
  if (b) s = s.slice(b[0].length);
  let currency = false;
  const rp = /^(rp\.?|idr)\s*/i.exec(s);
  if (rp) {
    currency = true;
    s = s.slice(rp[0].length);
  }
  s = s.replace(/[.,]-$/, '').trim();
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1]!.trim();
  }
  if (/^[-\u2212]/.test(s)) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();

  // Thousands grouped by spaces ("2 500 000 000", as pasted from a PDF): one number.
  s = s.replace(
    /^(\d{1,3})((?: \d{3})+)(?!\d)/,
    (_, head: string, groups: string) => head + groups.replace(/ /g, ''),
  );
  const m = /^(\d[\d.,]*\d|\d)(.*)$/.exec(s);
  if (!m) return { kind: 'text', text: input.trim() };
  const digits = parseDigits(m[1]!, options.convention ?? null, options.preferThousands ?? false);
  let rest = m[2]!.trim();
  if (!digits || /\d/.test(rest) || rest.length > 30) return { kind: 'text', text: input.trim() };

  let percent = false;
  if (rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trim();
  }
  if (percent && rest !== '') return { kind: 'text', text: input.trim() };
  const unitText = percent ? '%' : rest === '' ? null : rest;
  return {
    kind: 'number',
    value: (sign * digits.value) / (percent ? 100 : 1),
    unit: percent ? PERCENT : canonicalUnit(unitText),
    unitText,
    fromText: true,
    decimals: digits.decimals + (percent ? 2 : 0),
    ambiguous: digits.ambiguous,
    currency,
    bound: b ? boundOf(b[1]!) : null,
    boundText: b ? b[0] : null,
    note,
  };
}

/** Settles a convention from many texts: the first unambiguous kind wins unless both appear. */
export function settleConvention(texts: Iterable<string>): Convention | 'mixed' | null {
  let seen: Convention | null = null;
  for (const t of texts) {
    const e = conventionEvidence(t);
    if (!e) continue;
    if (seen && seen !== e) return 'mixed';
    seen = e;
  }
  return seen;
}

/** An Excel date serial as the user would read it (d/m/yyyy). */
function dateText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}
