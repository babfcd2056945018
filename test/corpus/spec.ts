import { TableCounts } from '../../src/core/engine';
import { Cell, SheetSpec } from '../helpers/build';

/**
 * The corpus's ground truth: what a domain expert reading each workbook would say, declared next to the
 * rows that make the workbook. The harness (./harness.ts) checks the engine against it through the public
 * API only (contract.md).
 */

export type Kind = 'input' | 'derived' | 'label';

/** Roles whose column the truth names exactly (contract: the key roles). */
export type KeyRole =
  'nama' | 'indikator' | 'targetK' | 'realisasiK' | 'capaianK' | 'pagu' | 'realisasiRp' | 'capaianRp';

export type RoleTruth =
  | { readonly kind: KeyRole }
  | { readonly kind: 'period'; readonly measure: 'K' | 'Rp'; readonly index: number; readonly of: 4 | 12 }
  /** `source` left out: either source is right (a baseline is both the Renstra's and last year's). */
  | {
      readonly kind: 'reference';
      readonly source?: 'renstra' | 'priorYear';
      readonly measure: 'target' | 'realisasi' | 'capaian';
    };

export interface ColumnTruth {
  readonly kind: Kind;
  /** The role, or several a domain expert would accept; absent: only the kind is asserted. */
  readonly roles?: readonly RoleTruth[];
  /** With no roles: true when any role is right, false when no measuring key role may be claimed. */
  readonly anyRole?: boolean;
}

/** A bare kind: that kind, and no measuring key role (a satuan column is not the target). */
export type ColumnSpec = Kind | KeyRole | ColumnTruth;

export interface TableTruth {
  readonly sheet: string;
  /** Header's top-left to the last data row (total row included), header's rightmost column. */
  readonly range: string;
  /** First data row (1-based): the rows above it are header, column numbers or the form's formula row. */
  readonly dataRow: number;
  /** Every column of the range, by letter. */
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /** Subtotal and total cells of money columns (a parent or Jumlah row that sums its items). */
  readonly totals?: readonly string[];
  /** What the table holds, as the CLI and the pane say it: only the counts given are compared. */
  readonly counts?: Partial<TableCounts>;
}

export interface FindingTruth {
  /** Several names when a domain expert would accept either rule for the same problem. */
  readonly rule: string | readonly string[];
  readonly cell?: string;
  /** A grouped finding's range (contract: `range` of a finding that stands for many cells). */
  readonly range?: string;
  readonly sheet?: string;
}

/** Findings that must not appear: every given field must match for a finding to be forbidden. */
export interface FindingFilter {
  readonly rule?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly column?: string;
  readonly row?: number;
  /** Only findings this serious or worse: 'error' forbids errors, 'warning' errors and warnings. */
  readonly severity?: 'error' | 'warning';
}

/** Capaian / penyerapan as shown (percent points) at a row, in the columns the engine reports. */
export interface CapaianTruth {
  readonly row: number;
  /** null: no figure shown (blank or text), and never an error. */
  readonly K?: number | null;
  readonly Rp?: number | null;
  /** Capaian in whichever of the two the engine reports (a revenue table reads either way). */
  readonly either?: number;
  /** Index into the case's tables; 0 when absent. */
  readonly table?: number;
}

export interface CellTruth {
  readonly cell: string;
  readonly sheet?: string;
  /** The value LibreOffice computes. */
  readonly value?: number | string;
  /** A percentage as shown (value × 100 under a % format). */
  readonly percent?: number;
}

export interface AfterTruth {
  readonly capaian?: readonly CapaianTruth[];
  readonly cells?: readonly CellTruth[];
  /** The office's own formulas that must still be there (first table's sheet). */
  readonly formulasKept?: readonly string[];
}

