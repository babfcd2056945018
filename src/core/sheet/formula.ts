/**
 * A formula as compared, whoever wrote it: Excel, the office and we space and case formulas differently
 * (`=sum( G13:G16 )` is `=SUM(G13:G16)`).
 */
export function normalizeFormula(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}
