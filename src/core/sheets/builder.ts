import { a1 } from '../sheet/address';
import { CellGrid } from '../sheet/grid';
import { CellRange } from '../sheet/snapshot';
import { CellEdit, CellStyle, ChartPlan, ConditionalFormat, SheetPlan } from '../plan/types';
import { PrintInput, printSetup } from './print';

/** A reference to a cell of another sheet, quoted as Excel and LibreOffice both accept. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return sheetPrefix(sheet) + a1(row, col);
}

/** Prefixes made, by sheet name: the generated sheets refer to a handful of sheets thousands of times. */
const PREFIXES = new Map<string, string>();

/** "'Sheet name'!", the part of a reference before the cell. */
export function sheetPrefix(sheet: string): string {
  let prefix = PREFIXES.get(sheet);
  if (prefix === undefined) {
    prefix = `'${sheet.replace(/'/g, "''")}'!`;
    if (PREFIXES.size > 100) PREFIXES.clear();
    PREFIXES.set(sheet, prefix);
  }
  return prefix;
}

/**
 * Shows the source cell, or nothing when it is empty (a plain link would show 0) or holds an error value
 * (reported as a finding at the source; it is not carried into the generated tables).
 */
const LINK_PARTS = ['=IF(ISERROR(', '),"",IF(', '="","",', '))'];

export function linkFormula(ref: string): string {
  return LINK_PARTS.join(ref);
}

const DEFAULT_WIDTH = 9;
/** Characters of an average 11 pt line per unit of column width, a little on the safe side. */
const CHARS_PER_WIDTH = 1.05;
const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

export const BORDERED: CellStyle = { border: true, wrap: true, vertical: 'top' };
export const CENTERED: CellStyle = { ...BORDERED, horizontal: 'center' };
export const HEADER: CellStyle = {
  border: true,
  wrap: true,
  bold: true,
  horizontal: 'center',
  vertical: 'middle',
  fill: 'D9E1F2',
};

/** Builds one generated sheet, row by row; cells are 0-based. */
export class SheetBuilder {
  /** A later write to a cell replaces the earlier one. */
  private readonly cells = new CellGrid<CellEdit>();
  /** Wrapped text cells, the only ones that can need a taller row (their text and style are the edit's). */
  private readonly wrapped: CellEdit[] = [];
  /** The furthest row and column written, kept as cells are put: the print area needs them. */
  private lastRow = 0;
  private lastCol = 0;
  /** Edits written over by a later one (rare): they no longer count for row heights. */
  private readonly replaced = new Set<CellEdit>();
  private readonly merges: CellRange[] = [];
  private readonly widths = new Map<number, number>();
  private readonly hidden = new Set<number>();
  /** Lines a row needs for text computed by formula, which the estimate from typed text cannot see. */
  private readonly formulaLines = new Map<number, number>();
  private readonly conditional: ConditionalFormat[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly typedCells: { row: number; col: number }[] = [];
  private page: Pick<PrintInput, 'orientation' | 'repeatRows'> | undefined;
  private readonly keeps: { top: number; bottom: number }[] = [];
  private frozen: { rows: number; cols: number } | undefined;

  constructor(readonly name: string) {}

  /** Literal text: written as text even when it starts with '=', '+', '-' or '@'. */
  text(row: number, col: number, value: string, style: CellStyle = BORDERED): this {
    const edit = this.put({
      row,
      col,
      kind: 'text',
      formula: undefined,
      value,
      numberFormat: undefined,
      style,
    });
    if (style.wrap && value) this.wrapped.push(edit);
    return this;
  }

  /** Text the user typed in our earlier sheet, carried over: written as text, and still the user's. */
  typed(row: number, col: number, value: string, style: CellStyle = BORDERED): this {
    this.typedCells.push({ row, col });
    return this.text(row, col, value, style);
  }

  formula(
    row: number,
    col: number,
    formula: string,
    numberFormat?: string,
    style: CellStyle = BORDERED,
  ): this {
    this.put({ row, col, kind: 'formula', formula, value: undefined, numberFormat, style });
    return this;
  }

  number(row: number, col: number, value: number, numberFormat?: string, style: CellStyle = BORDERED): this {
    this.put({ row, col, kind: 'number', formula: undefined, value, numberFormat, style });
    return this;
  }

  /** An empty cell that still gets the table's border. */
  blank(row: number, col: number, style: CellStyle = BORDERED): this {
    this.put({
      row,
      col,
      kind: undefined,
      formula: undefined,
      value: undefined,
      numberFormat: undefined,
      style,
    });
    return this;
  }

  /**
   * Every edit is made with the same fields in the same order (as cellEdit makes them): tens of thousands
   * of them stay one shape.
   */
  private put(edit: CellEdit): CellEdit {
    const { row, col } = edit;
    const before = this.cells.set(row, col, edit);
    if (before) this.replaced.add(before);
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
    return edit;
  }

  /** The two centred title lines every generated sheet starts with: the table's title and the dinas. */
  titleBlock(title: string, dinas: string, lastCol: number): this {
    const style = { bold: true, fontSize: 12, horizontal: 'center' } as const;
    this.text(0, 0, title, style).merge(0, 0, 0, lastCol);
    return this.text(1, 0, dinas.toUpperCase(), style).merge(1, 0, 1, lastCol);
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, width);
    return this;
  }

  hide(col: number): this {
    this.hidden.add(col);
    return this;
  }

