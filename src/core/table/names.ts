import { SheetReader } from '../sheet/snapshot';
import { ColumnRole } from './roles';
import { isRoman } from './text';

function looksLikeNumbering(t: string): boolean {
  return /^\d{1,3}[.)]?$/.test(t) || isRoman(t) || /^[a-z][.)]$/i.test(t) || /^\d+(\.\d+)+\.?$/.test(t);
}

/**
 * One header ("PROGRAM/ KEGIATAN/ SUB KEGIATAN") often spans a numbering column and a name column.
 * The data decides: short numbers and kode are numbering, long text is the name.
 */
export function splitSharedNameColumns(
  sheet: SheetReader,
  cols: readonly { col: number; header: string; role: ColumnRole }[],
  dataTop: number,
  dataBottom: number,
): Map<number, ColumnRole> {
  const out = new Map<number, ColumnRole>();
  for (const c of cols) {
    if (c.role.kind !== 'nama' && c.role.kind !== 'sasaran') continue;
    const sameHeaderNeighbour = cols.some(
      (o) => o !== c && o.role.kind === c.role.kind && o.header === c.header,
    );
    if (!sameHeaderNeighbour) continue;
    let numbering = 0;
    let kode = 0;
    let filled = 0;
    for (let r = dataTop; r <= Math.min(dataBottom, dataTop + 400); r++) {
      const m = sheet.merge(r, c.col);
      if (m && m.top !== r) continue;
      const t = sheet.text(r, c.col);
      if (t === '') continue;
      filled++;
      if (/^\d+(\.\d+){2,}$/.test(t)) kode++;
      else if (looksLikeNumbering(t)) numbering++;
    }
    if (filled === 0) continue;
    if (kode / filled > 0.6) out.set(c.col, { kind: 'kode' });
    else if ((numbering + kode) / filled > 0.6) out.set(c.col, { kind: 'nomor' });
  }
  return out;
}
