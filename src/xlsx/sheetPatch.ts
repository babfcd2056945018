import { CellEdit, ConditionalFormat, SheetPlan } from '../core/plan/types';
import { columnLetters, parseA1, rangeA1, refColumn } from '../core/sheet/address';
import { isOurRule, OurRule } from '../core/sheets/state';
import { attr, element, firstOf, rootPrefix, tags, unescapeXml, withAttr } from './ooxml';
import { cellXml, xmlText } from './sheetXml';
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

interface Cell {
  readonly xml: string;
  readonly col: number;
}

/** A cell's start tag: up to its first '>'. */
const startTag = (xml: string): string => xml.slice(0, xml.indexOf('>') + 1);

const cellRegexes = new Map<string, RegExp>();

/** The cells of a row's content, each with its column (a cell without `r` follows the one before). */
function cellsOf(inner: string, p: string): { cells: Cell[]; rest: string } {
  // Called for every edited row: the regex is made once per prefix (and used from the start each time).
  let re = cellRegexes.get(p);
  if (!re) {
    re = new RegExp(`<${p}c(?=[\\s/>])(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${p}c>)`, 'g');
    cellRegexes.set(p, re);
  }
  re.lastIndex = 0;
  const cells: Cell[] = [];
  let col = -1;
  let last = 0;
  let rest = '';
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    rest += inner.slice(last, m.index);
    last = m.index + m[0].length;
    const r = attr(startTag(m[0]), 'r');
    col = r ? refColumn(r) : col + 1;
    cells.push({ xml: m[0], col });
  }
  return { cells, rest: rest + inner.slice(last) };
}

/** The shared-formula group a cell leads (its `<f t="shared" ref=…>`), or null. */
function sharedMaster(cell: string, p: string): string | null {
  // Nearly no cell is in a shared formula: those skip the regex.
  if (!cell.includes('shared')) return null;
  const f = new RegExp(`<${p}f\\b[^>]*>`).exec(cell)?.[0];
  if (!f || attr(f, 't') !== 'shared' || attr(f, 'ref') === null) return null;
  return attr(f, 'si');
}

/**
 * The office's worksheet with the plan's cells written and everything else as it was: every other cell,
 * the rows' attributes, merges, column widths, drawings, comments' anchors and extension lists. Our earlier
 * highlight rules (`removed`) are taken out; a format with no rule left is taken out whole, as Excel wants.
 */
export function patchSheet(
  xml: string,
  plan: SheetPlan,
  styles: StyleBook,
  removed: readonly OurRule[],
  formulaAt: FormulaAt,
): string {
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
  const edits = new Map<number, Map<number, CellEdit>>();
  let bottom = -1;
  let right = -1;
  for (const e of plan.cells) {
    const row = edits.get(e.row) ?? new Map<number, CellEdit>();
    edits.set(e.row, row);
    // A cell planned twice is written as the later edit says.
    row.set(e.col, e);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.col);
  }
  const data = element(xml, 'sheetData');
  if (!data) throw new Error(`sheet "${plan.sheet}" has no sheet data`);
  const open = tags(xml, 'sheetData', data.start).next().value!.tag;
  const inner = open.endsWith('/>')
    ? ''
    : xml.slice(data.start + open.length, xml.lastIndexOf('<', data.end - 1));
  const broken = new Set<string>();
  let sheetData = patchRows(inner, p, edits, styles, broken);
  if (broken.size > 0) sheetData = spellOutShared(sheetData, p, broken, edits, formulaAt);
  let out =
    xml.slice(0, data.start) +
    `${open.replace(/\/>$/, '>')}${sheetData}</${p}sheetData>` +
    xml.slice(data.end);
  if (bottom >= 0) out = widenDimension(out, bottom, right);
  return conditionalFormats(out, p, plan, styles, removed);
}

function rowsRegex(p: string): RegExp {
  return new RegExp(`<${p}row(?=[\\s/>])(?:[^>]*?/>|([^>]*)>([\\s\\S]*?)</${p}row>)`, 'g');
}

function newRow(p: string, row: number, cells: ReadonlyMap<number, CellEdit>, styles: StyleBook): string {
  const n = String(row + 1);
  const xml = [...cells.values()]
    .sort((a, b) => a.col - b.col)
    .map((e) => cellXml(e, n, styles.xfFor(0, e), p));
  return `<${p}row r="${n}">${xml.join('')}</${p}row>`;
}

