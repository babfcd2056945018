import { SheetSpec } from './helpers/build';
import { check, generated } from './helpers/reading';

/**
 * Issue 19: kinds of table the offices' own files showed, each made up here with other words and figures, so
 * that the rule is tested for the kind and not for one file.
 */
/** An LRA whose "J U M L A H" adds the belanja lines only, by the office's own formula. */
const LRA_TOTAL: SheetSpec = {
  name: 'LRA',
  rows: [
    ['No.', 'U R A I A N', null, 'PAGU', 'REALISASI', '%'],
    ['I', 'PENDAPATAN ASLI DAERAH', null, 100000000, 120000000, 120],
    [
      'II.',
      'BELANJA OPERASI',
      null,
      { formula: 'SUM(D4:D5)', result: 500000000 },
      { formula: 'SUM(E4:E5)', result: 300000000 },
      60,
    ],
    [null, '-', 'Belanja Pegawai', 300000000, 200000000, { formula: 'E4/D4*100', result: 66.66666666666667 }],
    [null, '-', 'Belanja Barang dan Jasa', 200000000, 100000000, 50],
    [],
    [
      null,
      'J U M L A H',
      null,
      { formula: 'D3', result: 500000000 },
      { formula: 'E3', result: 300000000 },
      60,
    ],
    [],
    ['Note :', null, null, null, null, 'Medan,            2024'],
    ['•', 'SP2D UP', null, 52000000],
    [null, null, null, null, null, 'KEPALA DINAS'],
    [null, null, null, null, null, 'NIP. 19700101 199003 1 005'],
  ],
  merges: ['B1:C1', 'B2:C2', 'B3:C3', 'B7:C7'],
};

describe('An LRA with its own total formula, indented names and a signature block', () => {
  test('the total adds the lines its formula names; names are read where they are indented', async () => {
    const { result } = await check([LRA_TOTAL], 'lra-total.xlsx');
    const t = result.tables[0]!;
    expect(t.report.range).toBe('A1:F7');
    expect(result.findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'orphan-row')).toEqual(
      [],
    );
  });

  test('generate writes nothing under the table: the note amount and the signature stay', async () => {
    const { file } = await check([LRA_TOTAL], 'lra-total-gen.xlsx');
    const ws = (await generated(file)).getWorksheet('LRA')!;
    expect(ws.getCell('D10').value).toBe(52000000);
    expect(ws.getCell('F9').value).toBe('Medan,            2024');
    expect(ws.getCell('F12').value).toBe('NIP. 19700101 199003 1 005');
    for (let r = 8; r <= 12; r++) expect(ws.getCell(`G${r}`).value ?? null).toBeNull();
  });
});
