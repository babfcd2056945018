import { SheetSpec } from './helpers/build';
import { check, generated, roleOf } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
/** "Capaian" beside the target, holding what was achieved in the target's unit; a status beside it. */
const CAPAIAN_REALISED: SheetSpec = {
  name: 'IKU',
  rows: [
    ['No', 'Indikator Kinerja', 'Target', 'Capaian', 'Keterangan'],
    [1, 'Jumlah desa yang dibina', 24, 22, 'Belum Tercapai'],
    [2, 'Jumlah koperasi aktif', 40, 46, 'Tercapai'],
    [3, 'Indeks kepuasan masyarakat', 82, 85, 'Tercapai'],
    [4, 'Jumlah pelatihan yang dilaksanakan', 12, 12, 'Tercapai'],
    [5, 'Jumlah UMKM naik kelas', 30, 27, 'Tercapai'],
  ],
};

describe('A "Capaian" column with no realisasi beside it', () => {
  test("holding figures in the target's unit is the realised value; the status is checked against it", async () => {
    const { file, result } = await check([CAPAIAN_REALISED], 'capaian-realised.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(cols.find((c) => c.letter === 'D')).toMatchObject({ role: { kind: 'realisasiK' }, kind: 'input' });
    // 27 of 30 is 90 %, typed "Tercapai": the one status that contradicts its figures.
    const status = result.findings.filter((f) => f.rule === 'status-mismatch').map((f) => f.cell);
    expect(status).toEqual(['E6']);
    expect(result.findings.filter((f) => f.rule === 'capaian-mismatch')).toEqual([]);
    const wb = await generated(file);
    const ws = wb.getWorksheet('IKU')!;
    // The capaian is a new column; the realised values stay as typed.
    expect(ws.getCell('D2').value).toBe(22);
    const appended = [2, 3, 6].map((r) => ws.getRow(r).values as unknown[]);
    const shown = appended.map((v) => v.find((x, i) => i > 5 && typeof x === 'object' && x !== null));
    expect(shown.every((x) => x !== undefined)).toBe(true);
  });
});

/** Indexes and percentages whose targets all sit near 100: only how far each figure sits from it tells. */
const CAPAIAN_NEAR_SCALE = (
  capaian: readonly number[],
  realisasiWords = false,
  targets: readonly number[] = [75, 82.5, 80],
): SheetSpec => ({
  name: 'PK',
  rows: [
    [
      'No',
      'Indikator Kinerja',
      'Target (%)',
      ...(realisasiWords ? ['Realisasi (R) dalam %'] : []),
      'Capaian',
    ],
    ...['Indeks kepuasan masyarakat', 'Persentase dokumen tepat waktu', 'Nilai SAKIP', 'Indeks reformasi']
      .slice(0, capaian.length)
      .map((name, i) => [i + 1, name, targets[i]!, ...(realisasiWords ? [null] : []), capaian[i]!]),
  ],
});

describe('A "Capaian" beside targets near 100 and no realisasi', () => {
  test('figures nearer their targets than 100 (69,4 of 75) are the realised values, kept as typed inputs', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([69.4, 79.2, 71.9])], 'near-scale.xlsx');
    const cols = result.tables[0]!.report.columns;
    expect(cols.find((c) => c.letter === 'D')).toMatchObject({ role: { kind: 'realisasiK' }, kind: 'input' });
  });

  test('figures nearer 100 than their targets (98, 101, 97 beside 75 … 82,5) stay a capaian', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([98, 101, 97])], 'near-scale-ratio.xlsx');
    expect(roleOf(result.tables[0]!.report.columns, 'D')).toBe('capaianK');
  });

  test('one row leaning to its target (88 beside 90) among targets of 100 stays a capaian: its % is not divided again', async () => {
    // A capaian of 88 % of a target of 90 sits nearer 90 than 100, as a realised 88 would: one row tells nothing.
    const sheet = CAPAIAN_NEAR_SCALE([97, 101, 95, 88], false, [100, 100, 100, 90]);
    const { file, result } = await check([sheet], 'near-scale-one-leaning.xlsx');
    expect(result.tables[0]!.report.columns.find((c) => c.letter === 'D')?.role.kind).toBe('capaianK');
    // Read as a capaian there is no realisasi to divide: no capaian is computed from 88 ÷ 90 = 97,8 %.
    const wb = await generated(file);
    const ws = wb.getWorksheet('PK')!;
    expect(ws.getCell('D5').value).toBe(88);
    const row5 = (ws.getRow(5).values as unknown[]).slice(5);
    expect(row5.filter((v) => v !== null && v !== undefined)).toEqual([]);
  });

  test('another column named Realisasi keeps "Capaian" a capaian, even empty beside it', async () => {
    const { result } = await check([CAPAIAN_NEAR_SCALE([69.4, 79.2, 71.9], true)], 'near-scale-named.xlsx');
    expect(roleOf(result.tables[0]!.report.columns, 'E')).not.toBe('realisasiK');
  });
});
