import { CapaianSettings } from '../capaian/settings';
import { a1, columnLetters } from '../sheet/address';
import { ParsedTable } from '../table/model';
import { ConditionalFormat } from './types';

const HIGHLIGHT = { fill: 'FFC7CE', fontColor: '9C0006' };

/** The rows whose capaian is below the threshold, coloured across the table by one rule. */
export function highlight(
  table: ParsedTable,
  highlightCol: number | null,
  capaianCols: readonly (number | null)[],
  settings: CapaianSettings,
): { conditionalFormats: ConditionalFormat[]; highlightRange: string | null } {
  const lastDataRow =
    table.totalRow !== null && table.totalRow === table.dataBottom ? table.dataBottom - 1 : table.dataBottom;
  if (highlightCol === null || lastDataRow < table.dataTop)
    return { conditionalFormats: [], highlightRange: null };
  // Not the 'no' and sasaran columns: their merged cells span many rows and would take one row's colour.
  const left =
    table.columns.find((c) => c.role.kind !== 'no' && c.role.kind !== 'sasaran')?.col ?? table.header.left;
  const right = Math.max(table.header.right, ...capaianCols.map((c) => c ?? 0));
  const ref = `$${columnLetters(highlightCol)}${table.dataTop + 1}`;
  return {
    conditionalFormats: [
      {
        range: { top: table.dataTop, left, bottom: lastDataRow, right },
        rule: {
          kind: 'expression',
          formula: `AND(ISNUMBER(${ref}),${ref}<${settings.threshold})`,
          ...HIGHLIGHT,
        },
      },
    ],
    highlightRange: `${a1(table.dataTop, left)}:${a1(lastDataRow, right)}`,
  };
}
