import { SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { cellEdit, SheetPlan } from '../plan/types';

/**
 * A hidden sheet that records what the workbook's owner chose and which sheets we made, so that a
 * regenerate replaces our sheets and never a sheet of the user's that happens to share a name. It is
 * plain cells: Excel without the add-in, LibreOffice and the CLI all keep it.
 */
export const REGISTRY_SHEET = '_CapaianKinerja';
/** The key of the registry's first row (its title, not a value). */
const TITLE = 'Capaian Kinerja';

export interface Signatory {
  readonly jabatan: string;
  readonly nama: string;
  readonly pangkat: string;
  readonly nip: string;
}

export interface Registry {
  readonly generated: readonly string[];
  readonly values: ReadonlyMap<string, string>;
}

export function readRegistry(sheets: readonly SheetSnapshot[]): Registry {
  const snap = sheets.find((s) => s.name === REGISTRY_SHEET);
  const generated: string[] = [];
  const values = new Map<string, string>();
  if (!snap) return { generated, values };
  const r = new SheetReader(snap);
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const key = r.text(row, 0);
    const value = r.text(row, 1);
    if (key === 'sheet') generated.push(value);
    else if (key && key !== TITLE) values.set(key, value);
  }
  return { generated, values };
}

/** The registry key naming the sheet last compared with (Perbandingan), used again when no other is given. */
export const COMPARE_KEY = 'bandingkan';

/** The registry keys under which each signatory's fields are kept ("pihakPertama.nama"…). */
export const SIGNATORY_KEYS = { pertama: 'pihakPertama', kedua: 'pihakKedua' } as const;

/** The registry's values with these signatories' fields set. */
export function withSignatories(
  values: ReadonlyMap<string, string>,
  signatories: Partial<Record<keyof typeof SIGNATORY_KEYS, Signatory>>,
): Map<string, string> {
  const out = new Map(values);
  for (const party of ['pertama', 'kedua'] as const) {
    const s = signatories[party];
    if (s) for (const [f, v] of Object.entries(s)) out.set(`${SIGNATORY_KEYS[party]}.${f}`, v);
  }
  return out;
}

export function registryPlan(generated: readonly string[], values: ReadonlyMap<string, string>): SheetPlan {
  const rows: [string, string][] = [
    [TITLE, 'Lembar ini dibuat oleh add-in Capaian Kinerja; jangan diubah. / Made by Capaian Kinerja.'],
    ...generated.map((g): [string, string] => ['sheet', g]),
    ...[...values.entries()],
  ];
  return {
    sheet: REGISTRY_SHEET,
    create: {},
    hidden: true,
    cells: rows.flatMap(([k, v], row) => [
      cellEdit(row, 0, { kind: 'text', value: k }),
      cellEdit(row, 1, { kind: 'text', value: v }),
    ]),
  };
}

/**
 * The name our sheet gets: its usual name when that is free or ours already, else the usual name with a
 * number, so that a sheet the user made is never replaced.
 */
export function ourSheetName(wanted: string, existing: readonly string[], registry: Registry): string {
  // Excel's sheet names ignore case: a user's "PERJANJIAN KINERJA" takes "Perjanjian Kinerja" too.
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const taken = (n: string): boolean =>
    existing.some((e) => same(e, n)) && !registry.generated.some((g) => same(g, n) && existing.includes(g));
  if (!taken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken(candidate)) return candidate;
  }
}
