import { SheetSpec } from './helpers/build';
import { check, roleOf } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
/** The period leading its label, "TW I Realisasi" … in one header row, then Jumlah and a typed %. */
const LEADING_TW: SheetSpec = {
  name: 'Anggaran',
  rows: [
    [
      'Uraian',
      'Pagu (Rp)',
      'TW I Realisasi',
      'TW II Realisasi',
      'TW III Realisasi',
      'TW IV Realisasi',
      'Jumlah',
      'Realisasi (%)',
    ],
    ['Penyusunan dokumen perencanaan', 400000000, 80000000, 100000000, 90000000, 110000000, 380000000, 95],
    ['Monitoring dan evaluasi', 250000000, 50000000, 60000000, 70000000, 60000000, 240000000, 96],
    ['Penyusunan laporan kinerja', 100000000, 20000000, 30000000, 20000000, 25000000, 95000000, 95],
  ],
};

describe('Periods named inside one header row', () => {
  test('"TW I Realisasi" … are the periods of one realisasi; the typed % confirms the reading', async () => {
    const { result } = await check([LEADING_TW], 'leading-tw.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(['C', 'D', 'E', 'F'].map((l) => roleOf(cols, l))).toEqual([
      'period',
      'period',
      'period',
      'period',
    ]);
    expect(roleOf(cols, 'G')).toBe('realisasiRp');
    expect(cols.find((c) => c.letter === 'H')).toMatchObject({
      role: { kind: 'capaianRp' },
      kind: 'derived',
    });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/**
 * A Renja form's triwulan as K | % | Rp: an item's % is its own progress, a parent's is its items' mean and
 * its K how that mean grew × its target of 100. One program's triwulan II % is averaged over the wrong
 * range (45 % where its kegiatan's mean is 37,5 %), and the K the office took from it follow.
 */
function progressForm(): SheetSpec {
  type Line = { kode: string; nama: string; n: number; k: number[]; rp: number[]; kids?: Line[] };
  const item = (kode: string, n: number, k: number[], rp: number[]): Line => ({
    kode,
    nama: `Sub kegiatan ${kode}`,
    n,
    k,
    rp,
  });
  const cumulative = (l: Line): number[] => {
    if (!l.kids) return l.k.map((_, i) => l.k.slice(0, i + 1).reduce((a, b) => a + b, 0) / l.n);
    const kids = l.kids.map(cumulative);
    return [0, 1, 2, 3].map((i) => kids.reduce((a, c) => a + c[i]!, 0) / kids.length);
  };
  const parent = (kode: string, nama: string, kids: Line[]): Line => {
    const l: Line = { kode, nama, n: 100, k: [], rp: [0, 0, 0, 0], kids };
    const pct = cumulative(l);
    l.k.push(...pct.map((p, i) => Math.round((p - (pct[i - 1] ?? 0)) * 100 * 1e6) / 1e6));
    l.rp.splice(0, 4, ...[0, 1, 2, 3].map((i) => kids.reduce((a, c) => a + c.rp[i]!, 0)));
    return l;
  };
  const k11 = parent('1.01.01', 'Kegiatan Perencanaan', [
    item('1.01.01.01', 4, [1, 1, 1, 1], [10e6, 12e6, 9e6, 14e6]),
    item('1.01.01.02', 2, [0, 1, 0, 1], [5e6, 6e6, 7e6, 8e6]),
  ]);
  const k12 = parent('1.01.02', 'Kegiatan Pengendalian', [
    item('1.01.02.01', 10, [2, 3, 3, 2], [20e6, 25e6, 30e6, 35e6]),
    item('1.01.02.02', 1, [0, 0, 0, 1], [1e6, 2e6, 3e6, 4e6]),
  ]);
  const k21 = parent('1.02.01', 'Kegiatan Penelitian', [
    item('1.02.01.01', 5, [1, 1, 2, 1], [7e6, 8e6, 9e6, 6e6]),
    item('1.02.01.02', 8, [2, 2, 2, 2], [4e6, 4e6, 4e6, 4e6]),
  ]);
  const lines = [
    parent('1.01', 'PROGRAM PERENCANAAN', [k11, k12]),
    k11,
    ...k11.kids!,
    k12,
    ...k12.kids!,
    parent('1.02', 'PROGRAM PENELITIAN', [k21]),
    k21,
    ...k21.kids!,
  ];
  const rows = lines.map((l) => {
    const pct = cumulative(l);
    const rp = l.rp;
    const periods = [0, 1, 2, 3].flatMap((i) => [l.k[i]!, pct[i]!, rp[i]!]);
    const pagu = rp.reduce((a, b) => a + b, 0) + 1e6 * (l.kids ? 0 : 1);
    return [l.kode, l.nama, `Indikator ${l.kode}`, l.n, pagu, ...periods, pct[3]! * l.n, 0];
  });
  // Pagu of a parent: its items' sum; realisasi Rp: the sum of its triwulan.
  const byKode = new Map(lines.map((l, i) => [l.kode, rows[i]!]));
  for (const l of [...lines].reverse())
    if (l.kids) byKode.get(l.kode)![4] = l.kids.reduce((a, c) => a + (byKode.get(c.kode)![4] as number), 0);
  for (const r of rows) r[18] = [7, 10, 13, 16].reduce((a, c) => a + (r[c] as number), 0);
  // Programme 1.01, triwulan II: the office's AVERAGE over the wrong range, and the K it gives.
  const p1 = rows[0]!;
  const [q, t, w] = [p1[6] as number, 0.45, p1[12] as number];
  p1[9] = t;
  p1[8] = (t - q) * 100;
  p1[11] = (w - t) * 100;
  const tw = ['I', 'II', 'III', 'IV'];
  return {
    name: 'Evaluasi Renja',
    rows: [
      [
        'Kode',
        'Program/Kegiatan/Sub Kegiatan',
        'Indikator Kinerja',
        'Target Renja Tahun 2025',
        null,
        'Realisasi Kinerja Pada Triwulan',
        ...Array(11).fill(null),
        'Realisasi Renja Tahun 2025',
      ],
      [null, null, null, null, null, ...tw.flatMap((x) => [x, null, null])],
      [null, null, null, 'K', 'Rp', ...tw.flatMap(() => ['K', '%', 'Rp']), 'K', 'Rp'],
      ...rows,
    ],
    merges: ['D1:E2', 'F1:Q1', 'F2:H2', 'I2:K2', 'L2:N2', 'O2:Q2', 'R1:S2', 'A1:A3', 'B1:B3', 'C1:C3'],
  };
}

describe('A parent line’s K per triwulan is how its mean % grew', () => {
  test('a % averaged over the wrong range is the error; the K taken from it follow it, with their right values', async () => {
    const { result } = await check([progressForm()], 'progress-form.xlsx');
    const at = (rule: string) =>
      result.findings
        .filter((f) => f.rule === rule)
        .map(
          (f) =>
            `${f.cell}${f.rule === 'follows-error' ? `←${f.from} ${(f.expected as number).toFixed(2)}` : ''}`,
        );
    expect(at('progress-mismatch')).toEqual(['J4']);
    // The one mistake and the cells it feeds: nothing else in the form is an error or a warning.
    const others = result.findings.filter(
      (f) => f.severity !== 'info' && f.rule !== 'progress-mismatch' && f.rule !== 'follows-error',
    );
    expect(others.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(at('follows-error')).toEqual(['I4←J4 26.25', 'L4←J4 13.75']);
  });
});
