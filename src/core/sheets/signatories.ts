import { SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { Signatories } from './dinas';
import { SheetNames } from './names';
import { Signatory } from './registry';

/*
 * Reading the signatories back from an earlier Perjanjian Kinerja: a file of its own, apart from the sheet's
 * builder, so the pane's first read (which prefills the settings with them) carries no sheet builder.
 */

/** Rows of a signature block below its label: jabatan, space to sign, nama, pangkat, NIP. */
export const SIGN_OFFSET = { jabatan: 1, nama: 6, pangkat: 7, nip: 8 } as const;

/** Signatories as the user left them in an earlier Perjanjian Kinerja sheet of ours, if any. */
export function signatoriesFrom(
  snapshot: SheetSnapshot | undefined,
  labels: Pick<SheetNames, 'pihakKesatu' | 'pihakKedua'>,
): Partial<Signatories> {
  if (!snapshot) return {};
  const r = new SheetReader(snapshot);
  const out: { pertama?: Signatory; kedua?: Signatory } = {};
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    for (let col = r.firstCol; col <= r.lastCol; col++) {
      const t = r.text(row, col).replace(/,$/, '');
      const key = t === labels.pihakKesatu ? 'pertama' : t === labels.pihakKedua ? 'kedua' : null;
      if (!key) continue;
      out[key] = {
        jabatan: r.text(row + SIGN_OFFSET.jabatan, col),
        nama: r.text(row + SIGN_OFFSET.nama, col),
        pangkat: r.text(row + SIGN_OFFSET.pangkat, col),
        nip: r.text(row + SIGN_OFFSET.nip, col),
      };
    }
  }
  return out;
}
