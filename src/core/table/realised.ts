import { ColumnSample, numberAt } from './evidence';

/**
 * Is a "Capaian" column with no realisasi beside it the realised value itself? Offices use the word for
 * both ("Capaian: 86" against a target of 84). A capaian as a percentage sits near 100 (or 1) whatever the
 * target; a realised value sits near its target, in its unit. Rows whose target is far from 100 % tell the
 * two apart: most of them must put the value nearer its target than the percentage scale, and the
 * percentage unit must agree row by row (0 % against 0 %, 25 against 22).
 */
export function holdsRealisedValue(capaian: ColumnSample, target: ColumnSample): boolean {
  let telling = 0;
  let realised = 0;
  let units = 0;
  let sameUnit = 0;
  for (let i = 0; i < capaian.readings.length; i++) {
    const c = numberAt(capaian, i);
    const t = numberAt(target, i);
    if (!c || !t) continue;
    units++;
    if ((c.unit === 'persen') === (t.unit === 'persen')) sameUnit++;
    // A percentage near its own scale cannot tell a realised 98 from a capaian of 98 %.
    const nearScale = (v: number): boolean => (v >= 50 && v <= 200) || (v >= 0.5 && v <= 2);
    if (t.value === 0 || nearScale(t.value)) continue;
    telling++;
    // Nearer its target than any percentage scale (100, or 1 as a fraction): a realised value.
    const far = (a: number, b: number): number => Math.abs(Math.log(Math.abs(a) / Math.abs(b)));
    const scales = c.unit === 'persen' ? [1] : [100, 1];
    if (c.value !== 0 && far(c.value, t.value) < Math.min(...scales.map((k) => far(c.value, k)))) realised++;
  }
  return telling >= 2 && realised * 4 >= telling * 3 && sameUnit * 4 >= units * 3;
}
