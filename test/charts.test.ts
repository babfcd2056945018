/**
 * Native, live charts: the xlsx writer adds DrawingML chart parts (ExcelJS writes none) over the cells of
 * Ringkasan Capaian and Perbandingan. LibreOffice prints the CLI's output, and the printed page must show
 * the bars, in the colours our charts use and nothing else in the workbook does.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import JSZip from 'jszip';
import { run } from '../src/cli/main';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { loadWorkbook } from '../src/xlsx/workbook';
import { drawingXml } from '../src/xlsx/charts';
import { FakeExcel } from './fakes/excel';
import { FIXTURE, SHEET, tempDir } from './helpers/fixture';
import { ikuWorkbook } from './helpers/bab3';
import { libreofficeConvertAll } from './helpers/libreoffice';

const exec = promisify(execFile);
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

/** The first bar colour and the second series' (the 100 % line is red, 2019 vs 2020 blue vs orange). */
const BLUE = [0x2f, 0x55, 0x97] as const;
const ORANGE = [0xed, 0x7d, 0x31] as const;

// poppler-utils; never skipped: a test machine without it is broken, and .ci/run installs it.
const PDFTOTEXT = 'pdftotext';
const PDFTOPPM = 'pdftoppm';

/** The pages (1-based) whose text has `text` at least `times` times: in a cell, and again as a chart title. */
async function pagesWith(pdf: string, text: string, times: number): Promise<number[]> {
  const { stdout } = await exec(PDFTOTEXT, ['-layout', pdf, '-']);
  return stdout
    .split('\f')
    .map((page, i) => [page.split(text).length - 1, i + 1] as const)
    .filter(([n]) => n >= times)
    .map(([, i]) => i);
}

/** Pixels of one page, rendered at 50 dpi, near the colour given. */
async function pixelsOf(pdf: string, page: number, rgb: readonly number[]): Promise<number> {
  const { stdout } = await exec(PDFTOPPM, ['-f', String(page), '-l', String(page), '-r', '50', pdf], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  // P6 PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 40).toString('latin1'));
  if (!head) throw new Error('pdftoppm gave no PPM');
  const data = stdout.subarray(head[0].length);
  let n = 0;
  for (let i = 0; i + 2 < data.length; i += 3) if (rgb.every((c, k) => Math.abs(data[i + k]! - c) <= 12)) n++;
  return n;
}

describe('charts in the CLI’s output', () => {
  let seed: string;
  let iku: string;
  let pdfs: string[];
  beforeAll(async () => {
    const dir = await tempDir();
    seed = path.join(dir, 'seed.xlsx');
    iku = path.join(dir, 'iku.xlsx');
    expect(await run(['generate', FIXTURE, '--out', seed], quiet)).toBe(0);
    const ikuIn = await ikuWorkbook([
      ['Angka Harapan Hidup', 'tahun', 70, 70.1, 70.2, 70.3, 70.4, 70.6, 70.6, 70.9, 71, 71.2, 72],
      ['Angka Kematian Ibu', 'per 100.000 KH', 120, 130, 115, 118, 110, 102, 105, 98, 100, 90, 80],
    ]);
    expect(await run(['generate', ikuIn, '--out', iku], quiet)).toBe(0);
    pdfs = await libreofficeConvertAll([seed, iku], 'pdf');
  }, 240000);

  test('the parts are in the package, linked to the cells they draw', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(seed));
    const charts = Object.keys(zip.files).filter((f) => f.startsWith('xl/charts/'));
    expect(charts.sort()).toEqual(['xl/charts/capaianChart1.xml', 'xl/charts/capaianChart2.xml']);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('PartName="/xl/charts/capaianChart1.xml"');
    const first = await zip.file('xl/charts/capaianChart1.xml')!.async('string');
    // Capaian per indicator: bars over Ringkasan's capaian cells, the 100 % line as a line series.
    expect(first).toMatch(/<c:barChart>.*<c:val><c:numRef><c:f>'Ringkasan Capaian'!\$B\$\d+:\$B\$\d+<\/c:f>/);
    expect(first).toMatch(/<c:lineChart>.*<c:f>'Ringkasan Capaian'!\$C\$\d+:\$C\$\d+<\/c:f>/);
  });

  test('LibreOffice prints them: Ringkasan Capaian’s two charts and Perbandingan’s years', async () => {
    const [seedPdf, ikuPdf] = pdfs as [string, string];
    const capaian = await pagesWith(seedPdf, 'Grafik capaian indikator', 2);
    expect(capaian.length).toBeGreaterThan(0);
    expect(await pixelsOf(seedPdf, capaian[0]!, BLUE)).toBeGreaterThan(1000);
    const program = await pagesWith(seedPdf, 'Grafik capaian dan penyerapan anggaran per program', 2);
    expect(program.length).toBeGreaterThan(0);
    expect(await pixelsOf(seedPdf, program[0]!, ORANGE)).toBeGreaterThan(300);
    const years = await pagesWith(ikuPdf, 'Grafik capaian indikator per tahun', 2);
    expect(years.length).toBeGreaterThan(0);
    expect(await pixelsOf(ikuPdf, years[0]!, BLUE)).toBeGreaterThan(300);
    expect(await pixelsOf(ikuPdf, years[0]!, ORANGE)).toBeGreaterThan(300);
  });

  test('a second generate on the output is not warned about charts: they are ours, and drawn again', async () => {
    let err = '';
    const again = path.join(path.dirname(seed), 'again.xlsx');
    expect(
      await run(['generate', seed, '--out', again], { stdout: () => undefined, stderr: (t) => (err += t) }),
    ).toBe(0);
    expect(err).toBe('');
    const zip = await JSZip.loadAsync(await fs.readFile(again));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('xl/charts/'))).toHaveLength(2);
  });
});

