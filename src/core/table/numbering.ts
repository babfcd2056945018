import { SheetReader } from '../sheet/snapshot';
import { normalize } from './text';

/**
 * The row under a header that numbers its columns ("1 2 3 …", "(1) (2) …", text or numbers, gaps allowed).
 * Forms such as the Permendagri 86/2017 Renja evaluation put their arithmetic in it: "13 = 9 + 10 + 11 + 12",
 * "14 = 7 + 13", "15 = 14 / 6 x 100". It is never data.
 */
export interface ColumnNumbering {
  readonly row: number;
  /** Column number by sheet column (K and Rp under one merged "6" both get 6). */
  readonly numberOf: ReadonlyMap<number, number>;
  /** The form's own definitions of derived columns, by the column number they define. */
  readonly formulas: ReadonlyMap<number, FormFormula>;
  /**
   * The measure row right under it, if any ("K | Rp. | K | % | Rp." under "6 | 6 | 9 | 9 | 9"): each
   * column's own unit label, part of the header, never data.
   */
  readonly units: ReadonlyMap<number, string>;
  /** The last header row: the unit row when there is one, else this row. */
  readonly last: number;
}

export type FormExpr =
  | { readonly kind: 'col'; readonly n: number }
  | { readonly kind: 'const'; readonly value: number }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly a: FormExpr; readonly b: FormExpr };

export interface FormFormula {
  readonly text: string;
  readonly expr: FormExpr;
}

/**
 * "13 = 9 + 10", "(15)=(14)/(6)x100%", "4" or "(4)": the leading column number and any formula. `t` is a
 * cell's text, already single-spaced and trimmed (SheetReader.text).
 */
function parseLabel(t: string): { n: number; formula: FormFormula | null } | null {
  const plain = /^\(?(\d{1,2})\)?\.?$/.exec(t);
  if (plain) return { n: Number(plain[1]), formula: null };
  const eq = /^\(?(\d{1,2})\)?\s*=\s*(.+)$/.exec(t);
  if (!eq) return null;
  const expr = parseExpr(eq[2]!);
  return expr ? { n: Number(eq[1]), formula: { text: t, expr } } : { n: Number(eq[1]), formula: null };
}

/** A small recursive-descent reader for the form's arithmetic: numbers, + − × / and brackets, "x100%". */
function parseExpr(source: string): FormExpr | null {
  const tokens = source
    .toLowerCase()
    .replace(/%/g, '')
    .replace(/[x×]/g, '*')
    .replace(/:/g, '/')
    .match(/\d+(?:[.,]\d+)?|[-+*/()]/g);
  if (!tokens || tokens.join('').length < source.replace(/[\s%x×:]/gi, '').length) return null;
  let i = 0;
  const atom = (): FormExpr | null => {
    const tok = tokens[i++];
    if (tok === undefined) return null;
    if (tok === '(') {
      const inner = sum();
      return tokens[i++] === ')' ? inner : null;
    }
    if (!/^\d/.test(tok)) return null;
    const value = Number(tok.replace(',', '.'));
    // Column numbers are small; 100 (and 1000) are the form's scale factors.
    return value >= 100 || !Number.isInteger(value) ? { kind: 'const', value } : { kind: 'col', n: value };
  };
  /** Operands joined by the given operators, left to right. */
  const chain =
    (operand: () => FormExpr | null, ops: readonly string[]): (() => FormExpr | null) =>
    () => {
      let a = operand();
      while (a && ops.includes(tokens[i] ?? '')) {
        const op = tokens[i++] as '+' | '-' | '*' | '/';
        const b = operand();
        if (!b) return null;
        a = { kind: 'op', op, a, b };
      }
      return a;
    };
  const product = chain(atom, ['*', '/']);
  const sum = chain(product, ['+', '-']);
  const expr = sum();
  return expr && i === tokens.length && usesColumns(expr) ? expr : null;
}

function usesColumns(e: FormExpr): boolean {
  return e.kind === 'col' || (e.kind === 'op' && (usesColumns(e.a) || usesColumns(e.b)));
}

