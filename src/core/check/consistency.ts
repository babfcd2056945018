import { typedCapaianMatches } from '../capaian/compute';
import { a1 } from '../sheet/address';
import { columnOf, dataRows, ParsedTable, TableNode } from '../table/model';
import { TableCells } from '../table/values';
import { statusWord } from '../table/vocabulary';
import { evaluateForm, sameFigure } from '../table/evidence';
import { PERCENT } from '../numbers/units';
import { TableAnalysis } from './analysis';
import { FindingData, Severity } from './finding';

export type Report = (data: FindingData, severity: Severity, row: number, col: number) => void;

/** Capaian at or above 100 % once rounded to two decimals of a percent. */
const MET = 0.99995;

/** "Tercapai" beside 99 %, "Belum Tercapai" beside 100 %, "Melampaui" beside 100 %: the status contradicts. */
export function checkStatus(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
): void {
  const col = columnOf(table, 'status');
  if (col === null) return;
  for (const ind of analysis.indicators) {
    if (ind.capaian === null) continue;
    const text = cells.sheet.text(ind.row, col);
    const word = statusWord(text);
    if (word === null) continue;
    const wrong =
      (word === 'tercapai' && ind.capaian < MET) ||
      (word === 'belum' && ind.capaian >= MET) ||
      (word === 'melampaui' && ind.capaian < 1 + (1 - MET));
    if (wrong)
      report({ rule: 'status-mismatch', status: text, capaian: ind.capaian }, 'warning', ind.row, col);
  }
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * A parent's typed % that is the plain mean of its items, where the money (penyerapan: Σ realisasi ÷
 * Σ pagu) or the budget weights (capaian) give another figure. Returns the cells reported, so that the
 * same cell is not also called a plain mismatch.
 */
export function checkPlainMeans(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  analysis: TableAnalysis,
): Set<string> {
  const reported = new Set<string>();
  const capRp = columnOf(table, 'capaianRp');
  const capK = columnOf(table, 'capaianK');
  const penyerapan = (n: TableNode): number | null => {
    const b = analysis.budgets.get(n.id);
    return b && b.truePagu && b.trueRealisasiRp !== null ? b.trueRealisasiRp / b.truePagu : null;
  };
  // A line's capaian is its first indicator's that has one: looked up by id, not searched per line.
  const capaianById = new Map<number, number>();
  for (const i of analysis.indicators)
    if (i.capaian !== null && !capaianById.has(i.node.id)) capaianById.set(i.node.id, i.capaian);
  const capaianOfNode = (n: TableNode): number | null => capaianById.get(n.id) ?? null;
  // Each line's leaves, made once from its children's: a parent's are not walked again for every ancestor.
  const leafCache = new Map<number, readonly TableNode[]>();
  const leaves = (node: TableNode): readonly TableNode[] => {
    let found = leafCache.get(node.id);
    if (!found) {
      found = node.childIds.length === 0 ? [node] : node.childIds.flatMap((id) => leaves(table.nodes[id]!));
      leafCache.set(node.id, found);
    }
    return found;
  };
  for (const node of table.nodes) {
    if (node.childIds.length === 0) continue;
    const row = node.rows[0]!;
    const children = node.childIds.map((id) => table.nodes[id]!);
    for (const [col, measure] of [
      [capRp, 'Rp'],
      [capK, 'K'],
    ] as const) {
      if (col === null || cells.hasFormula(row, col)) continue;
      const typed = cells.number(row, col);
      if (!typed) continue;
      const own = measure === 'Rp' ? penyerapan(node) : capaianOfNode(node);
      if (own !== null && typedCapaianMatches(typed, own)) continue;
      const computedOf = measure === 'Rp' ? penyerapan : capaianOfNode;
      // The items' own typed % count too: an office averages what it typed, a wrong item included.
      const typedOf = (n: TableNode): number | null => {
        const v = cells.number(n.rows[0]!, col);
        return v === null || v.unit !== typed.unit ? null : v.value;
      };
      const sources = [children, leaves(node)].flatMap((items) => [
        { items, valueOf: computedOf, scaled: false },
        { items, valueOf: typedOf, scaled: true },
      ]);
      for (const { items, valueOf, scaled } of sources) {
        const values = items.map(valueOf).filter((v): v is number => v !== null);
        if (values.length < 2) continue;
        const average = mean(values);
        const fits = scaled
          ? Math.abs(average - typed.value) <= 10 ** -typed.decimals + 1e-9
          : typedCapaianMatches(typed, average);
        if (!fits) continue;
        const weighted = measure === 'Rp' ? own : budgetWeighted(items, computedOf, analysis);
        if (weighted === null || typedCapaianMatches(typed, weighted)) continue;
        // Typed items as points ("93.6") average to points: the finding speaks in fractions.
        const asFraction = scaled && typed.unit === null && Math.abs(average) > 1.5 ? average / 100 : average;
        report(
          { rule: 'plain-mean', typed: cells.sheet.text(row, col), mean: asFraction, weighted, measure },
          'warning',
          row,
          col,
        );
        reported.add(a1(row, col));
        break;
      }
    }
  }
  return reported;
}

/** Capaian weighted by each item's pagu. */
function budgetWeighted(
  items: readonly TableNode[],
  valueOf: (n: TableNode) => number | null,
  analysis: TableAnalysis,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const n of items) {
    const v = valueOf(n);
    const w = analysis.budgets.get(n.id)?.truePagu ?? null;
    if (v === null || w === null || w <= 0) continue;
    sum += v * w;
    weights += w;
  }
  return weights > 0 ? sum / weights : null;
}

/** A column the form defines ("13 = 9 + 10 + 11 + 12") against its own formula, row by row. */
export function checkFormColumns(
  report: Report,
  cells: TableCells,
  table: ParsedTable,
  bySum: ReadonlySet<string>,
): void {
  const rows = dataRows(table);
  for (const c of table.columns) {
    const relation = c.relation;
    if (c.kind !== 'derived' || relation?.kind !== 'form') continue;
    for (const row of rows) {
      // A parent's figure that is its items' sum is right: the same line's inputs are what disagree.
      if (cells.hasFormula(row, c.col) || bySum.has(`${row}:${c.col}`)) continue;
      const typed = cells.number(row, c.col);
      if (!typed) continue;
      const expected = evaluateForm(
        relation.formula.expr,
        (n) => cells.number(row, relation.cols.get(n)!)?.value ?? null,
      );
      if (expected === null) continue;
      if (sameFigure(typed, expected) || (typed.unit === PERCENT && sameFigure(typed, expected / 100)))
        continue;
      report(
        {
          rule: 'form-mismatch',
          formula: relation.formula.text,
          typed: cells.sheet.text(row, c.col),
          expected,
        },
        'error',
        row,
        c.col,
      );
    }
  }
}
