/**
 * Whether Excel would take this text as a formula. Excel refuses a formula it cannot parse with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect format"); the fake checks what our
 * writer could get wrong: unbalanced quotes or parentheses, an unquoted sheet name that needs quotes, a formula
 * that is empty or ends on an operator.
 */
export function isValidFormula(formula: string): boolean {
  if (!formula.startsWith('=') || formula.trim() === '=') return false;
  const body = formula.slice(1);
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
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
    outside += ch;
    i++;
  }
  if (depth !== 0) return false;
  // An unquoted sheet name may hold only letters, digits, '_' and '.'.
  for (const m of outside.matchAll(/([^\s(),=<>+\-*/^&:;!]+(?:\s+[^\s(),=<>+\-*/^&:;!]+)+)!/g))
    if (m) return false;
  return !/[+\-*/^&=<>,(]\s*$/.test(outside);
}
