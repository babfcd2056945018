import { columnIndex, columnLetters } from '../core/sheet/address';

/** The last column Excel has (XFD): three letters beyond it are a name, not a column. */
const LAST_COLUMN = 16383;
/** A run of name characters: a reference, a function's or a sheet's name, a number. */
const WORD = /[A-Za-z0-9_.$\\]+/y;

/**
 * A shared formula as one of its dependent cells holds it (ECMA-376 18.3.1.40): the lead cell's formula with
 * every relative reference moved by the dependent's distance from the lead cell; `$` parts stay. Text in
 * quotes, quoted sheet names and structured references (`[Kolom]`) are not references and stay as they are.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'" || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] !== close) continue;
        // A doubled quote is a quote inside the text.
        if (close !== ']' && formula[j + 1] === close) j++;
        else break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(formula);
    if (!word) {
      out += ch;
      i++;
      continue;
    }
    const text = word[0];
    i += text.length;
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d{0,6})$/.exec(text);
    const next = formula[i];
    if (!ref || next === '(' || next === '!') {
      out += text;
      continue;
    }
    const col = columnIndex(ref[2]!.toUpperCase());
    const row = Number(ref[4]) - 1;
    if (col > LAST_COLUMN) {
      out += text;
      continue;
    }
    const c = ref[1] ? col : col + cols;
    const r = ref[3] ? row : row + rows;
    out += `${ref[1]}${columnLetters(Math.max(0, c))}${ref[3]}${Math.max(0, r) + 1}`;
  }
  return out;
}