  /** The row is tall enough for `chars` characters of wrapped text in column `col`. */
  fitText(row: number, col: number, chars: number): this {
    const perLine = Math.max(1, Math.floor((this.widths.get(col) ?? DEFAULT_WIDTH) * CHARS_PER_WIDTH));
    const needed = Math.ceil(chars / perLine);
    if (needed > 1) this.formulaLines.set(row, Math.max(this.formulaLines.get(row) ?? 1, needed));
    return this;
  }

  conditionalFormat(cf: ConditionalFormat): this {
    this.conditional.push(cf);
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  /** How the sheet prints; the scale and the page breaks follow from its widths, heights and groups. */
  print(orientation: PrintInput['orientation'], repeatRows?: PrintInput['repeatRows']): this {
    this.page = repeatRows ? { orientation, repeatRows } : { orientation };
    return this;
  }

  /** Rows that belong on one printed page when they fit on one. */
  keep(top: number, bottom: number): this {
    if (bottom > top) this.keeps.push({ top, bottom });
    return this;
  }

  freeze(rows: number, cols = 0): this {
    this.frozen = { rows, cols };
    return this;
  }

  /**
   * Neither Excel nor LibreOffice grows a row for wrapped text when it opens a file, so the heights are
   * estimated here from the text's length and the width of its column (or merged columns).
   */
  private rowHeights(): { row: number; height: number }[] {
    const lines = new Map(this.formulaLines);
    const mergeAt = new Map(this.merges.map((m) => [m.top * 16384 + m.left, m]));
    // The length under which a line of 11 pt text surely fits its column, by column (asked of every cell).
    const short: number[] = [];
    for (const edit of this.wrapped) {
      // A cell written over later no longer counts.
      if (this.replaced.size > 0 && this.replaced.has(edit)) continue;
      if (edit.kind !== 'text' || !edit.style) continue;
      const { value } = edit;
      const style = edit.style;
      // Most cells are far shorter than their column: nothing to compute for them.
      const fontScale = (style.fontSize ?? 11) / 11;
      const fits = (short[edit.col] ??= (this.widths.get(edit.col) ?? DEFAULT_WIDTH) * 0.6);
      if (fontScale === 1 && value.length < fits && !value.includes('\n')) continue;
      const m = mergeAt.get(edit.row * 16384 + edit.col);
      if (m && m.bottom > m.top) continue;
      let width = 0;
      for (let c = edit.col; c <= (m?.right ?? edit.col); c++) width += this.widths.get(c) ?? DEFAULT_WIDTH;
      // Capitals and bold text are wider than the average character.
      let letters = 0;
      let capitals = 0;
      for (let i = 0; i < value.length; i++) {
        const ch = value.charCodeAt(i);
        if (ch >= 65 && ch <= 90) capitals++;
        else if (ch < 97 || ch > 122) continue;
        letters++;
      }
      const upper = letters > 0 && capitals / letters > 0.5;
      const wide = (upper ? 0.8 : 1) * (style.bold ? 0.9 : 1);
      const perLine = Math.max(1, Math.floor((width - (style.indent ?? 0) * 2) * CHARS_PER_WIDTH * wide));

      const needed = value
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      if (needed > 1 || fontScale > 1)
        lines.set(edit.row, Math.max(lines.get(edit.row) ?? 1, needed * fontScale));
    }
    return [...lines.entries()].map(([row, n]) => ({
      row,
      height: Math.min(MAX_ROW_HEIGHT, Math.ceil(n * LINE_HEIGHT)),
    }));
  }

  /** Rows merged together and each chart with the row above it (its heading) stay on one page too. */
  private pageSetup(heights: readonly { row: number; height: number }[]): SheetPlan['pageSetup'] {
    if (!this.page) return undefined;
    let lastRow = this.lastRow;
    let lastCol = this.lastCol;
    const keep = [...this.keeps];
    for (const m of this.merges) if (m.bottom > m.top) keep.push({ top: m.top, bottom: m.bottom });
    for (const c of this.charts) {
      lastRow = Math.max(lastRow, c.at.bottom);
      lastCol = Math.max(lastCol, c.at.right);
      keep.push({ top: Math.max(0, c.at.top - 1), bottom: c.at.bottom });
    }
    const tall = new Map(heights.map((h) => [h.row, h.height]));
    return printSetup({
      ...this.page,
      lastRow,
      lastCol,
      width: (col) => (this.hidden.has(col) ? 0 : (this.widths.get(col) ?? DEFAULT_WIDTH)),
      height: (row) => tall.get(row) ?? LINE_HEIGHT,
      keep,
    });
  }

  build(): SheetPlan {
    const heights = this.rowHeights();
    const page = this.pageSetup(heights);
    return {
      rowHeights: heights,
      sheet: this.name,
      create: {},
      cells: this.cells.values(),
      merges: this.merges,
      columnWidths: [...this.widths.entries()].map(([col, width]) =>
        this.hidden.has(col) ? { col, width, hidden: true } : { col, width },
      ),
      conditionalFormats: this.conditional,
      ...(this.frozen ? { freeze: this.frozen } : {}),
      ...(page ? { pageSetup: page } : {}),
      ...(this.charts.length ? { charts: this.charts } : {}),
      ...(this.typedCells.length ? { typed: this.typedCells } : {}),
    };
  }
}

/** Roman numerals for program numbering (I, II, … as in the report's tables). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
