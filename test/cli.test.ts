import { execFile, spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { run } from '../src/cli/main';
import { FIXTURE, SHEET, sha256, tempDir } from './helpers/fixture';
import { writeWorkbook } from './helpers/build';

const exec = promisify(execFile);
const ROOT = path.join(__dirname, '..');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('capaian check', () => {
  test('lists the findings at their cells and exits 1 because the fixture has errors', async () => {
    const r = await cli(['check', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /Realisasi 2022!A4:K58 \(evaluasi-renja\): 5 sasaran, 7 program, 15 kegiatan, 29 sub kegiatan/,
    );
    expect(r.out).toMatch(
      /Realisasi 2022!K18\s+kesalahan\s+capaian-mismatch\s+Penyerapan anggaran tertulis "35,10%", seharusnya 35,21%/,
    );
    expect(r.out).toMatch(/Realisasi 2022!G58\s+kesalahan\s+subtotal-mismatch/);
    expect(r.err).toBe('');
  });

  test('--json gives one object with the tables and findings', async () => {
    const r = await cli(['check', FIXTURE, '--json']);
    const json = JSON.parse(r.out) as {
      file: string;
      tables: { sheet: string; range: string; layout: string; rows: number }[];
      findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
    };
    expect(json.file).toBe(FIXTURE);
    expect(json.tables[0]).toMatchObject({
      sheet: SHEET,
      range: 'A4:K58',
      layout: 'evaluasi-renja',
      rows: 51,
    });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'subtotal-mismatch', severity: 'error', sheet: SHEET, cell: 'G58' }),
    );
    expect(r.code).toBe(1);
  });

  test('--lang en gives the messages in English', async () => {
    const r = await cli(['check', FIXTURE, '--lang', 'en']);
    expect(r.out).toContain('Budget absorption is typed "35,10%"; its budget and spending give 35.21%.');
  });

  test('a consistent table exits 0', async () => {
    const file = await writeWorkbook([
      {
        name: 'Baik',
        rows: [
          ['Program/Kegiatan', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
          ['Program Pelayanan', 'Persentase layanan', '100%', '100%', '100%'],
        ],
      },
    ]);
    expect((await cli(['check', file])).code).toBe(0);
  });

  test('several files give one summary line each; the worst exit code wins', async () => {
    const bad = path.join(dir, 'bukan.xlsx');
    await fs.writeFile(bad, 'ini bukan workbook');
    const r = await cli(['check', FIXTURE, bad]);
    expect(r.out.trim().split('\n')).toEqual([
      expect.stringMatching(
        /binjai-dp3am-2022\.xlsx: 2 tabel, 52 indikator; 7 kesalahan, 10 peringatan, 2 info$/,
      ),
    ]);
    expect(r.err).toBe(`capaian: ${bad}: bukan file .xlsx / not an .xlsx workbook\n`);
    expect(r.code).toBe(2);
  });
});

describe('capaian generate', () => {
  test('writes NAME-capaian.xlsx beside the input by default and prints what it changed', async () => {
    const input = path.join(dir, 'salinan.xlsx');
    await fs.copyFile(FIXTURE, input);
    const before = await sha256(input);
    const r = await cli(['generate', input]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'salinan-capaian.xlsx'))).toBe(true);
    expect(await sha256(input)).toBe(before);
    expect(r.out).toContain('37 rumus capaian kinerja');
    expect(r.out).toContain(
      'Aturan: indikator negatif (Rasio KDRT) dihitung (2×target − realisasi)/target (Permendagri 86/2017)',
    );
    // Every column whose typed values became formulas is listed, with its header and count.
    expect(r.out).toContain(
      'J (TINGKAT CAPAIAN KINERJA DAN REALISASI ANGGARAN RENJA OPD TAHUN 2022 (%) / K): 33 nilai diketik diganti rumus',
    );
  });

  test('--json records the rules used and the changes', async () => {
    const out = path.join(dir, 'json.xlsx');
    const r = await cli(['generate', FIXTURE, '--out', out, '--json', '--cap', '120']);
    const json = JSON.parse(r.out) as {
      out: string;
      settings: { cap: number; negativeIndicators: { indikator: string; row: number }[] };
      changes: { subtotals: number }[];
    };
    expect(json.out).toBe(out);
    expect(json.settings.cap).toBeCloseTo(1.2, 10);
    expect(json.settings.negativeIndicators).toEqual([
      expect.objectContaining({ indikator: 'Rasio KDRT', row: 31 }),
    ]);
    expect(json.changes[0]!.subtotals).toBe(46);
  });

  test('refuses to overwrite its input', async () => {
    const r = await cli(['generate', FIXTURE, '--out', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak boleh menimpa file asli/);
  });
});

