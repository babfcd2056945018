import { normalize } from '../table/text';
import { Polarity } from './settings';

/**
 * Indicators where lower is better. Whole phrases only: "kekerasan" alone is not negative ("Persentase anak
 * korban kekerasan yang dilayani" is a positive indicator), "jumlah kasus kekerasan" is.
 */
const NEGATIVE_PHRASES: readonly string[] = [
  'rasio kdrt',
  'angka kematian',
  'kematian ibu',
  'kematian bayi',
  'kematian balita',
  'prevalensi',
  'stunting',
  'gizi buruk',
  'angka kesakitan',
  'jumlah kasus',
  'angka kasus',
  'kasus kekerasan',
  'angka kekerasan',
  'tingkat pengangguran',
  'angka pengangguran',
  'angka putus sekolah',
  'putus sekolah',
  'penduduk miskin',
  'tingkat kemiskinan',
  'angka kemiskinan',
  'persentase kemiskinan',
  'indeks gini',
  'rasio gini',
  'gini rasio',
  'tingkat inflasi',
  'angka kriminalitas',
  'tingkat kriminalitas',
  'angka kecelakaan',
  'jumlah kecelakaan',
  'luas genangan',
  'kawasan kumuh',
  'rumah tidak layak huni',
  'pekerja anak',
  'perkawinan anak',
  'pernikahan dini',
  'perkawinan usia anak',
  'jumlah temuan',
  'temuan pemeriksaan',
  'lama waktu',
  'waktu tunggu',
  'jumlah pengaduan',
  'tingkat pelanggaran',
  'angka kesakitan',
  'incidence rate',
  'kebakaran',
  'tingkat kesalahan',
  'angka kesalahan',
  'pungutan liar',
  'gratifikasi',
];

/**
 * A name that states its target as a ceiling ("… maksimal 1 % per bulan", "paling banyak 5 kasus"): lower is
 * better, as a target typed as "≤ 1" says.
 */
const CEILING = /\b(maksimal|maksimum|maks\.?|paling banyak|tidak lebih dari|tidak melebihi)\s*\d/;

/** All phrases in one pattern: one scan of the name instead of one per phrase. */
const NEGATIVE = new RegExp(NEGATIVE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export function suggestedPolarity(indikator: string): Polarity {
  return suggestedPolarityOfKey(polarityKey(indikator));
}

/** The same, for a name already made a key (`polarityKey`). */
export function suggestedPolarityOfKey(key: string): Polarity {
  return NEGATIVE.test(key) || CEILING.test(key) ? 'negatif' : 'positif';
}

/** What a polarity column says ("+", "-", "Negatif", "Minimize"), or null. */
export function polarityFromCell(text: string): Polarity | null {
  const t = normalize(text);
  if (/^(-|−|negatif|negative|minimize|minimalkan|semakin rendah)/.test(t)) return 'negatif';
  if (/^(\+|positif|positive|maximize|maksimalkan|semakin tinggi)/.test(t)) return 'positif';
  return null;
}

export function polarityKey(indikator: string): string {
  return normalize(indikator);
}
