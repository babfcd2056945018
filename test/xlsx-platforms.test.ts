import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { generateWorkbook } from '../src/core/generate';
import { applyPlan } from '../src/xlsx/apply';
import { deflateStream } from '../src/xlsx/deflateStream';
import { openWorkbook, WorkbookReadError } from '../src/xlsx/open';
import { saveWorkbook } from '../src/xlsx/save';
import { loadWorkbook } from '../src/xlsx/workbook';
import { workbookBytes } from '../src/xlsx/write';
import { FIXTURE, tempDir } from './helpers/fixture';

/**
 * The CLI (Node: fs, zlib) and the web mode (bytes in, bytes out, the platform's CompressionStream) write the
 * same workbook: the same plan gives the same parts, byte for byte, once unzipped. Only the compressor differs.
 */
async function parts(zip: Uint8Array): Promise<Map<string, Buffer>> {
  const z = await JSZip.loadAsync(zip, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(z.files).sort())
    if (!z.files[name]!.dir) out.set(name, withoutDataBarIds(await z.file(name)!.async('nodebuffer')));
  return out;
}

/** ExcelJS gives each data bar a random id (`<x14:id>{…}</x14:id>`, twice): the one thing that differs per run. */
function withoutDataBarIds(part: Buffer): Buffer {
  const text = part.toString('latin1');
  const ids = new Set([...text.matchAll(/<x14:id>(\{[0-9A-F-]{36}\})<\/x14:id>/g)].map((m) => m[1]!));
  if (ids.size === 0) return part;
  let out = text;
  for (const id of ids) out = out.split(id).join('{DATA-BAR}');
  return Buffer.from(out, 'latin1');
}

beforeEach(() => {
  // The run is recorded with its time in the registry sheet (for Kembalikan): both paths run at one instant.
  jest.useFakeTimers({
    now: new Date('2026-11-29T10:00:00Z'),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'queueMicrotask',
      'performance',
      'hrtime',
    ],
  });
});
afterEach(() => jest.useRealTimers());

test('the sample through the Node path and the browser path gives the same parts, every sheet byte for byte', async () => {
  const node = await loadWorkbook(FIXTURE);
  const file = path.join(await tempDir(), 'node.xlsx');
  await saveWorkbook(node.workbook, file, applyPlan(node.workbook, generateWorkbook(node.snapshots).plan));
  const fromNode = await parts(await fs.readFile(file));

  // A plain Uint8Array, as a File's arrayBuffer() gives it in the browser: no Node Buffer anywhere.
  const bytes = new Uint8Array(await fs.readFile(FIXTURE));
  const web = await openWorkbook(bytes, 'binjai-dp3am-2022.xlsx');
  const applied = applyPlan(web.workbook, generateWorkbook(web.snapshots).plan);
  const written = await workbookBytes(web.workbook, applied, deflateStream);
  const fromWeb = await parts(written);

  expect([...fromWeb.keys()]).toEqual([...fromNode.keys()]);
  const sheets = [...fromNode.keys()].filter((n) => n.startsWith('xl/worksheets/sheet'));
  // Two sheets of the user's, the registry and the four generated sheets.
  expect(sheets).toHaveLength(7);
  for (const [name, data] of fromNode) expect([name, fromWeb.get(name)!.equals(data)]).toEqual([name, true]);
  // The generated Pengukuran Kinerja holds live formulas, written from the plan by the shared code.
  const pengukuran = fromWeb.get('xl/worksheets/sheet5.xml')!.toString('utf8');
  expect(pengukuran).toMatch(/<f>[^<]*'Realisasi 2022'![^<]*<\/f>/);
  // And the browser's deflate really compresses: a fifth of the stored size or less.
  const stored = [...fromWeb.values()].reduce((n, b) => n + b.length, 0);
  expect(written.length).toBeLessThan(stored / 5);
});

test('openWorkbook refuses bad bytes with the reason the CLI gives', async () => {
  const reason = (bytes: Uint8Array): Promise<string> =>
    openWorkbook(bytes, 'x.xlsx').then(
      () => 'opened',
      (e: unknown) => (e instanceof WorkbookReadError ? e.reason : String(e)),
    );
  expect(await reason(new TextEncoder().encode('Program;Target;Realisasi\n'))).toBe(
    'bukan file .xlsx / not an .xlsx workbook',
  );
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(await reason(ole)).toMatch(/^file ini dilindungi kata sandi atau berformat \.xls lama/);
  expect(await reason(new Uint8Array(await fs.readFile(FIXTURE)).subarray(0, 4000))).toBe(
    'file .xlsx rusak atau terpotong / damaged or truncated .xlsx',
  );
});
