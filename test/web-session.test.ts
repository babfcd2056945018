import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { outputName, Session } from '../src/web/session';
import { WorkbookReadError } from '../src/xlsx/open';
import { UNKNOWN_TABLE, writeWorkbook } from './helpers/build';
import { FIXTURE, SAMPLE_ERRORS, SHEET } from './helpers/fixture';

/**
 * The web mode's worker, run in Node: the dropped file's bytes in, the view and the new workbook's bytes out,
 * through the same engine and xlsx adapter as the CLI (with the browser's CompressionStream).
 */
const sample = async (): Promise<Session> =>
  Session.open('binjai-dp3am-2022.xlsx', new Uint8Array(await fs.readFile(FIXTURE)));

async function sheetXml(bytes: ArrayBuffer, sheet: number): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(`xl/worksheets/sheet${sheet}.xml`)!.async('string');
}

test('NAME.xlsx becomes NAME-capaian.xlsx, as the CLI names it', () => {
  expect(outputName('binjai-dp3am-2022.xlsx')).toBe('binjai-dp3am-2022-capaian.xlsx');
  expect(outputName('LAKIP 2024.XLSX')).toBe('LAKIP 2024-capaian.xlsx');
});

test('the sample: its two tables, the seven errors, and the column roles with their reasons in both languages', async () => {
  const view = await (await sample()).check();
  expect(view.tables.map((t) => [`${t.sheet}!${t.range}`, t.reference])).toEqual([
    [`${SHEET}!A4:K58`, false],
    ['Rencana Kinerja 2022!A3:C19', true],
  ]);
  expect(view.findings.filter((f) => f.severity === 'error').map((f) => f.range ?? f.cell)).toEqual(
    SAMPLE_ERRORS,
  );
  const k = view.tables[0]!.columns.find((c) => c.letter === 'K')!;
  expect(k.reason.id).toMatch(/nilai cocok I ÷ G di 48 dari 49 baris/);
  expect(k.reason.en).not.toBe(k.reason.id);
  expect(view.indicators.length).toBeGreaterThan(30);
});

test('Buat Tabel Capaian twice: the second run starts again from the dropped file and writes the same workbook', async () => {
  const session = await sample();
  const steps: string[] = [];
  const first = await session.generate({}, 'id', (s) => steps.push(s));
  expect(steps).toEqual(['read', 'plan', 'write']);
  expect(first.name).toBe('binjai-dp3am-2022-capaian.xlsx');
  expect(first.summary.sheets).toEqual([
    'Perjanjian Kinerja',
    'Pengukuran Kinerja',
    'Ringkasan Capaian',
    'Narasi',
  ]);
  expect(first.summary.penyerapan).toBeCloseTo(0.8837, 4);
  const second = await session.generate({}, 'id', () => undefined);
  // The source sheet: K18 a live formula in both, not the formula of a formula.
  const [a, b] = [await sheetXml(first.bytes, 1), await sheetXml(second.bytes, 1)];
  const k18 = /<c r="K18"[^>]*><f>([^<]*)<\/f>/.exec(a)?.[1];
  expect(
    k18
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  ).toBe('IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
  expect(b).toBe(a);
  // In English when asked: the generated sheets' names and titles.
  const en = await session.generate({}, 'en', () => undefined);
  expect(en.summary.sheets).not.toEqual(first.summary.sheets);
});

test('a table marked by the page and given roles is read as the CLI reads it with --header and --role', async () => {
  const file = await writeWorkbook([UNKNOWN_TABLE], 'tak-dikenal.xlsx');
  const session = await Session.open('tak-dikenal.xlsx', new Uint8Array(await fs.readFile(file)));
  expect((await session.check()).findings.map((f) => f.rule)).toEqual(['no-table']);
  const view = await session.check({
    tables: { Kinerja: { header: { top: 2, left: 0, bottom: 2, right: 3 } } },
    roles: { Kinerja: { A: { kind: 'nama' }, B: { kind: 'targetK' }, C: { kind: 'realisasiK' } } },
  });
  expect(view.tables.map((t) => t.range)).toEqual(['A3:D6']);
  expect(view.tables[0]!.columns.slice(0, 3).map((c) => c.role.kind)).toEqual([
    'nama',
    'targetK',
    'realisasiK',
  ]);
});

test('bytes that are no workbook are refused with the reason, naming the file', async () => {
  await expect(Session.open('catatan.xlsx', new TextEncoder().encode('a;b\n1;2\n'))).rejects.toEqual(
    new WorkbookReadError('catatan.xlsx', 'bukan file .xlsx / not an .xlsx workbook'),
  );
});
