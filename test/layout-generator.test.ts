/**
 * Issue 10, item 7: a generator of table layouts with known ground truth (test/layouts/), and what the
 * engine makes of 2,000 of them. Detection must get the table range and the key column roles right on at
 * least 99 % of layouts, and no plan may overwrite an input cell; a sample also goes through real .xlsx
 * files, the CLI and LibreOffice.
 */
import { generateLayouts } from './layouts/generator';
import { arithmeticProblems, capaianProblems, figureProblems, rangeProblems } from './layouts/readback';

const SEED = 20240610;
const COUNT = 2000;
const layouts = generateLayouts(SEED, COUNT);

describe('the layout generator', () => {
  test('the same seed gives the same layouts', () => {
    const again = generateLayouts(SEED, 50);
    expect(again.map((l) => l.grid.snapshot(l.sheet))).toEqual(
      layouts.slice(0, 50).map((l) => l.grid.snapshot(l.sheet)),
    );
  });

  test('typed capaian and penyerapan are realisasi ÷ target, rounded or cut the way the office does', () => {
    expect(layouts.flatMap((l) => capaianProblems(l).map((p) => `#${l.id} ${p}`))).toEqual([]);
    const typed = layouts.flatMap((l) =>
      l.truth.columns
        .filter((c) => c.role.kind === 'capaianK' || c.role.kind === 'capaianRp')
        .flatMap((c) => l.truth.rows.filter((r) => r.kind === 'item' && !l.grid.isEmpty(r.row, c.col))),
    );
    expect(typed.length).toBeGreaterThan(10_000);
  });

  test('the truth range covers exactly the header and the data rows', () => {
    expect(layouts.flatMap((l) => rangeProblems(l).map((p) => `#${l.id} ${p}`))).toEqual([]);
  });

  test('subtotals, Jumlah of periods and Sisa add up, and every figure in the truth is what its cell holds', () => {
    expect(
      layouts.flatMap((l) => [...arithmeticProblems(l), ...figureProblems(l)].map((p) => `#${l.id} ${p}`)),
    ).toEqual([]);
  });

  test('it spans the arrangements, words and number styles issue 10 names', () => {
    const seen = new Map<string, number>();
    for (const f of layouts.flatMap((l) => l.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
    const features = [
      ...['headerRows=1', 'headerRows=2', 'headerRows=3', 'headerRows=4'],
      ...['group=merge', 'group=first', 'group=repeat', 'groupBelow=true', 'unitRow=true', 'superGroup=true'],
      ...['leaf=merge', 'leaf=top', 'leaf=bottom', 'case=upper', 'case=lower', 'lineBreaks=true'],
      ...[
        'order=shuffled',
        'order=within-parts',
        'periods=bulan-angka',
        'periods=bulan-nama',
        'periods=triwulan',
      ],
      ...['numberRow=numbers', 'numberRow=text', 'numberRow=paren', 'numberRow=gaps', 'numberRow=formula'],
      ...['k=text', 'k=unit-text', 'k=unit-format', 'rp=text', 'rp=rp-text', 'rp=accounting', 'locale=en'],
      ...['capaianK=points', 'capaianK=text', 'capaianK=formula', 'capaianRp=empty', 'rounding=trunc2'],
      ...[
        'hierarchy=kode-3',
        'hierarchy=words-2',
        'hierarchy=numbering-3',
        'names=indikator',
        'summary=both',
      ],
      ...[
        'references=priorYears',
        'references=renstra',
        'notes=both',
        'blankRows=random',
        'officeFormulas=true',
      ],
      ...['extra=satuan', 'extra=keterangan', 'extra=pj', 'extra=selisih', 'mergeNames=true', 'leftPad=1'],
    ];
    expect(features.filter((f) => (seen.get(f) ?? 0) < 10)).toEqual([]);

    const headers = new Set(
      layouts.flatMap((l) => l.truth.columns.flatMap((c) => c.header.toLowerCase().split(' / '))),
    );
    const words = [
      ...['Kinerja (%)', 'Realisasi (%)', 'Persentase (%)', '% Capaian', 'Tingkat Capaian', 'Pencapaian'],
      ...[
        'Cakupan (%)',
        'Nilai Capaian',
        'Rencana',
        'Alokasi',
        'Sisa',
        'Lebih/(Kurang)',
        'Uraian',
        'No. Akun',
      ],
      ...[
        'Kode Rekening',
        'Target (T) dalam %',
        '12',
        'Des',
        'Desember',
        'TW IV',
        'Triwulan IV',
        'IV',
        'K',
        'Rp',
      ],
      ...['Tahun 2023', 'Jumlah', '2021', 'Target Renstra (Akhir Periode)', 'Penyerapan (%)'],
    ];
    expect(words.filter((w) => !headers.has(w.toLowerCase()))).toEqual([]);
  });
});
