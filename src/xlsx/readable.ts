import {
  attr,
  escapeAttr,
  NS_MAIN,
  NS_STRICT,
  relationships,
  relativeTarget,
  relKind,
  resolveTarget,
  rootPrefix,
  tags,
  withAttr,
} from './ooxml';
import { Package, PackageError } from './package';

const EMPTY_DRAWING =
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';

/** The workbook part: where `_rels/.rels` says the office document is. */
export async function workbookPart(pkg: Package): Promise<string> {
  const rels = relationships(await pkg.text('_rels/.rels'), '');
  const doc = rels.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
  return (doc && pkg.find(doc.target)) ?? 'xl/workbook.xml';
}

/** A strict-conformance workbook (ISO/IEC 29500 Strict), which the reader does not know. */
export class StrictWorkbookError extends Error {}

/** A relationships part with absolute targets (`/xl/comments/comment1.xml`, as openpyxl writes) made relative. */
function relativeRels(xml: string, relsPart: string): string {
  // `xl/worksheets/_rels/sheet1.xml.rels` belongs to `xl/worksheets/sheet1.xml`.
  const owner = relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1');
  let out = xml;
  for (const { tag } of tags(xml, 'Relationship')) {
    const target = attr(tag, 'Target');
    if (!target?.startsWith('/') || attr(tag, 'TargetMode') === 'External') continue;
    const part = resolveTarget(owner, target);
    const relative = owner.includes('/') ? relativeTarget(owner, part) : part;
    out = out.replace(tag, withAttr(tag, 'Target', relative));
  }
  return out;
}

/** Where ExcelJS looks for a sheet's comments and their VML: it finds them by these names alone. */
const EXCELJS_NAMES: Readonly<Record<string, RegExp>> = {
  comments: /^xl\/comments\d+\.xml$/,
  vmlDrawing: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
};

/**
 * A sheet's comments named as other writers name them (`xl/comments/comment1.xml`, openpyxl) make ExcelJS
 * throw. The reader needs no comments: in the copy it reads they are left out (the sheet's legacy drawing and
 * its relationships); the written file keeps them, since the writer patches the office's own bytes.
 */
async function withoutForeignComments(pkg: Package, relsPart: string, rels: string): Promise<string | null> {
  const sheet = relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1');
  const foreign = relationships(rels, sheet).filter((r) => {
    const names = EXCELJS_NAMES[relKind(r.type)];
    return names !== undefined && !r.external && !names.test(r.target);
  });
  if (foreign.length === 0) return null;
  const sheetXml = await pkg.text(sheet);
  if (sheetXml === null) return null;
  const dropped = new Set(foreign.map((r) => r.id));
  let out = rels;
  for (const { tag } of tags(rels, 'Relationship'))
    if (dropped.has(attr(tag, 'Id') ?? '')) out = out.replace(tag, '');
  // Every comment relationship goes: ExcelJS pairs a sheet's comments with its VML.
  for (const { tag } of tags(out, 'Relationship')) {
    if (EXCELJS_NAMES[relKind(attr(tag, 'Type') ?? '')]) out = out.replace(tag, '');
  }
  pkg.set(sheet, sheetXml.replace(/<([\w.-]+:)?legacyDrawing\b[^>]*\/>/, ''));
  return out;
}

/** SpreadsheetML written with a prefix (`<x:worksheet xmlns:x="…main">`) as the default namespace. */
function unprefixed(xml: string): string | null {
  const p = rootPrefix(xml);
  if (!p) return null;
  const name = p.slice(0, -1);
  const declared = new RegExp(`xmlns:${name}\\s*=\\s*["']${NS_MAIN.replace(/[.]/g, '\\.')}["']`);
  if (!declared.test(xml) || /<[^>]*\sxmlns\s*=/.test(xml.slice(0, 2000))) return null;
  return xml
    .replace(declared, `xmlns="${escapeAttr(NS_MAIN)}"`)
    .replace(new RegExp(`<(/?)${name}:`, 'g'), '<$1');
}

/**
 * The bytes as the reader (ExcelJS) can take them: a package whose relationship targets are absolute, or whose
 * SpreadsheetML carries a prefix, is given to it with those spelled the common way. Only for reading: the
 * writer patches the office's own bytes. Throws StrictWorkbookError for a strict-conformance file.
 */
export async function readableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  // Every browser the page supports and Node 20 have both; jsdom (the task pane's tests, which read the sample
  // through this reader) has neither: there ExcelJS gets the bytes as they are.
  if (typeof TextDecoder === 'undefined' || typeof DecompressionStream === 'undefined') return bytes;
  let pkg: Package;
  try {
    pkg = Package.read(bytes);
  } catch (e) {
    if (e instanceof PackageError) return bytes;
    throw e;
  }
  try {
    const wb = await workbookPart(pkg);
    const wbXml = (await pkg.text(wb)) ?? '';
    if (wbXml.includes(NS_STRICT)) throw new StrictWorkbookError(wb);
    let changed = false;
    const prefixed = rootPrefix(wbXml) !== '';
    for (const path of pkg.paths()) {
      if (path.endsWith('.rels')) {
        let xml = (await pkg.text(path))!;
        const absolute = /Target\s*=\s*["']\//.test(xml);
        if (absolute) xml = relativeRels(xml, path);
        const comments = /\/(comments|vmlDrawing)["']/.test(xml)
          ? await withoutForeignComments(pkg, path, xml)
          : null;
        if (!absolute && comments === null) continue;
        pkg.set(path, comments ?? xml);
        changed = true;
      } else if (/^xl\/drawings\/[^/]*\.xml$/.test(path)) {
        // The reader needs no pictures, shapes or charts, and ExcelJS throws on some (a shape beside a
        // picture): in the copy it reads, each drawing is empty. The written file keeps them.
        pkg.set(path, EMPTY_DRAWING);
        changed = true;
      } else if (prefixed && path.endsWith('.xml')) {
        const xml = unprefixed((await pkg.text(path))!);
        if (xml === null) continue;
        pkg.set(path, xml);
        changed = true;
      }
    }
    return changed ? await pkg.write('store') : bytes;
  } catch (e) {
    if (e instanceof StrictWorkbookError) throw e;
    // A part that does not inflate: the reader says the file is damaged.
    return bytes;
  }
}
