/**
 * One language per sentence (issue 21): a sentence the officer reads is in Bahasa Indonesia or in English,
 * never both. Each language is told by words only it uses: its function words (yang, dan, di / the, and, of)
 * and the UI's own words (sel, kolom / cells, column). Words both languages use (target, program, status,
 * file, workbook, info) tell nothing and are in neither list; the domain's Indonesian names (capaian,
 * penyerapan, Perjanjian Kinerja, LKjIP) are names in English too and are in neither list either.
 */
import { loadWorkbook } from '../../src/xlsx/workbook';

export type Lang = 'id' | 'en';

const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(
    (
      'yang dan di ke dari untuk tidak dengan ini itu atau pada akan sudah belum dapat bisa oleh dalam sel kolom ' +
      'baris lembar ada lalu juga setiap semua menjadi tanpa bukan seharusnya tertulis hanya masih karena ' +
      'sebagai sesudah sebelum kini mis anda klik tekan pilih buka simpan perbaiki kembalikan unduh temuan ' +
      'kesalahan peringatan pengaturan peran tabel baru diubah dihitung ditandai diperbaiki rumus lainnya ' +
      'tampilkan selengkapnya tutup batal ulang lagi'
    ).split(' '),
  ),
  en: new Set(
    (
      'the an and of to is are in on with this that these those from for by be not can will was were has have ' +
      'it its at or into which now after before each every there what when then than been does your you yet ' +
      'also cell cells column columns row rows sheet sheets table tables open fix undo build download ' +
      'settings findings errors warnings found marked saved read reading again more less new none nothing ' +
      'cannot formula formulas typed figures'
    ).split(' '),
  ),
};

export interface Mixed {
  readonly sentence: string;
  readonly own: readonly string[];
  readonly foreign: readonly string[];
}

/** Sentences of a screen's text: its lines, cut after . ! ? ; : and at the · between clauses. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?;:])\s+|\s+·\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A hyphenated compound is one word: "add-in" (a name in both languages) is not the English "in". */
function words(sentence: string): string[] {
  return (sentence.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).filter((w) => w.length > 1);
}

/**
 * The sentences of `text` that are not in `lang` alone: one with two words only the other language uses, or
 * one with words of both. `names` are the workbook's own texts (its sheet names, headers, indicator names):
 * proper names in either language, taken out before the words are counted.
 */
export function mixedSentences(text: string, lang: Lang, names: readonly string[] = []): Mixed[] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const byLength = [...names].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length);
  const out: Mixed[] = [];
  for (const sentence of sentencesOf(text)) {
    let rest = sentence;
    for (const n of byLength) if (rest.includes(n)) rest = rest.split(n).join(' ');
    const ws = words(rest);
    const own = ws.filter((w) => MARKERS[lang].has(w));
    const foreign = ws.filter((w) => MARKERS[other].has(w));
    if (foreign.length >= 2 || (foreign.length >= 1 && own.length >= 1)) out.push({ sentence, own, foreign });
  }
  return out;
}

/** Every text a workbook holds (sheet names, headers, names, notes): proper names on any screen about it. */
export async function namesIn(file: string): Promise<string[]> {
  const { snapshots } = await loadWorkbook(file);
  const names = new Set<string>();
  for (const s of snapshots) {
    names.add(s.name);
    for (const row of s.values) for (const v of row) if (typeof v === 'string') names.add(v.trim());
  }
  return [...names].filter(Boolean);
}
