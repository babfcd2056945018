/** How capaian is computed and judged; recorded in the output so a reader knows which rules were used. */

export type Polarity = 'positif' | 'negatif';

/** Negative indicators: (2 × target − realisasi) / target, or target / realisasi. */
export type NegativeMethod = 'selisih' | 'kebalikan';

export interface PredikatBand {
  /** Lowest capaian (fraction) in the band, inclusive. */
  readonly from: number;
  readonly label: string;
  readonly labelEn: string;
}

export interface PredikatScale {
  readonly id: string;
  readonly name: string;
  /** Highest band first. */
  readonly bands: readonly PredikatBand[];
}

/** Permendagri 86/2017: ≥91 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤50 Sangat Rendah. */
export const PERMENDAGRI_86_2017: PredikatScale = {
  id: 'permendagri-86-2017',
  name: 'Permendagri 86/2017',
  bands: [
    { from: 0.91, label: 'Sangat Tinggi', labelEn: 'Very high' },
    { from: 0.76, label: 'Tinggi', labelEn: 'High' },
    { from: 0.66, label: 'Sedang', labelEn: 'Medium' },
    { from: 0.51, label: 'Rendah', labelEn: 'Low' },
    { from: Number.NEGATIVE_INFINITY, label: 'Sangat Rendah', labelEn: 'Very low' },
  ],
};

/** A common office scale: ≥85 Sangat Baik, 70–85 Baik, 55–70 Cukup, 50–55 Kurang, <50 Sangat Kurang. */
export const SKALA_SANGAT_BAIK: PredikatScale = {
  id: 'sangat-baik',
  name: 'Sangat Baik … Sangat Kurang',
  bands: [
    { from: 0.85, label: 'Sangat Baik', labelEn: 'Very good' },
    { from: 0.7, label: 'Baik', labelEn: 'Good' },
    { from: 0.55, label: 'Cukup', labelEn: 'Fair' },
    { from: 0.5, label: 'Kurang', labelEn: 'Poor' },
    { from: Number.NEGATIVE_INFINITY, label: 'Sangat Kurang', labelEn: 'Very poor' },
  ],
};

export const SCALES: readonly PredikatScale[] = [PERMENDAGRI_86_2017, SKALA_SANGAT_BAIK];

export interface CapaianSettings {
  readonly negativeMethod: NegativeMethod;
  /** Upper limit of capaian (1 for 100 %, 1.2 for 120 %), or null for none. */
  readonly cap: number | null;
  /** Rows with capaian below this fraction are highlighted. */
  readonly threshold: number;
  readonly scale: PredikatScale;
  /** Polarity chosen by the user, by indicator text (compared case- and space-insensitively). */
  readonly polarity: Readonly<Record<string, Polarity>>;
}

export const DEFAULT_SETTINGS: CapaianSettings = {
  negativeMethod: 'selisih',
  cap: null,
  threshold: 1,
  scale: PERMENDAGRI_86_2017,
  polarity: {},
};

export function predikatOf(capaian: number, scale: PredikatScale): PredikatBand {
  // Compare on whole-percent rounding, as the regulation's bands are whole percentages.
  const pct = Math.round(capaian * 10000) / 10000;
  return scale.bands.find((b) => pct >= b.from) ?? scale.bands[scale.bands.length - 1]!;
}
