import { Lang } from '../i18n/format';

/**
 * Our sheets' names and the signature blocks' party words, apart from the rest of the sheets' labels: the
 * pane's first read needs only these (to know our sheets and read back the signatories), not every heading.
 */
export interface SheetNames {
  readonly pk: string;
  readonly pengukuran: string;
  readonly ringkasan: string;
  readonly perbandingan: string;
  readonly narasi: string;
  readonly pihakKesatu: string;
  readonly pihakKedua: string;
}

const ID: SheetNames = {
  pk: 'Perjanjian Kinerja',
  pengukuran: 'Pengukuran Kinerja',
  ringkasan: 'Ringkasan Capaian',
  perbandingan: 'Perbandingan',
  narasi: 'Narasi',
  pihakKesatu: 'PIHAK PERTAMA',
  pihakKedua: 'PIHAK KEDUA',
};

const EN: SheetNames = {
  pk: 'Performance Agreement',
  pengukuran: 'Performance Measurement',
  ringkasan: 'Achievement Summary',
  perbandingan: 'Comparison',
  narasi: 'Narrative',
  pihakKesatu: 'FIRST PARTY',
  pihakKedua: 'SECOND PARTY',
};

export function sheetNamesFor(lang: Lang): SheetNames {
  return lang === 'en' ? EN : ID;
}
