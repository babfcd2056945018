import type { CheckResult, TableReport } from '../../src/core/engine';
import type { CellContent, EditPlan } from '../../src/core/plan/types';
import { a1, parseA1 } from '../../src/core/sheet/address';
import {
  cellKey,
  ColumnKind,
  GeneratedLayout,
  inRange,
  KEY_ROLES,
  rangeText,
  Role,
  roleName,
  TruthColumn,
} from './truth';

/** One way a layout went wrong: `cause` groups like failures for the tally, `detail` says where. */
export interface Failure {
  readonly cause: string;
  readonly detail: string;
}

/** A column as the contract's `report.columns` describes it. */
interface ReportedColumn {
  readonly letter: string;
  readonly header: string;
  readonly role: Role;
  readonly kind: ColumnKind;
}

function reportedColumns(report: TableReport): readonly ReportedColumn[] | null {
  // `columns` is new in the contract (issue 10); a report without it cannot show its roles.
  const columns = (report as unknown as { columns?: unknown }).columns;
  return Array.isArray(columns) ? (columns as ReportedColumn[]) : null;
}

function sameRole(a: Role, b: Role): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

/** A role without its period number, so that "period K 3/12 read as targetK" groups with its siblings. */
function roleClass(role: Role): string {
  return role.kind === 'period' ? `period ${role.measure}` : roleName(role);
}

function edgeFailures(got: string, want: string): Failure[] {
  const [g1, g2 = g1] = got.split(':') as [string, string?];
  const [w1, w2 = w1] = want.split(':') as [string, string?];
  const [gt, gb, wt, wb] = [parseA1(g1), parseA1(g2!), parseA1(w1), parseA1(w2!)];
  const detail = `range ${got}, want ${want}`;
  const out: Failure[] = [];
  const edge = (name: string, g: number, w: number): void => {
    if (g !== w)
      out.push({ cause: `range ${name} ${g < w ? 'too far up/left' : 'too far down/right'}`, detail });
  };
  edge('top', gt.row, wt.row);
  edge('bottom', gb.row, wb.row);
  edge('left', gt.col, wt.col);
  edge('right', gb.col, wb.col);
  return out;
}

function roleFailures(layout: GeneratedLayout, report: TableReport): Failure[] {
  const columns = reportedColumns(report);
  if (columns === null) return [{ cause: 'no report.columns', detail: `table ${report.range}` }];
  const byLetter = new Map(columns.map((c) => [c.letter, c]));
  const out: Failure[] = [];
  for (const want of layout.truth.columns) {
    const got = byLetter.get(want.letter);
    const where = `${want.letter} "${want.header}"`;
    if (!got) {
      out.push({ cause: `column ${roleClass(want.role)} not reported`, detail: where });
    } else if (KEY_ROLES.has(want.role.kind) || KEY_ROLES.has(got.role.kind)) {
      if (!sameRole(want.role, got.role))
        out.push({
          cause: `${roleClass(want.role)} read as ${roleClass(got.role)}`,
          detail: `${where}: ${roleName(got.role)}, want ${roleName(want.role)}`,
        });
    } else if (want.kind !== got.kind) {
      out.push({ cause: `${want.role.kind} (${want.kind}) read as ${got.kind}`, detail: where });
    }
  }
  return out;
}

/** Failures of finding the table itself (as opposed to reading its columns). */
export const isRangeFailure = (f: Failure): boolean =>
  f.cause === 'no table' || f.cause === 'more than one table' || f.cause.startsWith('range ');

/** Did the engine find this layout's one table, with its range and its columns' roles? */
export function detectionFailures(layout: GeneratedLayout, result: CheckResult): Failure[] {
  const want = rangeText(layout.truth.range);
  const tables = result.tables.filter((t) => t.report.sheet === layout.sheet);
  if (tables.length === 0) return [{ cause: 'no table', detail: `want ${want}` }];
  const out: Failure[] = [];
  const match = tables.find((t) => t.report.range === want) ?? tables[0]!;
  if (tables.length > 1)
    out.push({ cause: 'more than one table', detail: tables.map((t) => t.report.range).join(', ') });
  if (match.report.range !== want) out.push(...edgeFailures(match.report.range, want));
  return [...out, ...roleFailures(layout, match.report), ...hierarchyFailures(layout, result)];
}

