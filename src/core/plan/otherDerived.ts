import { a1 } from '../sheet/address';
import { dataRows } from '../table/model';
import { TableCells } from '../table/values';
import { Edits } from './edits';
import { differenceFormula, formFormula, penyerapanFormula } from './formulas';
import { convertTyped } from './references';
import { FORMAT } from './types';

/** Sisa, lebih/(kurang) and the form's own columns, written live on every row that has figures. */
export function planOtherDerived(edits: Edits, cells: TableCells, handled: readonly (number | null)[]): void {
  const table = cells.table;
  const rows = dataRows(table);
  for (const c of table.columns) {
    const relation = c.relation;
    if (c.kind !== 'derived' || !relation || handled.includes(c.col)) continue;
    if (relation.kind !== 'difference' && relation.kind !== 'form' && relation.kind !== 'ratio') continue;
    const sources =
      relation.kind === 'difference'
        ? [...relation.a, ...relation.b]
        : relation.kind === 'ratio'
          ? [relation.num, relation.den]
          : [...relation.cols.values()];
    const percent = /%/.test(cells.sheet.numberFormat(table.dataTop, c.col));
    for (const row of rows) {
      if (sources.every((s) => cells.sheet.isEmpty(row, s)) && cells.sheet.isEmpty(row, c.col)) continue;
      // "11 unit" in a column the formula reads becomes the number 11, still shown as "11 unit".
      for (const s of sources) convertTyped(edits, cells.read(row, s), row, s, false);
      const formula =
        relation.kind === 'difference'
          ? differenceFormula(
              relation.a.map((x) => a1(row, x)),
              relation.b.map((x) => a1(row, x)),
            )
          : relation.kind === 'ratio'
            ? penyerapanFormula(a1(row, relation.den), a1(row, relation.num))
            : formFormula(relation.formula.expr, (n) => a1(row, relation.cols.get(n)!), percent);
      const format = relation.kind === 'ratio' ? FORMAT.percent : undefined;
      edits.formula(row, c.col, formula, format, false, 'derived');
    }
  }
}
