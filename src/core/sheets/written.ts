/**
 * What we last wrote into each of our generated sheets, so that Kembalikan can tell what the user typed there
 * since: per sheet, runs of cells down one column as [col, top, prints], four characters per cell. Only cells
 * we filled are kept (a cell we left empty that holds something now is the user's), and text the user typed in
 * our earlier sheet that a run carried over (Narasi's analyses) is left out: it stays the user's.
 */
export type WrittenRun = readonly [number, number, string];
export type Written = Readonly<Record<string, readonly WrittenRun[]>>;

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
