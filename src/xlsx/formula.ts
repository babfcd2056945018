/**
 * A formula as the .xlsx file stores it: without '=', and functions newer than Excel 2007 with the
 * `_xlfn.` prefix, without which Excel and LibreOffice do not know them (Office.js takes the plain name).
 */
export function fileFormula(formula: string): string {
  const bare = formula.startsWith('=') ? formula.slice(1) : formula;
  // Nearly every formula has no AGGREGATE: those skip the regex.
  return bare.includes('AGGREGATE(') ? bare.replace(/(?<![\w.])AGGREGATE\(/g, '_xlfn.AGGREGATE(') : bare;
}
