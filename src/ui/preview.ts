import type { GenerateResult } from '../core/generate';

/**
 * What Buat Tabel Capaian changes in the office's own sheet, said before the click and in the summary after
 * it: how many typed cells become formulas, in which columns, one example, and the sheets it adds.
 */
export interface BuildPreview {
  readonly sheet: string;
  /** Typed values (or the office's formulas) our formulas replace. */
  readonly cells: number;
  readonly columns: readonly string[];
  /** A typed capaian that reads otherwise once computed: "35,10%" → 0.3521 at K18. */
  readonly example: { readonly cell: string; readonly typed: string; readonly expected: number } | null;
  /** Sheets the run adds (a sheet it made before is replaced, not added). */
  readonly newSheets: readonly string[];
}

export function previewOf(result: GenerateResult, existing: readonly string[]): BuildPreview | null {
  const main = result.changes[0];
  if (!main) return null;
  const replaced = result.changes.filter((c) => c.sheet === main.sheet).flatMap((c) => c.replaced);
  const columns = [...new Set(replaced.map((r) => r.letter))].sort(
    (a, b) => a.length - b.length || a.localeCompare(b),
  );
  const letter = (cell: string): string => /^[A-Z]+/.exec(cell)?.[0] ?? '';
  // A typed capaian that our formula reads otherwise is the example an officer recognises; a copied column next.
  const example = (['capaian-mismatch', 'copied-column'] as const)
    .map((rule) =>
      result.findings.find(
        (f) => f.sheet === main.sheet && f.rule === rule && columns.includes(letter(f.cell)),
      ),
    )
    .find((f) => f !== undefined);
  return {
    sheet: main.sheet,
    cells: replaced.reduce((n, r) => n + r.count, 0),
    columns,
    example:
      example && 'typed' in example && 'expected' in example && typeof example.typed === 'string'
        ? { cell: example.cell, typed: example.typed, expected: example.expected }
        : null,
    newSheets: Object.values(result.generated).filter((n) => !existing.includes(n)),
  };
}
