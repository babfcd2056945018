import ExcelJS from 'exceljs';
import { CellContent, CellEdit, CellStyle, ConditionalFormat, EditPlan, SheetPlan } from '../core/plan/types';
import { rangeA1 } from '../core/sheet/address';
import { fileFormula } from './formula';
import { carryState } from './state';

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

function valueOf(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case 'formula':
      return { formula: fileFormula(content.formula), date1904: false } as ExcelJS.CellFormulaValue;
    case 'number':
      return content.value;
    // ExcelJS stores strings as shared strings: a value starting with '=' stays text.
    case 'text':
      return content.value;
    case 'blank':
      return null;
  }
}

/**
 * The cell's style with our changes, as a new object: ExcelJS shares one style object among all cells
 * loaded with the same style, so changing it in place would change every one of them.
 */
function styledCopy(base: Partial<ExcelJS.Style>, edit: CellEdit): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (edit.numberFormat) style.numFmt = edit.numberFormat;
  const s: CellStyle | undefined = edit.style;
  if (!s) return style;
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize || s.fontColor) {
    style.font = {
      ...base.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.wrap !== undefined || s.horizontal || s.vertical || s.indent) {
    style.alignment = {
      ...base.alignment,
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return style;
}

/** The parts of an edit that decide its style, as a key. */
function editKey(edit: CellEdit): string {
  const s = edit.style;
  if (!s) return edit.numberFormat ?? '';
  return [
    edit.numberFormat ?? '',
    s.bold,
    s.italic,
    s.fontSize,
    s.fill,
    s.fontColor,
    s.wrap,
    s.border,
    s.horizontal,
    s.vertical,
    s.indent,
  ].join('|');
}

/**
 * `editKey` for many cells: builders share a style object among thousands of cells, so each (style object,
 * number format) pair is keyed once.
 */
export class EditKeys {
  private readonly known = new Map<CellStyle | undefined, Map<string | undefined, string>>();

  keyOf(edit: CellEdit): string {
    const byFormat = this.known.get(edit.style) ?? new Map<string | undefined, string>();
    this.known.set(edit.style, byFormat);
    let key = byFormat.get(edit.numberFormat);
    if (key === undefined) {
      key = editKey(edit);
      byFormat.set(edit.numberFormat, key);
    }
    return key;
  }
}

/**
 * Hands out one style object per (base style, edit) pair, never mutated after. ExcelJS's writer knows a
 * style object it has seen by identity; one object per cell would be rendered to XML and looked up once per
 * cell, and kept in memory once per cell.
 */
class StyleCache {
  private readonly byBase = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
  /** A fresh cell's style is a new empty object each time: all of them are one base. */
  private readonly fromEmpty = new Map<string, Partial<ExcelJS.Style>>();
  private readonly keys = new EditKeys();

  styleFor(base: Partial<ExcelJS.Style>, edit: CellEdit): Partial<ExcelJS.Style> {
    let cache = this.fromEmpty;
    if (Object.keys(base).length > 0) {
      cache = this.byBase.get(base) ?? new Map();
      this.byBase.set(base, cache);
    }
    const key = this.keys.keyOf(edit);
    let style = cache.get(key);
    if (!style) {
      style = styledCopy(base, edit);
      cache.set(key, style);
    }
    return style;
  }
}

function applyCell(ws: ExcelJS.Worksheet, edit: CellEdit, styles: StyleCache): void {
  const cell = ws.getCell(edit.row + 1, edit.col + 1);
  if (edit.content) cell.value = valueOf(edit.content);
  if (edit.numberFormat || edit.style) cell.style = styles.styleFor(cell.style, edit);
}

function applyConditional(ws: ExcelJS.Worksheet, cf: ConditionalFormat, priority: number): void {
  const ref = rangeA1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right);
  if (cf.rule.kind === 'expression') {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority,
          formulae: [cf.rule.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.rule.fill) } },
            font: { color: { argb: argb(cf.rule.fontColor) } },
          },
        },
      ],
    });
  } else {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'dataBar',
          priority,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          color: { argb: argb(cf.rule.color) },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

/** A generated sheet: made anew, or emptied and rebuilt in the same position when it exists. */
function sheetFor(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(plan.sheet);
  if (!plan.create) {
    if (!existing) throw new Error(`plan edits sheet "${plan.sheet}", which the workbook does not have`);
    return existing;
  }
  if (existing) {
    // ExcelJS orders sheets by orderNo at write time; it is not in its type definitions.
    const order = (existing as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(plan.sheet);
    (ws as unknown as { orderNo: number }).orderNo = order;
    return ws;
  }
  return wb.addWorksheet(plan.sheet);
}

/**
 * The cells of the sheets we generate, written by `saveWorkbook` straight into the file rather than through
 * ExcelJS's cell objects, which take about ten times the time and memory. ExcelJS gets one sample cell per
 * style, so its styles part holds every format; the sample's index is then used for all cells like it.
 */
export interface PendingSheet {
  readonly worksheet: ExcelJS.Worksheet;
  readonly plan: SheetPlan;
  /** The A1 address of the sample cell for each style key. */
  readonly samples: ReadonlyMap<string, string>;
}

export interface AppliedPlan {
  readonly pending: readonly PendingSheet[];
}

function applySamples(ws: ExcelJS.Worksheet, sp: SheetPlan, styles: StyleCache): Map<string, string> {
  const samples = new Map<string, string>();
  const keys = new EditKeys();
  for (const edit of sp.cells) {
    if (!edit.numberFormat && !edit.style) continue;
    const key = keys.keyOf(edit);
    if (samples.has(key)) continue;
    // The style alone: the value is written with the rest of the sheet.
    applyCell(ws, { ...edit, content: undefined }, styles);
    samples.set(key, ws.getCell(edit.row + 1, edit.col + 1).address);
  }
  return samples;
}

/**
 * Applies a plan to an ExcelJS workbook, with the add-in's state carried on in the registry sheet (see
 * `carryState`). The generated sheets' cells are left pending: write the workbook with
 * `saveWorkbook(workbook, file, applied)`.
 */
export function applyPlan(wb: ExcelJS.Workbook, given: EditPlan): AppliedPlan {
  const plan = carryState(wb, given);
  let priority = 1;
  const styles = new StyleCache();
  const pending: PendingSheet[] = [];
  for (const sp of plan.sheets) {
    const ws = sheetFor(wb, sp);
    if (sp.hidden) ws.state = 'hidden';
    for (const m of sp.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (sp.create) pending.push({ worksheet: ws, plan: sp, samples: applySamples(ws, sp, styles) });
    else for (const edit of sp.cells) applyCell(ws, edit, styles);
    for (const w of sp.columnWidths ?? []) {
      const column = ws.getColumn(w.col + 1);
      column.width = w.width;
      if (w.hidden) column.hidden = true;
    }
    if (!sp.create) for (const h of sp.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;

    for (const cf of sp.conditionalFormats ?? []) applyConditional(ws, cf, priority++);
    if (sp.freeze) ws.views = [{ state: 'frozen', xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }];
    if (sp.pageSetup) {
      const p = sp.pageSetup;
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: p.orientation,
        paperSize: 9,
        fitToPage: p.fitToWidth,
        fitToWidth: 1,
        fitToHeight: 0,
        ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.top + 1}:${p.repeatRows.bottom + 1}` } : {}),
      };
    }
  }
  // Excel recomputes our formulas on open; LibreOffice is told to by its own setting.
  wb.calcProperties.fullCalcOnLoad = true;
  return { pending };
}
