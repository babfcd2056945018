/**
 * Issue 19: a hierarchy is a hypothesis its typed parent figures test. The reading that explains the most
 * parents is kept; when none explains most of them, no subtotal is reported or written, and one info
 * finding says so.
 */
import { CellValue, SheetSnapshot } from '../src/core/sheet/snapshot';
import { generateWorkbook } from '../src/core/generate';
import { parseSheet } from '../src/core/table/parse';

function sheet(rows: readonly (readonly CellValue[])[]): SheetSnapshot {
  return {
    name: 'Renja',
    origin: { row: 0, col: 0 },
    values: rows,
    formulas: rows.map((r) => r.map(() => null)),
    numberFormats: rows.map((r) => r.map(() => 'General')),
    merges: [],
  };
}

/** Lines as name, indicator, target (= realisasi), pagu, realisasi Rp; numbered 1, 2, 3 … like the office. */
function renja(lines: readonly (readonly [string, string, number, number, number])[]): CellValue[][] {
  return [
    HEADER,
    ...lines.map(([name, ind, target, pagu, real], i) => [i + 1, name, ind, target, target, pagu, real]),
  ];
}

const HEADER = [
  'No',
  'Program/Kegiatan/Sub Kegiatan',
  'Indikator',
  'Target',
  'Realisasi',
  'Pagu (Rp)',
  'Realisasi (Rp)',
];

test('plain parents told by nothing but their sums: each parent gets the lines its money adds up', () => {
  // No codes, no numbering of levels, no words: only the money says which lines sum to which.
  const rows = renja([
    ['Penunjang Urusan Pemerintahan', 'Persentase dokumen', 100, 500_000_000, 420_000_000],
    ['Perencanaan dan Evaluasi', 'Persentase dokumen', 100, 200_000_000, 170_000_000],
    ['Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 4, 120_000_000, 100_000_000],
    ['Evaluasi Kinerja', 'Jumlah laporan', 8, 80_000_000, 70_000_000],
    ['Administrasi Keuangan', 'Persentase laporan', 100, 300_000_000, 250_000_000],
    ['Penyediaan Gaji dan Tunjangan', 'Jumlah orang', 45, 250_000_000, 210_000_000],
    ['Koordinasi Laporan Keuangan', 'Jumlah laporan', 2, 50_000_000, 40_000_000],
  ]);
  const table = parseSheet(sheet(rows)).tables[0]!;
  const childrenOf = (row: number): number[] => {
    const node = table.nodes.find((n) => n.rows[0] === row - 1)!;
    return node.childIds.map((id) => table.nodes[id]!.rows[0]! + 1);
  };
  expect([childrenOf(2), childrenOf(3), childrenOf(6)]).toEqual([
    [3, 6],
    [4, 5],
    [7, 8],
  ]);
  expect(table.hierarchyFit).toEqual({ explained: 3, of: 3 });
  const { findings } = generateWorkbook([sheet(rows)]);
  expect(findings.filter((f) => f.rule === 'subtotal-mismatch')).toEqual([]);
});

test('a tree its parent figures refute: no subtotal is reported or written, one info says so with the count', () => {
  // The words say program › kegiatan › sub kegiatan, but no parent's pagu is the sum of its items:
  // the office's parents hold something else (a ceiling, another year's budget).
  const rows = renja([
    ['Program Penunjang Urusan', 'Persentase dokumen', 100, 900_000_000, 700_000_000],
    ['Kegiatan Perencanaan', 'Persentase dokumen', 100, 400_000_000, 300_000_000],
    ['Sub Kegiatan Penyusunan Dokumen', 'Jumlah dokumen', 4, 120_000_000, 100_000_000],
    ['Sub Kegiatan Evaluasi Kinerja', 'Jumlah laporan', 8, 90_000_000, 70_000_000],
    ['Kegiatan Administrasi Keuangan', 'Persentase laporan', 100, 350_000_000, 250_000_000],
    ['Sub Kegiatan Penyediaan Gaji', 'Jumlah orang', 45, 210_000_000, 200_000_000],
    ['Sub Kegiatan Laporan Keuangan', 'Jumlah laporan', 2, 60_000_000, 40_000_000],
  ]);
  const { findings, plan } = generateWorkbook([sheet(rows)]);
  expect(findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'missing-subtotal')).toEqual([]);
  const info = findings.filter((f) => f.rule === 'hierarchy-unconfirmed');
  expect(
    info.map((f) => [f.severity, f.rule === 'hierarchy-unconfirmed' ? [f.explained, f.of] : null]),
  ).toEqual([['info', [0, 3]]]);
  // No SUM is written over the office's parent pagu or realisasi (F, G of rows 2, 3, 6).
  const sums = plan.sheets
    .filter((s) => s.sheet === 'Renja')
    .flatMap((s) => s.cells)
    .filter((c) => c.kind === 'formula' && /SUM\(/.test(c.formula));
  expect(sums).toEqual([]);
});
