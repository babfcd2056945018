import { checkWorkbook, CheckResult } from '../src/core/engine';
import { findingMessage } from '../src/core/i18n/messages';
import { Finding } from '../src/core/check/finding';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FIXTURE, SHEET } from './helpers/fixture';

let result: CheckResult;
beforeAll(async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  result = checkWorkbook(snapshots);
});

function at(rule: string, cell: string): Finding | undefined {
  return result.findings.find((f) => f.rule === rule && f.sheet === SHEET && f.cell === cell);
}

describe('the Binjai DP3AM 2022 realisasi table', () => {
  test('is found with its eleven columns, its hierarchy and its total row', () => {
    const t = result.tables.find((x) => x.report.sheet === SHEET)!;
    expect(t.report).toMatchObject({ range: 'A4:K58', layout: 'evaluasi-renja' });
    expect(t.report.counts).toEqual({
      sasaran: 5,
      program: 7,
      kegiatan: 15,
      subKegiatan: 29,
      indikator: 37,
      rekening: 0,
    });
    expect(t.table.columns.map((c) => c.role.kind)).toEqual([
      'no',
      'sasaran',
      'nomor',
      'nama',
      'indikator',
      'targetK',
      'pagu',
      'realisasiK',
      'realisasiRp',
      'capaianK',
      'capaianRp',
    ]);
    expect(t.table.totalRow).toBe(57);
    // "Program Penunjang" spans two sasaran (rows 7–10 and 11–27), as in the report.
    const penunjang = t.table.nodes.find((n) => n.name.startsWith('PROGRAM PENUNJANG'))!;
    const kegiatan = penunjang.childIds.map((id) => t.table.nodes[id]!.rows[0]! + 1);
    expect(kegiatan).toEqual([8, 11, 17, 19, 23]);
    expect(new Set(penunjang.childIds.map((id) => t.table.nodes[id]!.sasaran)).size).toBe(2);
  });

  test('the typed capaian 35,10% at K18 is reported: the figures give 35,21%', () => {
    const f = at('capaian-mismatch', 'K18');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(findingMessage(f!, 'id')).toContain('35,10%');
    expect(findingMessage(f!, 'id')).toContain('35,21%');
  });

  test('totals that do not add up are reported with the difference', () => {
    const g58 = at('subtotal-mismatch', 'G58');
    expect(g58).toMatchObject({ stated: 5993530294, sum: 5993350294 });
    expect(findingMessage(g58!, 'id')).toContain('5.993.530.294');
    expect(findingMessage(g58!, 'id')).toContain('5.993.350.294');
    expect(findingMessage(g58!, 'id')).toContain('180.000');
    expect(at('subtotal-mismatch', 'G17')).toMatchObject({ stated: 216698132, sum: 60571752 });
    expect(at('subtotal-mismatch', 'G7')).toMatchObject({ stated: 536731778 });
  });

  test('empty subtotals, a missing indicator and a missing realisasi are found at their cells', () => {
    expect(at('missing-subtotal', 'G19')).toMatchObject({ sum: 174698795 });
    expect(at('missing-subtotal', 'G28')).toMatchObject({ sum: 25180901 });
    expect(at('missing-indicator', 'E50')).toBeDefined();
    expect(at('missing-realisasi', 'H39')).toBeDefined();
  });

  test('the kegiatan whose Program row is missing (row 53) is an orphan, not a crash', () => {
    expect(at('orphan-row', 'D53')).toBeDefined();
  });

  test('no false alarms on what is consistent', () => {
    // 57,77 (percent without %), 0.8589 and 0.9375 formatted as % all match their figures.
    expect(at('capaian-mismatch', 'K45')).toBeUndefined();
    expect(at('capaian-mismatch', 'K48')).toBeUndefined();
    expect(at('capaian-mismatch', 'K8')).toBeUndefined();
    // "44.223.782" typed as text is a number, just stored as text.
    expect(at('not-a-number', 'I48')).toBeUndefined();
    expect(at('number-as-text', 'I48')).toMatchObject({ value: 44223782, severity: 'info' });
    // "1 pkt" and "1 paket" are the same unit.
    expect(at('unit-mismatch', 'H26')).toBeUndefined();
    expect(result.findings.filter((f) => f.rule === 'unit-mismatch')).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'over-budget')).toEqual([]);
  });

  test('column J repeats the realisasi in every row: one finding for the column, not one per cell', () => {
    const copied = result.findings.filter((f) => f.rule === 'copied-column');
    expect(copied).toHaveLength(1);
    const j = copied[0]!;
    expect(j).toMatchObject({ severity: 'error', cell: 'J9', range: 'J9:J57', source: 'H' });
    // "23 org" where 92 % belongs, "90,63" (the IPG realisasi) where 99,86 % belongs, "705" for 128,18 %.
    expect(j.cells).toEqual(expect.arrayContaining(['J9', 'J28', 'J31', 'J42', 'J57']));
    expect(j.cells).toHaveLength(31);
    expect(findingMessage(j, 'id')).toContain('J9:J57');
    expect(findingMessage(j, 'id')).toContain('92,00%');
    expect(result.findings.filter((f) => f.rule === 'capaian-mismatch' && f.cell.startsWith('J'))).toEqual(
      [],
    );
  });

  test('the error count falls to the real ones: six cells and the copied column', () => {
    const errors = result.findings.filter((f) => f.severity === 'error' && f.sheet === SHEET);
    expect(errors.map((f) => f.range ?? f.cell).sort()).toEqual(
      ['G17', 'G58', 'G7', 'I17', 'I7', 'J9:J57', 'K18'].sort(),
    );
  });

  test('each column says how it was read and why', () => {
    const t = result.tables.find((x) => x.report.sheet === SHEET)!;
    const col = (letter: string) => t.report.columns.find((c) => c.letter === letter)!;
    expect(col('F')).toMatchObject({ kind: 'input', role: { kind: 'targetK' } });
    expect(col('F').reason).toBe('judul "TARGET KINERJA DAN ANGGARAN RENJA OPD TAHUN 2022" › "K"');
    // K is penyerapan: the typed values fit I ÷ G in all but K18.
    expect(col('K')).toMatchObject({ kind: 'derived', role: { kind: 'capaianRp' } });
    expect(col('K').reasonEn).toMatch(/values fit I ÷ G in 48 of 49 rows/);
    // J is capaian K by its header; its typed values repeat H, so it holds nothing of its own.
    expect(col('J')).toMatchObject({ kind: 'derived', role: { kind: 'capaianK' } });
    expect(col('J').reasonEn).toMatch(/31 rows repeat another column/);
  });

  test('Rasio KDRT is judged as a negative indicator', () => {
    const t = result.tables.find((x) => x.report.sheet === SHEET)!;
    const kdrt = t.analysis.indicators.find((i) => i.indikator === 'Rasio KDRT')!;
    expect(kdrt.polarity).toBe('negatif');
    expect(kdrt.capaian).toBeCloseTo(0.4, 10);
    const anak = t.analysis.indicators.find((i) =>
      i.indikator.startsWith('Persentase anak korban kekerasan'),
    )!;
    expect(anak.polarity).toBe('positif');
  });

  test('every finding has a rule, a severity, a sheet, an A1 cell and messages in both languages', () => {
    for (const f of result.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(findingMessage(f, 'id').length).toBeGreaterThan(10);
      expect(findingMessage(f, 'en').length).toBeGreaterThan(10);
      expect(findingMessage(f, 'id')).not.toEqual(findingMessage(f, 'en'));
    }
  });

  test('the Rencana Kinerja sheet is read as an IKU table with 15 indicators and no false findings', () => {
    const iku = result.tables.find((x) => x.report.sheet === 'Rencana Kinerja 2022')!;
    expect(iku.report.layout).toBe('rencana-kinerja');
    expect(iku.report.counts.indikator).toBe(15);
    expect(result.findings.filter((f) => f.sheet === 'Rencana Kinerja 2022')).toEqual([]);
  });
});

test('read without merged areas (Excel before ExcelApi 1.13), the table and its key findings are the same', async () => {
  const { snapshots } = await loadWorkbook(FIXTURE);
  const plain = checkWorkbook(snapshots.map((s) => ({ ...s, merges: [] })));
  const t = plain.tables.find((x) => x.report.sheet === SHEET)!;
  expect(t.report.range).toBe('A4:K58');
  expect(t.report.counts).toMatchObject({ program: 7, kegiatan: 15, subKegiatan: 29, indikator: 37 });
  for (const [rule, cell] of [
    ['capaian-mismatch', 'K18'],
    ['subtotal-mismatch', 'G58'],
    ['missing-subtotal', 'G19'],
    ['missing-indicator', 'E50'],
  ]) {
    expect(plain.findings.some((f) => f.rule === rule && f.cell === cell && f.sheet === SHEET)).toBe(true);
  }
});
