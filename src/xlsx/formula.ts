/**
 * A formula as the .xlsx file stores it: without '=', and functions newer than Excel 2007 with the
 * `_xlfn.` prefix, without which Excel and LibreOffice do not know them (Office.js takes the plain name).
 */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/(?<![\w.])AGGREGATE\(/g, '_xlfn.AGGREGATE(');
}