describe('bad input: one clear line, exit 2, no output file, the input unchanged', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'a text file named .xlsx',
      async () => write('teks.xlsx', 'Realisasi;Target\n1;2\n'),
      /bukan file \.xlsx/,
    ],
    [
      'a truncated .xlsx',
      async () => write('terpotong.xlsx', (await fs.readFile(FIXTURE)).subarray(0, 3000)),
      /rusak atau terpotong/,
    ],
    [
      'an encrypted (OLE) file',
      async () =>
        write('sandi.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)])),
      /kata sandi atau berformat \.xls/,
    ],
    ['an empty file', async () => write('kosong.xlsx', ''), /file kosong/],
    ['a missing path', async () => path.join(dir, 'tidak-ada.xlsx'), /tidak ditemukan/],
    ['a directory', async () => dir, /folder/],
    [
      'a workbook with no table we know',
      async () =>
        writeWorkbook([{ name: 'Catatan', rows: [['Rapat koordinasi'], ['Hadir', 12]] }], 'tanpa-tabel.xlsx'),
      /Tidak ditemukan tabel/,
    ],
  ];

  async function write(name: string, content: string | Buffer): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, content);
    return file;
  }

  test.each(cases)('%s', async (_what, make, message) => {
    const input = await make();
    const before = existsSync(input) && (await fs.stat(input)).isFile() ? await sha256(input) : null;
    const out = path.join(dir, `out-${path.basename(input)}-${Date.now()}.xlsx`);
    for (const args of [
      ['check', input],
      ['generate', input, '--out', out],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
    if (before) expect(await sha256(input)).toBe(before);
  });

  test('an output folder that cannot be written', async () => {
    const blocker = path.join(dir, 'berkas');
    await fs.writeFile(blocker, 'x');
    const r = await cli(['generate', FIXTURE, '--out', path.join(blocker, 'hasil.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/hasil tidak dapat ditulis/);
    // Why, in words: a file stands where the folder should be; never Node's bare code (EEXIST, ENOTDIR).
    expect(r.err).toMatch(/sebagian jalurnya sudah ada sebagai file/);
    expect(r.err).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  test('usage mistakes print the help and exit 2', async () => {
    const r = await cli(['generate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs at least one \.xlsx file/);
    expect((await cli(['check', FIXTURE, '--role', 'F=nonsense'])).code).toBe(2);
    // The help says --cap 100|120: 150 is refused, not taken as a rule.
    const cap = await cli(['check', FIXTURE, '--cap', '150']);
    expect([cap.code, cap.err]).toEqual([2, expect.stringMatching(/--cap is 100 or 120/)]);
  });
});

test('the installed binary runs: npx capaian generate', async () => {
  const out = path.join(dir, 'npx.xlsx');
  const { stdout } = await exec('npx', ['--no-install', 'capaian', 'generate', FIXTURE, '--out', out], {
    cwd: ROOT,
  });
  expect(stdout).toContain(`-> ${out}`);
  expect(existsSync(out)).toBe(true);
  const fail = await exec('npx', ['--no-install', 'capaian', 'check', path.join(dir, 'nope.xlsx')], {
    cwd: ROOT,
  }).catch((e: { code: number; stderr: string }) => e);
  expect(fail).toMatchObject({ code: 2 });
  expect((fail as { stderr: string }).stderr).toMatch(/^capaian: .*nope\.xlsx: file tidak ditemukan/);
});

test('a reader that stops early (| head -1) gets no stack trace, and every workbook is still read', async () => {
  // Two files: the report of the second is written after the reader is gone.
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'capaian.js'), 'check', FIXTURE, FIXTURE]);
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // Like `head -1`: read the first chunk, then close the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // 1: the sample has errors, found in both files.
  expect({ code, err }).toEqual({ code: 1, err: '' });
});
