import {
  CellEdit,
  cellEdit,
  CellStyle,
  ChartPlan,
  ConditionalFormat,
  EditPlan,
  SheetPlan,
} from '../core/plan/types';
import { a1, columnLetters, rangeA1 } from '../core/sheet/address';
import { CellRange } from '../core/sheet/snapshot';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { ChartProxy, FoundConditionalFormat, RangeProxy, WorkbookContext, WorksheetProxy } from './api';
import { Block, blockBytes, borderKey, contentKey, formulaCell, rectangles, styleKey } from './blocks';

export interface ApplyStats {
  readonly syncs: number;
  readonly operations: number;
  readonly maxRequestBytes: number;
}

export interface ApplyOptions {
  /** The sheet to show when done (the Pengukuran Kinerja sheet). */
  readonly activate?: string;
  /** Excel on the web refuses requests over 5 MB; we split below this. */
  readonly maxRequestBytes?: number;
  /** Conditional formats of ours from an earlier run, deleted before the plan adds its own. */
  readonly deleteRules?: readonly FoundConditionalFormat[];
  /** Charts of ours from an earlier run, on the sheets the plan replaces: drawn again, not added twice. */
  readonly deleteCharts?: readonly ChartProxy[];
  /** The sheets as read: a hidden sheet's visibility is set only when it differs; our state is written over. */
  readonly read?: SheetsAsRead;
}

export interface SheetsAsRead {
  readonly visibility: ReadonlyMap<string, string>;
  readonly used: ReadonlyMap<string, CellRange | null>;
}

export const DEFAULT_MAX_BYTES = 4_000_000;
/**
 * What a request weighs, as Office.js builds it: each property set or call is an action ({"Id":14,
 * "ActionType":4,"Name":"Formulas","ObjectPathId":12,"ArgumentInfo":{…}}), and each object it acts on (a
 * worksheet, a range, its format, font, fill, a border) is sent as an object path with an Instantiate
 * action. On the safe side of both.
 */
export const ACTION_BYTES = 125;
export const PATH_BYTES = 190;
/** A property set or call on an object reached through `paths` object paths (the sheet, the range…). */
const op = (paths: number, actions = 1): number => PATH_BYTES * paths + ACTION_BYTES * actions;

/** ExcelJS-style character widths to the points Office.js uses. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function hex(rgb: string): string {
  return `#${rgb}`;
}

export class Batch {
  syncs = 0;
  operations = 0;
  bytes = 0;
  maxBytes = 0;
  constructor(
    readonly context: WorkbookContext,
    readonly limit: number,
  ) {
    this.suspend();
  }

  private suspend(): void {
    // ExcelApi 1.6: no recalculation between our writes; Excel recalculates once at the end.
    if (this.context.supports(6)) this.context.application?.suspendApiCalculationUntilNextSync?.();
  }

  /** Objects whose path this request carries already (a sheet's, shared by its blocks). */
  private readonly sent = new Set<string>();
  private keys = 0;

  /** A name for a shared object, for `add`. */
  key(): string {
    return String(++this.keys);
  }

  /**
   * Counts an operation of `bytes`; syncs first when it would pass the request limit. `on` names a shared
   * object it reaches (its sheet), whose path goes once in each request.
   */
  async add(bytes: number, ops = 1, on?: string): Promise<void> {
    const shared = on !== undefined && !this.sent.has(on) ? PATH_BYTES : 0;
    if (this.bytes > 0 && this.bytes + bytes + shared > this.limit) await this.flush();
    if (on !== undefined && !this.sent.has(on)) {
      this.sent.add(on);
      this.bytes += PATH_BYTES;
    }
    this.bytes += bytes;
    this.operations += ops;
  }

  stats(): ApplyStats {
    return { syncs: this.syncs, operations: this.operations, maxRequestBytes: this.maxBytes };
  }

  async flush(): Promise<void> {
    if (this.bytes === 0 && this.operations === 0) return;
    this.maxBytes = Math.max(this.maxBytes, this.bytes);
    await this.context.sync();
    this.syncs++;
    this.sent.clear();
    this.bytes = 0;
    this.suspend();
  }
}

