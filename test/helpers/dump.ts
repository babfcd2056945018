import { a1, rangeA1 } from '../../src/core/sheet/address';
import { REGISTRY_SHEET } from '../../src/core/sheets/registry';
import { STATE_COL } from '../../src/core/sheets/state';
import { FakeExcel, FakeSheet } from '../fakes/excel';

/**
 * Everything a user sees of one sheet, as plain data to compare: each cell's formula or value, number format
 * and format, the merges, the conditional formats (type, range, rule, colours), widths, heights, frozen rows,
 * page setup and visibility. The registry's state columns (this run's Kembalikan data) are left out.
 */
export function dumpSheet(s: FakeSheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const [key, c] of s.cells) {
    const { row, col } = FakeSheet.position(key);
    if (s.name === REGISTRY_SHEET && col >= STATE_COL) continue;
    cells[a1(row, col)] = [c.formula ?? c.error ?? c.value, c.numberFormat, c.format];
  }
  return {
    visibility: s.visibility,
    protected: s.protected,
    cells,
    merges: s.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).sort(),
    conditionals: s.conditionals.map((c) => [
      c.type,
      rangeA1(c.range.top, c.range.left, c.range.bottom, c.range.right),
      c.formula,
      c.fill,
      c.fontColor,
      c.barColor,
    ]),
    widths: Object.fromEntries(s.columnWidths),
    heights: Object.fromEntries(s.rowHeights),
    frozenRows: s.frozenRows,
    page: s.page,
  };
}

/** The whole workbook in tab order, optionally without some sheets. */
export function dumpWorkbook(excel: FakeExcel, without: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    excel.sheets.filter((s) => !without.includes(s.name)).map((s) => [s.name, dumpSheet(s)]),
  );
}
