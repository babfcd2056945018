import { SheetPlan } from '../core/plan/types';
import { a1, rangeA1 } from '../core/sheet/address';
import { NS_MAIN, NS_REL, XML_HEAD } from './ooxml';
import { ruleXml } from './sheetPatch';
import { sheetDataXml, usedRange } from './sheetXml';
import { StyleBook } from './styles';
import { DRAWING_REL } from './charts';

const encoder = new TextEncoder();

/** The sheet view, with the header frozen when the plan says so. */
function viewXml(plan: SheetPlan): string {
  const f = plan.freeze;
  if (!f || (f.rows === 0 && f.cols === 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${a1(f.rows, f.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function colsXml(plan: SheetPlan): string {
  const widths = [...(plan.columnWidths ?? [])].sort((a, b) => a.col - b.col);
  if (widths.length === 0) return '';
  const cols = widths.map(
    (w) =>
      `<col min="${w.col + 1}" max="${w.col + 1}" width="${w.width}" customWidth="1"${w.hidden ? ' hidden="1"' : ''}/>`,
  );
  return `<cols>${cols.join('')}</cols>`;
}

/** Margins, the fixed scale and the manual page breaks (CT_Worksheet's order: pageSetup before rowBreaks). */
function pageXml(plan: SheetPlan): string {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const s = plan.pageSetup;
  if (!s) return margins;
  // A break's id is the last row of the page before it (1-based), the row before the break 0-based.
  const breaks = s.breaks.length
    ? `<rowBreaks count="${s.breaks.length}" manualBreakCount="${s.breaks.length}">${s.breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  return `${margins}<pageSetup paperSize="9" scale="${s.scale}" orientation="${s.orientation}"/>${breaks}`;
}

/**
 * A sheet we generate, whole: the cells of its plan in the office's styles part (each look appended there
 * once), its merges, widths, frozen header, highlight rules, print setup and the drawing of its charts.
 */
export function* newSheetXml(
  plan: SheetPlan,
  styles: StyleBook,
  withDrawing: boolean,
): Generator<Uint8Array> {
  yield encoder.encode(
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="${usedRange(plan)}"/>${viewXml(plan)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(plan)}`,
  );
  yield* sheetDataXml(plan, (e) => styles.xfFor(0, e));
  const merges = plan.merges ?? [];
  const mergeXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeA1(m.top, m.left, m.bottom, m.right)}"/>`).join('')}</mergeCells>`
    : '';
  const rules = (plan.conditionalFormats ?? [])
    .map(
      (cf, i) =>
        `<conditionalFormatting sqref="${rangeA1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right)}">${ruleXml(cf, '', i + 1, styles)}</conditionalFormatting>`,
    )
    .join('');
  const drawing = withDrawing ? `<drawing r:id="${DRAWING_REL}"/>` : '';
  yield encoder.encode(`${mergeXml}${rules}${pageXml(plan)}${drawing}</worksheet>`);
}
