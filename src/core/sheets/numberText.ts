import { Lang } from '../i18n/format';
import { flat } from '../plan/flat';

/**
 * A number written out as text by formula, with the report language's separators whatever the Excel
 * locale: "5.993.350.294", "99,86" in Bahasa Indonesia, "5,993,350,294", "99.86" in English.
 *
 * TEXT(x,"#.##0,00") cannot do this: its format string is read in the locale of the Excel that computes
 * it, so one string gives "99,86" on an Indonesian Windows and "9.986,00" or "#.##0,00" elsewhere
 * (LibreOffice alike). Here only whole numbers are ever turned into text (by &, which writes an integer
 * as bare digits in every locale), and the separators are literal strings.
 */
const SEPARATORS: Readonly<Record<Lang, { readonly thousands: string; readonly decimal: string }>> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** Digit groups of an integer expression, nested up to 10^15 (rupiah totals of a province fit). */
function grouped(int: string, sep: string): string {
  const group = (k: number): string =>
    k === 0 ? `RIGHT(1000+MOD(${int},1000),3)` : `RIGHT(1000+MOD(INT(${int}/1E${3 * k}),1000),3)`;
  let expr = '';
  for (let top = 4; top >= 0; top--) {
    const head = top === 0 ? int : `INT(${int}/1E${3 * top})`;
    let parts = head;
    for (let k = top - 1; k >= 0; k--) parts += `&"${sep}"&${group(k)}`;
    expr = top === 4 ? parts : `IF(${int}<1E${3 * (top + 1)},${parts},${expr})`;
  }
  return expr;
}

/**
 * The formula (with its "=") showing `ref` as text. A capaian (`percent`: the cell holds a fraction) is
 * shown ×100 with two decimals, without the % sign: "99,86". A figure keeps up to four decimals with the
 * trailing zeros dropped: "90,63", "0,008", "71,2", "23". Empty when `ref` is not a number.
 */
export function numberTextFormula(ref: string, lang: Lang, percent: boolean): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const [scale, places] = percent ? [100, 2] : [10000, 4];
  const units = `ROUND(ABS(${ref})*${percent ? 10000 : scale},0)`;
  const int = `INT(${units}/${scale})`;
  const frac = `MOD(${units},${scale})`;
  const d = `"${decimal}"`;
  const decimals = percent
    ? `${d}&RIGHT(${scale}+${frac},${places})`
    : `IF(${frac}=0,"",${d}&IF(MOD(${frac},1000)=0,${frac}/1000,IF(MOD(${frac},100)=0,RIGHT(100+${frac}/100,2),IF(MOD(${frac},10)=0,RIGHT(1000+${frac}/10,3),RIGHT(10000+${frac},4)))))`;
  const sign = `IF(AND(${ref}<0,${units}>0),"-","")`;
  return flat`=IF(ISNUMBER(${ref}),${sign}&${grouped(int, thousands)}&${decimals},"")`;
}
