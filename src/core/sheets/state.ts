import { CellEdit, cellEdit, EditPlan, SheetPlan } from '../plan/types';
import { rangeA1 } from '../sheet/address';
import { SheetSnapshot } from '../sheet/snapshot';
import { readRegistry, REGISTRY_SHEET, registryPlan, Signatory, withSignatories } from './registry';
import { decodeWritten, Written } from './written';
import { decodeUndo, encodeUndo, UndoStack } from './undo';

/**
 * What the add-in keeps between clicks, in one place: columns D:E of the hidden registry sheet (A:B are the
 * registry's own). Plain text cells, so every runtime (ribbon, task pane), Excel without the add-in, LibreOffice
 * and the CLI read and write it alike, and nothing caps its size: a value longer than a cell holds goes on over
 * several rows with the same key.
 */
export const STATE_COL = 3;
const TITLE = 'Capaian Kinerja: state';
/** Excel holds 32,767 characters in a cell. */
const CHUNK = 30_000;

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A conditional format we added to a user's sheet: removed again by the next run and by Kembalikan. */
export interface OurRule {
  readonly sheet: string;
  /** A1 range, without the sheet. */
  readonly range: string;
  readonly kind: 'expression' | 'dataBar';
  /** The expression, without '='; '' for a data bar. */
  readonly formula: string;
}

/** A message a ribbon button could not show (the dialog was refused), kept for the task pane. */
export interface PendingMessage {
  readonly id: string;
  readonly en: string;
  readonly at: string;
}

export interface AddinState {
  /**
   * The sheet the last run took its table from: a click on one of our sheets (where a run ends) works on it.
   * Kept in the state's second row, so it is read with the registry's first rows.
   */
  readonly source: string | null;
  /** What the user chose in the task pane, kept as given (new fields travel without this file changing). */
  readonly options: { readonly [key: string]: Json };
  /** Kembalikan's stack: the add-in's changes, oldest first. */
  readonly undo: UndoStack;
  readonly rules: readonly OurRule[];
  /** What we last wrote into each generated sheet: Kembalikan tells the user's typing from it. */
  readonly written: Written;
  readonly message: PendingMessage | null;
  /** Keys present in the sheet whose value could not be read (edited by hand, cut short): said, not hidden. */
  readonly damaged?: readonly string[];
}

