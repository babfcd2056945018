/**
 * Our sheets print as a planning officer sets them up (issue 21): a fixed scale that fits the columns on
 * an A4 page, and page breaks that keep each chart, each program with its kegiatan, each heading with its
 * table on one page. LibreOffice prints the CLI's output sheet by sheet; the Office.js adapter is run on the
 * Excel fake. Needs Carlito (Calibri's metric twin, fonts-crosextra-carlito), as LibreOffice has on an
 * office's machine: without it LibreOffice prints the columns wider than Excel does.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import JSZip from 'jszip';
import { run } from '../src/cli/main';
import { generateWorkbook } from '../src/core/generate';
import { SheetPlan } from '../src/core/plan/types';
import { PK_COL } from '../src/core/sheets/pengukuran';
import { printSetup } from '../src/core/sheets/print';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { libreofficeConvertAll } from './helpers/libreoffice';
import { ikuWorkbook } from './helpers/bab3';

const exec = promisify(execFile);
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };
const OURS = ['Perjanjian Kinerja', 'Pengukuran Kinerja', 'Ringkasan Capaian', 'Narasi'] as const;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { aloneBook } = require('../scripts/print-alone.js') as {
  aloneBook(book: string, sheet: string): string;
};

/** The workbook once per sheet, as LibreOffice prints it when the officer prints that sheet alone. */
async function eachAlone(file: string, sheets: readonly string[], dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const out: string[] = [];
  for (const [n, sheet] of sheets.entries()) {
    zip.file('xl/workbook.xml', aloneBook(book, sheet));
    const one = path.join(dir, `alone${n}.xlsx`);
    await fs.writeFile(one, await zip.generateAsync({ type: 'nodebuffer' }));
    out.push(one);
  }
  return out;
}

/** Each printed page's text. */
async function pagesOf(pdf: string): Promise<string[]> {
  const { stdout } = await exec('pdftotext', ['-layout', pdf, '-']);
  return stdout.split('\f').slice(0, -1);
}

/** The pages (1-based) whose text has `text` at least `times` times. */
function pagesWith(pages: readonly string[], text: string, times = 1): number[] {
  return pages.flatMap((p, i) => (p.split(text).length - 1 >= times ? [i + 1] : []));
}

function planOf(sheets: readonly SheetPlan[], name: string): SheetPlan {
  const plan = sheets.find((s) => s.sheet === name);
  if (!plan?.pageSetup) throw new Error(`no print setup planned for ${name}`);
  return plan;
}

