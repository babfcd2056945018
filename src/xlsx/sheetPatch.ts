import { CellEdit, ConditionalFormat, SheetPlan } from '../core/plan/types';
import { columnLetters, parseA1, rangeA1 } from '../core/sheet/address';
import { isOurRule, OurRule } from '../core/sheets/state';
import { attr, element, firstOf, rootPrefix, tags, unescapeXml, withAttr } from './ooxml';
import { cellsAsWritten, cellsOf, nextElement } from './scan';
import { CHUNK_ROWS, pushCell, xmlText, XmlOut } from './sheetXml';
import { concatBytes } from './zip';
import { StyleBook } from './styles';
import { fileFormula } from './formula';

/** A shared formula's dependent, spelled out: the formula the reader computed for that cell. */
export type FormulaAt = (row: number, col: number) => string | null;

/** Elements after the sheet data that a new conditional format goes before (CT_Worksheet's order). */
const AFTER_CF = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** UTF-8, made when first used (the task pane's tests run in jsdom, which has no TextDecoder). */
let encoder: { encode(text: string): Uint8Array } | undefined;
let decoder: { decode(bytes: Uint8Array): string } | undefined;
const encode = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);
const decode = (bytes: Uint8Array): string => (decoder ??= new TextDecoder()).decode(bytes);

/** A cell's start tag: up to its first '>'. */
const startTag = (xml: string): string => xml.slice(0, xml.indexOf('>') + 1);

/** The shared-formula group a cell leads (its `<f t="shared" ref=…>`), or null. */
function sharedMaster(cell: string, p: string): string | null {
  // Nearly no cell is in a shared formula: those skip the regex.
  if (!cell.includes('shared')) return null;
  const f = new RegExp(`<${p}f\\b[^>]*>`).exec(cell)?.[0];
  if (!f || attr(f, 't') !== 'shared' || attr(f, 'ref') === null) return null;
  return attr(f, 'si');
}

/** The plan's cells by row, each row's in column order; a cell planned twice is written as the later edit says. */
function editsByRow(edits: readonly CellEdit[]): Map<number, CellEdit[]> {
  const rows = new Map<number, CellEdit[]>();
  for (const e of edits) {
    const row = rows.get(e.row);
    if (row) row.push(e);
    else rows.set(e.row, [e]);
  }
  for (const [n, row] of rows) {
    // Builders give each row's cells in column order, once: ordering is for other plans.
    if (row.every((e, i) => i === 0 || e.col > row[i - 1]!.col)) continue;
    rows.set(
      n,
      [...new Map(row.map((e) => [e.col, e])).values()].sort((a, b) => a.col - b.col),
    );
  }
  return rows;
}

/**
 * The office's worksheet with the plan's cells written and everything else as it was: every other cell,
 * the rows' attributes, merges, column widths, drawings, comments' anchors and extension lists. Our earlier
 * highlight rules (`removed`) are taken out; a format with no rule left is taken out whole, as Excel wants.
 * As UTF-8 bytes, in chunks made as they are asked for (see `patchRows`), so that they are compressed while the
 * next ones are made.
 */
export function patchSheet(
  xml: string,
  plan: SheetPlan,
  styles: StyleBook,
  removed: readonly OurRule[],
  formulaAt: FormulaAt,
): Iterable<Uint8Array> {
  if (
    plan.merges?.length ||
    plan.columnWidths?.length ||
    plan.rowHeights?.length ||
    plan.freeze ||
    plan.pageSetup ||
    plan.charts?.length ||
    plan.hidden
  )
    throw new Error(`plan for the office's sheet "${plan.sheet}" sets what only our own sheets may`);
  const p = rootPrefix(xml);
  const edits = editsByRow(plan.cells);
  let bottom = -1;
  let right = -1;
  for (const e of plan.cells) {
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.col);
  }
  const data = element(xml, 'sheetData');
  if (!data) throw new Error(`sheet "${plan.sheet}" has no sheet data`);
  const open = tags(xml, 'sheetData', data.start).next().value!.tag;
  const inner = open.endsWith('/>')
    ? ''
    : xml.slice(data.start + open.length, xml.lastIndexOf('<', data.end - 1));
  // The rest of the sheet is patched without its rows (nothing of it is in them), then they go in between.
  const close = `</${p}sheetData>`;
  let out = `${xml.slice(0, data.start)}${open.replace(/\/>$/, '>')}${close}${xml.slice(data.end)}`;
  if (bottom >= 0) out = widenDimension(out, bottom, right);
  out = conditionalFormats(out, p, plan, styles, removed);
  const at = out.indexOf(close);
  return sheetChunks(out.slice(0, at), inner, out.slice(at), p, edits, styles, formulaAt);
}

