import { Rule } from '../core/check/finding';
type Lang = 'id' | 'en';

/**
 * Each finding group's likely cause in plain words, for the group's heading: a planning officer reads why
 * before reading every cell. [Bahasa Indonesia, English].
 */
const CAUSES: Readonly<Record<Rule, readonly [string, string]>> = {
  'no-table': ['Tabel tidak dikenali', 'No table recognised'],
  'missing-indicator': ['Baris tanpa nama indikator', 'Rows without an indicator name'],
  'missing-target': ['Target belum diisi', 'Target not filled in'],
  'missing-realisasi': ['Realisasi belum diisi', 'Realisation not filled in'],
  'not-a-number': ['Teks di sel yang seharusnya angka', 'Text where a number belongs'],
  'number-as-text': [
    'Angka tersimpan sebagai teks (mis. "25 org")',
    'Numbers stored as text (e.g. "25 org")',
  ],
  'ambiguous-number': ['Angka yang dapat dibaca dua cara', 'Numbers that read two ways'],
  'unit-mismatch': ['Satuan target dan realisasi berbeda', 'Target and realisation in different units'],
  // Both columns a ratio is typed in, by the names Peran kolom gives them (Capaian K, Penyerapan Rp).
  'capaian-mismatch': [
    'Capaian atau penyerapan diketik, tidak dihitung dari angkanya',
    'Achievement or absorption typed, not computed from the figures',
  ],
  'subtotal-mismatch': ['Jumlah tidak sama dengan rinciannya', 'Totals that do not add up'],
  'progress-mismatch': [
    'Persentase kemajuan induk bukan rata-rata rinciannya',
    'Parent progress that is not the mean of its items',
  ],
  'progress-realisasi': [
    'Realisasi tidak sesuai persentase kemajuannya',
    'Realisation that contradicts its own progress',
  ],
  'follows-error': [
    'Angka yang mengikuti sel lain yang salah atau diragukan',
    'Figures that follow a wrong or doubtful cell elsewhere',
  ],
  'cumulative-decrease': [
    'Angka kumulatif yang turun dari periode sebelumnya',
    'Running totals lower than the period before',
  ],
  'series-year-mismatch': [
    'Periode terakhir tidak sama dengan angka tahunan',
    "The last period is not the year's figure",
  ],
  'hierarchy-unconfirmed': [
    'Susunan program/kegiatan tidak dapat dipastikan dari angkanya',
    'Programme/activity structure not confirmed by the figures',
  ],
  'missing-subtotal': ['Jumlah program/kegiatan kosong', 'Programme or activity totals left empty'],
  'over-budget': ['Realisasi anggaran melebihi pagu', 'Spending above the budget'],
  'orphan-row': ['Baris tanpa induk', 'Rows that fit nowhere'],
  'formula-error': [
    'Rumus menghasilkan kesalahan (#DIV/0!, #REF!)',
    'Formulas giving errors (#DIV/0!, #REF!)',
  ],
  'zero-target': ['Target nol: capaian tidak dapat dihitung', 'Target zero: no capaian can be computed'],
  'duplicate-row': ['Baris yang sama diketik dua kali', 'The same row typed twice'],
  'merged-value-cells': ['Sel angka yang digabung (merge)', 'Merged number cells'],
  'ambiguous-columns': ['Dua kolom cocok untuk satu peran', 'Two columns fit one role'],
  'copied-column': [
    'Kolom capaian berisi salinan kolom lain',
    'A capaian column holding a copy of another column',
  ],
  'percent-scale': ['Persen diketik 100 kali terlalu besar', 'Percentages typed 100 times too large'],
  'unmatched-indicator': [
    'Indikator tanpa pasangan di tabel tahun lalu (nama berubah?)',
    "Indicators with no match in last year's table (renamed?)",
  ],
  'plain-mean': ['Rata-rata biasa, bukan tertimbang anggaran', 'Plain mean, not budget-weighted'],
  'status-mismatch': ['Status tidak sesuai capaian', 'Status that contradicts the capaian'],
  'zero-target-met': ['Indikator negatif tercapai pada nol', 'Negative indicators met at zero'],
  'not-written': [
    'Angka yang tidak ditimpa karena rumus akan mengubahnya',
    'Figures not overwritten because a formula would change them',
  ],
  'form-mismatch': ['Kolom tidak mengikuti rumus formulir', 'Columns that break the form’s own formula'],
};

export function causeOf(rule: Rule, lang: Lang): string {
  return CAUSES[rule][lang === 'en' ? 1 : 0];
}
