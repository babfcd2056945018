/**
 * `capaian generate` run again on a workbook it wrote: what an office does when it adds the next triwulan's
 * figures to last month's output. The second run must read what the first read and compute what it computed.
 */
import * as path from 'path';
import { run } from '../src/cli/main';
import { writeWorkbook } from './helpers/build';
import { FIXTURE, tempDir } from './helpers/fixture';
import { numberAt, recalculatedAll } from './helpers/libreoffice';

async function json(args: string[]): Promise<{
  tables: { sheet: string; range: string }[];
  findings: { rule: string; sheet: string; cell: string }[];
}> {
  let out = '';
  await run([...args, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out) as Awaited<ReturnType<typeof json>>;
}

test('on its own output it reads the same tables as the first time: our sheets are never read as the user’s', async () => {
  const dir = await tempDir();
  const once = path.join(dir, 'sekali.xlsx');
  const first = await json(['generate', FIXTURE, '--out', once]);
  const second = await json(['check', once]);
  expect(second.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(
    first.tables.map((t) => `${t.sheet}!${t.range}`),
  );
  expect(second.findings.filter((f) => /Perjanjian|Pengukuran|Ringkasan/.test(f.sheet))).toEqual([]);
});

test('the office’s method for negative indicators (target ÷ realisasi) is kept by the second run', async () => {
  const dir = await tempDir();
  // Typed as this office computes negative indicators: target ÷ realisasi (80 / 100 = 80 %).
  const file = await writeWorkbook(
    [
      {
        name: 'Kinerja',
        rows: [
          ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Angka kematian ibu', 80, 100, 80],
          [2, 'Prevalensi stunting', 20, 16, 125],
          [3, 'Persentase desa ODF', 80, 72, 90],
        ],
      },
    ],
    'kebalikan.xlsx',
  );
  const once = path.join(dir, 'sekali.xlsx');
  const twice = path.join(dir, 'dua-kali.xlsx');
  await json(['generate', file, '--out', once]);
  await json(['generate', once, '--out', twice]);
  const [a, b] = await recalculatedAll([once, twice]);
  for (const wb of [a!, b!]) {
    expect(numberAt(wb, 'Kinerja', 'E2')).toBeCloseTo(0.8, 10);
    expect(numberAt(wb, 'Kinerja', 'E3')).toBeCloseTo(1.25, 10);
    expect(numberAt(wb, 'Kinerja', 'E4')).toBeCloseTo(0.9, 10);
  }
});
