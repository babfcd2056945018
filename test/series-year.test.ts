/**
 * Issue 19: a monthly series of the budget states, in December, the year's realisasi of the budget line it
 * reports on. Workbooks drawn here with known answers: a budget table of several lines (a second budget
 * table sometimes beside it), and series that name their line in the title, state its pagu, both, neither,
 * or name one line while stating another's pagu; half of them with December typed off the year's figure.
 * The check must compare each series with its own line (the error at December, naming that line's cell),
 * and compare nothing where the evidence does not single one out.
 */
import { checkWorkbook } from '../src/core/engine';
import { a1 } from '../src/core/sheet/address';
import { Rng } from './layouts/spec';
import { Grid } from './layouts/truth';

const MONTHS = [
  ...['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni'],
  ...['Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
];
const NAMES = [
  'Penyediaan Jasa Kantor',
  'Pemeliharaan Gedung Kantor',
  'Penyusunan Dokumen Perencanaan',
  'Monitoring dan Evaluasi Program',
  'Pengadaan Kendaraan Dinas',
  'Penyelenggaraan Rapat Koordinasi',
  'Pembinaan Kelompok Tani',
  'Penyuluhan Kesehatan Masyarakat',
];
const BLUD = ['Pelayanan Laboratorium Kesehatan', 'Pengelolaan Dana Kapitasi', 'Pelayanan Rawat Inap'];

interface Line {
  readonly name: string;
  readonly pagu: number;
  readonly realisasi: number;
  /** Sheet and cell of its realisasi. */
  readonly where: string;
}

/** A budget table: lines, and a Jumlah row when `total`. Returns its lines and its total (if any). */
function budgetSheet(grid: Grid, sheet: string, names: readonly string[], total: boolean, rng: Rng) {
  ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'].forEach((h, c) => grid.set(0, c, h));
  const lines: Line[] = names.map((name, i) => {
    const pagu = 1_000_000 * rng.int(50, 900) + 1_000 * i;
    const realisasi = Math.round((pagu * rng.int(60, 99)) / 100 / 1000) * 1000;
    [i + 1, name, pagu, realisasi].forEach((v, c) => grid.set(i + 1, c, v));
    return { name, pagu, realisasi, where: `${sheet}!${a1(i + 1, 3)}` };
  });
  if (!total) return { lines, total: null };
  const row = lines.length + 1;
  const sum = (f: (l: Line) => number): number => lines.reduce((a, l) => a + f(l), 0);
  const jumlah = { name: 'Jumlah', pagu: sum((l) => l.pagu), realisasi: sum((l) => l.realisasi) };
  [null, 'Jumlah', jumlah.pagu, jumlah.realisasi].forEach((v, c) => grid.set(row, c, v));
  return { lines, total: { ...jumlah, where: `${sheet}!${a1(row, 3)}` } };
}

type Mode = 'named' | 'pagu' | 'named+pagu' | 'plain' | 'misnamed';

/**
 * A monthly series of running totals for `line` (`stated` names it in the title, `pagu` is the pagu its
 * target column runs to). December is typed `slip` (juta or points) below the year's figure. Returns the address of December's realisasi.
 */
function seriesSheet(
  grid: Grid,
  o: { title: string | null; pagu: number | null; line: Line; percent: boolean; slip: number },
): string {
  let row = 0;
  if (o.title) {
    grid.set(row, 0, o.title);
    row += 2;
  }
  const rupiah = o.pagu !== null || !o.percent;
  grid.set(row, 0, 'Bulan');
  grid.set(row, 1, rupiah ? 'Target Keuangan s.d. Bulan Ini (Rp)' : 'Target Anggaran %');
  grid.set(row, 2, rupiah ? 'Realisasi Keuangan s.d. Bulan Ini (Rp)' : 'Realisasi Anggaran %');
  const december = rupiah
    ? o.line.realisasi - o.slip * 1_000_000
    : Math.round((o.line.realisasi / o.line.pagu) * 10_000) / 100 - o.slip;
  const target = o.pagu ?? (rupiah ? o.line.pagu : 100);
  MONTHS.forEach((m, i) => {
    const share = (i + 1) / 12;
    const [t, r] = rupiah
      ? [Math.round((target * share) / 1000) * 1000, Math.round((december * share) / 1000) * 1000]
      : [Math.round(share * 10_000) / 100, Math.round(december * share * 100) / 100];
    grid.set(row + 1 + i, 0, m);
    grid.set(row + 1 + i, 1, i === 11 ? target : t);
    grid.set(row + 1 + i, 2, i === 11 ? december : r);
  });
  return a1(row + 12, 2);
}

interface Drawn {
  readonly grids: readonly { readonly sheet: string; readonly grid: Grid }[];
  /** The errors a careful auditor reports: `series-year-mismatch Sheet!Cell <- where`. */
  readonly want: readonly string[];
  readonly modes: readonly Mode[];
}

function draw(seed: number): Drawn {
  const rng = new Rng(seed);
  const names = [...NAMES].sort(() => rng.next() - 0.5).slice(0, rng.int(2, 5));
  const grids: { sheet: string; grid: Grid }[] = [];
  const main = new Grid();
  const budget = budgetSheet(main, 'Anggaran', names, rng.chance(0.8), rng);
  grids.push({ sheet: 'Anggaran', grid: main });
  const blud = rng.chance(0.3);
  const other = blud ? budgetSheet(new Grid(), 'BLUD', BLUD, true, rng) : null;
  if (other) {
    const g = new Grid();
    grids.push({ sheet: 'BLUD', grid: g });
    // Drawn again into its own grid with the same figures.
    const again = budgetSheet(g, 'BLUD', BLUD, true, new Rng(seed ^ 0x5bd1e995));
    other.lines.splice(0, other.lines.length, ...again.lines);
  }
  const lines = [...budget.lines, ...(other?.lines ?? [])];
  const want: string[] = [];
  const modes: Mode[] = [];
  const count = rng.int(1, 2);
  for (let s = 0; s < count; s++) {
    const sheet = `Bulanan ${s + 1}`;
    const mode = rng.pick<Mode>(['named', 'pagu', 'named+pagu', 'plain', 'misnamed']);
    modes.push(mode);
    const line = rng.pick(budget.lines);
    const slip = rng.chance(0.5) ? rng.int(1, 5) : 0;
    const grid = new Grid();
    grids.push({ sheet, grid });
    const titled = (l: Line): string => `Realisasi Anggaran Bulanan ${l.name} Tahun 2023`;
    if (mode === 'plain') {
      // No name and no pagu: only the workbook's one budget table, with a total, is the year beyond doubt.
      const year = blud ? null : budget.total;
      const at = seriesSheet(grid, {
        title: null,
        pagu: null,
        line: budget.total ?? line,
        percent: true,
        slip,
      });
      if (year && slip) want.push(`series-year-mismatch ${sheet}!${at} <- ${year.where}`);
      continue;
    }
    if (mode === 'misnamed') {
      // The title names one line, the pagu is another's: the numbers refute the name, nothing is compared.
      const wrong = budget.lines.find((l) => l !== line)!;
      seriesSheet(grid, { title: titled(line), pagu: wrong.pagu, line: wrong, percent: false, slip });
      continue;
    }
    const named = mode !== 'pagu';
    const withPagu = mode !== 'named';
    const at = seriesSheet(grid, {
      title: named ? titled(line) : null,
      pagu: withPagu ? line.pagu : null,
      line,
      percent: !withPagu && rng.chance(0.5),
      slip,
    });
    // A pagu alone singles the line out unless another line has it too (never drawn: pagus differ).
    const unique = lines.filter((l) => l.pagu === line.pagu).length === 1;
    if (slip && (named || unique)) want.push(`series-year-mismatch ${sheet}!${at} <- ${line.where}`);
  }
  return { grids, want, modes };
}

const DRAWS = 300;
const drawn = Array.from({ length: DRAWS }, (_, i) => draw(1000 + i));

test('each series is compared with the budget line it names or whose pagu it states, and nothing else', () => {
  const wrong: string[] = [];
  for (const [i, d] of drawn.entries()) {
    const result = checkWorkbook(d.grids.map((g) => g.grid.snapshot(g.sheet)));
    const got = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) =>
        f.rule === 'series-year-mismatch'
          ? `${f.rule} ${f.sheet}!${f.cell} <- ${f.where}`
          : `${f.rule} ${f.sheet}!${f.cell}`,
      )
      .sort();
    if (JSON.stringify(got) !== JSON.stringify([...d.want].sort()))
      wrong.push(`#${i} ${d.modes.join(',')}: ${got.join('; ')}; want ${d.want.join('; ')}`);
  }
  expect(wrong).toEqual([]);
  // The draw covers every kind of evidence and both answers.
  expect(drawn.flatMap((d) => d.want).length).toBeGreaterThan(60);
  const modes = ['named', 'pagu', 'named+pagu', 'plain', 'misnamed'] as const;
  const seen = modes.filter((m) => drawn.filter((d) => d.modes.includes(m)).length >= 40);
  expect(seen).toEqual(modes);
  expect(drawn.filter((d) => d.modes.includes('named') && d.want.length > 0).length).toBeGreaterThan(10);
  expect(drawn.filter((d) => d.modes.includes('pagu') && d.want.length > 0).length).toBeGreaterThan(10);
});
