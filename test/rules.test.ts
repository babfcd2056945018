import * as path from 'path';
import { findingMessage } from '../src/core/i18n/messages';
import { run } from '../src/cli/main';
import { checkWorkbook } from '../src/core/engine';
import { PERMENDAGRI_86_2017, predikatOf } from '../src/core/capaian/settings';
import { loadWorkbook } from '../src/xlsx/workbook';
import { BASIC_HEADER, writeWorkbook, SheetSpec } from './helpers/build';
import { numberAt, recalculated } from './helpers/libreoffice';

const RULES: SheetSpec = {
  name: 'Uji',
  rows: [
    BASIC_HEADER,
    ['I', 'Program Kesehatan Masyarakat', 'Prevalensi stunting', '14 %', null, '16 %', null, null],
    ['1', 'Kegiatan Promosi Kesehatan', null, null, 300, null, 290, null],
    ['1', 'Sub Kegiatan Penyuluhan', 'Jumlah penyuluhan', '10 kali', 100, '8 orang', 90, null],
    ['2', 'Sub Kegiatan Media Promosi', 'Jumlah media', 0, 100, 3, 100, null],
    ['3', 'Sub Kegiatan Posyandu', 'Jumlah posyandu dibina', '1.234', 100, { error: '#REF!' }, 100, null],
    ['4', 'Sub Kegiatan Media Promosi', 'Jumlah media', 5, 100, 5, 100, null],
  ],
};

describe('rules on a table with one of each problem', () => {
  let findings: Awaited<ReturnType<typeof checkWorkbook>>['findings'];
  beforeAll(async () => {
    const { snapshots } = await loadWorkbook(await writeWorkbook([RULES], 'rules.xlsx'));
    findings = checkWorkbook(snapshots).findings;
  });
  const at = (rule: string, cell: string) => findings.find((f) => f.rule === rule && f.cell === cell);

  test('a realisasi in another unit than its target', () => {
    expect(at('unit-mismatch', 'F4')).toMatchObject({
      targetUnit: 'kali',
      realisasiUnit: 'orang',
      severity: 'warning',
    });
  });
  test('a zero target', () => {
    expect(at('zero-target', 'D5')).toBeDefined();
  });
  test('a #REF! in a realisasi cell', () => {
    expect(at('formula-error', 'F6')).toMatchObject({ code: '#REF!', severity: 'error' });
  });
  test('"1.234" in a column with no other evidence is flagged, not guessed silently', () => {
    // Read the Indonesian way (the dot groups thousands), and said without grouping so it is not misread again.
    expect(findingMessage(at('ambiguous-number', 'D6')!, 'id')).toContain('dibaca sebagai 1234.');
    expect(findingMessage(at('ambiguous-number', 'D6')!, 'en')).toContain('read as 1234.');
  });
  test('the same sub kegiatan and indicator typed twice', () => {
    expect(findingMessage(at('duplicate-row', 'B7')!, 'id')).toContain('B5');
  });
  test('the kegiatan subtotal that does not match its items', () => {
    expect(at('subtotal-mismatch', 'E3')).toMatchObject({ stated: 300, sum: 400 });
    expect(at('subtotal-mismatch', 'G3')).toMatchObject({ stated: 290, sum: 390 });
  });
});

test('predikat bands of Permendagri 86/2017', () => {
  const label = (c: number) => predikatOf(c, PERMENDAGRI_86_2017).label;
  expect(label(0.5)).toBe('Sangat Rendah');
  expect(label(0.51)).toBe('Rendah');
  expect(label(0.66)).toBe('Sedang');
  expect(label(0.76)).toBe('Tinggi');
  expect(label(0.91)).toBe('Sangat Tinggi');
  expect(label(1.2818)).toBe('Sangat Tinggi');
});

describe('selectable capaian rules, computed by LibreOffice', () => {
  const SHEET: SheetSpec = {
    name: 'Pilihan',
    rows: [
      ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['Menurunnya KDRT', 'Rasio KDRT', '0,005', '0,008', null],
      ['Kota layak anak', 'Jumlah Skor Kota Layak Anak', 550, 705, null],
      ['Layanan', 'Persentase pengaduan yang ditindaklanjuti', '100 %', '95', null],
    ],
  };

  async function generate(args: string[]) {
    const file = await writeWorkbook([SHEET], 'pilihan.xlsx');
    const out = path.join(path.dirname(file), 'out.xlsx');
    expect(
      await run(['generate', file, '--out', out, ...args], {
        stdout: () => undefined,
        stderr: () => undefined,
      }),
    ).toBe(0);
    return recalculated(out);
  }

  test('negatives by target / realisasi, capped at 120 %', async () => {
    const lo = await generate(['--negative-method', 'kebalikan', '--cap', '120']);
    expect(numberAt(lo, 'Pilihan', 'E2')).toBeCloseTo(0.005 / 0.008, 10);
    expect(numberAt(lo, 'Pilihan', 'E3')).toBeCloseTo(1.2, 10);
    // "95" beside "100 %" is 95 %: stored as 0.95 so the division is right.
    expect(numberAt(lo, 'Pilihan', 'E4')).toBeCloseTo(0.95, 10);
  });

  test('an indicator the user marks negative is computed as negative', async () => {
    const lo = await generate(['--negatif', 'Jumlah Skor Kota Layak Anak']);
    expect(numberAt(lo, 'Pilihan', 'E3')).toBeCloseTo((2 * 550 - 705) / 550, 10);
    expect(numberAt(lo, 'Pilihan', 'E2')).toBeCloseTo(0.4, 10);
  });
});
