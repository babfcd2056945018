import { CELL_REFS, columnIndex, columnLetters } from './address';

/**
 * A formula as compared, whoever wrote it: Excel, the office and we space and case formulas differently
 * (`=sum( G13:G16 )` is `=SUM(G13:G16)`).
 */
export function normalizeFormula(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}

/** Does a formula we are about to write refer to its own cell (directly or inside a range)? */
export function refersTo(formula: string, row: number, col: number): boolean {
  // Without a range, only the cell's own address can refer to it: one search, no parsing (most formulas).
  if (!formula.includes(':')) {
    const own = `${columnLetters(col)}${row + 1}`;
    for (let i = formula.indexOf(own); i >= 0; i = formula.indexOf(own, i + 1)) {
      const before = formula.charCodeAt(i - 1);
      const after = formula.charCodeAt(i + own.length);
      const letterBefore = (before >= 65 && before <= 90) || before === 36;
      const digitAfter = after >= 48 && after <= 57;
      if (!letterBefore && !digitAfter) return true;
    }
    return false;
  }
  // Text in quotes ("") cannot hold a reference.
  const body = formula.replace(/"[^"]*"/g, '');
  for (const m of body.matchAll(CELL_REFS)) {
    const c1 = columnIndex(m[1]!);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
    const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
    if (
      row >= Math.min(r1, r2) &&
      row <= Math.max(r1, r2) &&
      col >= Math.min(c1, c2) &&
      col <= Math.max(c1, c2)
    )
      return true;
  }
  return false;
}
