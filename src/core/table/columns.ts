import { SheetReader } from '../sheet/snapshot';
import { columnHeaderPath, HeaderBlock } from './header';
import { ColumnRole, Measure } from './roles';
import { isRoman, normalize } from './text';

export interface TableColumn {
  readonly col: number;
  readonly header: string;
  readonly role: ColumnRole;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
const ROMAN_1_4: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function measureOf(path: readonly string[]): Measure | null {
  const leaf = normalize(path[path.length - 1] ?? '');
  if (/^(rp\.?|\(rp\)|rupiah|keuangan|anggaran|dana|rp .*)$/.test(leaf)) return 'Rp';
  if (/^(k|kinerja|fisik|volume|vol|output|k .*)$/.test(leaf)) return 'K';
  const all = normalize(path.join(' '));
  const money = /\b(rp|rupiah|keuangan|pagu|anggaran|alokasi|dana|biaya)\b/.test(all);
  const kinerja = /\b(kinerja|fisik|volume|output|indikator)\b/.test(all);
  if (money && !kinerja) return 'Rp';
  if (kinerja && !money) return 'K';
  return null;
}

function periodOf(path: readonly string[]): { index: number; of: 4 | 12 } | null {
  const all = normalize(path.join(' '));
  for (const raw of path) {
    const t = normalize(raw);
    const tw = /^(?:tw|trw|triwulan|tri wulan)\s*-?\s*([1-4]|iv|i{1,3})$/.exec(t);
    if (tw) return { index: Number(tw[1]) || ROMAN_1_4[tw[1]!]!, of: 4 };
    const month = MONTHS.findIndex((m) => t.startsWith(m) && t.length <= 10);
    if (month >= 0) return { index: month + 1, of: 12 };
    if (/\b(triwulan|tw)\b/.test(all) && ROMAN_1_4[t] !== undefined) return { index: ROMAN_1_4[t]!, of: 4 };
    if (/\b(triwulan|tw)\b/.test(all) && /^[1-4]$/.test(t)) return { index: Number(t), of: 4 };
    if (/\bbulan\b/.test(all) && /^([1-9]|1[0-2])$/.test(t)) return { index: Number(t), of: 12 };
  }
  return null;
}

function yearsIn(text: string): number[] {
  return (text.match(/\b20\d\d\b/g) ?? []).map(Number);
}

/** The role a header path names, before looking at the data. */
export function roleFromHeader(path: readonly string[], tableYear: number | null): ColumnRole {
  const all = normalize(path.join(' > '));
  const leaf = normalize(path[path.length - 1] ?? '');
  if (all === '') return { kind: 'other' };
  if (/^(no\.?|nomor|nomer|no urut)$/.test(leaf) && path.length === 1) return { kind: 'no' };
  if (/\bkode\b/.test(all)) return { kind: 'kode' };
  if (/polarit|sifat indikator/.test(all)) return { kind: 'polaritas' };
  if (/penanggung ?jawab|\bpj\b|unit kerja|bidang pelaksana|pelaksana/.test(all))
    return { kind: 'penanggungJawab' };
  if (/keterangan|catatan|^ket\.?$/.test(leaf)) return { kind: 'keterangan' };
  if (/^satuan\b/.test(leaf) && !/satuan kerja/.test(leaf)) return { kind: 'satuan' };

  const measureWord = /\b(realisasi)\b/.test(all)
    ? 'realisasi'
    : /capaian|%/.test(all)
      ? 'capaian'
      : 'target';
  if (/renstra|rpjmd|akhir periode|kondisi akhir/.test(all)) {
    return { kind: 'reference', source: 'renstra', measure: /capaian|%/.test(all) ? 'capaian' : measureWord };
  }
  const years = yearsIn(all);
  if (tableYear !== null && years.length > 0 && Math.max(...years) < tableYear) {
    return {
      kind: 'reference',
      source: 'priorYear',
      measure: /capaian|%/.test(all) ? 'capaian' : measureWord,
    };
  }

  const period = periodOf(path);
  if (period) return { kind: 'period', measure: measureOf(path) ?? 'K', ...period };

  if (/capaian|\(%\)|%|persentase penyerapan|penyerapan/.test(all)) {
    return { kind: measureOf(path) === 'Rp' || /penyerapan/.test(all) ? 'capaianRp' : 'capaianK' };
  }
  if (/realisasi|jumlah|total/.test(all) && !/indikator|program|kegiatan/.test(leaf)) {
    return { kind: measureOf(path) === 'Rp' ? 'realisasiRp' : 'realisasiK' };
  }
  if (/\b(target|rencana)\b/.test(all)) return { kind: measureOf(path) === 'Rp' ? 'pagu' : 'targetK' };
  if (/\b(pagu|anggaran|alokasi|dana)\b/.test(all)) return { kind: 'pagu' };
  if (/indikator|tolok ukur|ukuran kinerja/.test(all)) return { kind: 'indikator' };
  if (/sasaran|tujuan/.test(all)) return { kind: 'sasaran' };
  if (/program|kegiatan|uraian|nama/.test(all)) return { kind: 'nama' };
  return { kind: 'other' };
}

/** The year a table reports on: the latest year its header names. */
export function tableYearOf(sheet: SheetReader, block: HeaderBlock): number | null {
  const years: number[] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    for (let c = block.left; c <= block.right; c++) years.push(...yearsIn(sheet.text(r, c)));
  }
  return years.length ? Math.max(...years) : null;
}

