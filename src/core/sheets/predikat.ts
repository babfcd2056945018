import { PredikatScale } from '../capaian/settings';
import { Lang } from '../i18n/format';

/** Fill colours from best band to worst: green to red, as offices colour their LKjIP tables. */
export const BAND_FILLS: readonly string[] = ['63BE7B', 'C6EFCE', 'FFEB9C', 'FFC7CE', 'F8696B'];

export function bandFill(index: number): string {
  return BAND_FILLS[Math.min(index, BAND_FILLS.length - 1)]!;
}

function labelOf(scale: PredikatScale, i: number, lang: Lang): string {
  const band = scale.bands[i]!;
  return lang === 'en' ? band.labelEn : band.label;
}

const HOLE = '\u0000';
/** The formula for each scale and language, split where the capaian reference goes. */
const PREDIKAT_PARTS = new WeakMap<PredikatScale, Map<Lang, readonly string[]>>();

/**
 * Nested IF over the scale's bands (no IFS: Excel 2016 and LibreOffice compute it alike). Made once per
 * scale and joined around each reference: one flat string per row, not a tree of pieces.
 */
export function predikatFormula(capaianRef: string, scale: PredikatScale, lang: Lang): string {
  // Stored only when first made: a weak map's set on every row costs more than the join it saves.
  let byLang = PREDIKAT_PARTS.get(scale);
  if (!byLang) PREDIKAT_PARTS.set(scale, (byLang = new Map()));
  let parts = byLang.get(lang);
  if (!parts) {
    const last = scale.bands.length - 1;
    let expr = `"${labelOf(scale, last, lang)}"`;
    for (let i = last - 1; i >= 0; i--) {
      expr = `IF(${HOLE}>=${scale.bands[i]!.from},"${labelOf(scale, i, lang)}",${expr})`;
    }
    parts = `=IF(ISNUMBER(${HOLE}),${expr},"")`.split(HOLE);
    byLang.set(lang, parts);
  }
  return parts.join(capaianRef);
}

/** The condition, written for the range's top-left cell, that a capaian falls in band i. */
export function bandCondition(capaianRef: string, scale: PredikatScale, i: number): string {
  const lower = i === scale.bands.length - 1 ? null : scale.bands[i]!.from;
  const upper = i === 0 ? null : scale.bands[i - 1]!.from;
  const parts = [`ISNUMBER(${capaianRef})`];
  if (lower !== null) parts.push(`${capaianRef}>=${lower}`);
  if (upper !== null) parts.push(`${capaianRef}<${upper}`);
  return `AND(${parts.join(',')})`;
}

/** "≥ 91%", "76% – < 91%", "< 51%" for the legend. */
export function bandRangeText(scale: PredikatScale, i: number): string {
  const pct = (f: number): string => `${Math.round(f * 100)}%`;
  const lower = i === scale.bands.length - 1 ? null : scale.bands[i]!.from;
  const upper = i === 0 ? null : scale.bands[i - 1]!.from;
  if (lower === null) return `< ${pct(upper!)}`;
  if (upper === null) return `≥ ${pct(lower)}`;
  return `${pct(lower)} – < ${pct(upper)}`;
}