describe('the generated sheets printed by LibreOffice', () => {
  let out: string;
  let plans: readonly SheetPlan[];
  const printed = new Map<string, string[]>();
  beforeAll(async () => {
    const dir = await tempDir();
    out = path.join(dir, 'generated.xlsx');
    expect(await run(['generate', FIXTURE, '--out', out], quiet)).toBe(0);
    plans = generateWorkbook((await loadWorkbook(FIXTURE)).snapshots).plan.sheets;
    const pdfs = await libreofficeConvertAll(await eachAlone(out, OURS, dir), 'pdf');
    for (const [i, sheet] of OURS.entries()) printed.set(sheet, await pagesOf(pdfs[i]!));
  }, 240000);

  test('the file carries the plan: its scale, print area, title rows and page breaks', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="4">'Ringkasan Capaian'!$A$1:$E$${planOf(plans, 'Ringkasan Capaian').pageSetup!.printArea.bottom + 1}</definedName>`,
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Pengukuran Kinerja'!$16:$16`,
    );
    // Sheets 3 to 6 of the package are ours, in order.
    for (const [i, sheet] of OURS.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 3}.xml`)!.async('string');
      const page = planOf(plans, sheet).pageSetup!;
      expect([sheet, /<pageSetup [^>]*scale="(\d+)"/.exec(xml)?.[1]]).toEqual([sheet, String(page.scale)]);
      // Not "fit to page": Excel and LibreOffice ignore manual breaks in a sheet scaled to fit.
      expect(xml).not.toContain('fitToPage');
      const breaks = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
      expect([sheet, breaks]).toEqual([sheet, page.breaks]);
    }
  });

  test('LibreOffice breaks each sheet where the plan does and nowhere else: the columns fit the page', () => {
    const counts = OURS.map((s) => [
      s,
      printed.get(s)!.length,
      planOf(plans, s).pageSetup!.breaks.length + 1,
    ]);
    expect(counts).toEqual([
      ['Perjanjian Kinerja', 2, 2],
      ['Pengukuran Kinerja', 3, 3],
      ['Ringkasan Capaian', 3, 3],
      ['Narasi', 1, 1],
    ]);
    // Every column printed: the last column's header is on the first page (no page of cut-off columns).
    expect(printed.get('Pengukuran Kinerja')![0]).toMatch(/Predikat/);
    expect(printed.get('Ringkasan Capaian')![0]).toMatch(/Efisiensi\s*$/m);
  });

  test('each chart of Ringkasan Capaian prints whole on one page: its title, bars and legend together', () => {
    const pages = printed.get('Ringkasan Capaian')!;
    // Title twice (the heading above the figures and the chart's own); the legend is the last text to use
    // the series' names: on the same page when the chart is not cut.
    const capaian = pagesWith(pages, 'Grafik capaian indikator', 2);
    expect(capaian).toHaveLength(1);
    expect(pagesWith(pages, 'Target 100%').at(-1)).toBe(capaian[0]);
    const program = pagesWith(pages, 'Grafik capaian dan penyerapan anggaran per program', 2);
    expect(program).toHaveLength(1);
    expect(pagesWith(pages, 'Penyerapan (%)').at(-1)).toBe(program[0]);
    expect(program[0]).toBeGreaterThan(capaian[0]!);
  });

  test('a program prints with its kegiatan and sub kegiatan: Pengukuran Kinerja breaks before a program', () => {
    const plan = planOf(plans, 'Pengukuran Kinerja');
    const tingkat = new Map(
      plan.cells.flatMap((c) =>
        c.col === PK_COL.tingkat && c.kind === 'text' ? [[c.row, c.value] as const] : [],
      ),
    );
    expect(plan.pageSetup!.breaks.map((r) => tingkat.get(r))).toEqual(['Program', 'Program']);
    const pages = printed.get('Pengukuran Kinerja')!;
    // Each page after the first opens with the repeated header, then a program's row (II, VII).
    expect(
      pages
        .slice(1)
        .map((p) => /^\s*(I|V|X)+\s+\S/m.exec(p.replace(/^[\s\S]*?Predikat.*\n/, ''))?.[0].trim()),
    ).toEqual(['II    P', 'VII   P']);
  });

  test('no break falls inside a chart, and Perjanjian Kinerja’s signatures print with its table', () => {
    for (const sheet of OURS) {
      const plan = planOf(plans, sheet);
      for (const chart of plan.charts ?? [])
        expect(plan.pageSetup!.breaks.filter((b) => b > chart.at.top - 1 && b <= chart.at.bottom)).toEqual(
          [],
        );
    }
    const pk = printed.get('Perjanjian Kinerja')!;
    // The total row, "Jumlah … 5,993,350,294", and the signatures below it.
    const total = pk.flatMap((p, i) => (/^\s*Jumlah\s{2,}[\d.,]+\s*$/m.test(p) ? [i + 1] : []));
    expect(total).toHaveLength(1);
    expect(pagesWith(pk, 'PIHAK PERTAMA')).toEqual(total);
  });
});

describe('Perbandingan printed by LibreOffice: years side by side, its chart whole', () => {
  test('the columns fit the page, and the chart of capaian per year is on one page with its legend', async () => {
    const dir = await tempDir();
    const iku = await ikuWorkbook([
      ['Angka Harapan Hidup', 'tahun', 70, 70.1, 70.2, 70.3, 70.4, 70.6, 70.6, 70.9, 71, 71.2, 72],
      ['Angka Kematian Ibu', 'per 100.000 KH', 120, 130, 115, 118, 110, 102, 105, 98, 100, 90, 80],
    ]);
    const out = path.join(dir, 'iku-generated.xlsx');
    expect(await run(['generate', iku, '--out', out], quiet)).toBe(0);
    const plan = planOf(generateWorkbook((await loadWorkbook(iku)).snapshots).plan.sheets, 'Perbandingan');
    const [pdf] = await libreofficeConvertAll(await eachAlone(out, ['Perbandingan'], dir), 'pdf');
    const pages = await pagesOf(pdf!);
    expect(pages).toHaveLength(plan.pageSetup!.breaks.length + 1);
    const chart = pagesWith(pages, 'Grafik capaian indikator per tahun', 2);
    expect(chart).toHaveLength(1);
    // The legend names the years; the chart's is the last text to name them.
    expect(pagesWith(pages, '2023').at(-1)).toBe(chart[0]);
  }, 240000);
});

describe('the print setup through the Office.js adapter', () => {
  test('Excel gets the plan’s scale, print area, title rows and breaks; a second click leaves one set', async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const plans = generateWorkbook(snapshots).plan.sheets;
    const excel = FakeExcel.from(snapshots, SHEET);
    expect((await buatTabelCapaian(asWorkbook(excel.context()))).ok).toBe(true);
    const expected = (sheet: string) => {
      const page = planOf(plans, sheet).pageSetup!;
      return {
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { scale: page.scale },
        printArea: page.printArea,
        breaks: page.breaks,
      };
    };
    const seen = (sheet: string) => {
      const s = excel.sheet(sheet);
      return {
        orientation: s.page.orientation,
        paperSize: s.page.paperSize,
        zoom: s.page.zoom,
        printArea: s.page.printArea,
        breaks: s.pageBreaks,
      };
    };
    for (const sheet of OURS) expect(seen(sheet)).toEqual(expected(sheet));
    expect(excel.sheet('Pengukuran Kinerja').page.printTitleRows).toBe('$16:$16');
    expect(excel.sheet('Ringkasan Capaian').pageBreaks.length).toBeGreaterThan(0);

    // A break left on our sheet (by hand, or by an earlier layout) survives clearing the cells in Excel:
    // the second run takes it away and sets the plan's again, once.
    excel.sheet('Ringkasan Capaian').pageBreaks.push(3);
    expect((await buatTabelCapaian(asWorkbook(excel.context()))).ok).toBe(true);
    for (const sheet of OURS) expect(seen(sheet)).toEqual(expected(sheet));
  });

  test('Excel refuses a print scale outside 10–400, as the reference says', async () => {
    const excel = FakeExcel.from((await loadWorkbook(FIXTURE)).snapshots, SHEET);
    const context = excel.context() as {
      workbook: { worksheets: { getItem(n: string): { pageLayout: { zoom: unknown } } } };
      sync(): Promise<void>;
    };
    context.workbook.worksheets.getItem(SHEET).pageLayout.zoom = { scale: 5 };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the core’s print plan', () => {
  // A4 landscape at 100 %: 487 pt of rows less 5 % slack, 30 rows of 15 pt.
  const sheet = (rows: number, keep: { top: number; bottom: number }[], more = {}) =>
    printSetup({
      orientation: 'landscape',
      lastRow: rows - 1,
      lastCol: 3,
      width: () => 25,
      height: () => 15,
      keep,
      ...more,
    });

  test('the scale fits the columns on the page’s width, at most 100 %', () => {
    expect(sheet(10, []).scale).toBe(100);
    // Ringkasan Capaian's five columns, 144 units: 80 %.
    const widths = [52, 44, 16, 16, 16];
    expect(
      printSetup({
        orientation: 'landscape',
        lastRow: 0,
        lastCol: 4,
        width: (c) => widths[c]!,
        height: () => 15,
        keep: [],
      }).scale,
    ).toBe(80);
  });

  test('a group that would cross the page’s foot starts the next page; a group taller than a page is cut', () => {
    expect(sheet(60, []).breaks).toEqual([30]);
    expect(sheet(60, [{ top: 25, bottom: 34 }]).breaks).toEqual([25, 55]);
    // The widest group that fits wins over the one inside it; one taller than a page is cut where it must.
    expect(
      sheet(60, [
        { top: 20, bottom: 40 },
        { top: 27, bottom: 33 },
      ]).breaks,
    ).toEqual([20, 50]);
    expect(sheet(80, [{ top: 10, bottom: 75 }]).breaks).toEqual([30, 60]);
  });

  test('a sheet of 60,000 rows gets no more manual breaks than Excel keeps (1,026)', () => {
    const long = sheet(60000, []);
    expect(long.breaks).toHaveLength(1026);
    expect(long.breaks.at(-1)).toBe(1026 * 30);
  });

  test('pages below the repeated header rows hold fewer rows', () => {
    const titled = sheet(90, [], { repeatRows: { top: 2, bottom: 3 } });
    expect(titled.breaks).toEqual([30, 58, 86]);
    expect(titled.repeatRows).toEqual({ top: 2, bottom: 3 });
    expect(titled.printArea).toEqual({ top: 0, left: 0, bottom: 89, right: 3 });
  });
});
