import { CapaianSettings, Polarity, SCALES } from './capaian/settings';
import type { EngineOptions } from './engine';
import { CellRange } from './sheet/snapshot';
import type { Signatory } from './sheets/registry';
import { isObject, Json } from './sheets/state';
import { RoleOverrides } from './table/columns';
import { TableMark } from './table/parse';
import { ColumnRole, ROLE_KINDS } from './table/roles';

/**
 * What the user chose in the task pane (column roles, marked tables, polarity, scale, titles), kept in the
 * workbook's hidden _CapaianKinerja sheet and used by every later run: the ribbon, the pane and the CLI.
 */
export type SavedOptions = Pick<EngineOptions, 'roles' | 'settings' | 'sheets' | 'tables'>;

type JsonObject = { readonly [key: string]: Json };

function entriesOf<T>(v: Json | undefined, read: (x: Json) => T | undefined): [string, T][] {
  if (!isObject(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const t = read(x);
    return t === undefined ? [] : [[k, t] as [string, T]];
  });
}

function roleOf(v: Json): ColumnRole | undefined {
  if (!isObject(v) || typeof v.kind !== 'string' || !(ROLE_KINDS as readonly string[]).includes(v.kind))
    return undefined;
  if (v.kind === 'period') {
    const { measure, index, of } = v;
    return (measure === 'K' || measure === 'Rp') &&
      (of === 4 || of === 12) &&
      typeof index === 'number' &&
      Number.isInteger(index) &&
      index >= 1 &&
      index <= of
      ? { kind: 'period', measure, index, of }
      : undefined;
  }
  if (v.kind === 'progress') {
    const { index, of } = v;
    return (of === 4 || of === 12) &&
      typeof index === 'number' &&
      Number.isInteger(index) &&
      index >= 1 &&
      index <= of
      ? { kind: 'progress', index, of }
      : undefined;
  }
  if (v.kind === 'reference') {
    const { source, measure } = v;
    return (source === 'renstra' || source === 'priorYear') &&
      (measure === 'target' || measure === 'realisasi' || measure === 'capaian')
      ? { kind: 'reference', source, measure }
      : undefined;
  }
  return { kind: v.kind } as ColumnRole;
}

function rangeOf(v: Json | undefined): CellRange | undefined {
  if (!isObject(v)) return undefined;
  const [top, left, bottom, right] = [v.top, v.left, v.bottom, v.right];
  const ok = [top, left, bottom, right].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  return ok && (top as number) <= (bottom as number) && (left as number) <= (right as number)
    ? { top: top as number, left: left as number, bottom: bottom as number, right: right as number }
    : undefined;
}

function markOf(v: Json): TableMark | undefined {
  if (!isObject(v)) return undefined;
  const header = rangeOf(v.header);
  const table = rangeOf(v.table);
  if (header) return table ? { header, table } : { header };
  return table ? { table } : undefined;
}

function settingsOf(v: Json | undefined): Partial<CapaianSettings> | undefined {
  if (!isObject(v)) return undefined;
  const s: { -readonly [K in keyof CapaianSettings]?: CapaianSettings[K] } = {};
  if (v.negativeMethod === 'selisih' || v.negativeMethod === 'kebalikan') s.negativeMethod = v.negativeMethod;
  if (v.cap === null || (typeof v.cap === 'number' && v.cap > 0)) s.cap = v.cap;
  if (typeof v.threshold === 'number' && v.threshold >= 0) s.threshold = v.threshold;
  // The scale is named by its id: JSON cannot hold the lowest band's −Infinity.
  const scaleId = isObject(v.scale) ? v.scale.id : v.scale;
  const scale = SCALES.find((x) => x.id === scaleId);
  if (scale) s.scale = scale;
  const polarity = entriesOf<Polarity>(v.polarity, (x) =>
    x === 'positif' || x === 'negatif' ? x : undefined,
  );
  if (polarity.length) s.polarity = Object.fromEntries(polarity);
  return s;
}

function sheetsOf(v: Json | undefined): SavedOptions['sheets'] {
  if (!isObject(v)) return undefined;
  const text = (x: Json | undefined) => (typeof x === 'string' && x.trim() ? x : undefined);
  const person = (x: Json | undefined): Signatory | undefined => {
    if (!isObject(x)) return undefined;
    const field = (k: keyof Signatory) => (typeof x[k] === 'string' ? (x[k] as string) : '');
    const p = {
      jabatan: field('jabatan'),
      nama: field('nama'),
      pangkat: field('pangkat'),
      nip: field('nip'),
    };
    return Object.values(p).some((f) => f.trim()) ? p : undefined;
  };
  const sign = isObject(v.signatories) ? v.signatories : {};
  const pertama = person(sign.pertama);
  const kedua = person(sign.kedua);
  // Only a sheet of the workbook is kept as last year's table: a workbook given to the CLI is not saved.
  const compare = isObject(v.compare) && v.compare.kind === 'sheet' ? text(v.compare.sheet) : undefined;
  return defined({
    lang: v.lang === 'id' || v.lang === 'en' ? (v.lang as 'id' | 'en') : undefined,
    year: text(v.year),
    dinas: text(v.dinas),
    signatories: pertama || kedua ? defined({ pertama, kedua }) : undefined,
    compare: compare ? ({ kind: 'sheet', sheet: compare } as const) : undefined,
  });
}

/**
 * The options saved in the workbook, read defensively: the hidden sheet holds JSON that a user, another
 * version or a damaged file may have changed, so only well-formed choices are kept and the rest is dropped.
 */
export function readSavedOptions(json: JsonObject): SavedOptions {
  const roles = entriesOf<RoleOverrides>(json.roles, (x) => {
    const r = entriesOf(x, roleOf);
    return r.length ? Object.fromEntries(r) : undefined;
  });
  const tables = entriesOf(json.tables, markOf);
  return defined({
    roles: roles.length ? Object.fromEntries(roles) : undefined,
    tables: tables.length ? Object.fromEntries(tables) : undefined,
    settings: settingsOf(json.settings),
    sheets: sheetsOf(json.sheets),
  });
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function perSheet<V>(
  saved: Readonly<Record<string, V>> | undefined,
  given: Readonly<Record<string, V>> | undefined,
  merge: (a: V, b: V) => V,
): Readonly<Record<string, V>> | undefined {
  if (!saved || !given) return given ?? saved;
  const out: Record<string, V> = { ...saved };
  for (const [k, v] of Object.entries(given)) out[k] = k in out ? merge(out[k]!, v) : v;
  return out;
}

/**
 * This run's options over the saved ones, choice by choice: a role given for column F replaces the saved
 * role of F and keeps the others; a mark given for a sheet replaces that sheet's mark; a setting or title
 * given replaces that one setting or title.
 */
export function withSaved(saved: SavedOptions, given: EngineOptions): EngineOptions {
  return defined({
    ...given,
    roles: perSheet(saved.roles, given.roles, (a, b) => ({ ...a, ...b })),
    tables: perSheet(saved.tables, given.tables, (_, b) => b),
    settings: over(saved.settings, given.settings, 'polarity'),
    sheets: over(saved.sheets, given.sheets, 'signatories'),
  });
}

/** The fields b gives over a's, and the same one level down in `nested`. */
function over<T extends object>(a: T | undefined, b: T | undefined, nested: keyof T): T | undefined {
  if (!a && !b) return undefined;
  const given = b ? defined(b) : undefined;
  return { ...a, ...given, [nested]: { ...a?.[nested], ...given?.[nested] } } as T;
}