/** The kinds of table the corpus must span (issue 10, section 7). */
export const CLASSES = [
  'monthly-pengukuran',
  'iku-earlier-years',
  'budget-monthly',
  'target-percent-input',
  'copied-capaian',
  'revenue',
  'office-sum-bullets',
  'plain-mean',
  'renja-86-2017',
  'pk-53-2014',
  'pengukuran-53-2014',
  'iku-multi-year',
  'puskesmas-pkp',
  'puskesmas-spm',
  'lra',
  'kode-rekening',
  'status',
  'negative-selisih',
  'negative-kebalikan',
  'zero-target',
  'header-1',
  'header-2',
  'header-3',
  'header-4',
  'months-jan-des',
  'months-numbers',
  'tw-roman',
  'triwulan-words',
  'tahun-over-target',
  'group-below',
  'unmerged-header',
  'column-numbers',
  'text-id',
  'text-en',
  'title-notes',
  'percent-scale',
  'existing-layout',
] as const;
export type CorpusClass = (typeof CLASSES)[number];

export interface CorpusCase {
  /** Unique and file-name safe. */
  readonly id: string;
  /** What it exercises, in one line. */
  readonly what: string;
  readonly classes: readonly CorpusClass[];
  /** How numbers typed as text read in this workbook. */
  readonly numbers: 'id' | 'en';
  readonly sheets: readonly SheetSpec[];
  /** An office's own workbook (test/real/): its sheets are read from the file, `sheets` stays empty. */
  readonly file?: string;
  readonly tables: readonly TableTruth[];
  readonly must?: readonly FindingTruth[];
  readonly mustNot?: readonly FindingFilter[];
  readonly after?: AfterTruth;
}

// ---- Writing the rows ----

/**
 * Rows as an office typed them, one line a row, cells split by `|` (a line starting with `|` has an empty
 * first cell; an empty line is an empty row). A cell is a number when written as one (`1500000`,
 * `1_500_000`, `0.9869`), a formula when it starts with `=`, text otherwise; quotes keep it text
 * (`'3'`, `'1.500'`, `'  indented'`). `\n` is a line break inside the cell (Alt+Enter in a header).
 */
export function grid(strings: TemplateStringsArray): Cell[][] {
  const lines = strings.raw.join('').split('\n');
  if (lines[0]!.trim() === '') lines.shift();
  if (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((line) => (line.trim() === '' ? [] : line.trim().split('|').map(cellOf)));
}

function cellOf(raw: string): Cell {
  const s = raw.trim().replace(/\\n/g, '\n');
  if (s === '') return null;
  const quoted = /^'(.*)'$/.exec(s);
  if (quoted) return quoted[1]!;
  if (s.startsWith('=')) return { formula: s.slice(1) };
  if (/^-?\d[\d_]*(\.\d+)?$/.test(s)) return Number(s.replace(/_/g, ''));
  return s;
}

/** Merged ranges, space-separated. */
export const merges = (list: string): string[] => list.trim().split(/\s+/);

/** One number format over A1 ranges (space-separated). */
export function formats(format: string, ranges: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of ranges.trim().split(/\s+/)) for (const a of cellsOf(r)) out[a] = format;
  return out;
}

