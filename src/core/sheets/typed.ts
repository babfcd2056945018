import { Lang } from '../i18n/format';
import { EditPlan } from '../plan/types';
import { REGISTRY_SHEET } from './registry';
import { fingerprint, formulasValue } from './undo';

/**
 * What we last wrote into each of our generated sheets, so that Kembalikan can tell what the user typed there
 * since: per sheet, runs of cells down one column as [col, top, prints], four characters per cell. Only cells
 * we filled are kept (a cell we left empty that holds something now is the user's), and text the user typed in
 * our earlier sheet that a run carried over (Narasi's analyses) is left out: it stays the user's.
 */
export type WrittenRun = readonly [number, number, string];
export type Written = Readonly<Record<string, readonly WrittenRun[]>>;

const WIDTH = 4;
const SPACE = 36 ** WIDTH;

/** A cell's content in four characters: enough to see that the user changed it (1 in 1.7 million alike). */
function print(content: unknown): string {
  return (parseInt(fingerprint(content), 36) % SPACE).toString(36).padStart(WIDTH, '0');
}

/** A cell's place as one number, column first: rows fit in 2^20 (Excel's 1,048,576). */
const at = (row: number, col: number): number => col * 1_048_576 + row;

/**
 * The record after a run: the plan's generated sheets as it writes them, the others as they were. Sorted by
 * index, not by objects per cell: the generated sheets of a 50,000-row table hold some 775,000 cells.
 */
export function rememberWritten(before: Written, plan: EditPlan): Written {
  const out: Record<string, readonly WrittenRun[]> = { ...before };
  for (const p of plan.sheets) {
    if (!p.create || p.sheet === REGISTRY_SHEET) continue;
    const typed = new Set((p.typed ?? []).map((c) => at(c.row, c.col)));
    const cells = p.cells;
    const kept: number[] = [];
    cells.forEach((c, i) => {
      if (c.content && c.content.kind !== 'blank' && !typed.has(at(c.row, c.col))) kept.push(i);
    });
    const place = (i: number): number => at(cells[i]!.row, cells[i]!.col);
    kept.sort((a, b) => place(a) - place(b) || a - b);
    const runs: [number, number, string][] = [];
    let pieces: string[] = [];
    const close = (): void => {
      const last = runs[runs.length - 1];
      if (last) last[2] = pieces.join('');
    };
    for (const i of kept) {
      const c = cells[i]!;
      const last = runs[runs.length - 1];
      if (last && last[0] === c.col && last[1] + pieces.length === c.row) {
        pieces.push(print(formulasValue(c.content!)));
        continue;
      }
      close();
      pieces = [print(formulasValue(c.content!))];
      runs.push([c.col, c.row, '']);
    }
    close();
    out[p.sheet] = runs;
  }
  return out;
}

/** The record without these sheets (deleted, or kept as the user's). */
export function forgetWritten(written: Written, sheets: readonly string[]): Written {
  return Object.fromEntries(Object.entries(written).filter(([s]) => !sheets.includes(s)));
}

/** The record from the registry's JSON; anything malformed is left out, never thrown. */
export function decodeWritten(v: unknown): Written {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const out: Record<string, readonly WrittenRun[]> = {};
  for (const [sheet, runs] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(runs)) continue;
    out[sheet] = runs.filter(
      (r): r is WrittenRun =>
        Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number' && typeof r[2] === 'string',
    );
  }
  return out;
}

/** A cell of a sheet as Excel gives it back: its formula, or its constant. */
export interface CellNow {
  readonly row: number;
  readonly col: number;
  readonly content: string | number | boolean;
}

/**
 * The cells of our sheet that hold something the record does not: typed by the user (or pasted) in a cell we
 * left empty or over what we wrote. `over` counts the second kind: with a record made now from the plan (a
 * sheet made before the record was kept), those may be the older version's writing, not the user's.
 */
export function typedCells(
  runs: readonly WrittenRun[],
  now: readonly CellNow[],
): { readonly cells: CellNow[]; readonly over: number } {
  const ours = new Map<number, string>();
  for (const [col, top, prints] of runs)
    for (let i = 0; i * WIDTH < prints.length; i++)
      ours.set(col * 1_048_576 + top + i, prints.slice(i * WIDTH, (i + 1) * WIDTH));
  const cells = now.filter((c) => ours.get(c.col * 1_048_576 + c.row) !== print(c.content));
  return { cells, over: cells.filter((c) => ours.has(c.col * 1_048_576 + c.row)).length };
}

/** Characters Excel forbids in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * The name our sheet is kept under when it holds what the user typed: "Narasi (disimpan)", within Excel's
 * 31 characters, free whatever the case ("Narasi (disimpan 2)" when that is taken).
 */
export function keptSheetName(name: string, existing: readonly string[], lang: Lang): string {
  const word = lang === 'en' ? 'kept' : 'disimpan';
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  const base = name.replace(FORBIDDEN, ' ');
  for (let i = 1; ; i++) {
    const tail = ` (${word}${i > 1 ? ` ${i}` : ''})`;
    const candidate = `${base
      .slice(0, 31 - tail.length)
      .trimEnd()
      .replace(/^'+|'+$/g, '')}${tail}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