function looksLikeNumbering(t: string): boolean {
  return /^\d{1,3}[.)]?$/.test(t) || isRoman(t) || /^[a-z][.)]$/i.test(t) || /^\d+(\.\d+)+\.?$/.test(t);
}

/**
 * One header ("PROGRAM/ KEGIATAN/ SUB KEGIATAN") often spans a numbering column and a name column.
 * The data decides: short numbers and kode are numbering, long text is the name.
 */
function splitSharedNameColumns(
  sheet: SheetReader,
  columns: TableColumn[],
  dataTop: number,
  dataBottom: number,
): TableColumn[] {
  const out = [...columns];
  for (let i = 0; i < out.length; i++) {
    const col = out[i]!;
    if (col.role.kind !== 'nama' && col.role.kind !== 'sasaran') continue;
    let numbering = 0;
    let kode = 0;
    let filled = 0;
    for (let r = dataTop; r <= Math.min(dataBottom, dataTop + 400); r++) {
      const m = sheet.merge(r, col.col);
      if (m && m.top !== r) continue;
      const t = sheet.text(r, col.col);
      if (t === '') continue;
      filled++;
      if (/^\d+(\.\d+){2,}$/.test(t)) kode++;
      else if (looksLikeNumbering(t)) numbering++;
    }
    if (filled === 0) continue;
    const sameHeaderNeighbour = out.some(
      (o) => o !== col && o.role.kind === col.role.kind && o.header === col.header,
    );
    if (!sameHeaderNeighbour) continue;
    if (kode / filled > 0.6) out[i] = { ...col, role: { kind: 'kode' } };
    else if ((numbering + kode) / filled > 0.6) out[i] = { ...col, role: { kind: 'nomor' } };
  }
  return out;
}

/** Keeps the first column of each single-valued role; later duplicates become 'other'. */
function dropDuplicateRoles(columns: TableColumn[]): TableColumn[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    const key =
      c.role.kind === 'period'
        ? `period-${c.role.measure}-${c.role.index}-${c.role.of}`
        : c.role.kind === 'reference'
          ? `ref-${c.role.source}-${c.role.measure}-${c.header}`
          : c.role.kind;
    if (c.role.kind === 'other') return c;
    if (seen.has(key)) return { ...c, role: { kind: 'other' } };
    seen.add(key);
    return c;
  });
}

export type RoleOverrides = Readonly<Record<string, ColumnRole>>;

export function mapColumns(
  sheet: SheetReader,
  block: HeaderBlock,
  dataTop: number,
  dataBottom: number,
  overrides: RoleOverrides = {},
  columnLetter: (col: number) => string,
): TableColumn[] {
  const year = tableYearOf(sheet, block);
  let columns: TableColumn[] = [];
  for (let c = block.left; c <= block.right; c++) {
    const path = columnHeaderPath(sheet, block, c);
    columns.push({ col: c, header: path.join(' / '), role: roleFromHeader(path, year) });
  }
  columns = splitSharedNameColumns(sheet, columns, dataTop, dataBottom);
  // With no kinerja columns at all, an unlabelled "%" column is the budget's penyerapan.
  if (!columns.some((c) => c.role.kind === 'targetK' || c.role.kind === 'realisasiK')) {
    columns = columns.map((c) => (c.role.kind === 'capaianK' ? { ...c, role: { kind: 'capaianRp' } } : c));
  }
  columns = columns.map((c) => {
    const o = overrides[columnLetter(c.col)];
    return o ? { ...c, role: o } : c;
  });
  return dropDuplicateRoles(columns);
}