/** Sets a style's properties on a block; returns how many properties it set. */
function applyStyle(range: RangeProxy, s: CellStyle, indents: boolean): number {
  const f = range.format;
  const sets: (() => void)[] = [];
  if (s.bold !== undefined) sets.push(() => (f.font.bold = s.bold!));
  if (s.italic !== undefined) sets.push(() => (f.font.italic = s.italic!));
  if (s.fontSize) sets.push(() => (f.font.size = s.fontSize!));
  if (s.fontColor) sets.push(() => (f.font.color = hex(s.fontColor!)));
  if (s.fill) sets.push(() => (f.fill.color = hex(s.fill!)));
  if (s.wrap !== undefined) sets.push(() => (f.wrapText = s.wrap!));
  if (s.horizontal)
    sets.push(
      () => (f.horizontalAlignment = { left: 'Left', center: 'Center', right: 'Right' }[s.horizontal!]),
    );
  if (s.vertical)
    sets.push(() => (f.verticalAlignment = { top: 'Top', middle: 'Center', bottom: 'Bottom' }[s.vertical!]));
  // indentLevel needs ExcelApi 1.9.
  if (s.indent && indents) sets.push(() => (f.indentLevel = s.indent));
  for (const set of sets) set();
  return sets.length;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

/** Thin black borders around and inside a block. */
function applyBorders(range: RangeProxy): number {
  for (const edge of EDGES) {
    const b = range.format.borders.getItem(edge);
    b.style = 'Continuous';
    b.color = '#000000';
  }
  return EDGES.length * 2;
}

function addConditional(context: WorkbookContext, sheet: WorksheetProxy, cf: ConditionalFormat): boolean {
  const range = sheet.getRange(rangeA1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right));
  // ExcelApi 1.6; older Excel gets the formulas without the highlight.
  if (!context.supports(6) || !range.conditionalFormats) return false;
  if (cf.rule.kind === 'expression') {
    const c = range.conditionalFormats.add('Custom').custom;
    c.rule.formula = `=${cf.rule.formula}`;
    c.format.fill.color = hex(cf.rule.fill);
    c.format.font.color = hex(cf.rule.fontColor);
  } else {
    range.conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = hex(cf.rule.color);
  }
  return true;
}

/** A block too large for one request, cut into runs of whole rows. */
function rowSlices(block: Block<CellEdit>, maxBytes: number): Block<CellEdit>[] {
  const bytes = blockBytes(block);
  if (bytes <= maxBytes || block.rows === 1) return [block];
  const per = Math.max(1, Math.floor((block.rows * maxBytes) / bytes));
  const out: Block<CellEdit>[] = [];
  for (let r = 0; r < block.rows; r += per) {
    const cells = block.cells.slice(r, r + per);
    out.push({ ...block, top: block.top + r, rows: cells.length, cells });
  }
  return out;
}

async function writeBlocks(
  batch: Batch,
  context: WorkbookContext,
  sheet: WorksheetProxy,
  cells: readonly CellEdit[],
): Promise<void> {
  // One proxy for the sheet: its path goes once in each request.
  const sheetKey = batch.key();
  const rangeOf = (block: Block<CellEdit>): RangeProxy =>
    sheet.getRange(rangeA1(block.top, block.left, block.top + block.rows - 1, block.left + block.cols - 1));
  for (const whole of rectangles(cells, contentKey)) {
    for (const block of rowSlices(whole, batch.limit / 2)) {
      await batch.add(blockBytes(block), 2, sheetKey);
      const range = rangeOf(block);
      // null leaves a cell as it is: number formats are set only where the plan gives one. The format goes
      // first: Excel keeps a formula written into a Text (@) cell as text, even when the format changes after.
      if (block.cells.some((row) => row.some((c) => c.numberFormat))) {
        range.numberFormat = block.cells.map((row) =>
          row.map((c) => c.numberFormat ?? (null as unknown as string)),
        );
      }
      range.formulas = block.cells.map((row) => row.map((c) => formulaCell(c)));
    }
  }
  for (const block of rectangles(cells, styleKey)) {
    const sets = applyStyle(rangeOf(block), block.cells[0]![0]!.style!, context.supports(9));
    // The range, its format, font and fill.
    await batch.add(op(4, sets), sets, sheetKey);
  }
  for (const block of rectangles(cells, borderKey)) {
    const sets = applyBorders(rangeOf(block));
    // The range, its format, its borders and each edge's border.
    await batch.add(op(3 + EDGES.length, sets), sets, sheetKey);
  }
}

