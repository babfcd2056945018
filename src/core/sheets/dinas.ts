import { Signatory } from './registry';

/**
 * The dinas named in a table's title, and the placeholder signatories the Perjanjian Kinerja prints from it: the
 * settings show both before the user types anything (small, so the task pane's first script can carry it).
 */
export interface Signatories {
  readonly pertama: Signatory;
  readonly kedua: Signatory;
}

const DINAS =
  /^(DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN|RSUD|RUMAH SAKIT|KECAMATAN|BAGIAN|UPTD)\b/i;

/** The first title line naming an office ("DINAS PEMBERDAYAAN … KOTA BINJAI"), or null. */
export function dinasOf(titles: readonly string[]): string | null {
  return titles.find((t) => DINAS.test(t)) ?? null;
}

/** Placeholder signatories from the dinas name; the user types over them once. */
export function defaultSignatories(dinas: string): Signatories {
  const daerah = /\b(KOTA|KABUPATEN|PROVINSI)\s+(.+)$/i.exec(dinas);
  const kepalaDaerah = daerah
    ? `${/kota/i.test(daerah[1]!) ? 'WALI KOTA' : /kabupaten/i.test(daerah[1]!) ? 'BUPATI' : 'GUBERNUR'} ${daerah[2]!.toUpperCase()}`
    : 'WALI KOTA / BUPATI';
  return {
    pertama: {
      jabatan: `KEPALA ${dinas.toUpperCase() || 'DINAS'}`,
      nama: '(Nama)',
      pangkat: '(Pangkat/Golongan)',
      nip: 'NIP. (…)',
    },
    kedua: { jabatan: kepalaDaerah, nama: '(Nama)', pangkat: '', nip: '' },
  };
}
