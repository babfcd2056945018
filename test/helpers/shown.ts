/**
 * What a cell shows, read one way for the tests that ask whether a value the office sees changed (the corpus
 * after LibreOffice, the generated layouts through the planner's evaluator). Independent of the planner's
 * own reading (src/core/plan/guard.ts), which these tests judge.
 */

/** A figure as the office saw it: its value (× 100 under a % format) and the digits shown after the point. */
export interface Shown {
  readonly value: number;
  readonly decimals: number;
}

/**
 * Digits after the decimal separator a cell shows: a typed text's own (in the office's `locale`), its number
 * format's ("0.00", "#,##0.0%"; the first section, quoted words left out), else the number's own digits.
 */
export function decimalsShown(
  value: unknown,
  format: string | undefined,
  locale: 'id' | 'en' = 'id',
): number {
  if (typeof value === 'string') {
    const m = (locale === 'id' ? /,(\d+)/ : /\.(\d+)/).exec(value);
    return m ? m[1]!.length : 0;
  }
  const bare = !format || /general/i.test(format) ? '' : format.split(';')[0]!.replace(/"[^"]*"/g, '');
  const digits = /0\.(0+)/.exec(bare);
  if (digits) return digits[1]!.length;
  if (/[0#]/.test(bare)) return 0;
  const s = typeof value === 'number' ? String(Math.abs(value)) : '';
  if (s.includes('e')) return 6;
  return s.includes('.') ? Math.min(s.length - s.indexOf('.') - 1, 12) : 0;
}

/**
 * Is `now` the figure the cell showed, to the digits it showed: rounded, or also cut where the office's
 * figures may be cut (`cut`); a `ratio` may be a fraction or a percent of it (0,9966 is 99,66 %).
 */
export function sameShown(
  before: Shown,
  now: number,
  o: { readonly ratio: boolean; readonly cut?: boolean },
): boolean {
  const unit = 10 ** -before.decimals;
  const tolerance = (o.cut ? unit : unit / 2) + 1e-9 * Math.max(1, Math.abs(before.value));
  const candidates = o.ratio ? [now, now * 100, now / 100] : [now];
  return candidates.some((v) => Math.abs(v - before.value) <= tolerance);
}