/**
 * Every generated subtotal is its items' sum: a subtotal the engine calls wrong (or a hierarchy it cannot
 * confirm) means it read the tree wrong.
 */
function hierarchyFailures(layout: GeneratedLayout, result: CheckResult): Failure[] {
  // The stand-in results of the checker's own tests carry no findings.
  const findings = (result as { findings?: CheckResult['findings'] }).findings ?? [];
  return findings
    .filter(
      (f) =>
        f.sheet === layout.sheet &&
        ((f.rule === 'subtotal-mismatch' && f.of !== 'periode') || f.rule === 'hierarchy-unconfirmed'),
    )
    .slice(0, 1)
    .map((f) => ({ cause: `hierarchy: false ${f.rule}`, detail: `${f.cell}` }));
}

// ---------------------------------------------------------------------------------------------------------

export interface Write {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
}

/** The cells a plan writes into the layout's own sheet, and whether it replaces that sheet outright. */
export function planWrites(plan: EditPlan, sheet: string): { writes: Write[]; replaced: boolean } {
  const mine = plan.sheets.filter((s) => s.sheet === sheet);
  return {
    replaced: mine.some((s) => s.create !== undefined),
    writes: mine.flatMap((s) =>
      s.cells.flatMap((c) => (c.kind !== undefined ? [{ row: c.row, col: c.col, content: c }] : [])),
    ),
  };
}

const REF = /(?<![A-Za-z_$!.])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\d(A-Za-z_])/g;

/** Every cell a formula refers to, ranges expanded, and the formula with its references taken out. */
export function formulaRefs(formula: string): { cells: { row: number; col: number }[]; rest: string } {
  const cells: { row: number; col: number }[] = [];
  const rest = formula.replace(REF, (_m, c1: string, r1: string, c2?: string, r2?: string) => {
    const a = parseA1(`${c1}${r1}`);
    const b = c2 && r2 ? parseA1(`${c2}${r2}`) : a;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push({ row: r, col: c });
    return '';
  });
  return { cells, rest: rest.replace(/\s+/g, '') };
}

