import { roleLabel } from '../core/i18n/columns';
import { ColumnRole, SimpleRoleKind } from '../core/table/roles';

type Lang = 'id' | 'en';

/**
 * Why nothing can be computed in a table as read, or null when something can: a target/realisasi pair (a
 * realisasi may come per period) or a pagu/realisasi Rp pair, and at least one indicator or budget line. A
 * table that passes no check because it has nothing to check is never called consistent.
 */
export function nothingToCompute(roles: readonly ColumnRole[], indikator: number, lang: Lang): string | null {
  const id = lang === 'id';
  const has = (kind: SimpleRoleKind, measure: 'K' | 'Rp' | null = null): boolean =>
    roles.some((r) => r.kind === kind || (measure && r.kind === 'period' && r.measure === measure));
  const k = { target: has('targetK'), realisasi: has('realisasiK', 'K') };
  const rp = { pagu: has('pagu'), realisasi: has('realisasiRp', 'Rp') };
  const name = (kind: SimpleRoleKind): string => roleLabel({ kind }, lang);
  const missing = (pair: [boolean, SimpleRoleKind][]): string =>
    pair
      .filter(([there]) => !there)
      .map(([, kind]) => name(kind))
      .join(id ? ' dan ' : ' and ');
  const kMissing = missing([
    [k.target, 'targetK'],
    [k.realisasi, 'realisasiK'],
  ]);
  const rpMissing = missing([
    [rp.pagu, 'pagu'],
    [rp.realisasi, 'realisasiRp'],
  ]);
  const ask = id ? ' Pilih perannya di Peran kolom.' : ' Choose their roles under Column roles.';
  if (kMissing && rpMissing) {
    // A pair half there is the one to finish; with neither, both are named.
    const what =
      (k.target || k.realisasi) && !(rp.pagu || rp.realisasi)
        ? kMissing
        : (rp.pagu || rp.realisasi) && !(k.target || k.realisasi)
          ? rpMissing
          : id
            ? `${kMissing}, atau ${rpMissing}`
            : `${kMissing}, or ${rpMissing}`;
    return id
      ? `Belum ada yang dapat dihitung: belum ada kolom ${what}.${ask}`
      : `Nothing can be computed yet: no column ${what}.${ask}`;
  }
  if (indikator === 0 && rpMissing)
    return id
      ? `Belum ada yang dapat dihitung: tidak ada baris indikator yang terbaca. Periksa kolom Indikator di Peran kolom.`
      : `Nothing can be computed yet: no indicator row was read. Check the Indicator column under Column roles.`;
  return null;
}

/** Where the findings would be, while nothing can be computed: no finding is no proof of a consistent table. */
export function notChecked(lang: Lang): string {
  return lang === 'id'
    ? 'Belum ada yang diperiksa: tetapkan dulu peran kolom (lihat di atas).'
    : 'Nothing checked yet: set the column roles first (see above).';
}
