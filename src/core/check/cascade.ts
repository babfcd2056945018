import { formatNumber } from '../i18n/format';
import { PERCENT } from '../numbers/units';
import { a1 } from '../sheet/address';
import { Relation } from '../table/columns';
import { evaluateForm, sameFigure } from '../table/evidence';
import { dataRows, ParsedTable } from '../table/model';
import { TableCells } from '../table/values';
import { Report } from './consistency';
import { Finding } from './finding';

/**
 * One mistake, one cause: a cell the form computes from a wrong cell (`AG = AE / K x 100` beside a wrong
 * AE) agrees with what is typed beside it and is still wrong. It is named as following from that mistake,
 * not reported as a mistake of its own.
 */

/** The right value an error gives for its own cell, where it gives one. */
function rightValue(f: Finding): number | null {
  if (f.rule === 'form-mismatch') return f.expected;
  if (f.rule === 'subtotal-mismatch') return f.sum;
  return null;
}

type FormRelation = Extract<Relation, { kind: 'form' }>;

/**
 * Each cell of the form's derived columns that the right value of a wrong input changes: reported at the
 * cell, naming the first wrong cell of the chain (AB51 wrong makes AD51 = L51 + AB51 and AF51 = AD51 / J51
 * wrong). A cell the right inputs leave as typed (the office's right total beside wrong periods) is not.
 */
export function reportFollowing(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  findings: readonly Finding[],
): void {
  const right = new Map<string, number>();
  const root = new Map<string, string>();
  for (const f of findings) {
    const value = f.severity === 'error' ? rightValue(f) : null;
    if (value === null || right.has(f.cell)) continue;
    right.set(f.cell, value);
    root.set(f.cell, f.cell);
  }
  const forms = table.columns.flatMap((c) =>
    c.kind === 'derived' && c.relation?.kind === 'form' ? [{ col: c.col, relation: c.relation }] : [],
  );
  if (right.size === 0 || forms.length === 0) return;
  const rows = dataRows(table);
  // A form column may read another's cells (14 = 7 + 13, then 15 = 14 / 6): passes until nothing follows.
  for (let pass = 0; pass < forms.length; pass++) {
    let more = false;
    for (const { col, relation } of forms)
      for (const row of rows) if (follows(row, col, relation)) more = true;
    if (!more) break;
  }

  function follows(row: number, col: number, relation: FormRelation): boolean {
    const at = a1(row, col);
    const typed = right.has(at) ? null : cells.number(row, col);
    const from = [...relation.cols.values()].map((c) => a1(row, c)).find((x) => right.has(x));
    if (!typed || from === undefined) return false;
    const expected = evaluateForm(relation.formula.expr, (n) => {
      const c = relation.cols.get(n)!;
      return right.get(a1(row, c)) ?? cells.number(row, c)?.value ?? null;
    });
    if (expected === null) return false;
    if (sameFigure(typed, expected) || (typed.unit === PERCENT && sameFigure(typed, expected / 100)))
      return false;
    right.set(at, expected);
    root.set(at, root.get(from)!);
    const origin = root.get(from)!;
    report(
      {
        rule: 'follows-error',
        from: origin,
        typed: formatNumber(typed.value, Math.min(typed.decimals, 2)),
        expected,
      },
      'warning',
      row,
      col,
    );
    return true;
  }
}