// ---- Addresses ----

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseCell(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 cell: ${address}`);
  return { col: colIndex(m[1]!), row: Number(m[2]) };
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseRange(range: string): Rect {
  const [a, b = a] = range.split(':');
  const p = parseCell(a!);
  const q = parseCell(b!);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function cellsOf(range: string): string[] {
  const r = parseRange(range);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(`${colLetter(col)}${row}`);
  return out;
}

/** The cells of the given columns (space-separated letters) in the given rows. */
export const at = (columns: string, ...rows: number[]): string[] =>
  rows.flatMap((row) =>
    columns
      .trim()
      .split(/\s+/)
      .map((c) => `${c}${row}`),
  );

// ---- Reading a case ----

const loaded = new Map<string, readonly SheetSpec[]>();

/** A case's sheets: as declared, or as read from its office's file (registered before the tests run). */
export function sheetsOf(c: CorpusCase): readonly SheetSpec[] {
  return c.file === undefined ? c.sheets : (loaded.get(c.id) ?? []);
}

export function registerSheets(c: CorpusCase, sheets: readonly SheetSpec[]): void {
  loaded.set(c.id, sheets);
}

export const sourceCell = (c: CorpusCase, sheet: string, row: number, col: number): Cell =>
  sheetsOf(c).find((s) => s.name === sheet)?.rows[row - 1]?.[col - 1] ?? null;

export const inside = (r: Rect, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Cells hidden under a merge (only the merge's top-left cell holds a value). */
export function mergedAway(c: CorpusCase, sheet: string, row: number, col: number): boolean {
  return (sheetsOf(c).find((s) => s.name === sheet)?.merges ?? []).some((m) => {
    const r = parseRange(m);
    return inside(r, row, col) && !(row === r.top && col === r.left);
  });
}

/** Mistakes in a truth itself: a column without a truth, a total outside the table, a value under a merge. */
export function wellFormed(c: CorpusCase): string[] {
  const problems: string[] = [];
  for (const t of c.tables) {
    const r = parseRange(t.range);
    for (let col = r.left; col <= r.right; col++)
      if (!(colLetter(col) in t.columns)) problems.push(`${t.range}: column ${colLetter(col)} has no truth`);
    for (const l of Object.keys(t.columns))
      if (colIndex(l) < r.left || colIndex(l) > r.right) problems.push(`${t.range}: ${l} outside`);
    for (const a of t.totals ?? [])
      if (!inside(r, parseCell(a).row, parseCell(a).col)) problems.push(`total ${a} outside ${t.range}`);
  }
  for (const s of sheetsOf(c))
    s.rows.forEach((cells, i) =>
      cells.forEach((v, j) => {
        if (v !== null && mergedAway(c, s.name, i + 1, j + 1))
          problems.push(`${s.name}!${colLetter(j + 1)}${i + 1} is under a merge but has a value`);
      }),
    );
  return problems;
}

// ---- Column truths ----

const role = (kind: Kind, ...roles: RoleTruth[]): ColumnTruth => ({ kind, roles });

/** A key role with a kind other than its usual one (a Jumlah of the months is a derived realisasi). */
export const derived = (key: KeyRole): ColumnTruth => role('derived', { kind: key });
/** Any of these key roles is right (a revenue target read as a target or as a budget). */
export const oneOf = (kind: Kind, ...keys: KeyRole[]): ColumnTruth =>
  role(kind, ...keys.map((k) => ({ kind: k })));
/** Only the kind is asserted; any role the engine proposes is fine. */
export const anyRole = (kind: Kind): ColumnTruth => ({ kind, anyRole: true });

export const ref = (
  measure: 'target' | 'realisasi' | 'capaian',
  source?: 'renstra' | 'priorYear',
  kind: Kind = 'input',
): ColumnTruth => role(kind, { kind: 'reference', measure, ...(source ? { source } : {}) });

/** `count` period columns from `first`; `paired`: K and Rp alternate (TW I K, TW I Rp, TW II K, …). */
export function periods(
  first: string,
  of: 4 | 12,
  measure: 'K' | 'Rp' | 'paired',
  count: number = of,
): Record<string, ColumnTruth> {
  const out: Record<string, ColumnTruth> = {};
  const start = colIndex(first);
  for (let i = 0; i < (measure === 'paired' ? 2 * count : count); i++) {
    const m = measure === 'paired' ? (i % 2 === 0 ? 'K' : 'Rp') : measure;
    const index = measure === 'paired' ? Math.floor(i / 2) + 1 : i + 1;
    out[colLetter(start + i)] = role('input', { kind: 'period', measure: m, index, of });
  }
  return out;
}

/** The same spec for several columns (space-separated letters). */
export function same(letters: string, spec: ColumnSpec): Record<string, ColumnSpec> {
  return Object.fromEntries(
    letters
      .trim()
      .split(/\s+/)
      .map((l) => [l, spec]),
  );
}

/** Percent points of n / d, for truths written as the arithmetic an expert would do. */
export const pct = (n: number, d: number): number => (n / d) * 100;
