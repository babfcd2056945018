import type { Finding } from '../../src/core/check/finding';
import type { EditPlan } from '../../src/core/plan/types';
import { evaluate, Value } from '../../src/core/plan/evaluate';
import { a1 } from '../../src/core/sheet/address';
import { decimalsShown, sameShown } from '../helpers/shown';
import { Failure, formulaRefs } from './checks';
import { shownNumber } from './readback';
import { cellKey, GeneratedLayout } from './truth';

/**
 * Issue 19, part 2: every cell of the layout's sheet whose shown value the plan changes with no finding
 * naming it. What the cell shows is read by the tests' own reader (readback.ts, helpers/shown.ts);
 * a planned formula's value comes from the planner's evaluator, which test/not-written.test.ts holds equal
 * to LibreOffice's on every formula of the bundled sample.
 */

const ratioFormat = (format: string): boolean => /%/.test(format.replace(/"[^"]*"/g, ''));

function namedCells(findings: readonly Finding[], sheet: string) {
  const at = new Set<string>();
  const errors = new Set<string>();
  for (const f of findings) {
    if (f.sheet !== sheet || f.severity === 'info') continue;
    for (const c of f.cells ?? [f.cell]) {
      at.add(c);
      if (f.severity === 'error') errors.add(c);
    }
  }
  return { at, errors };
}

export function silentChanges(
  layout: GeneratedLayout,
  plan: EditPlan,
  findings: readonly Finding[],
): Failure[] {
  const { grid, sheet } = layout;
  const locale = layout.spec.numbers.locale;
  const edits = plan.sheets.filter((s) => s.sheet === sheet && !s.create).flatMap((s) => s.cells);
  const planned = new Map(edits.filter((e) => e.kind !== undefined).map((e) => [cellKey(e.row, e.col), e]));
  const lookup = (row: number, col: number): Value => {
    const c = planned.get(cellKey(row, col));
    if (c?.kind === 'number') return { kind: 'number', value: c.value };
    if (c?.kind === 'text') return { kind: 'text', value: c.value };
    if (c?.kind === 'blank') return { kind: 'empty' };
    if (c?.kind === 'formula') {
      const v = evaluate(c.formula, lookup);
      return v === 'unknown' ? { kind: 'error', code: 'unknown' } : v;
    }
    const v = grid.get(row, col);
    if (typeof v === 'number') return { kind: 'number', value: v };
    return typeof v === 'string' && v.trim() ? { kind: 'text', value: v } : { kind: 'empty' };
  };
  const { at, errors } = namedCells(findings, sheet);
  const out: Failure[] = [];
  for (const e of edits) {
    if (e.kind === undefined || grid.isEmpty(e.row, e.col)) continue;
    const v = grid.get(e.row, e.col);
    const format = grid.format(e.row, e.col);
    const newFormat = e.numberFormat ?? format;
    const before = shownNumber(v, format, locale);
    const after = lookup(e.row, e.col);
    let same: boolean;
    if (before === null) same = after.kind === 'text' && after.value === v;
    else if (after.kind !== 'number') same = false;
    else {
      const shown = ratioFormat(newFormat) ? after.value * 100 : after.value;
      const ratio =
        ratioFormat(newFormat) || ratioFormat(format) || (typeof v === 'string' && v.includes('%'));
      // The generator's offices round or cut their figures (rounding=trunc2).
      const was = { value: before, decimals: decimalsShown(v, format, locale) };
      same = sameShown(was, shown, { ratio, cut: true });
    }
    if (same) continue;
    const cell = a1(e.row, e.col);
    const reads = e.kind === 'formula' ? formulaRefs(e.formula).cells : [];
    if (at.has(cell) || reads.some((r) => errors.has(a1(r.row, r.col)))) continue;
    out.push({
      cause: `${e.kind} changes a shown value`,
      detail: `${cell} "${String(v)}" → ${JSON.stringify(after)}`,
    });
  }
  return out;
}