/**
 * The plan's cells with blanks over the rest of what the sheet used: the whole state goes in one rectangle,
 * which Excel writes in one operation, so a batch that stops part-way leaves the old state or the new one.
 */
function over(cells: readonly CellEdit[], used: CellRange | null | undefined): CellEdit[] {
  const at = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
  const bottom = Math.max(used?.bottom ?? 0, ...cells.map((c) => c.row));
  const right = Math.max(used?.right ?? 0, ...cells.map((c) => c.col));
  const out: CellEdit[] = [];
  for (let row = 0; row <= bottom; row++)
    for (let col = 0; col <= right; col++)
      out.push(at.get(`${row},${col}`) ?? cellEdit(row, col, { kind: 'blank' }));
  return out;
}

async function writeSheet(
  batch: Batch,
  context: WorkbookContext,
  plan: SheetPlan,
  existing: ReadonlySet<string>,
  read?: SheetsAsRead,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  let sheet: WorksheetProxy;
  if (plan.sheet === REGISTRY_SHEET && existing.has(plan.sheet)) {
    // Our state is written over, and what is left of it cleared after: a batch that stops part-way leaves
    // the state as it was or as it is now, never an empty sheet (an undo stack lost).
    sheet = sheets.getItem(plan.sheet);
    if (plan.hidden && read?.visibility.get(plan.sheet) !== 'VeryHidden') sheet.visibility = 'VeryHidden';
    await writeBlocks(batch, context, sheet, over(plan.cells, read?.used.get(plan.sheet)));
    return;
  } else if (plan.create && existing.has(plan.sheet)) {
    // Ours already: emptied in place, so its tab keeps its position and links to it stay valid.
    sheet = sheets.getItem(plan.sheet);
    const all = sheet.getRange();
    all.clear('All');
    all.unmerge();
    if (context.supports(6)) all.conditionalFormats?.clearAll();
    await batch.add(op(2, 3), 3);
  } else if (plan.create) {
    sheet = sheets.add(plan.sheet);
    await batch.add(op(1));
  } else sheet = sheets.getItem(plan.sheet);
  // VeryHidden: not in Excel's Unhide list, so a user cannot open our state and break it by hand.
  if (plan.hidden) sheet.visibility = 'VeryHidden';

  for (const m of plan.merges ?? []) {
    sheet.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
    await batch.add(op(2));
  }
  await writeBlocks(batch, context, sheet, plan.cells);
  for (const w of plan.columnWidths ?? []) {
    const letters = columnLetters(w.col);
    const column = sheet.getRange(`${letters}:${letters}`);
    column.format.columnWidth = widthToPoints(w.width);
    if (w.hidden) column.columnHidden = true;
    await batch.add(op(3, w.hidden ? 2 : 1));
  }
  for (const h of plan.rowHeights ?? []) {
    sheet.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
    await batch.add(op(3));
  }
  for (const cf of plan.conditionalFormats ?? [])
    if (addConditional(context, sheet, cf)) await batch.add(op(7, 4), 4);
  // freezePanes: ExcelApi 1.7.
  if (plan.freeze && context.supports(7)) {
    sheet.freezePanes.freezeRows(plan.freeze.rows);
    await batch.add(op(2));
  }
  const layout = sheet.pageLayout;
  const page = plan.pageSetup;
  const breaks = sheet.horizontalPageBreaks;
  // pageLayout and horizontalPageBreaks: ExcelApi 1.9.
  if (page && layout && context.supports(9)) {
    layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    // A fixed scale: Excel ignores manual page breaks while a sheet is scaled to fit.
    layout.zoom = { scale: page.scale };
    const a = page.printArea;
    layout.setPrintArea(rangeA1(a.top, a.left, a.bottom, a.right));
    const r = page.repeatRows;
    if (r) layout.setPrintTitleRows(`$${r.top + 1}:$${r.bottom + 1}`);
    // A sheet of ours made again in place keeps its earlier breaks through clear(): they go first.
    const added = breaks ? page.breaks.length : 0;
    breaks?.removePageBreaks();
    for (const row of page.breaks.slice(0, added)) breaks?.add(a1(row, 0));
    // The sheet, its page layout and its breaks' collection; each break added comes back as an object.
    const actions = 6 + added;
    await batch.add(op(3 + added, actions), actions);
  }
  for (const chart of plan.charts ?? []) await addChart(batch, sheet, chart);
}

