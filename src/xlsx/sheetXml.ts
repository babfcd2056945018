import { CellEdit, SheetPlan } from '../core/plan/types';
import { columnLetters, rangeA1 } from '../core/sheet/address';
import { fileFormula } from './formula';

/** Chunks go to the compressor as UTF-8 bytes, the same in Node and in the browser. */
const encoder = new TextEncoder();

const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text as XML character data: '&', '<' and '>' escaped (quotes need no escaping between tags, and formulas
 * are full of them), and the control characters XML 1.0 cannot carry dropped, as ExcelJS drops them.
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (ch) => MARKUP[ch] ?? '');
}

/** ` s="N"` for each cell format index, made once. */
const styleAttrs: string[] = [''];
const styleAttr = (style: number): string => (style > 0 ? (styleAttrs[style] ??= ` s="${style}"`) : '');

export function cellXml(edit: CellEdit, rowNumber: string, style: number, p = ''): string {
  const s = styleAttr(style);
  const ref = columnLetters(edit.col) + rowNumber;
  const content = edit.content;
  switch (content?.kind) {
    case 'text':
      // Empty text is an empty cell, as Excel makes it when "" is written through Office.js.
      if (content.value === '') return `<${p}c r="${ref}"${s}/>`;
      // An inline string is text whatever it starts with: "=…" never becomes a formula.
      return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(content.value)}</${p}t></${p}is></${p}c>`;
    case 'number':
      return Number.isFinite(content.value)
        ? `<${p}c r="${ref}"${s}><${p}v>${content.value}</${p}v></${p}c>`
        : `<${p}c r="${ref}"${s}/>`;
    case 'formula':
      // No cached value: the workbook asks Excel and LibreOffice to compute everything on open.
      return `<${p}c r="${ref}"${s}><${p}f>${xmlText(fileFormula(content.formula))}</${p}f></${p}c>`;
    default:
      return `<${p}c r="${ref}"${s}/>`;
  }
}

/**
 * Rows per chunk: big sheets are built as many small strings, never one huge one. Small enough (about
 * 300 KB of Pengukuran's rows) that a chunk's strings die young: at 2,000 rows they outlived the young
 * generation, and were copied and kept until a full collection (generate at 50,000 rows peaked ~0.1 GB higher).
 */
const CHUNK_ROWS = 250;

/**
 * The `<sheetData>` of a sheet we generate, from its plan, in chunks made as they are asked for.
 * `styleOf` gives each cell's index in the workbook's cell formats.
 */
export function* sheetDataXml(plan: SheetPlan, styleOf: (edit: CellEdit) => number): Generator<Uint8Array> {
  const rows: CellEdit[][] = [];
  for (const edit of plan.cells) (rows[edit.row] ??= []).push(edit);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (const row of heights.keys()) rows[row] ??= [];

  yield encoder.encode('<sheetData>');
  let part = '';
  let rowsInPart = 0;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    // Builders give each row's cells in column order already: sorting is for other plans.
    for (let i = 1; i < cells.length; i++) {
      if (cells[i]!.col < cells[i - 1]!.col) {
        cells.sort((a, b) => a.col - b.col);
        break;
      }
    }
    const height = heights.get(r);
    const rowNumber = String(r + 1);
    part +=
      height === undefined
        ? `<row r="${rowNumber}">`
        : `<row r="${rowNumber}" ht="${height}" customHeight="1">`;
    for (let i = 0; i < cells.length; i++) {
      const edit = cells[i]!;
      // A cell planned twice is written once, as the later edit says (Excel refuses a repeated cell).
      if (i + 1 < cells.length && cells[i + 1]!.col === edit.col) continue;
      part += cellXml(edit, rowNumber, styleOf(edit));
    }
    part += '</row>';
    if (++rowsInPart === CHUNK_ROWS) {
      yield encoder.encode(part);
      part = '';
      rowsInPart = 0;
    }
  }
  yield encoder.encode(`${part}</sheetData>`);
}

/** The sheet's used range, for its `<dimension>`. */
export function usedRange(plan: SheetPlan): string {
  let bottom = 0;
  let right = 0;
  for (const e of plan.cells) {
    if (e.row > bottom) bottom = e.row;
    if (e.col > right) right = e.col;
  }
  return rangeA1(0, 0, bottom, right);
}
