import { CapaianSettings, Polarity } from '../capaian/settings';
import { FormExpr } from '../table/numbering';
import { flat } from './flat';

/**
 * Formulas in invariant (en-US) syntax that Excel 2016+ and LibreOffice compute alike: no IFS, no
 * dynamic arrays, no IFERROR masking real errors. A missing, textual or zero divisor gives "" (an empty
 * result), never #DIV/0!.
 */

function bothNumbers(a: string, b: string, nonZero: string): string {
  return `AND(ISNUMBER(${a}),ISNUMBER(${b}),${nonZero}<>0)`;
}

function capped(expr: string, cap: number | null): string {
  return cap === null ? expr : `MIN(${cap},${expr})`;
}

/** Where the first and the second reference go in a formula written once per shape. */
const FIRST = '\u0000';
const SECOND = '\u0001';

/**
 * A formula of two references, written once with holes where they go and split there: each row's formula is
 * then one join of the pieces, not a template of templates (tens of thousands of rows write one shape).
 */
function withHoles(text: string): (first: string, second: string) => string {
  const pieces: string[] = [];
  const holes: boolean[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== FIRST && c !== SECOND) continue;
    pieces.push(text.slice(from, i));
    holes.push(c === FIRST);
    from = i + 1;
  }
  pieces.push(text.slice(from));
  return (first, second) => {
    const parts: string[] = [pieces[0]!];
    for (let k = 0; k < holes.length; k++) parts.push(holes[k] ? first : second, pieces[k + 1]!);
    return parts.join('');
  };
}

/** The capaian formula of each polarity, method and cap, with holes for the target and the realisasi. */
const CAPAIAN_SHAPES = new Map<string, (target: string, realisasi: string) => string>();

/** Capaian of realisasi against target, by the indicator's polarity. */
export function capaianFormula(
  target: string,
  realisasi: string,
  polarity: Polarity,
  settings: Pick<CapaianSettings, 'negativeMethod' | 'cap'>,
): string {
  const key = `${polarity}|${settings.negativeMethod}|${settings.cap}`;
  let shape = CAPAIAN_SHAPES.get(key);
  if (!shape) {
    shape = withHoles(capaianText(FIRST, SECOND, polarity, settings));
    CAPAIAN_SHAPES.set(key, shape);
  }
  return shape(target, realisasi);
}

function capaianText(
  target: string,
  realisasi: string,
  polarity: Polarity,
  settings: Pick<CapaianSettings, 'negativeMethod' | 'cap'>,
): string {
  if (polarity === 'positif') {
    return `=IF(${bothNumbers(target, realisasi, target)},${capped(`${realisasi}/${target}`, settings.cap)},"")`;
  }
  // A negative indicator with target 0 met by 0 is 100 %; no division by zero either way.
  const both = `AND(ISNUMBER(${target}),ISNUMBER(${realisasi}))`;
  if (settings.negativeMethod === 'selisih') {
    const expr = capped(`MAX(0,(2*${target}-${realisasi})/${target})`, settings.cap);
    return `=IF(${both},IF(${target}<>0,${expr},IF(${realisasi}=0,1,"")),"")`;
  }
  const expr = capped(`${target}/${realisasi}`, settings.cap);
  return `=IF(${both},IF(${realisasi}<>0,${expr},IF(${target}=0,1,"")),"")`;
}

const PENYERAPAN = withHoles(`=IF(${bothNumbers(FIRST, SECOND, FIRST)},${SECOND}/${FIRST},"")`);

/** Penyerapan anggaran: realisasi Rp / pagu. */
export function penyerapanFormula(pagu: string, realisasi: string): string {
  return PENYERAPAN(pagu, realisasi);
}

/**
 * Excel's SUM takes at most 255 arguments; longer lists are summed in nested groups. When an item holds
 * an error (#REF!…), reported as a finding, AGGREGATE(9,6,…) sums the others as the finding says.
 */
export function sumFormula(refs: readonly string[], ignoreErrors = false): string {
  return flat`=${sumExpr(refs, ignoreErrors)}`;
}

function sumExpr(refs: readonly string[], ignoreErrors: boolean): string {
  const max = ignoreErrors ? 250 : 255;
  const head = ignoreErrors ? 'AGGREGATE(9,6,' : 'SUM(';
  if (refs.length <= max) return `${head}${refs.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += max) groups.push(sumExpr(refs.slice(i, i + max), ignoreErrors));
  return sumExpr(groups, ignoreErrors);
}

/** Last filled period, for percentages and indexes (nested IF: no LOOKUP array tricks). */
export function lastFilledFormula(refs: readonly string[]): string {
  let expr = '""';
  for (const r of refs) expr = `IF(ISNUMBER(${r}),${r},${expr})`;
  return flat`=${expr}`;
}

/** Turns rows of one column into A1 references, joining consecutive rows into ranges. */
export function columnRefs(colLetters: string, rows: readonly number[]): string[] {
  // A tree's rows come in order: they are copied and sorted only when they do not.
  let sorted = rows;
  for (let i = 1; i < rows.length; i++)
    if (rows[i]! < rows[i - 1]!) {
      sorted = [...rows].sort((a, b) => a - b);
      break;
    }
  const refs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!;
    let end = start;
    while (++i < sorted.length && sorted[i] === end + 1) end++;
    refs.push(
      start === end ? `${colLetters}${start + 1}` : `${colLetters}${start + 1}:${colLetters}${end + 1}`,
    );
  }
  return refs;
}

/** Figures a minus figures b (sisa anggaran, lebih/(kurang)): empty or missing b counts as nothing spent. */
export function differenceFormula(a: readonly string[], b: readonly string[]): string {
  const first = a[0]!;
  const sum = (refs: readonly string[]): string =>
    refs.length === 1 ? `N(${refs[0]})` : `SUM(${refs.join(',')})`;
  const left = a.length === 1 ? first : `SUM(${a.join(',')})`;
  return flat`=IF(ISNUMBER(${first}),${left}-${sum(b)},"")`;
}

/**
 * The form's own arithmetic for one row, with its column numbers made references. Every divisor is
 * checked, so that the cell is empty rather than #DIV/0! while figures are missing.
 */
export function formFormula(expr: FormExpr, ref: (n: number) => string, asFraction: boolean): string {
  // "x 100" at the top of the form, written into a %-formatted column, is what the format already does.
  const e =
    asFraction && expr.kind === 'op' && expr.op === '*' && expr.b.kind === 'const' && expr.b.value === 100
      ? expr.a
      : expr;
  if (isSum(e)) return flat`=SUM(${refsOf(e, ref).join(',')})`;
  const divisors: string[] = [];
  const text = (x: FormExpr): string => {
    if (x.kind === 'const') return String(x.value);
    if (x.kind === 'col') return ref(x.n);
    const b = text(x.b);
    if (x.op === '/') divisors.push(b);
    return `(${text(x.a)}${x.op}${b})`;
  };
  const body = text(e);
  const refs = [...new Set(refsOf(e, ref))];
  const checks = [...refs.map((r) => `ISNUMBER(${r})`), ...divisors.map((d) => `${d}<>0`)];
  return flat`=IF(AND(${checks.join(',')}),${body},"")`;
}

function isSum(e: FormExpr): boolean {
  return e.kind === 'col' || (e.kind === 'op' && e.op === '+' && isSum(e.a) && isSum(e.b));
}

function refsOf(e: FormExpr, ref: (n: number) => string): string[] {
  if (e.kind === 'col') return [ref(e.n)];
  if (e.kind === 'const') return [];
  return [...refsOf(e.a, ref), ...refsOf(e.b, ref)];
}
