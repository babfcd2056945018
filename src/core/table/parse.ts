import { columnLetters } from '../sheet/address';
import { CellRange, SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { RoleOverrides, TableColumn } from './columns';
import { confirmColumns } from './confirm';
import { splitLeadingPeriods, splitNumberedPeriods } from './periodRun';
import { findHeaderBlocks, HeaderBlock, headerEnd } from './header';
import { columnHeaderGroups, columnHeaderPath } from './headerPath';
import { buildHierarchy } from './hierarchy';
import { progressColumns } from './progress';
import { levelFromWords } from './levels';
import { columnOf, Layout, Level, ParsedTable } from './model';
import { ColumnHeaders, readMergedColumns, withMergedRows } from './merged';
import { readNumbering } from './numbering';
import { proposeColumns, tableYearFrom } from './propose';
import { RoleKind } from './roles';
import { normalize } from './text';
import { readCell } from '../numbers/read';
import { BELANJA, REVENUE } from './vocabulary';

/** The table the user marked: its header rows, the whole table, or both. */
export type TableMark =
  | { readonly header: CellRange; readonly table?: CellRange }
  | { readonly header?: CellRange; readonly table: CellRange };

export interface ParseOptions {
  /** Column roles chosen by the user, by column letter ("F": { kind: 'targetK' }). */
  readonly roles?: RoleOverrides;
  readonly mark?: TableMark;
}

/** A header-like band that did not make a table, for the message that says what was seen. */
export interface NearMiss {
  readonly row: number;
  readonly reason: 'no-pair' | 'no-name' | 'no-data';
}

export interface SheetTables {
  readonly tables: ParsedTable[];
  readonly misses: NearMiss[];
}

const NOTE =
  /^(keterangan|catatan|notes?\s*:|n\.?b\.?\s*:|sumber|ket\s*:|\*|mengetahui|menyetujui|disetujui|diperiksa|dievaluasi|disusun|dibuat oleh|faktor\b|kepala\b|sekretaris\b|plt\.?\s|plh\.?\s|a\.?n\.?\s|camat\b|direktur\b|bupati\b|wali ?kota\b|gubernur\b|nip\b|nip\.|pembina|penata|pengatur)/i;
// "Medan, 22 November 2022", or the place typed with the date left to fill in ("Medan,        2022").
const SIGNATURE_PLACE = /^[a-z .'-]+,\s*((\d{1,2}\s+)?([a-z]+\s+)?(19|20)\d\d)?$/i;

function isNoteText(text: string): boolean {
  return NOTE.test(text) || SIGNATURE_PLACE.test(text);
}

/** Does the cell hold something of its own (not the covered part of a merged area)? */
function holds(sheet: SheetReader, row: number, c: number): boolean {
  const m = sheet.merge(row, c);
  return !(m && (m.left !== c || m.top !== row)) && !sheet.isEmpty(row, c);
}

function filledCells(sheet: SheetReader, row: number, left: number, right: number): number[] {
  const out: number[] = [];
  for (let c = left; c <= right; c++) if (holds(sheet, row, c)) out.push(c);
  return out;
}

/**
 * Last data row: before notes, a signature block, three blank rows, or the next table's header. After a
 * blank row, text alone in the right half of the table is a signature block ("Sekretaris DPRD").
 */
function dataBottomOf(sheet: SheetReader, block: HeaderBlock, top: number, limit: number): number {
  let last = top - 1;
  let blanks = 0;
  const middle = block.left + (block.right - block.left) / 2;
  for (let r = top; r <= limit; r++) {
    // Notes and signatures are text only: a row with a figure (most rows) is read no further, its cells
    // counted, not listed.
    let count = 0;
    let onlyText = true;
    for (let c = block.left; c <= block.right; c++)
      if (holds(sheet, r, c)) {
        count++;
        onlyText &&= typeof sheet.value(r, c) === 'string';
      }
    if (count === 0) {
      if (++blanks >= 3 && last >= top) break;
      continue;
    }
    if (last >= top && onlyText) {
      const filled = filledCells(sheet, r, block.left, block.right);
      const texts = filled.map((c) => sheet.text(r, c));
      if (texts.every(isNoteText)) break;
      if (blanks > 0 && filled.every((c) => c > middle)) break;
      // "Faktor penghambat: …" under a blank row is a note, not a line of the table.
      if (blanks > 0 && filled.length === 1 && /^[^:]{3,60}:\s/.test(texts[0]!)) break;
    }
    blanks = 0;
    last = r;
  }
  return last;
}

/**
 * A column under the name column's own header ("U R A I A N" merged over B:L) holds the names of deeper
 * lines, indented by column, not indicators: read as part of the name.
 */
function withIndentedNames(columns: readonly TableColumn[]): TableColumn[] {
  const span = nameSpanOf(columns, columnOf({ columns }, 'nama'));
  return columns.map((c) =>
    span.includes(c.col) && c.role.kind === 'indikator' && c.why.by !== 'user'
      ? { ...c, role: { kind: 'other' }, kind: 'label' }
      : c,
  );
}

/** Columns right of the name column under the very same header ("U R A I A N" merged over B:L). */
function nameSpanOf(columns: readonly TableColumn[], nama: number | null): number[] {
  const own = columns.find((c) => c.col === nama);
  if (!own) return [];
  const span: number[] = [];
  for (let c = own.col + 1; ; c++) {
    const next = columns.find((x) => x.col === c);
    if (!next || next.header !== own.header || next.kind === 'derived') return span;
    span.push(c);
  }
}

function layoutOf(columns: readonly TableColumn[]): Layout {
  const has = (k: RoleKind): boolean => columns.some((c) => c.role.kind === k);
  const periodK = columns.some((c) => c.role.kind === 'period' && c.role.measure === 'K');
  const periodRp = columns.some((c) => c.role.kind === 'period' && c.role.measure === 'Rp');
  const realK = has('realisasiK') || periodK;
  const realRp = has('realisasiRp') || periodRp;
  const named = has('nama') || has('indikator') || has('sasaran');
  if (!named) return 'tidak-dikenal';
  if (has('targetK') && has('pagu') && (realK || realRp)) return 'evaluasi-renja';
  if (has('targetK') && (realK || has('capaianK'))) return 'pengukuran-kinerja';
  if (realK && has('capaianK')) return 'pengukuran-kinerja';
  if (has('pagu') && (realRp || has('capaianRp'))) return 'realisasi-anggaran';
  if (has('targetK') && has('indikator')) return 'rencana-kinerja';
  if (has('pagu') && has('nama')) return 'daftar-anggaran';
  return 'tidak-dikenal';
}

function titlesAbove(sheet: SheetReader, headerTop: number, from: number): string[] {
  const titles: string[] = [];
  for (let r = from; r < headerTop; r++) {
    for (let c = sheet.firstCol; c <= sheet.lastCol; c++) {
      const m = sheet.merge(r, c);
      if (m && (m.left !== c || m.top !== r)) continue;
      const t = sheet.text(r, c);
      if (t) {
        titles.push(t);
        break;
      }
    }
  }
  return titles;
}

/** The texts of a band, to recognise a header repeated on every printed page. */
function bandText(sheet: SheetReader, b: HeaderBlock): string {
  const parts: string[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) parts.push(normalize(sheet.text(r, c)));
  return `${b.left}|${b.right}|${parts.join('|')}`;
}

/**
 * The header of a marked table: as marked, or the header band found inside the marked table, or else its
 * first row.
 */
function markedBlock(sheet: SheetReader, given: TableMark): HeaderBlock {
  // Whole rows or columns ("3:5", "A:K") are cut to the sheet's cells.
  const cut = (r: CellRange | undefined): CellRange | undefined =>
    r && {
      top: Math.max(r.top, Math.min(r.bottom, sheet.firstRow)),
      left: Math.max(r.left, Math.min(r.right, sheet.firstCol)),
      bottom: Math.min(r.bottom, Math.max(r.top, sheet.lastRow)),
      right: Math.min(r.right, Math.max(r.left, sheet.lastCol)),
    };
  const mark = { header: cut(given.header), table: cut(given.table) } as TableMark;
  const table = mark.table;
  const inside = table
    ? findHeaderBlocks(sheet).find((b) => b.top >= table.top && b.top <= table.bottom)
    : undefined;
  const header =
    mark.header ??
    (inside ? { ...table!, top: inside.top, bottom: inside.bottom } : { ...table!, bottom: table!.top });
  const { top, bottom } = header;
  const left = table?.left ?? header.left;
  const right = table?.right ?? header.right;
  const numbering = bottom + 1 <= sheet.lastRow ? readNumbering(sheet, bottom + 1, left, right) : null;
  return { top, bottom, left, right, numbering };
}

/** "Sub Kegiatan" (or "Program", "Kegiatan") alone over the name column: the level of every line. */
function headerLevelOf(columns: readonly TableColumn[]): Level | null {
  const nama = columns.find((c) => c.role.kind === 'nama');
  if (!nama) return null;
  const header = normalize(nama.header);
  return /^(sub ?kegiatan|kegiatan|program)$/.test(header) ? levelFromWords(header) : null;
}

const FIGURE_ROLES: ReadonlySet<RoleKind> = new Set([
  'targetK',
  'pagu',
  'realisasiK',
  'realisasiRp',
  'period',
]);

/** The columns whose header words propose a figure (target, pagu, realisasi, a period). */
function figureColumns(sheet: SheetReader, block: HeaderBlock): number[] {
  const paths: string[][] = [];
  for (let c = block.left; c <= block.right; c++) paths.push(columnHeaderPath(sheet, block, c));
  return proposeColumns(paths, null, block.left)
    .map((p, i) => (p.proposals.some((x) => FIGURE_ROLES.has(x.role.kind)) ? block.left + i : -1))
    .filter((c) => c >= 0);
}

/** Does a row from `top` to `bottom` hold a number in one of the columns? */
function holdsFigures(sheet: SheetReader, top: number, bottom: number, cols: readonly number[]): boolean {
  for (let r = top; r <= bottom; r++)
    for (const c of cols)
      if (readCell(sheet.value(r, c), sheet.numberFormat(r, c)).kind === 'number') return true;
  return false;
}

function missOf(columns: readonly TableColumn[], row: number): NearMiss {
  const has = (...k: RoleKind[]): boolean => columns.some((c) => k.includes(c.role.kind));
  const named = has('nama', 'indikator', 'sasaran');
  return { row, reason: named ? 'no-pair' : 'no-name' };
}

/** Every table on the sheet that we understand. Pure: reads the snapshot only. */
/** `sheet` reads `snapshot`: the engine passes its own, so that what one reads of a cell the other reuses. */
export function parseSheet(
  snapshot: SheetSnapshot,
  options: ParseOptions = {},
  sheet: SheetReader = new SheetReader(snapshot),
): SheetTables {
  const found = (options.mark ? [markedBlock(sheet, options.mark)] : findHeaderBlocks(sheet)).map((b) =>
    withMergedRows(sheet, b),
  );
  const tables: ParsedTable[] = [];
  const misses: NearMiss[] = [];
  let previousBottom = sheet.firstRow - 1;
  for (let i = 0; i < found.length; i++) {
    const block = found[i]!;
    if (block.top <= previousBottom) continue;
    const dataTop = headerEnd(block) + 1;
    // A header repeated on each printed page continues the same table.
    const skip = new Set<number>();
    let next = i + 1;
    const text = bandText(sheet, block);
    // A header-like row whose words propose no figure column (a programme's name in capitals) is no
    // table's header while this table's figures go on under it; with only words under it ("Permasalahan |
    // Solusi" over their text) it heads a table of words, and ends this one.
    const figures = options.mark ? [] : figureColumns(sheet, block);
    const goesOn = (k: number): boolean => {
      const b = found[k]!;
      const bottom = (found[k + 1]?.top ?? sheet.lastRow + 1) - 1;
      return figureColumns(sheet, b).length === 0 && holdsFigures(sheet, headerEnd(b) + 1, bottom, figures);
    };
    let ends = next;
    while (!options.mark && found[ends] && goesOn(ends)) ends++;
    let limit = (found[ends]?.top ?? sheet.lastRow + 1) - 1;
    let dataBottom = options.mark?.table
      ? options.mark.table.bottom
      : dataBottomOf(sheet, block, dataTop, limit);
    while (
      !options.mark &&
      found[next] &&
      bandText(sheet, found[next]!) === text &&
      dataBottom >= found[next]!.top - 3
    ) {
      const repeat = found[next]!;
      for (let r = repeat.top; r <= headerEnd(repeat); r++) skip.add(r);
      next++;
      limit = (found[next]?.top ?? sheet.lastRow + 1) - 1;
      dataBottom = dataBottomOf(sheet, block, headerEnd(repeat) + 1, limit);
    }
    if (dataBottom < dataTop) {
      misses.push({ row: block.top, reason: 'no-data' });
      continue;
    }
    const typed: ColumnHeaders = { paths: [], groups: [] };
    for (let c = block.left; c <= block.right; c++) {
      const path = columnHeaderPath(sheet, block, c);
      // The unit row under the column numbers ("K", "%", "Rp.") is the column's lowest label.
      const unit = block.numbering?.units.get(c);
      typed.paths.push(unit && path[path.length - 1] !== unit ? [...path, unit] : path);
      typed.groups.push(columnHeaderGroups(sheet, block, c));
    }
    const { paths, groups } = readMergedColumns(
      sheet,
      block,
      { top: dataTop, bottom: dataBottom, skip },
      typed,
    );
    splitNumberedPeriods(paths, groups);
    splitLeadingPeriods(paths);
    const titles = titlesAbove(sheet, block.top, previousBottom + 1);
    const year = tableYearFrom(paths, titles);
    // A period of K | % | Rp: its % is the period's progress (progress.ts).
    const proposals = progressColumns(proposeColumns(paths, year, block.left, groups));
    const columns = withIndentedNames(
      confirmColumns(
        sheet,
        block,
        proposals,
        { top: dataTop, bottom: dataBottom, skip },
        options.roles ?? {},
        columnLetters,
      ),
    );
    const layout = layoutOf(columns);
    // A table the user marked is kept even before its roles are known: the roles are set next.
    if (layout === 'tidak-dikenal' && !options.mark) {
      misses.push(missOf(columns, block.top));
      continue;
    }
    const col = (k: RoleKind): number | null => columnOf({ columns }, k);
    const valueCols = columns
      .filter((c) => ['targetK', 'pagu', 'realisasiK', 'realisasiRp', 'period'].includes(c.role.kind))
      .map((c) => c.col);
    const hierarchy = buildHierarchy(
      sheet,
      {
        nameSpan: nameSpanOf(columns, col('nama')),
        no: col('no'),
        nomor: col('nomor'),
        kode: col('kode'),
        sasaran: col('sasaran'),
        nama: col('nama'),
        indikator: col('indikator'),
        values: valueCols,
        pagu: col('pagu'),
        money: [col('pagu'), col('realisasiRp')].filter((c): c is number => c !== null),
        headerLevel: headerLevelOf(columns),
      },
      dataTop,
      dataBottom,
      skip,
    );
    if (hierarchy.nodes.length === 0) {
      misses.push({ row: block.top, reason: 'no-data' });
      continue;
    }
    const conventions = new Map(columns.map((c) => [c.col, c.convention] as const));
    const context = normalize([...titles, ...paths.flat()].join(' '));
    tables.push({
      sheet: snapshot.name,
      header: block,
      columns,
      layout,
      dataTop,
      dataBottom,
      skipRows: skip,
      nodes: hierarchy.nodes,
      totalRow: hierarchy.totalRow,
      summaryRows: hierarchy.summaryRows,
      strayRows: hierarchy.strayRows,
      hierarchyFit: hierarchy.fit,
      conventions,
      year,
      titles,
      revenue: REVENUE.test(context) && !BELANJA.test(context),
    });
    previousBottom = dataBottom;
    i = next - 1;
  }
  return { tables, misses };
}
