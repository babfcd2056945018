import * as path from 'path';
import { run } from '../src/cli/main';
import { checkWorkbook } from '../src/core/engine';
import { generateWorkbook } from '../src/core/generate';
import { findingMessage } from '../src/core/i18n/messages';
import { loadWorkbook } from '../src/xlsx/workbook';
import { UNKNOWN_TABLE as UNKNOWN, writeWorkbook } from './helpers/build';
import { FIXTURE, SHEET } from './helpers/fixture';
import { registryWith } from './helpers/state';
import { SKALA_SANGAT_BAIK } from '../src/core/capaian/settings';
import { Json } from '../src/core/sheets/state';
import { numberAt, recalculated } from './helpers/libreoffice';

function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) }).then((code) => ({
    code,
    out,
    err,
  }));
}

describe('never a dead end: a table the engine cannot read is marked by the user', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook([UNKNOWN], 'tak-dikenal.xlsx');
  });

  test('no table: the message says which row looked like a header, what it lacked and what to do', async () => {
    const r = await cli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/baris 3 tampak seperti judul tabel tetapi tidak punya/);
    expect(r.err).toContain('Tandai tabel');
    expect(r.err).toContain('--header');
  });

  test('--header and --role read it: capaian is written live and LibreOffice computes it', async () => {
    const roles = [
      '--role',
      'A=nama',
      '--role',
      'B=targetK',
      '--role',
      'C=realisasiK',
      '--role',
      'D=keterangan',
    ];
    const checked = await cli(['check', file, '--header', 'Kinerja!A3:D3', ...roles]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Kinerja!A3:D6');
    // Each column says how it was read: here, chosen by the user.
    expect(checked.out).toMatch(/B\s+Target \(K\)\s+masukan\s+\(dipilih pengguna\)/);
    const out = path.join(path.dirname(file), 'ditandai.xlsx');
    const made = await cli(['generate', file, '--header', 'Kinerja!A3:D3', ...roles, '--out', out, '--json']);
    expect(made.code).toBe(0);
    const changes = (JSON.parse(made.out) as { changes: { capaianKColumn: string }[] }).changes;
    expect(changes[0]!.capaianKColumn).toBe('E');
    const lo = await recalculated(out);
    expect(numberAt(lo, 'Kinerja', 'E4')).toBeCloseTo(96 / 120, 10);
    expect(numberAt(lo, 'Kinerja', 'E5')).toBeCloseTo(44 / 40, 10);
    expect(numberAt(lo, 'Kinerja', 'B4')).toBe(120); // the target stays as typed
  });

  test('--table alone: the header is looked for inside the marked range', async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const r = checkWorkbook(snapshots, {
      sheet: SHEET,
      tables: { [SHEET]: { table: { top: 3, left: 0, bottom: 57, right: 10 } } },
    });
    expect(r.tables[0]!.report.range).toBe('A4:K58');
    expect(r.tables[0]!.report.columns.map((c) => c.role.kind).slice(5)).toEqual([
      'targetK',
      'pagu',
      'realisasiK',
      'realisasiRp',
      'capaianK',
      'capaianRp',
    ]);
  });

  test('a marked range on a sheet the workbook lacks is said in words', async () => {
    const r = await cli(['check', file, '--table', "'Tidak Ada'!A1:D6"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('lembar "Tidak Ada" tidak ada');
  });
});

/** Two columns both typed as capaian K, both right: which one is the capaian is the user's call. */
const TWICE = {
  name: 'Pengukuran',
  rows: [
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kinerja (%)'],
    [1, 'Persentase desa ODF', 80, 72, 90, 90],
    [2, 'Jumlah posyandu aktif', 50, 55, 110, 110],
    [3, 'Persentase balita ditimbang', 90, 81, 90, 90],
  ],
};

test('two columns that fit the same reading: one finding names both, neither is written, capaian goes beside', async () => {
  const file = await writeWorkbook([TWICE], 'dua-capaian.xlsx');
  const { snapshots } = await loadWorkbook(file);
  const r = generateWorkbook(snapshots);
  const f = r.findings.find((x) => x.rule === 'ambiguous-columns')!;
  expect(f).toMatchObject({ cell: 'E1', columns: ['E', 'F'], role: 'capaianK' });
  expect(findingMessage(f, 'id')).toContain('Kolom E dan F sama-sama cocok');
  const written = r.plan.sheets[0]!.cells.filter((c) => c.kind === 'formula');
  expect(written.some((c) => c.col === 4 || c.col === 5)).toBe(false);
  expect(r.changes[0]!.capaianKColumn).toBe('G');
});

describe('a table marked in Excel is read the same by the CLI', () => {
  // What Tandai tabel and the column panel save: the header row A3:D3 of "Kinerja" and the roles of A…D.
  const saved = {
    tables: { Kinerja: { header: { top: 2, left: 0, bottom: 2, right: 3 } } },
    roles: {
      Kinerja: {
        A: { kind: 'nama' },
        B: { kind: 'targetK' },
        C: { kind: 'realisasiK' },
        D: { kind: 'keterangan' },
      },
    },
    // As the pane stores it: the whole scale, whose lowest band JSON keeps as null, and the threshold.
    settings: { scale: JSON.parse(JSON.stringify(SKALA_SANGAT_BAIK)) as Json, threshold: 0.9 },
  };

  test('the saved mark and roles find the table with no option given, and capaian is computed', async () => {
    const file = await writeWorkbook([UNKNOWN, registryWith(saved)], 'ditandai-di-excel.xlsx');
    const checked = await cli(['check', file]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Kinerja!A3:D6');
    expect(checked.out).toMatch(/B\s+Target \(K\)\s+masukan\s+\(dipilih pengguna\)/);
    const out = path.join(path.dirname(file), 'ditandai-di-excel-capaian.xlsx');
    const made = await cli(['generate', file, '--out', out]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/sorot di bawah 90,00%, skala Sangat Baik … Sangat Kurang/);
    const lo = await recalculated(out);
    expect(numberAt(lo, 'Kinerja', 'E6')).toBeCloseTo(150 / 300, 10);
    expect(numberAt(lo, 'Kinerja', 'C6')).toBe(150);
  });

  test('a --role given now replaces that one saved role and keeps the others', async () => {
    const file = await writeWorkbook([UNKNOWN, registryWith(saved)], 'ditandai-ganti-peran.xlsx');
    // C as the target and B as the realisasi: capaian becomes B ÷ C.
    const r = await cli(['check', file, '--json', '--role', 'B=realisasiK', '--role', 'C=targetK']);
    const roles = (
      JSON.parse(r.out) as { tables: { columns: { letter: string; role: { kind: string } }[] }[] }
    ).tables[0]!.columns.map((c) => `${c.letter}=${c.role.kind}`);
    expect(roles).toEqual(['A=nama', 'B=realisasiK', 'C=targetK', 'D=keterangan']);
  });

  test('saved options a hand or another version damaged are dropped, not obeyed, and nothing crashes', async () => {
    const damaged = {
      tables: { Kinerja: { header: { top: -1, left: 'A', bottom: 2, right: 3 } } },
      roles: {
        Kinerja: { B: { kind: 'bukan-peran' }, C: { kind: 'period', measure: 'K', index: 13, of: 12 } },
      },
      settings: { cap: 'seratus', threshold: -5, scale: { id: 'tidak-ada' } },
    };
    const file = await writeWorkbook([UNKNOWN, registryWith(damaged)], 'opsi-rusak.xlsx');
    const r = await cli(['check', file]);
    // As with nothing saved: no table, and the message that says what to do.
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tandai tabel');
  });
});
