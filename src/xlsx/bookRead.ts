import { SheetSnapshot } from '../core/sheet/snapshot';
import { numberFormats } from './numFmts';
import { attr, NS_STRICT, relationships, relKind, relsPathOf, tags } from './ooxml';
import { Package } from './package';
import { sharedStrings } from './sharedStrings';
import { readSheet } from './sheetRead';

/** The workbook part: where `_rels/.rels` says the office document is. */
export async function workbookPart(pkg: Package): Promise<string> {
  const rels = relationships(await pkg.text('_rels/.rels'), '');
  const doc = rels.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
  return (doc && pkg.find(doc.target)) ?? 'xl/workbook.xml';
}

/** A strict-conformance workbook (ISO/IEC 29500 Strict), which the reader does not know. */
export class StrictWorkbookError extends Error {}

/** A workbook part that is not there: the package is no spreadsheet. */
export class NoWorkbookError extends Error {}

/**
 * Every worksheet of the package as the core's snapshot, in the workbook's order (chart sheets have no
 * cells and are left out). Parts are found through the relationships, however a writer names them (absolute
 * or relative targets, any folder), and SpreadsheetML is read with or without a prefix.
 */
export async function readBook(pkg: Package): Promise<SheetSnapshot[]> {
  const wbPart = await workbookPart(pkg);
  const wbXml = await pkg.text(wbPart);
  if (wbXml === null) throw new NoWorkbookError(wbPart);
  if (wbXml.includes(NS_STRICT)) throw new StrictWorkbookError(wbPart);
  const rels = relationships(await pkg.text(relsPathOf(wbPart)), wbPart);
  const partOf = (kind: string): string | null => {
    const rel = rels.find((r) => relKind(r.type) === kind && !r.external);
    return rel ? pkg.find(rel.target) : null;
  };
  const stringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const context = {
    strings: sharedStrings(stringsPart ? await pkg.text(stringsPart) : null),
    formats: numberFormats(stylesPart ? await pkg.text(stylesPart) : null),
  };
  const sheets: SheetSnapshot[] = [];
  for (const { tag } of tags(wbXml, 'sheet')) {
    // The relationship's id, whatever prefix its writer bound to the namespace.
    const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id && !r.external);
    const part = rel && relKind(rel.type) === 'worksheet' ? pkg.find(rel.target) : null;
    const xml = part ? await pkg.text(part) : null;
    if (xml !== null) sheets.push(readSheet(attr(tag, 'name') ?? '', xml, context));
  }
  return sheets;
}