export function formColumns(e: FormExpr): number[] {
  if (e.kind === 'col') return [e.n];
  if (e.kind === 'const') return [];
  return [...formColumns(e.a), ...formColumns(e.b)];
}

/**
 * Reads `row` as a column-number row of a table spanning `left..right`, or null. It must number the
 * table's first columns (a row of month numbers under "Realisasi" does not) and most of the others.
 */
export function readNumbering(
  sheet: SheetReader,
  row: number,
  left: number,
  right: number,
): ColumnNumbering | null {
  const numberOf = new Map<number, number>();
  const formulas = new Map<number, FormFormula>();
  let prev = 0;
  let labelled = 0;
  let firstCol = -1;
  for (let c = left; c <= right; c++) {
    const m = sheet.merge(row, c);
    if (m && m.top !== row) return null;
    if (m && m.left !== c) {
      const owner = numberOf.get(m.left);
      if (owner !== undefined) numberOf.set(c, owner);
      continue;
    }
    const v = sheet.value(row, c);
    if (v === null || sheet.text(row, c) === '') continue;
    const parsed =
      typeof v === 'number'
        ? Number.isInteger(v) && v > 0 && v < 100
          ? { n: v, formula: null }
          : null
        : parseLabel(sheet.text(row, c));
    if (!parsed || parsed.n < prev) return null;
    prev = parsed.n;
    if (firstCol < 0) firstCol = c;
    labelled++;
    numberOf.set(c, parsed.n);
    if (parsed.formula) formulas.set(parsed.n, parsed.formula);
  }
  // Gaps are allowed (some forms number only their first columns), but it starts at the table's left.
  const width = right - left + 1;
  // Two numbers are enough when they are "1 2" from the table's first column.
  const oneTwo =
    labelled === 2 && firstCol === left && numberOf.get(left) === 1 && numberOf.get(left + 1) === 2;
  if ((labelled < Math.min(3, width) && !oneTwo) || firstCol > left + 1 || Math.min(...numberOf.values()) > 2)
    return null;
  // Numbers all under one group label above ("Bulan" over 1 … 12) are its periods, not column numbers.
  const group = sheet.merge(row - 1, firstCol);
  if (
    group &&
    group.right > group.left &&
    [...numberOf.keys()].every((c) => c >= group.left && c <= group.right)
  )
    return null;
  // Column numbers sit under labelled columns; numbers with nothing above them are a group's sub-labels.
  const hasLabel = (c: number): boolean => [1, 2, 3, 4].some((up) => sheet.text(row - up, c) !== '');
  const numbered = [...numberOf.keys()];
  if (numbered.filter(hasLabel).length * 2 < numbered.length) return null;
  // A run of K|Rp columns numbered once each is fine; a row of repeated "1" is not a numbering.
  const distinct = new Set(numberOf.values()).size;
  if (distinct < 2) return null;
  const units = unitRow(sheet, row + 1, left, right, numberOf);
  return { row, numberOf, formulas, units: units ?? new Map(), last: units ? row + 1 : row };
}

/** K, Rp, %, Vol: the labels a unit row under the column numbers holds. */
const UNIT = /^(k|rp\.?|\(rp\.?\)|%|\(%\)|vol\.?|volume|fisik|keuangan|satuan)$/;

/**
 * A row under the column numbers made of unit labels (K, Rp., %), and perhaps the column numbers of the
 * label columns repeated (1 2 3 … beside them): the header's lowest row. Two unit labels under one column
 * number at least, so that a data row never passes.
 */
function unitRow(
  sheet: SheetReader,
  row: number,
  left: number,
  right: number,
  numberOf: ReadonlyMap<number, number>,
): Map<number, string> | null {
  if (row > sheet.lastRow) return null;
  const units = new Map<number, string>();
  for (let c = left; c <= right; c++) {
    const text = sheet.text(row, c);
    if (text === '') continue;
    if (UNIT.test(normalize(text))) units.set(c, text);
    else if (String(numberOf.get(c)) !== text) return null;
  }
  const shared = [...units.keys()].filter((c) =>
    [...units.keys()].some((o) => o !== c && numberOf.get(o) === numberOf.get(c) && numberOf.has(c)),
  );
  return shared.length >= 2 ? units : null;
}
