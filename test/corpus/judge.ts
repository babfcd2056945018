import { TableCounts } from '../../src/core/engine';
import ExcelJS from 'exceljs';
import { Cell } from '../helpers/build';
import { ColumnSpec, ColumnTruth, KeyRole, Kind, RoleTruth, TableTruth } from './spec';

/** What the contract promises, typed here so the tests compile before and after the engine has it. */
export interface ContractColumn {
  readonly letter: string;
  readonly header: string;
  readonly role: { readonly kind: string };
  readonly kind: string;
  readonly reason: string;
}
export interface ContractReport {
  readonly sheet: string;
  readonly range: string;
  readonly columns?: readonly ContractColumn[];
  readonly counts?: TableCounts;
}
export interface ContractFinding {
  readonly rule: string;
  readonly severity?: string;
  readonly sheet: string;
  readonly cell: string;
  readonly cells?: readonly string[];
  readonly range?: string;
}
export interface ContractChange {
  readonly sheet: string;
  readonly range: string;
  readonly capaianKColumn?: string | null;
  readonly capaianRpColumn?: string | null;
}

const KEY_KIND: Readonly<Record<KeyRole, Kind>> = {
  nama: 'label',
  indikator: 'label',
  targetK: 'input',
  realisasiK: 'input',
  pagu: 'input',
  realisasiRp: 'input',
  capaianK: 'derived',
  capaianRp: 'derived',
};
const MEASURING = new Set(['targetK', 'realisasiK', 'capaianK', 'pagu', 'realisasiRp', 'capaianRp']);

export function truthOf(spec: ColumnSpec): ColumnTruth {
  if (typeof spec !== 'string') return spec;
  if (spec === 'input' || spec === 'derived' || spec === 'label') return { kind: spec };
  return { kind: KEY_KIND[spec], roles: [{ kind: spec }] };
}

/** The engine's role cut down to the fields the truth states (a reference without source: any source). */
function projected(actual: { readonly kind: string }, truth: RoleTruth): object {
  const a = actual as Record<string, unknown>;
  return Object.fromEntries(Object.keys(truth).map((k) => [k, a[k]]));
}

const same = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Expected and actual column readings, shaped alike so that one toEqual shows every difference. */
export function columnReadings(
  table: TableTruth,
  columns: readonly ContractColumn[],
): { expected: Record<string, unknown>; actual: Record<string, unknown> } {
  const expected: Record<string, unknown> = {};
  const actual: Record<string, unknown> = {};
  for (const [letter, spec] of Object.entries(table.columns)) {
    const truth = truthOf(spec);
    const col = columns.find((c) => c.letter === letter);
    if (truth.roles) {
      const hit = col && truth.roles.find((r) => same(projected(col.role, r), r));
      const shown = hit ?? (truth.roles.length === 1 ? truth.roles[0]! : { oneOf: truth.roles });
      expected[letter] = { kind: truth.kind, role: shown };
      actual[letter] = col ? { kind: col.kind, role: hit ?? col.role } : 'no such column';
    } else {
      expected[letter] = { kind: truth.kind };
      const claimed = col && !truth.anyRole && isMeasuring(col.role) ? { role: col.role } : {};
      actual[letter] = col ? { kind: col.kind, ...claimed } : 'no such column';
    }
  }
  return { expected, actual };
}

function isMeasuring(role: { readonly kind: string }): boolean {
  return MEASURING.has(role.kind) || role.kind === 'period' || role.kind === 'reference';
}

// ---- Numbers typed as text ----

const NUMBER = {
  id: /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
  en: /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/,
} as const;

/** A number typed as text ("44.223.782", "25 org", "Rp 1.250.000", "90,76 %"), read as the office meant it. */
export function typedNumber(text: string, style: 'id' | 'en'): { value: number; unit: string } | null {
  const m = /^(?:Rp\.?\s*)?(-?[\d.,]+)\s*(%|[A-Za-z][A-Za-z ./]*)?$/.exec(text.trim());
  if (!m || !NUMBER[style].test(m[1]!)) return null;
  const plain = style === 'id' ? m[1]!.replace(/\./g, '').replace(',', '.') : m[1]!.replace(/,/g, '');
  return { value: Number(plain), unit: (m[2] ?? '').trim() };
}

/** 100 under a format that multiplies by a hundred (a % outside quotes), else 1. */
export function percentFactor(numFmt: string | undefined): number {
  const bare = (numFmt ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%') ? 100 : 1;
}

export const close = (a: number, b: number, tolerance = 1e-9): boolean =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

/** Is `value` (shown with `numFmt`) the same number the text showed? "25 org" → 25 shown with "org". */
export function sameNumber(
  text: string,
  value: number,
  numFmt: string | undefined,
  style: 'id' | 'en',
): boolean {
  const typed = typedNumber(text, style);
  if (!typed) return false;
  const fmt = (numFmt ?? '').toLowerCase();
  if (typed.unit === '%') {
    if (close(value, typed.value / 100)) return percentFactor(numFmt) === 100;
    return close(value, typed.value) && fmt.includes('%');
  }
  return close(value, typed.value) && (typed.unit === '' || fmt.includes(typed.unit.toLowerCase()));
}

// ---- Reading the recalculated workbook ----

export function cellOf(wb: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in the recalculated workbook`);
  return ws.getCell(address);
}

/** A formula's result or the constant; null for an empty cell or a formula giving "". */
export function computed(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) return cell.result ?? null;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return cell.result ?? null;
  return v ?? null;
}

export function isError(v: unknown): boolean {
  if (v && typeof v === 'object' && 'error' in v) return true;
  return typeof v === 'string' && /^(#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)|Err:\d+)$/.test(v);
}

/** What the cell shows as a percentage: points, whatever scale the column keeps. */
export function shownPercent(cell: ExcelJS.Cell): number | null | 'error' {
  const v = computed(cell);
  if (isError(v)) return 'error';
  return typeof v === 'number' ? v * percentFactor(cell.numFmt) : null;
}

/** Problems with a cell the truth says was typed by the office and must read back as typed. */
export function unchanged(source: Cell, cell: ExcelJS.Cell, kind: Kind, style: 'id' | 'en'): string | null {
  if (source !== null && typeof source === 'object') return null; // the office's formula: checked elsewhere
  const v = computed(cell);
  const shown = `typed ${JSON.stringify(source)}, reads ${JSON.stringify(v)}`;
  if (source === null) return v === null || v === '' ? null : shown;
  if (typeof source === 'number') return typeof v === 'number' && close(v, source) ? null : shown;
  if (v === source) return null;
  if (kind === 'input' && typeof v === 'number' && sameNumber(source, v, cell.numFmt, style)) return null;
  return `${shown} (format ${JSON.stringify(cell.numFmt ?? 'General')})`;
}

/** A1 references of a formula (own-sheet ones), to find a formula that refers to its own cell. */
export function refersTo(
  formula: string,
  col: number,
  row: number,
  colIndex: (l: string) => number,
): boolean {
  const refs = formula
    .replace(/'[^']*'!|[A-Za-z_][\w.]*!/g, '@')
    .matchAll(/(@)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g);
  for (const m of refs) {
    if (m[1]) continue; // another sheet
    const [c1, r1] = [colIndex(m[2]!), Number(m[3])];
    const [c2, r2] = m[4] ? [colIndex(m[4]), Number(m[5])] : [c1, r1];
    if (
      col >= Math.min(c1, c2) &&
      col <= Math.max(c1, c2) &&
      row >= Math.min(r1, r2) &&
      row <= Math.max(r1, r2)
    )
      return true;
  }
  return false;
}
