import { EditPlan, SheetPlan } from '../core/plan/types';
import { columnLetters } from '../core/sheet/address';
import { OurRule } from '../core/sheets/state';
import { chartParts, sheetRelsWithDrawing } from './charts';
import {
  attr,
  escapeAttr,
  firstOf,
  NS_REL,
  declare,
  relationships,
  relativeTarget,
  relKind,
  relsPathOf,
  rootPrefix,
  tags,
  withAttr,
} from './ooxml';
import { Package } from './package';
import { workbookPart } from './bookRead';
import { CHART_PART, DRAWING_PART } from './parts';
import { FormulaAt, patchSheet } from './sheetPatch';
import { newSheetXml } from './sheetNew';
import { EMPTY_STYLES, StyleBook } from './styles';
import { DeflateRaw } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';
const CONTENT_TYPES = '[Content_Types].xml';

/** workbook.xml's children after the defined names and calcPr (CT_Workbook's order). */
const AFTER_CALC = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

interface SheetEntry {
  readonly name: string;
  readonly tag: string;
  readonly part: string | null;
}

/** The content types part with overrides added and taken out. */
function contentTypes(
  xml: string,
  add: ReadonlyMap<string, { part: string; type: string }>,
  drop: ReadonlySet<string>,
): string {
  let out = xml;
  for (const { tag } of [...tags(xml, 'Override')]) {
    const name = (attr(tag, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (drop.has(name) || add.has(name)) out = out.replace(tag, '');
  }
  const overrides = [...add.values()].map(
    ({ part, type }) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`,
  );
  return out.replace(/<\/(\w+:)?Types>\s*$/, (end) => `${overrides.join('')}${end}`);
}

/**
 * The office's package with the plan written into it: the sheets it edits patched, our sheets made (or
 * replaced in place), the workbook's sheet list, defined names, relationships and content types naming them.
 * Every other part stays as it came. `removed` are our earlier highlight rules, taken out first. Our sheets
 * are compressed with `deflate` as they are made.
 */
export async function patchPackage(
  pkg: Package,
  plan: EditPlan,
  removed: readonly OurRule[],
  formulaAt: (sheet: string, row: number, col: number) => string | null,
  deflate: DeflateRaw,
): Promise<void> {
  const wbPart = await workbookPart(pkg);
  const wbRelsPart = relsPathOf(wbPart);
  let wbXml = (await pkg.text(wbPart)) ?? '';
  let wbRels =
    (await pkg.text(wbRelsPart)) ??
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const p = rootPrefix(wbXml);
  // openpyxl declares the relationships' prefix on each <sheet>, not on the root: ours need it there.
  const declared = declare(wbXml, NS_REL, 'r');
  wbXml = declared.xml;
  const rp = declared.prefix;
  const rels = relationships(wbRels, wbPart);
  const ids = new Set(rels.map((r) => r.id));
  const newId = (): string => {
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    ids.add(`rId${n}`);
    return `rId${n}`;
  };
  const addRel = (kind: string, part: string): string => {
    const id = newId();
    const rel = `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${escapeAttr(relativeTarget(wbPart, part))}"/>`;
    wbRels = wbRels.replace(/<\/(\w+:)?Relationships>\s*$/, (end) => `${rel}${end}`);
    return id;
  };
  // By the part's name in lower case: OPC compares part names without case.
  const addTypes = new Map<string, { part: string; type: string }>();
  const addType = (part: string, type: string): void => {
    addTypes.set(part.toLowerCase(), { part, type });
  };
  const dropTypes = new Set<string>();

  let stylesPart = rels.find((r) => relKind(r.type) === 'styles')?.target ?? null;
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}styles.xml`;
    pkg.set(stylesPart, EMPTY_STYLES);
    addRel('styles', stylesPart);
    addType(stylesPart, `${TYPE}.spreadsheetml.styles+xml`);
  }
  const styles = new StyleBook((await pkg.text(stylesPart))!);

  const sheets: SheetEntry[] = [...tags(wbXml, 'sheet')].map(({ tag }) => {
    // The relationship's id, whatever prefix its writer bound to the namespace.
    const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const target = rels.find((r) => r.id === id)?.target;
    return { name: attr(tag, 'name') ?? '', tag, part: target ? pkg.find(target) : null };
  });
  const byName = (name: string): SheetEntry | undefined =>
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheetDir = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}worksheets/`;
  let sheetNo = sheets.length;
  let drawing = 0;
  let chart = 0;
  for (const sp of plan.sheets) {
    const found = byName(sp.sheet);
    if (!sp.create) {
      if (!found?.part) throw new Error(`plan edits sheet "${sp.sheet}", which the workbook does not have`);
      const xml = (await pkg.text(found.part))!;
      const at: FormulaAt = (row, col) => formulaAt(found.name, row, col);
      await pkg.setMade(found.part, patchSheet(xml, sp, styles, removed, at), deflate);
      continue;
    }
    let part = found?.part ?? null;
    if (!part) {
      do part = `${sheetDir}sheet${++sheetNo}.xml`;
      while (pkg.find(part));
      const id = addRel('worksheet', part);
      const sheetId = Math.max(0, ...sheets.map((s) => Number(attr(s.tag, 'sheetId') ?? 0))) + 1;
      const tag = `<${p}sheet name="${escapeAttr(sp.sheet)}" sheetId="${sheetId}" ${rp}:id="${id}"/>`;
      wbXml = wbXml.replace(new RegExp(`</${p}sheets>`), () => `${tag}</${p}sheets>`);
      sheets.push({ name: sp.sheet, tag, part });
    }
    addType(part, `${TYPE}.spreadsheetml.worksheet+xml`);
    await dropOurDrawings(pkg, part, dropTypes);
    const charts = sp.charts ?? [];
    if (charts.length > 0) {
      const dir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
      do drawing++;
      while (pkg.find(`${dir}drawings/${DRAWING_PART}${drawing}.xml`));
      while (charts.some((_, i) => pkg.find(`${dir}charts/${CHART_PART}${chart + 1 + i}.xml`))) chart++;
      for (const [path, xml] of chartParts(sp, drawing, chart + 1)) {
        const full = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}${path.slice('xl/'.length)}`;
        pkg.set(full, xml);
        if (!path.endsWith('.rels'))
          addType(full, path.includes('/charts/') ? `${TYPE}.drawingml.chart+xml` : `${TYPE}.drawing+xml`);
      }
      chart += charts.length;
      pkg.set(relsPathOf(part), sheetRelsWithDrawing(null, drawing));
    }
    await pkg.setMade(part, newSheetXml(sp, styles, charts.length > 0), deflate);
    wbXml = withSheetState(wbXml, sheets, sp);
  }
  if (styles.changed) pkg.set(stylesPart, styles.render());
  wbXml = printTitles(wbXml, p, sheets, plan.sheets);
  wbXml = fullCalcOnLoad(wbXml, p);
  pkg.set(wbPart, wbXml);
  if (wbRels !== (await pkg.text(wbRelsPart))) pkg.set(wbRelsPart, wbRels);
  const types = (await pkg.text(CONTENT_TYPES)) ?? '';
  pkg.set(CONTENT_TYPES, contentTypes(types, addTypes, dropTypes));
}

/** Our registry sheet is hidden; a sheet we make is shown. */
function withSheetState(wbXml: string, sheets: SheetEntry[], sp: SheetPlan): string {
  const i = sheets.findIndex((s) => s.name.toLowerCase() === sp.sheet.toLowerCase());
  const old = sheets[i]!;
  const tag = withAttr(old.tag, 'state', sp.hidden ? 'hidden' : null);
  if (tag === old.tag) return wbXml;
  sheets[i] = { ...old, tag };
  return wbXml.replace(old.tag, () => tag);
}

/** `$A$1`: a cell of a print area, as Excel writes it. */
function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/**
 * What of our sheets prints, as Excel keeps it: `_xlnm.Print_Area` per sheet, and `_xlnm.Print_Titles`,
 * the rows repeated on each printed page.
 */
function printTitles(
  xml: string,
  p: string,
  sheets: readonly SheetEntry[],
  plans: readonly SheetPlan[],
): string {
  const names: string[] = [];
  const ours = new Set<number>();
  for (const sp of plans) {
    if (!sp.create) continue;
    const i = sheets.findIndex((s) => s.name.toLowerCase() === sp.sheet.toLowerCase());
    ours.add(i);
    const page = sp.pageSetup;
    if (!page) continue;
    const quoted = escapeAttr(`'${sp.sheet.replace(/'/g, "''")}'`);
    const area = page.printArea;
    names.push(
      `<${p}definedName name="_xlnm.Print_Area" localSheetId="${i}">${quoted}!${absolute(area.top, area.left)}:${absolute(area.bottom, area.right)}</${p}definedName>`,
    );
    const rows = page.repeatRows;
    if (!rows) continue;
    names.push(
      `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted}!$${rows.top + 1}:$${rows.bottom + 1}</${p}definedName>`,
    );
  }
  // Our sheets' earlier print areas and titles go; the office's names stay as they are.
  let out = xml.replace(
    new RegExp(`<${p}definedName\\b([^>]*)>[\\s\\S]*?</${p}definedName>`, 'g'),
    (whole: string, attrs: string) => {
      const tag = `<x ${attrs}>`;
      const local = attr(tag, 'localSheetId');
      const name = attr(tag, 'name');
      return (name === '_xlnm.Print_Titles' || name === '_xlnm.Print_Area') &&
        local !== null &&
        ours.has(Number(local))
        ? ''
        : whole;
    },
  );
  if (names.length === 0) return out;
  const close = `</${p}definedNames>`;
  // Replaced by functions here and below: a '$' in a name's reference is not a replacement pattern.
  if (out.includes(close)) return out.replace(close, () => `${names.join('')}${close}`);
  const empty = new RegExp(`<${p}definedNames\\s*/>`);
  if (empty.test(out)) return out.replace(empty, () => `<${p}definedNames>${names.join('')}${close}`);
  const at =
    firstOf(out, ['calcPr', ...AFTER_CALC], out.indexOf(`</${p}sheets>`)) ??
    out.lastIndexOf(`</${p}workbook>`);
  out = out.slice(0, at) + `<${p}definedNames>${names.join('')}${close}` + out.slice(at);
  return out;
}

