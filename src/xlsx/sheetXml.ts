import { CellEdit, SheetPlan } from '../core/plan/types';
import { columnLetters, rangeA1 } from '../core/sheet/address';
import { fileFormula } from './formula';

/** Chunks go to the compressor as UTF-8 bytes, the same in Node and in the browser. */
const encoder = new TextEncoder();

/**
 * XML made piece by piece: the pieces are added to one string (V8 keeps it as a chain of them, joined when
 * it is encoded), taken as UTF-8 bytes in chunks small enough that the chain dies young (see `CHUNK_ROWS`).
 */
export class XmlOut {
  private text = '';

  add(piece: string): void {
    this.text += piece;
  }

  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }

  /** What was added since the last take, as UTF-8 bytes. */
  bytes(): Uint8Array {
    return encoder.encode(this.take());
  }
}

/* eslint-disable no-control-regex */
const SPECIAL = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const CONTROLS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/* eslint-enable no-control-regex */

/**
 * Text as XML character data: '&', '<' and '>' escaped (quotes need no escaping between tags, and formulas
 * are full of them), and the control characters XML 1.0 cannot carry dropped, as ExcelJS drops them. One
 * test, then a replace per character found ('&' first): a loop over the characters in script, or one
 * replace with a function, took half again as long on Pengukuran's formulas.
 */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = text;
  if (out.includes('&')) out = out.replace(/&/g, '&amp;');
  if (out.includes('<')) out = out.replace(/</g, '&lt;');
  if (out.includes('>')) out = out.replace(/>/g, '&gt;');
  return CONTROL.test(out) ? out.replace(CONTROLS, '') : out;
}

/**
 * The fixed pieces of cells' XML for a prefix (`x:` in `<x:c>`), each made once: a cell is written as five or
 * so pieces (`<c r="D`, `19`, `" s="5"><f>`, the formula, `</f></c>`), whatever its content.
 */
class CellPieces {
  /** `<c r="D` by column. */
  private readonly opens: string[] = [];
  /** `" s="5"><f>` by kind, then by cell format. */
  private readonly heads: Record<'inline' | 'value' | 'formula' | 'empty', string[]> = {
    inline: [],
    value: [],
    formula: [],
    empty: [],
  };
  readonly inlineEnd: string;
  readonly valueEnd: string;
  readonly formulaEnd: string;

  constructor(private readonly p: string) {
    this.inlineEnd = `</${p}t></${p}is></${p}c>`;
    this.valueEnd = `</${p}v></${p}c>`;
    this.formulaEnd = `</${p}f></${p}c>`;
  }

  open(col: number): string {
    return (this.opens[col] ??= `<${this.p}c r="${columnLetters(col)}`);
  }

  /** The rest of the start tag after the reference, and the content's own start tag. */
  head(kind: 'inline' | 'value' | 'formula' | 'empty', style: number): string {
    const known = this.heads[kind][style];
    if (known !== undefined) return known;
    const p = this.p;
    const s = style > 0 ? `" s="${style}"` : '"';
    const made =
      kind === 'inline'
        ? `${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">`
        : kind === 'value'
          ? `${s}><${p}v>`
          : kind === 'formula'
            ? `${s}><${p}f>`
            : `${s}/>`;
    this.heads[kind][style] = made;
    return made;
  }
}

const piecesByPrefix = new Map<string, CellPieces>();

function piecesFor(p: string): CellPieces {
  let t = piecesByPrefix.get(p);
  if (!t) piecesByPrefix.set(p, (t = new CellPieces(p)));
  return t;
}

/** A cell's XML pushed onto `out` in pieces. */
export function pushCell(out: XmlOut, edit: CellEdit, rowNumber: string, style: number, p = ''): void {
  const t = piecesFor(p);
  out.add(t.open(edit.col));
  out.add(rowNumber);
  switch (edit.kind) {
    case 'text':
      // Empty text is an empty cell, as Excel makes it when "" is written through Office.js.
      if (edit.value === '') break;
      // An inline string is text whatever it starts with: "=…" never becomes a formula.
      out.add(t.head('inline', style));
      out.add(xmlText(edit.value));
      out.add(t.inlineEnd);
      return;
    case 'number':
      if (!Number.isFinite(edit.value)) break;
      out.add(t.head('value', style));
      out.add(String(edit.value));
      out.add(t.valueEnd);
      return;
    case 'formula':
      // No cached value: the workbook asks Excel and LibreOffice to compute everything on open.
      out.add(t.head('formula', style));
      out.add(xmlText(fileFormula(edit.formula)));
      out.add(t.formulaEnd);
      return;
  }
  out.add(t.head('empty', style));
}

/**
 * Rows per chunk: big sheets are built as many small strings, never one huge one. Small enough (about
 * 300 KB of Pengukuran's rows) that a chunk's strings die young: at 2,000 rows they outlived the young
 * generation, and were copied and kept until a full collection (generate at 50,000 rows peaked ~0.1 GB higher).
 */
export const CHUNK_ROWS = 250;

/**
 * The `<sheetData>` of a sheet we generate, from its plan, in chunks made as they are asked for.
 * `styleOf` gives each cell's index in the workbook's cell formats.
 */
export function* sheetDataXml(plan: SheetPlan, styleOf: (edit: CellEdit) => number): Generator<Uint8Array> {
  const rows: CellEdit[][] = [];
  for (const edit of plan.cells) (rows[edit.row] ??= []).push(edit);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (const row of heights.keys()) rows[row] ??= [];

  const part = new XmlOut();
  part.add('<sheetData>');
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
    part.add('<row r="');
    part.add(rowNumber);
    part.add(height === undefined ? '">' : `" ht="${height}" customHeight="1">`);
    for (let i = 0; i < cells.length; i++) {
      const edit = cells[i]!;
      // A cell planned twice is written once, as the later edit says (Excel refuses a repeated cell).
      if (i + 1 < cells.length && cells[i + 1]!.col === edit.col) continue;
      pushCell(part, edit, rowNumber, styleOf(edit));
    }
    part.add('</row>');
    if (++rowsInPart === CHUNK_ROWS) {
      yield part.bytes();
      rowsInPart = 0;
    }
  }
  part.add('</sheetData>');
  yield part.bytes();
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
