import { SheetSpec } from './helpers/build';
import { check, generated } from './helpers/reading';

/**
 * A table of words (problems and their solutions) typed straight under the indicator table, no blank row
 * between: its header proposes no figure, but it is a header all the same and ends the table above.
 */
const WORDS_UNDER = (left: number): SheetSpec => {
  const pad = Array<null>(left).fill(null);
  return {
    name: 'PK',
    rows: [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase dokumen perencanaan tepat waktu', 90, 85, 94.44],
      [2, 'Nilai evaluasi SAKIP', 70, 72, 102.86],
      [3, 'Jumlah laporan monitoring yang disusun', 12, 12, 100],
      [...pad, 'Permasalahan', 'Solusi'],
      [...pad, 'Data kinerja dari bidang terlambat masuk', 'Jadwal pengumpulan data dimajukan'],
      [...pad, 'Target disusun tanpa data dasar', 'Data dasar dihimpun sebelum target ditetapkan'],
      [...pad, 'Aplikasi pelaporan sering tidak dapat diakses', 'Koordinasi dengan Diskominfo'],
    ],
  };
};

describe('A table of words directly under a data table', () => {
  test.each([
    ['under the numbers and names (A:B)', 0],
    ['under the names and targets (B:C)', 1],
  ])(
    '"Permasalahan | Solusi" %s is not read into the table above: no finding, no formula on its rows',
    async (_, left) => {
      const { file, result } = await check([WORDS_UNDER(left)], `words-under-${left}.xlsx`);
      expect(result.tables[0]!.report.range).toBe('A1:E4');
      expect(result.tables[0]!.report.rows).toBe(3);
      const rowOf = (cell: string): number => Number(/\d+/.exec(cell)![0]);
      const below = result.findings.filter((f) => (f.cells ?? [f.cell]).some((c) => rowOf(c) >= 5));
      expect(below.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
      const ws = (await generated(file)).getWorksheet('PK')!;
      for (let r = 5; r <= 8; r++)
        ws.getRow(r).eachCell((cell) =>
          expect([cell.address, cell.formula]).toEqual([cell.address, undefined]),
        );
      expect(ws.getCell(left === 0 ? 'A6' : 'B6').value).toBe('Data kinerja dari bidang terlambat masuk');
      // The table above is checked and written as before: its capaian recomputes.
      expect(ws.getCell('E2').formula).toBeDefined();
    },
  );
});
