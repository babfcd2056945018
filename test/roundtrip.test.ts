import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';

/**
 * Everything our writer does not own survives generate: other sheets with their styles, widths, merges,
 * notes, data validation, hidden state and frozen panes, defined names, and in the source sheet every
 * cell outside the cells the plan writes.
 */
describe('round trip of what is not ours', () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let written: Set<string>;

  beforeAll(async () => {
    const dir = await tempDir();
    const rich = new ExcelJS.Workbook();
    await rich.xlsx.readFile(FIXTURE);
    const notes = rich.addWorksheet('Catatan Staf', { views: [{ state: 'frozen', ySplit: 1 }] });
    notes.getCell('A1').value = 'Kolom';
    notes.getCell('A1').font = { bold: true, color: { argb: 'FFC00000' } };
    notes.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    notes.getCell('B2').value = 1234.5;
    notes.getCell('B2').numFmt = '#,##0.00';
    notes.getCell('C3').value = { formula: 'B2*2', result: 2469 };
    notes.getCell('A4').note = 'Diisi oleh Bidang PPA';
    notes.getCell('A4').value = 'lihat catatan';
    notes.mergeCells('A6:C6');
    notes.getCell('A6').value = 'gabungan';
    notes.getColumn(1).width = 33;
    notes.getCell('D2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ya,Tidak"'] };
    const hidden = rich.addWorksheet('Arsip', { state: 'hidden' });
    hidden.getCell('A1').value = 'arsip 2021';
    rich.definedNames.add(`'Catatan Staf'!$B$2`, 'NilaiContoh');
    rich.getWorksheet(SHEET)!.getCell('M3').value = 'catatan di luar tabel';
    const input = path.join(dir, 'kaya.xlsx');
    await rich.xlsx.writeFile(input);
    before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);

    const out = path.join(dir, 'kaya-capaian.xlsx');
    let json = '';
    expect(
      await run(['generate', input, '--out', out, '--json'], {
        stdout: (t) => (json += t),
        stderr: () => undefined,
      }),
    ).toBe(0);
    after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    // The cells the plan writes in the source sheet, from a second plan run on the same input.
    const { generateWorkbook } = await import('../src/core/generate');
    const { loadWorkbook } = await import('../src/xlsx/workbook');
    const plan = generateWorkbook((await loadWorkbook(input)).snapshots).plan;
    written = new Set(
      plan.sheets
        .filter((s) => !s.create)
        .flatMap((s) => s.cells.map((c) => `${s.sheet}!${c.row + 1},${c.col + 1}`)),
    );
  });

  test('sheets of the user keep their cells, styles, widths, merges, notes, validation, state and panes', () => {
    for (const name of ['Catatan Staf', 'Arsip', 'Rencana Kinerja 2022']) {
      const a = before.getWorksheet(name)!;
      const b = after.getWorksheet(name)!;
      expect(b.state).toBe(a.state);
      expect(b.model.merges).toEqual(a.model.merges);
      expect(b.views).toEqual(a.views);
      a.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = b.getCell(r, c);
          expect([
            name,
            cell.address,
            other.value,
            other.style,
            other.note ?? null,
            other.dataValidation ?? null,
          ]).toEqual([
            name,
            cell.address,
            cell.value,
            cell.style,
            cell.note ?? null,
            cell.dataValidation ?? null,
          ]);
        }),
      );
      for (let c = 1; c <= 4; c++) expect(b.getColumn(c).width).toBe(a.getColumn(c).width);
    }
    expect(after.getWorksheet('Arsip')!.state).toBe('hidden');
    expect(after.getWorksheet('Catatan Staf')!.getCell('A4').note).toBe('Diisi oleh Bidang PPA');
  });

  test('defined names survive', () => {
    expect(after.definedNames.getRanges('NilaiContoh').ranges).toEqual(["'Catatan Staf'!$B$2"]);
  });

  test('in the source sheet, every cell the plan does not write is as it was', () => {
    const a = before.getWorksheet(SHEET)!;
    const b = after.getWorksheet(SHEET)!;
    let compared = 0;
    a.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (written.has(`${SHEET}!${r},${c}`)) return;
        compared++;
        expect([cell.address, b.getCell(r, c).value, b.getCell(r, c).style]).toEqual([
          cell.address,
          cell.value,
          cell.style,
        ]);
      }),
    );
    expect(compared).toBeGreaterThan(300);
    expect(b.getCell('M3').value).toBe('catatan di luar tabel');
    expect(b.model.merges).toEqual(a.model.merges);
    for (let c = 1; c <= 11; c++) expect(b.getColumn(c).width).toBe(a.getColumn(c).width);
  });
});

describe("parts of the office's file our engine does not read (an office chart)", () => {
  async function withChart(): Promise<string> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await (await import('fs')).promises.readFile(FIXTURE));
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    const file = path.join(await tempDir(), 'grafik.xlsx');
    await (await import('fs')).promises.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    return file;
  }

  async function chartOf(file: string): Promise<string | undefined> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await (await import('fs')).promises.readFile(file));
    return zip.file('xl/charts/chart1.xml')?.async('string');
  }

  test('generate --in-place keeps the part, byte for byte, after a backup', async () => {
    const file = await withChart();
    const { sha256 } = await import('./helpers/fixture');
    const before = await sha256(file);
    let err = '';
    expect(
      await run(['generate', file, '--in-place'], { stdout: () => undefined, stderr: (t) => (err += t) }),
    ).toBe(0);
    expect(err).toBe('');
    expect(await chartOf(file)).toBe(
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    expect(await sha256(path.join(path.dirname(file), 'grafik.bak.xlsx'))).toBe(before);
  });

  test('generate --out carries it without a warning', async () => {
    const file = await withChart();
    let err = '';
    expect(await run(['generate', file], { stdout: () => undefined, stderr: (t) => (err += t) })).toBe(0);
    expect(err).toBe('');
    expect(await chartOf(path.join(path.dirname(file), 'grafik-capaian.xlsx'))).toBe(
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
  });
});

/**
 * Parts the patcher changes are zipped by Node's zlib, not a JavaScript deflate: every part of a package
 * written stored, changed to itself, must come out compressed and read back as it was.
 */
describe('saving compresses with native zlib', () => {
  it('gives the parts as they were, deflated', async () => {
    const { Package } = await import('../src/xlsx/package');
    const { deflateNode } = await import('../src/xlsx/deflateNode');
    const JSZip = (await import('jszip')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    const pkg = Package.read(stored);
    for (const part of pkg.paths()) pkg.set(part, (await pkg.bytes(part))!);
    const deflated = await pkg.write(deflateNode);
    expect(deflated.length).toBeLessThan(stored.length / 3);

    const a = await JSZip.loadAsync(stored);
    const b = await JSZip.loadAsync(deflated);
    const parts = (z: typeof a): string[] => Object.keys(z.files).filter((n) => !z.files[n]!.dir);
    expect(parts(b).sort()).toEqual(parts(a).sort());
    for (const name of parts(a)) {
      expect(await b.file(name)!.async('nodebuffer')).toEqual(await a.file(name)!.async('nodebuffer'));
    }
    // The CRC for Node before 20.15 agrees with zlib's, in one piece and in several.
    const { crc32Js } = await import('../src/xlsx/zip');
    const { crc32 } = await import('zlib');
    expect(crc32Js(stored)).toBe(crc32(stored));
    expect(crc32Js(stored.subarray(1000), crc32Js(stored.subarray(0, 1000)))).toBe(crc32(stored));
  });
});