/** Our formulas carry no cached value: Excel and LibreOffice compute the whole workbook on open. */
function fullCalcOnLoad(xml: string, p: string): string {
  const found = tags(xml, 'calcPr').next();
  if (!found.done)
    return xml.replace(found.value.tag, () => withAttr(found.value.tag, 'fullCalcOnLoad', '1'));
  const from = Math.max(0, xml.indexOf(`</${p}sheets>`));
  const at = firstOf(xml, AFTER_CALC, from) ?? xml.lastIndexOf(`</${p}workbook>`);
  return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

/**
 * The parts of a sheet of ours from an earlier run that this run makes again: its relationships, and the
 * drawing and charts of ours they name (the office's parts are never ours: they carry other names).
 */
async function dropOurDrawings(pkg: Package, sheetPart: string, dropTypes: Set<string>): Promise<void> {
  const relsPart = relsPathOf(sheetPart);
  for (const rel of relationships(await pkg.text(relsPart), sheetPart)) {
    const drawing = pkg.find(rel.target);
    if (rel.external || !drawing || !drawing.includes(DRAWING_PART)) continue;
    const drawingRels = relsPathOf(drawing);
    for (const c of relationships(await pkg.text(drawingRels), drawing)) {
      const part = pkg.find(c.target);
      if (!c.external && part?.includes(CHART_PART)) {
        pkg.remove(part);
        dropTypes.add(part.toLowerCase());
      }
    }
    pkg.remove(drawingRels);
    pkg.remove(drawing);
    dropTypes.add(drawing.toLowerCase());
  }
  pkg.remove(relsPart);
}