function* sheetChunks(
  head: string,
  inner: string,
  tail: string,
  p: string,
  edits: ReadonlyMap<number, readonly CellEdit[]>,
  styles: StyleBook,
  formulaAt: FormulaAt,
): Generator<Uint8Array> {
  yield encode(head);
  const broken = new Set<string>();
  // With no shared formula in the sheet, no cell we write can lead one: the rows go out as they are patched.
  if (!inner.includes('shared')) yield* patchRows(inner, p, edits, styles, broken);
  else {
    const rows = [...patchRows(inner, p, edits, styles, broken)];
    if (broken.size === 0) yield* rows;
    else yield encode(spellOutShared(decode(concatBytes(rows)), p, broken, edits, formulaAt));
  }
  yield encode(tail);
}

function newRow(out: XmlOut, p: string, row: number, cells: readonly CellEdit[], styles: StyleBook): void {
  const n = String(row + 1);
  out.add(`<${p}row r="${n}">`);
  for (const e of cells) pushCell(out, e, n, styles.xfFor(0, e), p);
  out.add(`</${p}row>`);
}

/**
 * The sheet data with the plan's rows patched (or added, in order): every row it does not touch is copied as
 * it is, in stretches of the office's own text. As UTF-8 bytes, in chunks of `CHUNK_ROWS` patched rows whose
 * strings die young (one string of all the rows lived through collections, and was copied at each).
 */
function* patchRows(
  inner: string,
  p: string,
  edits: ReadonlyMap<number, readonly CellEdit[]>,
  styles: StyleBook,
  broken: Set<string>,
): Generator<Uint8Array> {
  let patched = 0;
  const pendingRows = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out = new XmlOut();
  let last = 0;
  let row = -1;
  const open = `<${p}row`;
  const close = `</${p}row>`;
  for (let m = nextElement(inner, open, close, 0); m; m = nextElement(inner, open, close, m.end)) {
    const tag = inner.slice(m.start, m.tagEnd);
    const r = attr(tag, 'r');
    row = r ? Number(r) - 1 : row + 1;
    const mine = edits.get(row);
    while (next < pendingRows.length && pendingRows[next]! < row) {
      out.add(inner.slice(last, m.start));
      last = m.start;
      const at = pendingRows[next++]!;
      newRow(out, p, at, edits.get(at)!, styles);
    }
    if (!mine) continue;
    if (pendingRows[next] === row) next++;
    out.add(inner.slice(last, m.start));
    last = m.end;
    patchRow(out, tag, inner.slice(m.tagEnd, m.innerEnd), row, p, mine, styles, broken);
    if (++patched % CHUNK_ROWS === 0) yield out.bytes();
  }
  out.add(inner.slice(last));
  while (next < pendingRows.length) {
    const at = pendingRows[next++]!;
    newRow(out, p, at, edits.get(at)!, styles);
  }
  yield out.bytes();
}

/** A row with the plan's cells written among the office's, in column order (the office's copied as they are). */
function patchRow(
  out: XmlOut,
  tag: string,
  inner: string,
  row: number,
  p: string,
  edits: readonly CellEdit[],
  styles: StyleBook,
  broken: Set<string>,
): void {
  const n = String(row + 1);
  const { cells, rest } = cellsOf(inner, p);
  // `spans` is a hint for the cells a row holds; ours may lie outside it, so it goes.
  out.add(withAttr(tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag, 'spans', null));
  // The office's cells between ours go as one stretch of its text where they stand side by side.
  let from = -1;
  let to = -1;
  const copy = (): void => {
    if (to > from) out.add(inner.slice(from, to));
  };
  let i = 0;
  for (const edit of edits) {
    for (; i < cells.length && cells[i]!.col < edit.col; i++) {
      const c = cells[i]!;
      if (c.start !== to) {
        copy();
        from = c.start;
      }
      to = c.end;
    }
    const old = i < cells.length && cells[i]!.col === edit.col ? cells[i++]! : null;
    copy();
    from = to = -1;
    const oldXml = old ? inner.slice(old.start, old.end) : null;
    const oldTag = oldXml ? startTag(oldXml) : null;
    const base = Number((oldTag && attr(oldTag, 's')) ?? 0);
    const style = styles.xfFor(base, edit);
    if (oldXml !== null) {
      const si = sharedMaster(oldXml, p);
      if (si !== null && edit.kind !== undefined) broken.add(si);
    }
    if (edit.kind !== undefined || !old) {
      pushCell(out, edit, n, style, p);
      continue;
    }
    // Only the look changes: the office's value stays, as typed.
    const kept = withAttr(
      withAttr(oldTag!, 'r', `${columnLetters(edit.col)}${n}`),
      's',
      style > 0 ? String(style) : null,
    );
    out.add(kept + oldXml!.slice(oldTag!.length));
  }
  for (; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.start !== to) {
      copy();
      from = c.start;
    }
    to = c.end;
  }
  copy();
  out.add(rest);
  out.add(`</${p}row>`);
}

/**
 * Cells that took their formula from a shared formula whose lead cell we replaced: each gets its own formula,
 * as the reader computed it, so it computes as before.
 */