const SUM_SHAPE = /^=(SUM\(|AGGREGATE\(9,6,|SUBTOTAL\(1?09,|\(|\)|,|\+)*$/i;
const MONEY = new Set(['pagu', 'realisasiRp']);
const isMoney = (c: TruthColumn): boolean =>
  MONEY.has(c.role.kind) || (c.role.kind === 'period' && c.role.measure === 'Rp');

/** Why a subtotal formula is not "the sum of its items" (null when it is). */
function subtotalProblem(
  layout: GeneratedLayout,
  written: ReadonlyMap<number, CellContent>,
  w: Write & { content: { kind: 'formula' } },
  span: { first: number; last: number },
): string | null {
  const { cells, rest } = formulaRefs(w.content.formula);
  if (!SUM_SHAPE.test(rest)) return 'is not a plain sum';
  if (cells.some((c) => c.col !== w.col)) return 'adds another column';
  if (cells.some((c) => c.row < span.first || c.row > span.last)) return 'adds rows outside its items';
  const { grid, truth } = layout;
  // What each added cell holds once the plan is applied: SUM skips text, so a figure left as text adds 0.
  const after = (row: number, col: number): number => {
    const c = written.get(cellKey(row, col));
    if (c?.kind === 'number') return c.value;
    if (c?.kind === 'formula') return truth.figures.get(cellKey(row, col))?.value ?? 0;
    if (c) return 0;
    const v = grid.get(row, col);
    return typeof v === 'number' ? v : 0;
  };
  const sum = cells.reduce((s, c) => s + after(c.row, c.col), 0);
  const want = truth.figures.get(cellKey(w.row, w.col))?.value ?? 0;
  return Math.abs(sum - want) <= 0.5 ? null : `adds up to ${sum}, not ${want}`;
}

function unchanged(layout: GeneratedLayout, w: Write): boolean {
  const { grid } = layout;
  const v = grid.get(w.row, w.col);
  const c = w.content;
  if (c.kind === 'formula') return grid.formula(w.row, w.col) === c.formula;
  if (c.kind === 'number')
    return typeof v === 'number' && Math.abs(v - c.value) <= 1e-9 * Math.max(1, Math.abs(v));
  if (c.kind === 'text') return v === c.value;
  return grid.isEmpty(w.row, w.col);
}

/** A number typed as text turned into the same number (maybe ÷ 100 under a % format). */
function sameNumber(layout: GeneratedLayout, w: Write): boolean {
  if (w.content.kind !== 'number') return false;
  const typed = layout.truth.figures.get(cellKey(w.row, w.col));
  if (!typed?.text) return false;
  const close = (x: number): boolean =>
    Math.abs(w.content.kind === 'number' ? w.content.value - x : NaN) <= 1e-9 * Math.max(1, Math.abs(x));
  return close(typed.value) || (typed.percentText && close(typed.value / 100));
}

/**
 * Every write that breaks the contract's safety rule: inside the table only derived columns, subtotals that
 * sum their items, text turned into the same number, or nothing changed; outside it no typed cell at all;
 * and no formula that refers to its own cell.
 */
export function overwrites(layout: GeneratedLayout, writes: readonly Write[], replaced: boolean): Failure[] {
  if (replaced) return [{ cause: 'source sheet replaced', detail: layout.sheet }];
  const { truth, grid } = layout;
  const r = truth.range;
  const written = new Map(writes.map((w) => [cellKey(w.row, w.col), w.content]));
  const out: Failure[] = [];
  for (const w of writes) {
    const at = a1(w.row, w.col);
    const was = grid.isEmpty(w.row, w.col) ? 'empty' : 'typed';
    if (
      w.content.kind === 'formula' &&
      formulaRefs(w.content.formula).cells.some((c) => c.row === w.row && c.col === w.col)
    )
      out.push({ cause: 'formula refers to its own cell', detail: `${at}: ${w.content.formula}` });
    if (!inRange(r, w.row, w.col)) {
      const where = w.row < r.top ? 'title' : w.row > r.bottom ? 'note/signature' : 'cell beside the table';
      if (was === 'typed')
        out.push({ cause: `${where} overwritten`, detail: `${at} "${String(grid.get(w.row, w.col))}"` });
      continue;
    }
    const column = truth.columns.find((c) => c.col === w.col);
    if (!column) {
      // A sheet column covered by a column merged across two (LayoutSpec['wide']): no column of its own.
      if (!unchanged(layout, w)) out.push({ cause: `covered ${was} cell written`, detail: at });
      continue;
    }
    if (w.row <= truth.headerBottom || w.row === truth.numberRow) {
      if (!unchanged(layout, w))
        out.push({ cause: `header ${was} cell written`, detail: `${at} (${column.header})` });
      continue;
    }
    if (column.kind === 'derived' || unchanged(layout, w) || sameNumber(layout, w)) continue;
    const span = truth.rows.find((x) => x.row === w.row)?.span;
    if (span && isMoney(column) && w.content.kind === 'formula') {
      const why = subtotalProblem(layout, written, { ...w, content: w.content }, span);
      if (why === null) continue;
      out.push({ cause: `subtotal ${why}`, detail: `${at} ${w.content.formula}` });
      continue;
    }
    const what =
      w.content.kind === 'formula'
        ? w.content.formula
        : w.content.kind === 'blank'
          ? '(blank)'
          : String(w.content.value);
    out.push({
      cause: `${column.kind} ${roleClass(column.role)}: ${was} cell written`,
      detail: `${at} "${String(grid.get(w.row, w.col) ?? '')}" → ${what} (column "${column.header}")`,
    });
  }
  return out;
}
