import { CHART_PART, DRAWING_PART } from './parts';
import { ChartPlan, SheetPlan } from '../core/plan/types';
import { columnLetters } from '../core/sheet/address';
import { xmlText } from './sheetXml';

/**
 * DrawingML chart parts for the charts of our generated sheets, added to the office's package. Our parts carry
 * their own names (capaianChart…, capaianDrawing…) so that they never meet an office's drawing part, and so
 * that a later run knows them as ours and draws them again.
 */
export const DRAWING_REL = 'rIdCapaianDrawing';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const BAR_COLOURS = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '7030A0', '255E91'];
const LINE_COLOUR = 'C00000';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function absolute(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const cell = (r: number, c: number): string => `$${columnLetters(c)}$${r + 1}`;
  const ref =
    top === bottom && left === right ? cell(top, left) : `${cell(top, left)}:${cell(bottom, right)}`;
  return xmlText(`'${sheet.replace(/'/g, "''")}'!${ref}`);
}

function series(sheet: string, chart: ChartPlan, i: number, line: boolean): string {
  const { top, left, bottom } = chart.source;
  const col = left + 1 + i;
  const colour = line ? LINE_COLOUR : BAR_COLOURS[i % BAR_COLOURS.length]!;
  const look = line
    ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:strRef><c:f>${absolute(sheet, top, col, top, col)}</c:f></c:strRef></c:tx>${look}` +
    `<c:cat><c:strRef><c:f>${absolute(sheet, top + 1, left, bottom, left)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${absolute(sheet, top + 1, col, bottom, col)}</c:f></c:numRef></c:val>` +
    `${line ? '<c:smooth val="0"/>' : ''}</c:ser>`
  );
}

/** One chart part: clustered columns, with the series in `lines` drawn as lines over them. */
export function chartXml(sheet: string, chart: ChartPlan): string {
  const count = chart.source.right - chart.source.left;
  const all = Array.from({ length: count }, (_, i) => i);
  const bars = all.filter((i) => !chart.lines.includes(i));
  const axes = '<c:axId val="50010"/><c:axId val="50020"/>';
  const barChart = bars.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((i) => series(sheet, chart, i, false)).join('')}<c:gapWidth val="80"/>${axes}</c:barChart>`
    : '';
  const lineChart = chart.lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${chart.lines.map((i) => series(sheet, chart, i, true)).join('')}<c:marker val="1"/>${axes}</c:lineChart>`
    : '';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx =
    '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx = `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${chart.percent ? '0%' : 'General'}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part of one sheet: each chart anchored over its cells. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const marker = (tag: string, row: number, col: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(
    (c, i) =>
      `<xdr:twoCellAnchor>${marker('from', c.at.top, c.at.left)}${marker('to', c.at.bottom + 1, c.at.right + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(c.title).replace(/"/g, '&quot;')}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  );
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;
}

/** The sheet's own relationships with the drawing's added (an earlier writer may have written some already). */
export function sheetRelsWithDrawing(existing: string | null, drawing: number): string {
  const rel = `<Relationship Id="${DRAWING_REL}" Type="${REL}/drawing" Target="../drawings/${DRAWING_PART}${drawing}.xml"/>`;
  if (existing && existing.includes('</Relationships>'))
    return existing.replace('</Relationships>', () => `${rel}</Relationships>`);
  return relsXml([{ id: DRAWING_REL, type: 'drawing', target: `../drawings/${DRAWING_PART}${drawing}.xml` }]);
}

/** The new parts for one sheet's charts: its drawing, the drawing's relationships, and each chart. */
export function chartParts(plan: SheetPlan, drawing: number, firstChart: number): Map<string, string> {
  const charts = plan.charts ?? [];
  const parts = new Map<string, string>();
  parts.set(`xl/drawings/${DRAWING_PART}${drawing}.xml`, drawingXml(charts));
  parts.set(
    `xl/drawings/_rels/${DRAWING_PART}${drawing}.xml.rels`,
    relsXml(
      charts.map((_, i) => ({
        id: `rId${i + 1}`,
        type: 'chart',
        target: `../charts/${CHART_PART}${firstChart + i}.xml`,
      })),
    ),
  );
  charts.forEach((c, i) =>
    parts.set(`xl/charts/${CHART_PART}${firstChart + i}.xml`, chartXml(plan.sheet, c)),
  );
  return parts;
}
