import { columnLetters } from '../sheet/address';
import { SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { settleConvention } from '../numbers/read';
import { mapColumns, RoleOverrides, tableYearOf, TableColumn } from './columns';
import { findHeaderBlocks, HeaderBlock } from './header';
import { buildHierarchy } from './hierarchy';
import { columnOf, Layout, ParsedTable } from './model';
import { RoleKind } from './roles';

export interface ParseOptions {
  /** Column roles chosen by the user, by column letter ("F": { kind: 'targetK' }). */
  readonly roles?: RoleOverrides;
}

const NOTE =
  /^(keterangan|catatan|sumber|ket\s*:|\*|mengetahui|kepala dinas|kepala badan|nip\b|pembina|penata)/i;
const SIGNATURE_PLACE = /^[a-z .]+,\s*\d{1,2}\s+\w+\s+20\d\d$/i;

function filledCells(sheet: SheetReader, row: number, left: number, right: number): number[] {
  const out: number[] = [];
  for (let c = left; c <= right; c++) {
    const m = sheet.merge(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    if (!sheet.isEmpty(row, c)) out.push(c);
  }
  return out;
}

/** Last data row: before notes, a signature, three blank rows, or the next table's header. */
function dataBottomOf(sheet: SheetReader, block: HeaderBlock, top: number, limit: number): number {
  let last = top - 1;
  let blanks = 0;
  for (let r = top; r <= limit; r++) {
    const filled = filledCells(sheet, r, block.left, block.right);
    if (filled.length === 0) {
      if (++blanks >= 3 && last >= top) break;
      continue;
    }
    blanks = 0;
    const first = sheet.text(r, filled[0]!);
    if (filled.length === 1 && (NOTE.test(first) || SIGNATURE_PLACE.test(first)) && last >= top) break;
    last = r;
  }
  return last;
}

function layoutOf(columns: readonly TableColumn[]): Layout {
  const has = (k: RoleKind): boolean => columns.some((c) => c.role.kind === k);
  const periodK = columns.some((c) => c.role.kind === 'period' && c.role.measure === 'K');
  const periodRp = columns.some((c) => c.role.kind === 'period' && c.role.measure === 'Rp');
  const realK = has('realisasiK') || periodK;
  const realRp = has('realisasiRp') || periodRp;
  if (has('targetK') && has('pagu') && (realK || realRp)) return 'evaluasi-renja';
  if (has('targetK') && realK) return 'pengukuran-kinerja';
  if (has('pagu') && realRp) return 'realisasi-anggaran';
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

/** Every table on the sheet that we understand. Pure: reads the snapshot only. */
export function parseSheet(snapshot: SheetSnapshot, options: ParseOptions = {}): ParsedTable[] {
  const sheet = new SheetReader(snapshot);
  const blocks = findHeaderBlocks(sheet);
  const tables: ParsedTable[] = [];
  blocks.forEach((block, i) => {
    const dataTop = (block.numberRow ?? block.bottom) + 1;
    const limit = (blocks[i + 1]?.top ?? sheet.lastRow + 1) - 1;
    const dataBottom = dataBottomOf(sheet, block, dataTop, limit);
    const columns = mapColumns(sheet, block, dataTop, dataBottom, options.roles, columnLetters);
    const col = (k: RoleKind): number | null => columnOf({ columns }, k);
    const valueCols = columns
      .filter((c) => ['targetK', 'pagu', 'realisasiK', 'realisasiRp', 'period'].includes(c.role.kind))
      .map((c) => c.col);
    const hierarchy = buildHierarchy(
      sheet,
      {
        no: col('no'),
        nomor: col('nomor'),
        kode: col('kode'),
        sasaran: col('sasaran'),
        nama: col('nama'),
        indikator: col('indikator'),
        values: valueCols,
        pagu: col('pagu'),
      },
      dataTop,
      dataBottom,
    );
    const conventions = new Map<number, ReturnType<typeof settleConvention>>();
    for (const c of valueCols.concat(
      columns.filter((x) => x.role.kind.startsWith('capaian')).map((x) => x.col),
    )) {
      const texts: string[] = [];
      for (let r = dataTop; r <= dataBottom; r++) {
        const v = sheet.value(r, c);
        if (typeof v === 'string') texts.push(v);
      }
      conventions.set(c, settleConvention(texts));
    }
    tables.push({
      sheet: snapshot.name,
      header: block,
      columns,
      layout: layoutOf(columns),
      dataTop,
      dataBottom,
      nodes: hierarchy.nodes,
      totalRow: hierarchy.totalRow,
      strayRows: hierarchy.strayRows,
      conventions,
      year: tableYearOf(sheet, block),
      titles: titlesAbove(sheet, block.top, i === 0 ? sheet.firstRow : (tables[i - 1]?.dataBottom ?? 0) + 1),
    });
  });
  return tables.filter((t) => t.layout !== 'tidak-dikenal' && t.nodes.length > 0);
}
