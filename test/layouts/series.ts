import { a1, columnLetters } from '../../src/core/sheet/address';
import { issue19Draw } from './columns';
import { LayoutSpec, Rng } from './spec';
import { Expected, GeneratedLayout, Grid, Role, Truth, TruthCell, TruthColumn, TruthRow } from './truth';
import { YEAR } from './vocabulary';

/**
 * Issue 19: a table whose rows are periods (`Bulan | Target % | Realisasi %`, `Triwulan | …`), with known
 * answers: its figures are the year so far at each period (said by the header, or by percentages of the year
 * adding up to more than the year) or each period's own (their Jumlah is their sum); some carry a running
 * total typed lower than the period before, or a Jumlah of the year that is not the last period. Drawn from
 * the layout's data seed, so every other layout stays as it was.
 */

/** Whether this layout is a period-row table. */
export const isSeriesLayout = (spec: LayoutSpec): boolean => issue19Draw(spec, 5) < 0.05;

const MONTHS = [
  ['Januari', 'Jan'],
  ['Februari', 'Feb'],
  ['Maret', 'Mar'],
  ['April', 'Apr'],
  ['Mei', 'Mei'],
  ['Juni', 'Jun'],
  ['Juli', 'Jul'],
  ['Agustus', 'Ags'],
  ['September', 'Sep'],
  ['Oktober', 'Okt'],
  ['November', 'Nov'],
  ['Desember', 'Des'],
] as const;
const TRIWULAN = [
  ['Triwulan I', 'TW I'],
  ['Triwulan II', 'TW II'],
  ['Triwulan III', 'TW III'],
  ['Triwulan IV', 'TW IV'],
] as const;

type Kind = 'rupiah' | 'anggaranPercent' | 'kinerjaPercent';

interface Words {
  readonly target: string;
  readonly realisasi: string;
  readonly capaian: string;
  readonly roles: readonly [Role, Role, Role];
}

function wordsOf(kind: Kind, cumulative: boolean, months: boolean, w: Rng): Words {
  const soFar = months
    ? w.pick(['s.d. Bulan Ini', 'Kumulatif', 's/d Bulan'])
    : w.pick(['s.d. Triwulan', 'Kumulatif']);
  if (kind === 'rupiah')
    return {
      target: cumulative
        ? `Target Keuangan ${soFar} (Rp)`
        : w.pick(['Rencana (Rp)', 'Rencana Penarikan (Rp)']),
      realisasi: cumulative ? `Realisasi Keuangan ${soFar} (Rp)` : 'Realisasi (Rp)',
      capaian: 'Penyerapan (%)',
      roles: [{ kind: 'pagu' }, { kind: 'realisasiRp' }, { kind: 'capaianRp' }],
    };
  if (kind === 'anggaranPercent')
    return {
      target: w.pick(['Target Anggaran %', 'Rencana Penyerapan (%)']),
      realisasi: w.pick(['Realisasi Anggaran %', 'Realisasi Penyerapan (%)']),
      capaian: 'Capaian (%)',
      roles: [{ kind: 'pagu' }, { kind: 'realisasiRp' }, { kind: 'capaianRp' }],
    };
  return {
    target: w.pick(['Target Fisik (%)', 'Target Kinerja (%)']),
    realisasi: w.pick(['Realisasi Fisik (%)', 'Realisasi Kinerja (%)']),
    capaian: 'Capaian (%)',
    roles: [{ kind: 'targetK' }, { kind: 'realisasiK' }, { kind: 'capaianK' }],
  };
}