/** Charts of ours are named so that a later run finds and replaces them. */
export const CHART_NAME = 'Capaian Kinerja';

/** A chart over its block: each column after the first a series, the first row naming them. */
async function addChart(batch: Batch, sheet: WorksheetProxy, chart: ChartPlan): Promise<void> {
  const s = chart.source;
  const c = sheet.charts.add(
    chart.kind === 'line' ? 'Line' : 'ColumnClustered',
    sheet.getRange(rangeA1(s.top, s.left, s.bottom, s.right)),
    'Columns',
  );
  c.name = `${CHART_NAME}: ${chart.title}`;
  c.title.text = chart.title;
  c.legend.position = 'Bottom';
  c.setPosition(a1(chart.at.top, chart.at.left), a1(chart.at.bottom, chart.at.right));
  // A series drawn as a line over the columns (the 100 % line) needs ExcelApi 1.7; before, it is a column.
  const lines = batch.context.supports(7) ? chart.lines : [];
  for (const i of lines) c.series.getItemAt(i).chartType = 'Line';
  // The sheet, its charts, the source range, the chart, its title, legend and each line series.
  await batch.add(op(6 + lines.length, 5 + lines.length), 5 + lines.length);
}

/** Queues a plan into a batch, which syncs only where the request would pass its size limit. */
export async function queuePlan(
  batch: Batch,
  plan: EditPlan,
  existingSheets: readonly string[],
  options: Pick<ApplyOptions, 'activate' | 'deleteRules' | 'deleteCharts' | 'read'> = {},
): Promise<void> {
  const context = batch.context;
  const existing = new Set(existingSheets);
  for (const old of [...(options.deleteRules ?? []), ...(options.deleteCharts ?? [])]) {
    old.delete();
    await batch.add(op(4));
  }
  for (const sheetPlan of plan.sheets) await writeSheet(batch, context, sheetPlan, existing, options.read);
  if (options.activate) {
    context.workbook.worksheets.getItem(options.activate).activate();
    await batch.add(op(1));
  }
}

/** Applies a plan: all of it queued, then one sync (more only past the request size limit). */
export async function applyPlan(
  context: WorkbookContext,
  plan: EditPlan,
  existingSheets: readonly string[],
  options: ApplyOptions = {},
): Promise<ApplyStats> {
  const batch = new Batch(context, options.maxRequestBytes ?? DEFAULT_MAX_BYTES);
  await queuePlan(batch, plan, existingSheets, options);
  await batch.flush();
  return batch.stats();
}

/** Puts cells back as they were: content (a formula, a constant, '' for empty) and number format. */
export async function queueRestore(
  batch: Batch,
  sheet: string,
  cells: readonly {
    row: number;
    col: number;
    content: string | number | boolean | null;
    numberFormat: string;
  }[],
): Promise<void> {
  const ws = batch.context.workbook.worksheets.getItem(sheet);
  for (const block of rectangles(cells, () => 'r')) {
    const range = ws.getRange(
      rangeA1(block.top, block.left, block.top + block.rows - 1, block.left + block.cols - 1),
    );
    // The format first, as Excel reads what is written by it: a Text (@) cell keeps its text as text.
    range.numberFormat = block.cells.map((row) => row.map((c) => c.numberFormat));
    range.formulas = block.cells.map((row) => row.map((c) => (c.content === null ? '' : c.content)));
    await batch.add(op(2, 2) + JSON.stringify(block.cells).length, 2);
  }
}
