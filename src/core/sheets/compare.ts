import { analyseTable, TableAnalysis } from '../check/analysis';
import { CapaianSettings } from '../capaian/settings';
import { formatForTyped } from '../plan/numberFormat';
import { CellEdit, cellEdit, SheetPlan } from '../plan/types';
import { a1 } from '../sheet/address';
import { isCellError, SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { columnOf, isMeasuring, ParsedTable } from '../table/model';
import { parseSheet } from '../table/parse';
import { TableCells } from '../table/values';
import { sheetPrefix } from './builder';

/**
 * Last year's table to compare with: a sheet of this workbook (the task pane), or the sheets of last
 * year's workbook (the CLI's --compare), copied in as a sheet of ours.
 */
export type CompareSource =
  | { readonly kind: 'sheet'; readonly sheet: string }
  | { readonly kind: 'workbook'; readonly sheets: readonly SheetSnapshot[] };

/** Last year's table, on a sheet of this workbook, that the Perbandingan sheet links to. */
export interface EarlierTable {
  readonly sheet: string;
  readonly year: number | null;
  readonly table: ParsedTable;
  readonly analysis: TableAnalysis;
  readonly ref: (row: number, col: number) => string;
}

/** The largest measuring table of a sheet, read as the engine reads the user's own. */
export function readEarlierTable(snapshot: SheetSnapshot, settings: CapaianSettings): EarlierTable | null {
  const reader = new SheetReader(snapshot);
  const table = parseSheet(snapshot)
    .tables.filter((t) => isMeasuring(t.layout) && columnOf(t, 'realisasiK') !== null)
    .sort((a, b) => b.nodes.length - a.nodes.length)[0];
  if (!table) return null;
  const prefix = sheetPrefix(snapshot.name);
  return {
    sheet: snapshot.name,
    year: table.year,
    table,
    analysis: analyseTable(new TableCells(reader, table), table, settings),
    ref: (row, col) => prefix + a1(row, col),
  };
}

const FIGURES = new Set(['targetK', 'realisasiK', 'capaianK', 'pagu', 'realisasiRp', 'capaianRp']);

/**
 * Last year's workbook (given to the CLI) copied into this one as plain values, so that the comparison
 * links to cells in the same file: a link to another file breaks when the files move. Figures typed as
 * text ("146.212", "23 org") become numbers shown as typed, so that formulas can compute on them.
 */
export function copyPlan(snapshot: SheetSnapshot, name: string): SheetPlan {
  const reader = new SheetReader(snapshot);
  const table = parseSheet(snapshot).tables[0];
  const cells = table ? new TableCells(reader, table) : null;
  const figureCols = new Set(table?.columns.filter((c) => FIGURES.has(c.role.kind)).map((c) => c.col));
  const edits: CellEdit[] = [];
  for (let row = reader.firstRow; row <= reader.lastRow; row++) {
    for (let col = reader.firstCol; col <= reader.lastCol; col++) {
      // A merged area's value sits in its top-left cell; the others take no write.
      const m = reader.merge(row, col);
      if (m && (m.top !== row || m.left !== col)) continue;
      const value = reader.value(row, col);
      if (value === null || isCellError(value)) continue;
      const reading = cells && figureCols.has(col) ? cells.read(row, col) : null;
      if (reading?.kind === 'number') {
        const money = reading.currency || col === columnOf(table!, 'pagu');
        const numberFormat = formatForTyped(reading, money) ?? undefined;
        edits.push(cellEdit(row, col, { kind: 'number', value: reading.value }, numberFormat));
      } else if (typeof value === 'number') {
        const f = reader.numberFormat(row, col);
        edits.push(cellEdit(row, col, { kind: 'number', value }, f === 'General' ? undefined : f));
      } else edits.push(cellEdit(row, col, { kind: 'text', value: String(value) }));
    }
  }
  return { sheet: name, create: {}, cells: edits, merges: snapshot.merges };
}

/**
 * The table to compare with: from the workbook given, its largest measuring table copied in under the name
 * `copyName` gives for its year; else from the sheet of this workbook given or saved (`sheet`).
 */
export function lastYearTable(
  source: CompareSource | undefined,
  sheet: string | undefined,
  sheets: readonly SheetSnapshot[],
  settings: CapaianSettings,
  copyName: (year: number | null) => string,
): { readonly table: EarlierTable; readonly copy: SheetPlan | null } | null {
  if (source?.kind === 'workbook') {
    const found = source.sheets
      .map((s) => ({ s, t: readEarlierTable(s, settings) }))
      .filter((x): x is { s: SheetSnapshot; t: EarlierTable } => x.t !== null)
      .sort((a, b) => b.t.table.nodes.length - a.t.table.nodes.length)[0];
    if (!found) return null;
    const name = copyName(found.t.year);
    const table = readEarlierTable({ ...found.s, name }, settings);
    return table && { table, copy: copyPlan(found.s, name) };
  }
  const snap = sheet === undefined ? undefined : sheets.find((s) => s.name === sheet);
  const table = snap ? readEarlierTable(snap, settings) : null;
  return table && { table, copy: null };
}