/** Running figures that rise every period to `end` at the last, rounded to `decimals`. */
function running(n: number, end: number, decimals: number, rng: Rng): number[] {
  const steps = Array.from({ length: n }, () => 0.5 + rng.next());
  const total = steps.reduce((a, b) => a + b, 0);
  let sum = 0;
  const round = (v: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;
  return steps.map((s) => round(((sum += s) / total) * end));
}

/** A capaian in points of a percent, rounded or cut the way the office does. */
function typedPercent(ratio: number, spec: LayoutSpec): number {
  const r = spec.numbers.rounding;
  const decimals = r === 'round0' ? 0 : r === 'round1' ? 1 : 2;
  const scaled = ratio * 100 * 10 ** decimals;
  return (r === 'trunc2' ? Math.floor(scaled + 1e-9) : Math.round(scaled)) / 10 ** decimals;
}

export function buildSeriesLayout(spec: LayoutSpec, id: number): GeneratedLayout {
  const rng = new Rng((spec.dataSeed ^ 0x51ed270b) >>> 0);
  const kind: Kind = rng.pick(['rupiah', 'rupiah', 'anggaranPercent', 'kinerjaPercent']);
  const months = rng.chance(0.6);
  const periods = months ? MONTHS : TRIWULAN;
  // A year still open: the months reported so far.
  const count = months && rng.chance(0.3) ? rng.int(6, 11) : periods.length;
  const complete = count === periods.length;
  const cumulative = kind !== 'rupiah' || rng.chance(0.7);
  const short = rng.chance(0.4);
  const w = wordsOf(kind, cumulative, months, rng);
  const withCapaian = rng.chance(0.5);
  const withTotal = kind === 'rupiah' && complete && rng.chance(0.7);
  const left = spec.leftPad;
  const grid = new Grid();
  const titles = spec.titles === 0 ? [] : [`Realisasi ${months ? 'Bulanan' : 'Triwulanan'} Tahun ${YEAR}`];
  titles.forEach((t, i) => grid.set(i, left, t));
  const top = titles.length + (titles.length > 0 ? spec.gapAfterTitle : 0);
  const labels = [months ? 'Bulan' : 'Triwulan', w.target, w.realisasi, ...(withCapaian ? [w.capaian] : [])];
  labels.forEach((l, i) => grid.set(top, left + i, l));

  const [cName, cTarget, cReal, cCap] = [left, left + 1, left + 2, left + 3];
  const percent = kind !== 'rupiah';
  const yearTarget = percent ? 100 : 50_000_000 * rng.int(4, 40);
  const target = cumulative
    ? running(count, yearTarget * (count / periods.length), percent ? 2 : 0, rng)
    : Array.from({ length: count }, () => Math.round(yearTarget / periods.length));
  const realisasi = cumulative
    ? running(count, target[count - 1]! * (0.8 + 0.2 * rng.next()), percent ? 2 : 0, rng)
    : target.map((t) => Math.round(t * (0.6 + 0.5 * rng.next())));
  // The office's slips: a period's own figure typed in a running column, a Jumlah that is not December.
  const errors: string[] = [];
  const typedReal = [...realisasi];
  if (cumulative && count >= 4 && issue19Draw(spec, 6) < 0.4) {
    const at = rng.int(2, count - 2);
    typedReal[at] = Math.round(realisasi[at - 1]! * (0.3 + 0.4 * rng.next()));
    errors.push(`cumulative-decrease ${a1(top + 1 + at, cReal)}`);
  }
  const rows: TruthRow[] = [];
  const figures = new Map<number, TruthCell>();
  const expected: Expected[] = [];
  const r = spec.numbers.rounding;
  const points = r === 'round0' ? '0' : r === 'round1' ? '0.0' : '0.00';
  const figure = (row: number, col: number, value: number): void => {
    grid.set(row, col, value, { format: col === cCap ? points : percent ? '0.00' : '#,##0' });
    figures.set(row * 16384 + col, { value, text: false, percentText: false });
  };
  for (let i = 0; i < count; i++) {
    const row = top + 1 + i;
    grid.set(row, cName, periods[i]![short ? 1 : 0]);
    figure(row, cTarget, target[i]!);
    figure(row, cReal, typedReal[i]!);
    const capaian = typedReal[i]! / target[i]!;
    if (withCapaian) figure(row, cCap, typedPercent(capaian, spec));
    rows.push({ row, kind: 'item', span: null });
    expected.push({
      row,
      capaianK: kind === 'kinerjaPercent' ? capaian : null,
      capaianRp: kind === 'kinerjaPercent' ? null : capaian,
    });
  }
  let bottom = top + count;
  if (withTotal) {
    const row = ++bottom;
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    const year = (xs: number[]): number => (cumulative ? xs[xs.length - 1]! : sum(xs));
    let yearReal = year(typedReal);
    if (cumulative && issue19Draw(spec, 7) < 0.4) {
      yearReal += 1_000_000 * rng.int(1, 9);
      errors.push(`series-year-mismatch ${a1(bottom - 1, cReal)}`);
    }
    grid.set(row, cName, rng.pick(['Jumlah', 'Total', 'JUMLAH']));
    figure(row, cTarget, year(target));
    figure(row, cReal, yearReal);
    if (withCapaian) figure(row, cCap, typedPercent(yearReal / year(target), spec));
    // Not a sum of the rows above when they run: no span to add up.
    rows.push({ row, kind: 'total', span: cumulative ? null : { first: top + 1, last: bottom - 1 } });
  }
  const columns: TruthColumn[] = labels.map((header, i) => ({
    col: left + i,
    letter: columnLetters(left + i),
    header,
    role: i === 0 ? { kind: 'nama' } : w.roles[i - 1]!,
    kind: i === 0 ? 'label' : i === 3 ? 'derived' : 'input',
  }));
  const truth: Truth = {
    range: { top, left, bottom, right: left + labels.length - 1 },
    headerBottom: top,
    numberRow: null,
    columns,
    rows,
    figures,
    expected,
    errors,
  };
  const features = [
    `kind=series`,
    `series=${kind}`,
    `series=${months ? 'months' : 'triwulan'}`,
    `series=${cumulative ? 'cumulative' : 'perPeriod'}`,
    ...errors.map((e) => `series-error=${e.split(' ')[0]!}`),
  ];
  return { id, spec, sheet: spec.sheetName, grid, truth, features };
}
