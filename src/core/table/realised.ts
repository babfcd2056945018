import { alignedRealisasi, alignedTarget } from '../capaian/compute';
import { PERCENT } from '../numbers/units';
import { ColumnSample, numberAt } from './evidence';

/**
 * Rows that must lean before a column near the scale is read as the realised value: one row proves nothing
 * (a capaian of 88 % beside a target of 90 leans the same way). Three lines, as the sibling rules ask, or
 * two with none leaning the other way (a table of two indicators has no third).
 */
const leansRealised = (lean: { readonly realised: number; readonly scale: number }): boolean =>
  lean.realised >= 3 ? lean.scale * 2 <= lean.realised : lean.realised === 2 && lean.scale === 0;

const far = (a: number, b: number): number => Math.abs(Math.log(Math.abs(a) / Math.abs(b)));

/**
 * Is a "Capaian" column with no realisasi beside it the realised value itself? Offices use the word for
 * both ("Capaian: 86" against a target of 84). A capaian as a percentage sits near 100 (or 1) whatever the
 * target; a realised value sits near its target, in its unit. Rows whose target is far from a percentage's
 * scale tell the two apart (a target of 24 or of 0,25 does, one of 95 does not): at least one such row, and
 * two in three of them nearer their target than the scale, both read on one scale ("66,5" beside "80 %" is
 * 66,5 %). A figure in the target's own unit ("101 org" beside "85 org") tells at once.
 *
 * Where every target is near the scale (indexes, percentages of 70 to 100), the rows still lean: a row
 * whose target is a tenth or more off the scale votes for the reading its figure sits nearer. A table that
 * keeps a target and no realisasi keeps its realised value somewhere, so the word is read as that value
 * where three rows lean so (two, if no row leans the other way) and no more than half as many sit nearer
 * the scale than their target (a capaian of 98 % beside a target of 80). Fewer, or another column's header
 * naming a realisasi (`mayLean` false), and the word keeps its first reading.
 */
export function holdsRealisedValue(capaian: ColumnSample, target: ColumnSample, mayLean: boolean): boolean {
  let telling = 0;
  let realised = 0;
  const lean = { realised: 0, scale: 0 };
  for (let i = 0; i < capaian.readings.length; i++) {
    const c = numberAt(capaian, i);
    const t = numberAt(target, i);
    if (!c || !t) continue;
    // "66,5" beside "80 %" is 66,5 %: both on one scale first.
    const cv = alignedRealisasi(t, c);
    const tv = alignedTarget(t, c);
    // A count in the target's own unit ("101 org" beside "85 org") is no percentage, whatever its size.
    if (c.unit !== null && c.unit !== PERCENT && c.unit === t.unit) {
      telling++;
      realised++;
      continue;
    }
    if (tv === 0 || cv === 0) continue;
    // A bare figure is a fraction of 1 only while it looks like one (0,95); "2" beside "4" is no 200 %.
    const scales = c.unit === PERCENT ? [1] : cv <= 1.5 ? [100, 1] : [100];
    const nearer = far(cv, tv) < Math.min(...scales.map((k) => far(cv, k)));
    const nearScale = (v: number): boolean => (v >= 66 && v <= 150) || (v >= 0.66 && v <= 1.5);
    if (!nearScale(tv)) {
      telling++;
      // Nearer its target than any percentage scale (100, or 1 as a fraction): a realised value.
      if (nearer) realised++;
    } else if (Math.min(far(tv, 100), far(tv, 1)) >= Math.log(1.1)) {
      if (nearer) lean.realised++;
      else lean.scale++;
    }
  }
  if (telling >= 1) return realised * 3 >= telling * 2;
  return mayLean && leansRealised(lean);
}
