import { CellRange } from '../sheet/snapshot';

/**
 * What to put in a cell. Text is always literal text: adapters never let it become a formula. Each kind
 * names the other kinds' field as absent, so an edit can carry both fields in one fixed order (see below).
 */
export type CellContent =
  | { readonly kind: 'formula'; readonly formula: string; readonly value?: undefined }
  | { readonly kind: 'number'; readonly value: number; readonly formula?: undefined }
  | { readonly kind: 'text'; readonly value: string; readonly formula?: undefined }
  | { readonly kind: 'blank'; readonly formula?: undefined; readonly value?: undefined };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** RGB hex without '#', e.g. 'D9E1F2'. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** Indent level (Excel's own, not leading spaces that would end up in copied text). */
  readonly indent?: number;
}

/**
 * One cell of a plan: where, how it looks and, when it has a kind, what goes in (a format-only edit has
 * none). The content is the edit's own fields, not an object of its own: a plan holds a cell per written
 * cell, tens of thousands, and one object each is half the garbage collector's copying. An edit with a
 * kind is a CellContent, so it is passed as one.
 */
export type CellEdit = {
  readonly row: number;
  readonly col: number;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
} & (CellContent | { readonly kind?: undefined; readonly formula?: undefined; readonly value?: undefined });

/**
 * An edit with every field in the same order, so the edits of a plan share one hidden class and the
 * writers' reads of them stay monomorphic. `content` is copied into the edit, not kept.
 */
export function cellEdit(
  row: number,
  col: number,
  content: CellContent | undefined,
  numberFormat?: string,
  style?: CellStyle,
): CellEdit {
  // The content's own kind and fields, copied as they are: the union holds by construction.
  const { kind, formula, value } = content ?? {};
  return { row, col, kind, formula, value, numberFormat, style } as CellEdit;
}

export type ConditionalRule =
  /** Fill the range where the formula (written for its top-left cell) is TRUE. */
  | {
      readonly kind: 'expression';
      readonly formula: string;
      readonly fill: string;
      readonly fontColor: string;
    }
  | { readonly kind: 'dataBar'; readonly color: string };

export interface ConditionalFormat {
  readonly range: CellRange;
  readonly rule: ConditionalRule;
}

/**
 * How a generated sheet prints, set as a planning officer sets it: a fixed scale that fits the columns on
 * the page's width, and manual page breaks that keep a chart, a program with its kegiatan, a heading with
 * its table on one page. A fixed scale, not "fit to 1 page wide": Excel and LibreOffice both ignore manual
 * page breaks while a sheet is scaled to fit.
 */
export interface PageSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  /** Percent of normal size, 10–100. */
  readonly scale: number;
  /** The cells printed: the sheet's columns and rows, charts included. */
  readonly printArea: CellRange;
  /** Rows (0-based) that start a new printed page, ascending. */
  readonly breaks: readonly number[];
  /** Rows repeated at the top of each printed page. */
  readonly repeatRows?: { readonly top: number; readonly bottom: number };
}

/**
 * A native chart over a block of the same sheet: its first row names the series, its first column holds
 * the categories, every further column is a series (so Office.js's charts.add reads it as the xlsx writer
 * does). Live: it draws the cells, which are formulas.
 */
export interface ChartPlan {
  readonly title: string;
  readonly kind: 'column' | 'line';
  readonly source: CellRange;
  /** Series (0 = the first value column) drawn as a line over the columns: the 100 % line. */
  readonly lines: readonly number[];
  readonly percent: boolean;
  /** The cells the chart covers. */
  readonly at: CellRange;
}

export interface SheetPlan {
  readonly sheet: string;
  /** Set for a sheet we generate: created, or replaced in place when it exists already. */
  readonly create?: Record<string, never>;
  /** Hidden from the sheet tabs (our registry sheet). */
  readonly hidden?: boolean;
  readonly cells: readonly CellEdit[];
  readonly merges?: readonly CellRange[];
  /** Hidden columns hold helper figures (the Narasi sheet's numbers as text), kept out of print. */
  readonly columnWidths?: readonly {
    readonly col: number;
    readonly width: number;
    readonly hidden?: boolean;
  }[];
  /** Row heights in points, where wrapped text needs more than one line. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];

  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly pageSetup?: PageSetup;
  readonly charts?: readonly ChartPlan[];
  /**
   * Cells of a generated sheet holding what the user typed in our earlier sheet, carried over (Narasi's
   * analyses): still the user's, so Kembalikan asks before it deletes them.
   */
  readonly typed?: readonly { readonly row: number; readonly col: number }[];
}

export interface EditPlan {
  readonly sheets: readonly SheetPlan[];
}

export const FORMAT = {
  rupiah: '#,##0',
  percent: '0.00%',
} as const;