export const EMPTY_STATE: AddinState = {
  source: null,
  options: {},
  undo: [],
  rules: [],
  written: {},
  message: null,
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON object: not null, not an array. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRule(v: unknown): v is OurRule {
  return (
    isObject(v) &&
    typeof v.sheet === 'string' &&
    typeof v.range === 'string' &&
    (v.kind === 'expression' || v.kind === 'dataBar') &&
    typeof v.formula === 'string'
  );
}

/** The state kept in the registry sheet; anything unreadable is left out, never thrown. */
export function readState(registry: SheetSnapshot | undefined): AddinState {
  if (!registry) return EMPTY_STATE;
  const texts = new Map<string, string>();
  const col = STATE_COL - registry.origin.col;
  for (const row of registry.values) {
    const key = row[col];
    const chunk = row[col + 1];
    if (typeof key !== 'string' || key === TITLE) continue;
    texts.set(key, (texts.get(key) ?? '') + String(chunk ?? ''));
  }
  const get = (key: string): unknown => {
    const t = texts.get(key);
    return t === undefined ? undefined : parse(t);
  };
  const options = get('options');
  const rules = get('rules');
  const message = get('message');
  const source = get('source');
  const undo = decodeUndo(get('undo'));
  // A stack written is never empty ('undo' is left out then): one that reads as empty is damaged.
  const damaged = texts.has('undo') && undo.length === 0 ? ['undo'] : [];
  return {
    ...(damaged.length ? { damaged } : {}),
    source: typeof source === 'string' && source !== '' ? source : null,
    options: isObject(options) ? (options as AddinState['options']) : {},
    undo,
    rules: Array.isArray(rules) ? rules.filter(isRule) : [],
    written: decodeWritten(get('written')),
    message:
      isObject(message) && typeof message.id === 'string' && typeof message.en === 'string'
        ? { id: message.id, en: message.en, at: String(message.at ?? '') }
        : null,
  };
}

function text(row: number, col: number, value: string): CellEdit {
  return cellEdit(row, col, { kind: 'text', value });
}

/** The state as cells of columns D:E. */
export function stateCells(state: AddinState): CellEdit[] {
  const cells: CellEdit[] = [];
  const row = (key: string, value: string): void => {
    // Both cells are made before the push: the same row.
    cells.push(text(cells.length / 2, STATE_COL, key), text(cells.length / 2, STATE_COL + 1, value));
  };
  const put = (key: string, value: unknown): void => {
    const json = JSON.stringify(value);
    for (let i = 0; i < json.length; i += CHUNK) row(key, json.slice(i, i + CHUNK));
  };
  row(TITLE, 'v1');
  put('source', state.source ?? '');
  put('options', state.options);
  if (state.undo.length) put('undo', encodeUndo(state.undo));
  if (state.rules.length) put('rules', state.rules);
  if (Object.keys(state.written).length) put('written', state.written);
  if (state.message) put('message', state.message);
  return cells;
}

/** Changes to the registry's own rows when it is rewritten without a generate (Kembalikan). */
export interface RegistryEdit {
  /** Sheets no longer ours (deleted). */
  readonly drop?: readonly string[];
  /** Names typed in our Perjanjian Kinerja sheet, kept for the next run. */
  readonly signatories?: Partial<Record<'pertama' | 'kedua', Signatory>>;
}

/**
 * The plan with our state written into the registry sheet. By default that sheet goes first: if a write to
 * Excel stops half-way, what Kembalikan needs is already in the workbook ('keep' leaves it where it is, for a
 * file that is written whole). A plan without the registry (a fix, a saved option) rewrites it from what was
 * read, so the registry's own rows stay.
 */
export function withState(
  plan: EditPlan,
  registry: SheetSnapshot | undefined,
  state: AddinState,
  edit: RegistryEdit = {},
  order: 'first' | 'keep' = 'first',
): EditPlan {
  const own = plan.sheets.find((s) => s.sheet === REGISTRY_SHEET);
  const base: SheetPlan =
    own ??
    (() => {
      const r = readRegistry(registry ? [registry] : []);
      return registryPlan(
        r.generated.filter((g) => !edit.drop?.includes(g)),
        withSignatories(r.values, edit.signatories ?? {}),
      );
    })();
  const registrySheet: SheetPlan = { ...base, cells: [...base.cells, ...stateCells(state)] };
  if (order === 'keep' && own) return { sheets: plan.sheets.map((s) => (s === own ? registrySheet : s)) };
  const rest = plan.sheets.filter((s) => s !== own);
  return { sheets: order === 'first' ? [registrySheet, ...rest] : [...rest, registrySheet] };
}

/** The conditional formats a plan adds to sheets that are not ours. */
export function rulesOf(plan: EditPlan): OurRule[] {
  return plan.sheets
    .filter((s) => !s.create)
    .flatMap((s) =>
      (s.conditionalFormats ?? []).map((cf): OurRule => ({
        sheet: s.sheet,
        range: rangeA1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right),
        kind: cf.rule.kind,
        formula: cf.rule.kind === 'expression' ? cf.rule.formula : '',
      })),
    );
}

/**
 * A formula with its row numbers masked and its columns numbered by first appearance: Excel moves a rule's
 * formula with its range when the user inserts rows or columns, and `$J7` becomes `$K8`; the same
 * structure over the same columns stays ours.
 */
function shape(formula: string): string {
  const columns = new Map<string, number>();
  return formula
    .replace(/^=/, '')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(\$?)([A-Z]{1,3})(\$?)\d+/g, (_, a: string, col: string, b: string) => {
      if (!columns.has(col)) columns.set(col, columns.size);
      return `${a}c${columns.get(col)}${b}#`;
    });
}

/**
 * Whether a conditional format found in the sheet is one we recorded: the same kind, and for an expression
 * the same formula (rows masked). It is looked for where we put it, so a user's rule elsewhere is never ours.
 */
export function isOurRule(
  rule: OurRule,
  found: { readonly type: string; readonly formula: string | null },
): boolean {
  if (rule.kind === 'dataBar') return found.type === 'DataBar';
  return found.type === 'Custom' && found.formula !== null && shape(found.formula) === shape(rule.formula);
}