describe('charts through the Office.js adapter (worksheet.charts.add)', () => {
  async function fixtureExcel(): Promise<FakeExcel> {
    return FakeExcel.from((await loadWorkbook(FIXTURE)).snapshots, SHEET);
  }
  const summary = (excel: FakeExcel) =>
    excel.sheet('Ringkasan Capaian').charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: c.source,
      seriesTypes: c.seriesTypes,
      legend: c.legend,
    }));

  test('Ringkasan Capaian gets its two charts over its own blocks, the 100 % line as a line', async () => {
    const excel = await fixtureExcel();
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome.ok).toBe(true);
    const charts = excel.sheet('Ringkasan Capaian').charts;
    expect(charts.map((c) => [c.name, c.title, c.type, c.seriesTypes])).toEqual([
      [
        'Capaian Kinerja: Grafik capaian indikator',
        'Grafik capaian indikator',
        'ColumnClustered',
        ['ColumnClustered', 'Line'],
      ],
      [
        'Capaian Kinerja: Grafik capaian dan penyerapan anggaran per program',
        'Grafik capaian dan penyerapan anggaran per program',
        'ColumnClustered',
        ['ColumnClustered', 'ColumnClustered'],
      ],
    ]);
    // The first chart's block: its header row names the series, its rows link to Pengukuran Kinerja.
    const rk = excel.sheet('Ringkasan Capaian');
    const { top, left } = charts[0]!.source;
    expect([rk.cell(top, left + 1)?.value, rk.cell(top, left + 2)?.value]).toEqual([
      'Capaian (%)',
      'Target 100%',
    ]);
    expect(rk.cell(top + 1, left)?.value).toBe('Indeks Pembangunan Gender');
    expect(rk.cell(top + 1, left + 1)?.formula).toMatch(/^=IF\(ISERROR\('Pengukuran Kinerja'!F\d+\)/);
    expect(charts[0]!.position!.start.top).toBeGreaterThan(charts[0]!.source.bottom);
  });

  test('a second run replaces them instead of adding two more; Kembalikan removes them with the sheet', async () => {
    const excel = await fixtureExcel();
    await buatTabelCapaian(asWorkbook(excel.context()));
    const first = summary(excel);
    excel.active = SHEET;
    await buatTabelCapaian(asWorkbook(excel.context()));
    expect(summary(excel)).toEqual(first);
    const back = await kembalikan(asWorkbook(excel.context()));
    expect(back.ok).toBe(true);
    expect(excel.find('Ringkasan Capaian')).toBeUndefined();
  });

  test('with ExcelApi 1.4 the charts are still made, the 100 % line as a column (series types need 1.7)', async () => {
    const excel = await fixtureExcel();
    const oldHost = { ...asWorkbook(excel.context()), supports: (minor: number) => minor <= 4 };
    expect((await buatTabelCapaian(oldHost)).ok).toBe(true);
    expect(excel.sheet('Ringkasan Capaian').charts[0]!.seriesTypes).toEqual([
      'ColumnClustered',
      'ColumnClustered',
    ]);
  });
});

describe('chart parts Excel opens without repair', () => {
  test('a chart title with quotes stays one attribute of its frame', () => {
    const at = { top: 0, left: 0, bottom: 9, right: 5 };
    const xml = drawingXml([
      { title: 'Capaian "IKU" 2022', kind: 'column', source: at, lines: [], percent: true, at },
    ]);
    expect(xml).toContain('name="Capaian &quot;IKU&quot; 2022"/>');
  });
});
