import { formatNumber } from '../i18n/format';
import { PERCENT } from '../numbers/units';
import { a1 } from '../sheet/address';
import { evaluateForm, sameFigure } from '../table/evidence';
import { columnOf, dataRows, ParsedTable } from '../table/model';
import { TableCells } from '../table/values';
import { Report } from './consistency';
import { Finding } from './finding';

/**
 * One mistake, one cause: a cell computed from a wrong cell (`AG = AE / K x 100` beside a wrong AE, a
 * period's K from a wrong cumulative %) agrees with what is typed beside it and is still wrong. It is named
 * as following from that mistake, not reported as a mistake of its own.
 */

/** The right value a finding gives for its own cell, where it gives one. */
function rightValue(f: Finding): number | null {
  if (f.rule === 'form-mismatch') return f.expected;
  if (f.rule === 'subtotal-mismatch') return f.sum;
  if (f.rule === 'progress-mismatch') return f.mean;
  if (f.rule === 'progress-realisasi') return f.progress * f.target;
  return null;
}

/** How a column's cell is computed from other cells of its row. */
interface Derivation {
  readonly col: number;
  /** The cells of the row it reads, the one it most depends on first. */
  readonly inputs: readonly number[];
  readonly compute: (value: (col: number) => number | null) => number | null;
  /** The rows it holds on, where not every line of the table. */
  readonly rows?: ReadonlySet<number>;
  /**
   * Follows only where the typed cell is what its typed inputs give: the office computed it from the wrong
   * one (a rule the numbers confirmed, not one the form states).
   */
  readonly strict: boolean;
}

/** The form's derived columns: `14 = 7 + 13`, `15 = 14 / 6 x 100`, as the form states them. */
function formDerivations(table: ParsedTable): Derivation[] {
  return table.columns.flatMap((c) => {
    const relation = c.relation;
    if (c.kind !== 'derived' || relation?.kind !== 'form') return [];
    return [
      {
        col: c.col,
        inputs: [...relation.cols.values()],
        compute: (value) => evaluateForm(relation.formula.expr, (n) => value(relation.cols.get(n)!)),
        strict: false,
      },
    ];
  });
}

const fitsTyped = (typed: number, computed: number): boolean =>
  Math.abs(typed - computed) <= 0.005 * Math.max(1, Math.abs(typed));

/**
 * A K | % | Rp form's parent line: its period K is how its cumulative % (its items' mean) grew, (this
 * period's % − the last one's) × its target, where the office's parent lines keep that rule. An item's K
 * and % are measured apart (a document done in triwulan IV at 25 % a quarter), so only parents are judged;
 * each period's rule is confirmed by the typed parent lines, as checkProgressRealisasi confirms the year's.
 */
function progressDerivations(cells: TableCells, table: ParsedTable): Derivation[] {
  const target = columnOf(table, 'targetK');
  if (target === null) return [];
  const progress = new Map<number, number>();
  const periodK = new Map<number, number>();
  for (const c of table.columns) {
    if (c.role.kind === 'progress') progress.set(c.role.index, c.col);
    if (c.role.kind === 'period' && c.role.measure === 'K') periodK.set(c.role.index, c.col);
  }
  const rows = table.nodes.filter((n) => n.childIds.length > 0).map((n) => n.rows[0]!);
  const out: Derivation[] = [];
  for (const [index, col] of periodK) {
    const now = progress.get(index);
    const before = index > 1 ? progress.get(index - 1) : undefined;
    if (now === undefined || (index > 1 && before === undefined)) continue;
    const inputs = before === undefined ? [now, target] : [now, before, target];
    const compute = (value: (col: number) => number | null): number | null => {
      const [p, q, t] = [value(now), before === undefined ? 0 : value(before), value(target)];
      return p === null || q === null || t === null ? null : (p - q) * t;
    };
    let fitting = 0;
    let misfits = 0;
    for (const row of rows) {
      const typed = cells.number(row, col);
      const computed = compute((c) => cells.number(row, c)?.value ?? null);
      if (!typed || computed === null || cells.number(row, target)?.value === 0) continue;
      if (fitsTyped(typed.value, computed)) fitting++;
      else misfits++;
    }
    if (fitting >= 3 && fitting > 4 * misfits)
      out.push({ col, inputs, compute, rows: new Set(rows), strict: true });
  }
  return out;
}

/**
 * Each cell that the right value of a wrong cell changes, through the form's derived columns or a rule the
 * office's lines keep: reported at the cell, naming the first wrong cell of the chain (AB51 wrong makes
 * AD51 = L51 + AB51 and AF51 = AD51 / J51 wrong; T70 wrong makes S70, then AB70, AD70, AF70 wrong). A cell
 * the right inputs leave as typed (the office's right total beside wrong periods) is not.
 */
export function reportFollowing(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  findings: readonly Finding[],
): void {
  const right = new Map<string, number>();
  const root = new Map<string, string>();
  const unsure = new Set<string>();
  // An error's right value first; a warning's (a realisasi its own % contradicts) where no error says one.
  for (const severity of ['error', 'warning'] as const)
    for (const f of findings) {
      const value = f.severity === severity ? rightValue(f) : null;
      if (value === null || right.has(f.cell)) continue;
      right.set(f.cell, value);
      root.set(f.cell, f.cell);
      if (severity === 'warning') unsure.add(f.cell);
    }
  if (right.size === 0) return;
  const derivations = [...progressDerivations(cells, table), ...formDerivations(table)];
  if (derivations.length === 0) return;
  const rows = dataRows(table);
  // A column may read another's cells (14 = 7 + 13, then 15 = 14 / 6): passes until nothing follows.
  for (let pass = 0; pass < derivations.length; pass++) {
    let more = false;
    for (const d of derivations) for (const row of rows) if (follows(row, d)) more = true;
    if (!more) break;
  }

  function follows(row: number, d: Derivation): boolean {
    const at = a1(row, d.col);
    if (d.rows && !d.rows.has(row)) return false;
    const typed = right.has(at) ? null : cells.number(row, d.col);
    const from = d.inputs.map((c) => a1(row, c)).find((x) => right.has(x));
    if (!typed || from === undefined) return false;
    const typedOf = (c: number): number | null => cells.number(row, c)?.value ?? null;
    if (d.strict) {
      const asTyped = d.compute(typedOf);
      if (asTyped === null || !fitsTyped(typed.value, asTyped)) return false;
    }
    const expected = d.compute((c) => right.get(a1(row, c)) ?? typedOf(c));
    if (expected === null) return false;
    if (sameFigure(typed, expected) || (typed.unit === PERCENT && sameFigure(typed, expected / 100)))
      return false;
    right.set(at, expected);
    const origin = root.get(from)!;
    root.set(at, origin);
    report(
      {
        rule: 'follows-error',
        from: origin,
        sure: !unsure.has(origin),
        typed: formatNumber(typed.value, Math.min(typed.decimals, 2)),
        expected,
      },
      'warning',
      row,
      d.col,
    );
    return true;
  }
}