function patchRows(
  inner: string,
  p: string,
  edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>,
  styles: StyleBook,
  broken: Set<string>,
): string {
  const pendingRows = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let last = 0;
  let row = -1;
  const re = rowsRegex(p);
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const tag = startTag(m[0]);
    const r = attr(tag, 'r');
    row = r ? Number(r) - 1 : row + 1;
    const mine = edits.get(row);
    while (next < pendingRows.length && pendingRows[next]! < row) {
      out.push(inner.slice(last, m.index));
      last = m.index;
      const at = pendingRows[next++]!;
      out.push(newRow(p, at, edits.get(at)!, styles));
    }
    if (!mine) continue;
    if (pendingRows[next] === row) next++;
    out.push(inner.slice(last, m.index));
    last = m.index + m[0].length;
    out.push(patchRow(tag, m[2] ?? '', row, p, mine, styles, broken));
  }
  out.push(inner.slice(last));
  while (next < pendingRows.length) {
    const at = pendingRows[next++]!;
    out.push(newRow(p, at, edits.get(at)!, styles));
  }
  return out.join('');
}

function patchRow(
  tag: string,
  inner: string,
  row: number,
  p: string,
  edits: ReadonlyMap<number, CellEdit>,
  styles: StyleBook,
  broken: Set<string>,
): string {
  const n = String(row + 1);
  const { cells, rest } = cellsOf(inner, p);
  const byCol = new Map(cells.map((c) => [c.col, c]));
  const cols = [...new Set([...byCol.keys(), ...edits.keys()])].sort((a, b) => a - b);
  const written = cols.map((col) => {
    const old = byCol.get(col);
    const edit = edits.get(col);
    if (!edit) return old!.xml;
    const oldTag = old ? startTag(old.xml) : null;
    const base = Number((oldTag && attr(oldTag, 's')) ?? 0);
    const style = styles.xfFor(base, edit);
    if (old) {
      const si = sharedMaster(old.xml, p);
      if (si !== null && edit.content) broken.add(si);
    }
    if (edit.content || !old) return cellXml(edit, n, style, p);
    // Only the look changes: the office's value stays, as typed.
    const kept = withAttr(
      withAttr(oldTag!, 'r', `${columnLetters(col)}${n}`),
      's',
      style > 0 ? String(style) : null,
    );
    return kept + old.xml.slice(oldTag!.length);
  });
  // `spans` is a hint for the cells a row holds; ours may lie outside it, so it goes.
  const open = withAttr(tag.replace(/\/>$/, '>'), 'spans', null);
  return `${open}${written.join('')}${rest}</${p}row>`;
}

/**
 * Cells that took their formula from a shared formula whose lead cell we replaced: each gets its own formula,
 * as the reader computed it, so it computes as before.
 */
function spellOutShared(
  sheetData: string,
  p: string,
  broken: ReadonlySet<string>,
  edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>,
  formulaAt: FormulaAt,
): string {
  let row = -1;
  return sheetData.replace(
    rowsRegex(p),
    (whole: string, _attrs: string | undefined, inner: string | undefined) => {
      const tag = /^<[^>]*>/.exec(whole)![0];
      const r = attr(tag, 'r');
      row = r ? Number(r) - 1 : row + 1;
      if (!inner || !inner.includes('shared')) return whole;
      const here = row;
      const { cells } = cellsOf(inner, p);
      let changed = inner;
      for (const c of cells) {
        if (edits.get(here)?.get(c.col)?.content) continue;
        const f = new RegExp(`<${p}f\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}f>)`).exec(c.xml);
        if (!f || attr(f[0], 't') !== 'shared' || !broken.has(attr(f[0], 'si') ?? '')) continue;
        const formula = formulaAt(here, c.col);
        if (formula === null) continue;
        const cell = c.xml.replace(f[0], `<${p}f>${xmlText(fileFormula(formula))}</${p}f>`);
        changed = changed.replace(c.xml, cell);
      }
      return whole.replace(inner, changed);
    },
  );
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
  return xml.replace(tag, withAttr(tag, 'ref', ref));
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
      return left > 0 ? whole.replace(inner, kept) : '';
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
