/** Excel's limits: "Length of formula contents: 8,192 characters"; "Arguments in a function: 255". */
export const MAX_FORMULA_LENGTH = 8192;
const MAX_ARGUMENTS = 255;

/**
 * Whether Excel would take this text as a formula. Excel refuses a formula it cannot parse with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect format"); the fake checks what our
 * writer could get wrong: unbalanced quotes or parentheses, an unquoted sheet name that needs quotes, a formula
 * that is empty or ends on an operator.
 */
export function isValidFormula(formula: string): boolean {
  if (!formula.startsWith('=') || formula.trim() === '=') return false;
  const body = formula.slice(1);
  // Commas of each open parenthesis: "a function can take up to 255 arguments" (Excel specifications).
  const commas: number[] = [];
  let depth = 0;
  let i = 0;
  let outside = '';
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '"' || ch === "'") {
      // A string, or a quoted sheet name; a doubled quote is a quote inside it.
      let j = i + 1;
      for (;;) {
        if (j >= body.length) return false;
        if (body[j] === ch) {
          if (body[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      if (ch === "'" && body[j + 1] !== '!') return false;
      outside += ch === '"' ? '""' : "'S'";
      i = j + 1;
      continue;
    }
    if (ch === '(') {
      depth++;
      commas.push(0);
    }
    if (ch === ',' && commas.length > 0 && ++commas[commas.length - 1]! >= MAX_ARGUMENTS) return false;
    if (ch === ')') {
      commas.pop();
      if (--depth < 0) return false;
    }
    outside += ch;
    i++;
  }
  if (depth !== 0) return false;
  // An unquoted sheet name may hold only letters, digits, '_' and '.'.
  for (const m of outside.matchAll(/([^\s(),=<>+\-*/^&:;!]+(?:\s+[^\s(),=<>+\-*/^&:;!]+)+)!/g))
    if (m) return false;
  return !/[+\-*/^&=<>,(]\s*$/.test(outside);
}