function spellOutShared(
  sheetData: string,
  p: string,
  broken: ReadonlySet<string>,
  edits: ReadonlyMap<number, readonly CellEdit[]>,
  formulaAt: FormulaAt,
): string {
  const open = `<${p}row`;
  const close = `</${p}row>`;
  let out = '';
  let last = 0;
  let row = -1;
  for (let m = nextElement(sheetData, open, close, 0); m; m = nextElement(sheetData, open, close, m.end)) {
    const r = attr(sheetData.slice(m.start, m.tagEnd), 'r');
    row = r ? Number(r) - 1 : row + 1;
    const inner = sheetData.slice(m.tagEnd, m.innerEnd);
    if (!inner.includes('shared')) continue;
    const { cells } = cellsAsWritten(inner, p);
    let changed = inner;
    for (const c of cells) {
      if (edits.get(row)?.find((e) => e.col === c.col)?.kind !== undefined) continue;
      const xml = inner.slice(c.start, c.end);
      const f = new RegExp(`<${p}f\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}f>)`).exec(xml);
      if (!f || attr(f[0], 't') !== 'shared' || !broken.has(attr(f[0], 'si') ?? '')) continue;
      const formula = formulaAt(row, c.col);
      if (formula === null) continue;
      // Replaced by functions: a '$' in a formula is not a replacement pattern.
      const cell = xml.replace(f[0], () => `<${p}f>${xmlText(fileFormula(formula))}</${p}f>`);
      changed = changed.replace(xml, () => cell);
    }
    if (changed === inner) continue;
    out += sheetData.slice(last, m.tagEnd) + changed;
    last = m.innerEnd;
  }
  return out + sheetData.slice(last);
}

/** `<dimension>` widened to hold the cells we added (a sheet without one keeps having none). */
function widenDimension(xml: string, bottom: number, right: number): string {
  const found = tags(xml, 'dimension').next();
  if (found.done) return xml;
  const { tag } = found.value;
  const [a, b] = (attr(tag, 'ref') ?? 'A1').split(':');
  const s = parseA1(a!);
  const e = parseA1(b ?? a!);
  const ref = rangeA1(s.row, s.col, Math.max(e.row, bottom), Math.max(e.col, right));
  return xml.replace(tag, () => withAttr(tag, 'ref', ref));
}

export function ruleXml(cf: ConditionalFormat, p: string, priority: number, styles: StyleBook): string {
  const rule = cf.rule;
  if (rule.kind === 'expression') {
    return `<${p}cfRule type="expression" dxfId="${styles.dxfFor(rule)}" priority="${priority}"><${p}formula>${xmlText(fileFormula(rule.formula))}</${p}formula></${p}cfRule>`;
  }
  return `<${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar><${p}cfvo type="num" val="0"/><${p}cfvo type="num" val="1"/><${p}color rgb="FF${rule.color.toUpperCase()}"/></${p}dataBar></${p}cfRule>`;
}

/** Our earlier rules out, the plan's in, after the office's own (which keep their priority). */
function conditionalFormats(
  xml: string,
  p: string,
  plan: SheetPlan,
  styles: StyleBook,
  removed: readonly OurRule[],
): string {
  let out = xml;
  const mine = removed.filter((r) => r.sheet === plan.sheet);
  if (mine.length > 0) {
    const block = new RegExp(
      `<${p}conditionalFormatting\\b([^>]*)>([\\s\\S]*?)</${p}conditionalFormatting>`,
      'g',
    );
    out = out.replace(block, (whole: string, attrs: string, inner: string) => {
      const sqref = attr(`<x ${attrs}>`, 'sqref') ?? '';
      const ours = mine.filter((r) => r.range === sqref);
      if (ours.length === 0) return whole;
      const rule = new RegExp(`<${p}cfRule\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}cfRule>)`, 'g');
      let left = 0;
      const kept = inner.replace(rule, (r: string) => {
        const t = attr(/^<[^>]*>/.exec(r)![0], 'type');
        const f = new RegExp(`<${p}formula>([\\s\\S]*?)</${p}formula>`).exec(r)?.[1];
        const type = t === 'expression' ? 'Custom' : t === 'dataBar' ? 'DataBar' : (t ?? '');
        if (ours.some((o) => isOurRule(o, { type, formula: f === undefined ? null : unescapeXml(f) })))
          return '';
        left++;
        return r;
      });
      return left > 0 ? whole.replace(inner, () => kept) : '';
    });
  }
  const adds = plan.conditionalFormats ?? [];
  if (adds.length === 0) return out;
  let priority = 0;
  for (const { tag } of tags(out, 'cfRule'))
    priority = Math.max(priority, Number(attr(tag, 'priority') ?? 0));
  const blocks = adds
    .map((cf) => {
      const ref = rangeA1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right);
      return `<${p}conditionalFormatting sqref="${ref}">${ruleXml(cf, p, ++priority, styles)}</${p}conditionalFormatting>`;
    })
    .join('');
  const from = Math.max(out.lastIndexOf(`</${p}sheetData>`), out.lastIndexOf(`</${p}conditionalFormatting>`));
  const at = firstOf(out, AFTER_CF, from) ?? out.lastIndexOf(`</${p}worksheet>`);
  return out.slice(0, at) + blocks + out.slice(at);
}
