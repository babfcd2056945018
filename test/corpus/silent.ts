import ExcelJS from 'exceljs';
import { Cell } from '../helpers/build';
import { decimalsShown, sameShown, Shown } from '../helpers/shown';
import { cellOf, computed, ContractFinding, percentFactor, typedNumber } from './judge';
import { colLetter, CorpusCase, mergedAway, parseCell, parseRange, sheetsOf, sourceCell } from './spec';

/** A figure as shown, and the text it was typed as when it was a number typed as text. */
type ShownTyped = Shown & { readonly text?: string };

/** What a cell showed before: a number at the precision it was typed or cached, or text. */
function shownBefore(c: CorpusCase, sheet: string, address: string, typed: Cell): ShownTyped | string | null {
  const format = formatOf(c, sheet, address);
  const number = (v: number, f: string | undefined) => {
    const scaled = v * percentFactor(f);
    return { value: scaled, decimals: decimalsShown(scaled, f) };
  };
  if (typed === null) return null;
  if (typeof typed === 'number') return number(typed, format);
  if (typeof typed === 'string') {
    // Offices mix styles in one sheet ("749.930.215" beside "93.6"): either reading is what it showed.
    const n = typedNumber(typed, c.numbers) ?? typedNumber(typed, c.numbers === 'id' ? 'en' : 'id');
    return n
      ? { value: n.value, decimals: decimalsShown(n.value, undefined), text: typed.trim() }
      : typed.trim();
  }
  if ('formula' in typed) return typed.result === undefined ? null : number(typed.result, format);
  return null;
}

function formatOf(c: CorpusCase, sheet: string, address: string): string | undefined {
  return sheetsOf(c).find((s) => s.name === sheet)?.formats?.[address];
}

/**
 * Cells of the table whose shown value changed after `generate` without a finding naming the cell (or an
 * error on its row): the silent changes issue 19 forbids.
 */
export function silentChanges(
  c: CorpusCase,
  findings: readonly ContractFinding[],
  wb: ExcelJS.Workbook,
): string[] {
  const problems: string[] = [];
  const named = (sheet: string, address: string, row: number): boolean =>
    findings.some(
      (f) =>
        f.sheet === sheet &&
        [f.cell, ...(f.cells ?? [])].some(
          (p) => p === address || (f.severity === 'error' && parseCell(p).row === row),
        ),
    );
  for (const t of c.tables) {
    const r = parseRange(t.range);
    for (let row = t.dataRow; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        if (mergedAway(c, t.sheet, row, col)) continue;
        const address = `${colLetter(col)}${row}`;
        const before = shownBefore(c, t.sheet, address, sourceCell(c, t.sheet, row, col));
        const cell = cellOf(wb, t.sheet, address);
        const now = computed(cell);
        // An empty cell that gets a figure (an appended or blank capaian) changes nothing the office typed.
        const same =
          before === null ||
          (typeof before === 'string'
            ? typeof now === 'string' && now.trim() === before
            : typeof now === 'number'
              ? sameShown(before, now, { ratio: true })
              : typeof now === 'string' &&
                (now.trim() === before.text ||
                  sameShown(before, Number(now.replace(',', '.')), { ratio: true })));
        if (!same && !named(t.sheet, address, row))
          problems.push(
            `${t.sheet}!${address}: showed ${JSON.stringify(before)}, now ${JSON.stringify(now)}`,
          );
      }
  }
  return problems;
}
