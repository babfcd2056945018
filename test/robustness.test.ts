import { existsSync, promises as fs } from 'fs';
import { findingMessage } from '../src/core/i18n/messages';
import * as path from 'path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { backupOf, run } from '../src/cli/main';
import { checkWorkbook } from '../src/core/engine';
import { generateWorkbook } from '../src/core/generate';
import { formatNumber } from '../src/core/i18n/format';
import { readCell, readText } from '../src/core/numbers/read';
import { CellValue, SheetSnapshot } from '../src/core/sheet/snapshot';
import { FIXTURE, SHEET, sha256, tempDir } from './helpers/fixture';
import { BASIC_HEADER, writeWorkbook } from './helpers/build';
import { recalculated } from './helpers/libreoffice';
import { syntheticRealisasi } from './helpers/synthetic';

const quiet = { stdout: () => undefined, stderr: () => undefined };

describe('property-based: the reader and the engine never throw, and numbers read back', () => {
  test('any text, any cell value with any format reads without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(['empty', 'error', 'text', 'number']).toContain(readText(s).kind);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)),
        fc.string(),
        (v, fmt) => {
          const r = readCell(v as CellValue, fmt);
          if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('every number printed the Indonesian or the English way reads back to the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('id', 'en'),
        (n, d, lang) => {
          const value = n / 10 ** d;
          const text = formatNumber(value, d, lang as 'id' | 'en');
          const r = readText(text, { convention: lang as 'id' | 'en' });
          expect(r.kind).toBe('number');
          if (r.kind === 'number') expect(r.value).toBeCloseTo(Number(value.toFixed(d)), 6);
        },
      ),
      { numRuns: 3000 },
    );
  });

  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom(
      'Program',
      'Kegiatan',
      'Indikator',
      'Target',
      'Realisasi',
      'Pagu',
      'Capaian',
      'Jumlah',
      'K',
      'Rp',
      'BB',
      '1',
      'I',
      '25 org',
      '90,76',
      '5.993.530.294',
      '=SUM(A1)',
      '#REF!',
    ),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.record({ error: fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!') }),
  );
  const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 14 });

  test('any grid, with any merges, gives findings and a plan, never an exception, NaN or Infinity', () => {
    fc.assert(
      fc.property(
        grid,
        fc.array(fc.tuple(fc.nat(13), fc.nat(7), fc.nat(3), fc.nat(3)), { maxLength: 4 }),
        (rows, merges) => {
          const width = Math.max(...rows.map((r) => r.length));
          const values = rows.map((r) =>
            Array.from({ length: width }, (_, c) => (r[c] ?? null) as CellValue),
          );
          const snap: SheetSnapshot = {
            name: 'Acak',
            origin: { row: 0, col: 0 },
            values,
            formulas: values.map((r) => r.map(() => null)),
            numberFormats: values.map((r) => r.map(() => 'General')),
            merges: merges.map(([t, l, h, w]) => ({ top: t, left: l, bottom: t + h, right: l + w })),
          };
          const result = generateWorkbook([snap]);
          expect(
            result.findings.every(
              (f) => typeof findingMessage(f, 'id') === 'string' && /^[A-Z]+\d+$/.test(f.cell),
            ),
          ).toBe(true);
          const text = JSON.stringify(result.plan);
          expect(text).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('messy cells: findings or correct values, and nothing broken written', () => {
  const long = 'Sub kegiatan '.repeat(2600).slice(0, 32767);
  let lo: ExcelJS.Workbook;
  let findings: Awaited<ReturnType<typeof checkWorkbook>>['findings'];
  beforeAll(async () => {
    const file = await writeWorkbook(
      [
        {
          name: 'Kacau',
          rows: [
            BASIC_HEADER,
            ['I', 'Program Uji 🚀', 'Persentase layanan', '100 %', null, '95 %', null, null],
            ['1', 'Kegiatan Uji', null, null, null, null, null, null],
            ['1', long, 'Jumlah dokumen', '10 dok', '\u00a01.500.000\u00a0', '8 dok', ' 1.200.000 ', null],
            [
              '2',
              'برنامج اختبار (RTL)',
              'Jumlah kegiatan',
              { error: '#REF!' },
              1000000,
              '5',
              { error: '#DIV/0!' },
              { error: '#N/A' },
            ],
            ['3', 'Sub Kegiatan Tanggal', 'Jumlah laporan', null, 2000000, 4, -500000, null],
            ['4', 'Sub Kegiatan Gabung', 'Jumlah unit', '4 unit', 3000000, '2 unit', 2500000, null],
          ],
          merges: ['F7:G7'],
          formats: { D6: 'dd/mm/yyyy' },
        },
      ],
      'kacau.xlsx',
    );
    // A date typed where the target belongs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Kacau')!.getCell('D6').value = new Date(Date.UTC(2024, 11, 31));
    await wb.xlsx.writeFile(file);
    findings = checkWorkbook(
      (await (await import('../src/xlsx/workbook')).loadWorkbook(file)).snapshots,
    ).findings;
    const out = path.join(path.dirname(file), 'out.xlsx');
    expect(await run(['generate', file, '--out', out], quiet)).toBe(0);
    lo = await recalculated(out);
  });

  test('errors, dates and merged value cells are findings at their cells', () => {
    const at = (rule: string, cell: string) => findings.some((f) => f.rule === rule && f.cell === cell);
    expect(at('formula-error', 'D5')).toBe(true);
    expect(at('formula-error', 'G5')).toBe(true);
    expect(at('not-a-number', 'D6')).toBe(true);
    expect(
      findingMessage(
        findings.find((f) => f.cell === 'D6')!,
        'id',
      ),
    ).toContain('31/12/2024');
    expect(findings.find((f) => f.rule === 'merged-value-cells')).toMatchObject({
      cell: 'F7',
      range: 'F7:G7',
    });
  });

  test('numbers with non-breaking spaces are read; nothing written computes to an error or NaN', () => {
    const ws = lo.getWorksheet('Kacau')!;
    // The #DIV/0! typed in G5 is skipped by the kegiatan total, as its finding says; G7 lies under the
    // merge F7:G7 and holds nothing.
    expect(ws.getCell('G3').formula).toBe('_xlfn.AGGREGATE(9,6,G4:G7)');
    expect(ws.getCell('G3').result).toBe(1200000 - 500000);
    expect(ws.getCell('E4').result ?? ws.getCell('E4').value).toBe(1500000);
    // Every formula we wrote, in the source sheet and the generated ones: the user's own error constants
    // stay as they are (and are findings).
    for (const sheet of lo.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          // LibreOffice saves a typed error constant (the user's #DIV/0!) as a formula of itself.
          if (c.formula === undefined || /^#/.test(c.formula)) return;
          const v = c.result;
          expect([sheet.name, c.address, JSON.stringify(v ?? null)]).not.toEqual([
            sheet.name,
            c.address,
            expect.stringMatching(/#DIV\/0!|#VALUE!|#NAME\?|NaN/),
          ]);
        }),
      );
    }
    // The emoji and right-to-left names are copied as they are.
    const pengukuran = lo.getWorksheet('Pengukuran Kinerja')!;
    const texts: unknown[] = [];
    // LibreOffice saves right-to-left script as rich text (font runs); its plain text is what counts.
    const plain = (v: ExcelJS.CellValue): unknown =>
      v && typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : v;
    pengukuran.eachRow((r) => r.eachCell((c) => void texts.push(plain(c.value))));
    expect(texts).toContain('Program Uji 🚀');
    expect(texts).toContain('برنامج اختبار (RTL)');
    expect(texts).toContain(long);
  });
});

describe('bad files: one line, exit 2, nothing written, the input unchanged', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  test('an .ods saved under any name', async () => {
    const ods = path.join(dir, 'tabel.xlsx');
    const zip = Buffer.concat([
      Buffer.from('504b0304', 'hex'),
      Buffer.alloc(26),
      Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    await fs.writeFile(ods, zip);
    let err = '';
    expect(await run(['generate', ods], { stdout: () => undefined, stderr: (t) => (err += t) })).toBe(2);
    expect(err).toMatch(/OpenDocument \(\.ods\)/);
    expect(existsSync(path.join(dir, 'tabel-capaian.xlsx'))).toBe(false);
  });

  test('a workbook without sheets', async () => {
    const empty = path.join(dir, 'kosong.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(empty);
    let err = '';
    expect(await run(['check', empty], { stdout: () => undefined, stderr: (t) => (err += t) })).toBe(2);
    expect(err).toMatch(/tanpa lembar kerja|tidak ditemukan tabel|Tidak ditemukan tabel/i);
  });
});

test('generate --in-place keeps FILE.bak.xlsx, the original byte for byte, and replaces FILE', async () => {
  const dir = await tempDir();
  const file = path.join(dir, 'realisasi.xlsx');
  await fs.copyFile(FIXTURE, file);
  const original = await sha256(file);
  expect(await run(['generate', file, '--in-place'], quiet)).toBe(0);
  expect(await sha256(backupOf(file))).toBe(original);
  expect(path.basename(backupOf(file))).toBe('realisasi.bak.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.getWorksheet(SHEET)!.getCell('K18').formula).toMatch(/^IF\(AND\(ISNUMBER\(G18\)/);
  expect((await fs.readdir(dir)).sort()).toEqual(['realisasi.bak.xlsx', 'realisasi.xlsx']);
});

describe('size', () => {
  test.each([10000, 50000])(
    'a realisasi workbook with %i indicator rows goes through check and generate',
    async (n) => {
      const snap = syntheticRealisasi(n);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Realisasi');
      snap.values.forEach((row, r) =>
        row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
      );
      const dir = await tempDir();
      const file = path.join(dir, 'besar.xlsx');
      await wb.xlsx.writeFile(file);
      let out = '';
      expect(
        await run(['check', file, '--json'], { stdout: (t) => (out += t), stderr: () => undefined }),
      ).toBe(1);
      const json = JSON.parse(out) as { tables: { rows: number }[] };
      expect(json.tables[0]!.rows).toBe(n + n / 10 + n / 50);
      const generated = path.join(dir, 'hasil.xlsx');
      expect(await run(['generate', file, '--out', generated], quiet)).toBe(0);
      const result = new ExcelJS.Workbook();
      await result.xlsx.readFile(generated);
      const sheet = result.getWorksheet('Realisasi')!;
      const last = 3 + n + n / 10 + n / 50;
      expect(sheet.getCell(`H${last}`).formula).toBe(
        `IF(AND(ISNUMBER(D${last}),ISNUMBER(F${last}),D${last}<>0),F${last}/D${last},"")`,
      );
      // More programs than SUM takes arguments (255) are summed in nested groups.
      expect(sheet.getCell(`E${last + 1}`).formula).toMatch(n > 255 * 50 ? /^SUM\(SUM\(E4,/ : /^SUM\(E4,/);
      expect(result.getWorksheet('Pengukuran Kinerja')).toBeDefined();
    },
    300000,
  );
});
