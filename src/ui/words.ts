import { formatPercent } from '../core/i18n/format';
import { BuildPreview } from './preview';

type Lang = 'id' | 'en';

/** "kolom G, I, J dan K" / "columns G, I, J and K". */
export function columnsList(letters: readonly string[], lang: Lang): string {
  const id = lang === 'id';
  const and = id ? ' dan ' : ' and ';
  const list = letters.length > 1 ? `${letters.slice(0, -1).join(', ')}${and}${letters.at(-1)}` : letters[0];
  return id ? `kolom ${list}` : `column${letters.length > 1 ? 's' : ''} ${list}`;
}

/**
 * What Buat Tabel Capaian changes in the office's sheet, in one line: "124 nilai yang diketik di Realisasi 2022
 * menjadi rumus: kolom G, I, J, K (mis. K18 "35,10%" → 35,21%)". The same words before the click and in the
 * summary after it. The typed value is quoted as the cell shows it (as the findings quote it): in English
 * "35,10%" beside 35.21% is the office's text, not a number written in two ways. It counts the office's typed values only (as the CLI's summary does); Kembalikan's count
 * also has the empty cells filled and the numbers typed as text made numbers.
 */
export function changeLine(p: BuildPreview, lang: Lang): string {
  const id = lang === 'id';
  const cols = p.columns.join(', ');
  const example = p.example
    ? id
      ? ` (mis. ${p.example.cell} "${p.example.typed}" → ${formatPercent(p.example.expected, 'id')})`
      : ` (e.g. ${p.example.cell} "${p.example.typed}" → ${formatPercent(p.example.expected, 'en')})`
    : '';
  if (p.cells === 0)
    return id
      ? `Tidak ada nilai yang diketik di ${p.sheet} yang diganti rumus.`
      : `No typed cell of ${p.sheet} is replaced by a formula.`;
  return id
    ? `${p.cells} nilai yang diketik di ${p.sheet} menjadi rumus: kolom ${cols}${example}.`
    : `${p.cells} typed values of ${p.sheet} become formulas: column${p.columns.length > 1 ? 's' : ''} ${cols}${example}.`;
}

/** "4 lembar baru: …" and how the change is taken back (Kembalikan, or the original file left as it was). */
export function changeTail(p: BuildPreview, lang: Lang, undo: 'kembalikan' | 'newFile'): string {
  const id = lang === 'id';
  const sheets = p.newSheets.length
    ? id
      ? `${p.newSheets.length} lembar baru (${p.newSheets.join(', ')})`
      : `${p.newSheets.length} new sheet${p.newSheets.length > 1 ? 's' : ''} (${p.newSheets.join(', ')})`
    : '';
  const back =
    undo === 'kembalikan'
      ? id
        ? 'Kembalikan membatalkannya'
        : 'Undo takes it back'
      : id
        ? 'file asli tidak diubah'
        : 'the original file is not changed';
  return [sheets, back].filter(Boolean).join(' · ');
}
