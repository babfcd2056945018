/** Numbers shown the way Indonesian offices write them, or the English way. */
export type Lang = 'id' | 'en';

function group(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function formatNumber(value: number, decimals: number, lang: Lang = 'id'): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  const [th, dec] = lang === 'id' ? ['.', ','] : [',', '.'];
  return sign + group(int!, th) + (frac ? dec + frac : '');
}

export function formatRupiah(value: number, lang: Lang = 'id'): string {
  return formatNumber(Math.round(value), 0, lang);
}

export function formatPercent(fraction: number, lang: Lang = 'id'): string {
  return `${formatNumber(fraction * 100, 2, lang)}%`;
}
