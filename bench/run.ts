/**
 * npm run bench [-- --json] [-- --smoke] [-- --io]: what makes the add-in feel instant, beside the naive way and
 * the I/O floor. Timings are medians of several runs; the machine is printed with them. `--io` measures the
 * CLI's generate and its peak memory only.
 */
import { execFileSync, spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { generateWorkbook } from '../src/core/generate';
import { SheetSnapshot } from '../src/core/sheet/snapshot';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { FakeExcel } from '../test/fakes/excel';
import { syntheticRealisasi } from '../test/helpers/synthetic';
import { temporaryFolder } from '../test/helpers/tmp';
import { naiveGenerate } from './naive';
import { measureLoad, measureRibbon } from './load';
import { measureWeb } from './web';

const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const ioOnly = args.has('--io');
const ROOT = path.join(__dirname, '..', '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(median(ms) * 10) / 10;
}

async function xlsxOf(snap: SheetSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snap.name);
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  await wb.xlsx.writeFile(file);
}

async function core() {
  const sizes = smoke ? [50] : [100, 1000, 10000, 50000];
  const out: { rows: number; ms: number; rowsPerMs: number }[] = [];
  for (const rows of sizes) {
    const snap = syntheticRealisasi(rows);
    generateWorkbook([snap]);
    const ms = await time(() => generateWorkbook([snap]), rows >= 50000 ? 3 : 5);
    out.push({ rows, ms, rowsPerMs: Math.round((rows / ms) * 10) / 10 });
  }
  return out;
}

/** What one Buat Tabel Capaian costs on the strict Excel fake: syncs and the largest request and response. */
async function measureRun(fake: FakeExcel) {
  fake.syncs = 0;
  fake.operations = 0;
  fake.maxRequestBytes = 0;
  fake.maxResponseBytes = 0;
  const outcome = await buatTabelCapaian(asWorkbook(fake.context()));
  if (!outcome.ok) throw new Error(outcome.message.en);
  return {
    syncs: fake.syncs,
    ops: fake.operations,
    maxRequestBytes: fake.maxRequestBytes,
    maxResponseBytes: fake.maxResponseBytes,
  };
}

/** Characters of our state (options, Kembalikan data, our rules) in the hidden registry sheet. */
function stateChars(fake: FakeExcel): number {
  const registry = fake.sheet('_CapaianKinerja');
  let n = 0;
  for (const [key, c] of registry.cells)
    if (key % 16384 >= 3 && typeof c.value === 'string') n += c.value.length;
  return n;
}

async function excel() {
  const sizes = smoke ? [50] : [100, 1000, 5000, 10000];
  const out: {
    rows: number;
    syncs: number;
    ops: number;
    maxRequestBytes: number;
    maxResponseBytes: number;
    second: { syncs: number; maxRequestBytes: number; maxResponseBytes: number };
    stateChars: number;
    settingsBytes: number;
    naiveSyncs: number;
  }[] = [];
  for (const rows of sizes) {
    const snap = syntheticRealisasi(rows);
    const ours = FakeExcel.from([snap]);
    const first = await measureRun(ours);
    const second = await measureRun(ours);
    const naive = FakeExcel.from([snap]);
    await naiveGenerate(
      asWorkbook(naive.context()),
      generateWorkbook([snap]).plan,
      snap.name,
      snap.values.length,
    );
    out.push({
      rows,
      ...first,
      second: {
        syncs: second.syncs,
        maxRequestBytes: second.maxRequestBytes,
        maxResponseBytes: second.maxResponseBytes,
      },
      stateChars: stateChars(ours),
      // Nothing is kept in document settings any more: the state is in the workbook.
      settingsBytes: 0,
      naiveSyncs: naive.syncs,
    });
  }
  return out;
}

async function cli() {
  const rows = smoke ? 50 : 10000;
  const dir = await temporaryFolder('bench');
  const file = path.join(dir, 'realisasi.xlsx');
  await xlsxOf(syntheticRealisasi(rows), file);
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const runs = smoke ? 1 : 3;
  const ms = await time(() => run(['generate', file, '--out', path.join(dir, 'out.xlsx')], quiet), runs);
  const ioFloorMs = await time(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(path.join(dir, 'floor.xlsx'));
  }, runs);
  return { rows, ms, ioFloorMs, ratio: Math.round((ms / ioFloorMs) * 100) / 100 };
}

/** Peak memory (max RSS) of a script run in its own process. */
function peakMB(script: string): number {
  const r = spawnSync(
    process.execPath,
    ['-e', `${script}.then(() => process.stdout.write(String(process.resourceUsage().maxRSS)))`],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`memory run failed: ${r.stderr}`);
  return Math.round(Number(r.stdout) / 1024);
}

/**
 * Peak memory of `capaian generate` on 50,000 rows, in its own process, beside the same floor as the CLI's
 * time: ExcelJS reading and writing that workbook with no work in between.
 */
async function memory() {
  const rows = smoke ? 50 : 50000;
  const dir = await temporaryFolder('bench');
  const file = path.join(dir, 'realisasi.xlsx');
  await xlsxOf(syntheticRealisasi(rows), file);
  const q = (p: string): string => JSON.stringify(p);
  const peak = peakMB(
    `require(${q(path.join(ROOT, 'lib', 'cli', 'main.js'))}).run(['generate', ${q(file)}, '--out', ${q(path.join(dir, 'o.xlsx'))}], { stdout: () => {}, stderr: () => {} })`,
  );
  const floor = peakMB(
    `(async () => { const E = require(${q(require.resolve('exceljs'))}); const wb = new E.Workbook(); await wb.xlsx.readFile(${q(file)}); await wb.xlsx.writeFile(${q(path.join(dir, 'f.xlsx'))}); })()`,
  );
  return { rows, peakMB: peak, ioFloorPeakMB: floor };
}

function bundle() {
  const dist = path.join(ROOT, 'dist');
  // Always a fresh production build: a dist/ left from an older checkout would measure old code.
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // Every script taskpane.html loads but Office.js.
  const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((s) => !/^https?:/.test(s));
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
  // The pane's chunks fetched after its first read (the writing half of the engine): not on its first render.
  const later = readdirSync(dist).filter((f) => /^taskpane-.+\.js$/.test(f));
  return {
    taskpaneGzipKB: Math.round(scripts.reduce((n, s) => n + gz(s), 0) / 102.4) / 10,
    taskpaneLaterGzipKB: Math.round(later.reduce((n, s) => n + gz(s), 0) / 102.4) / 10,
    commandsGzipKB: Math.round(gz('commands.js') / 102.4) / 10,
    // The web mode, never loaded inside Office: its page script and its engine worker (ExcelJS, the core).
    webPageGzipKB: Math.round(gz('index.js') / 102.4) / 10,
    webWorkerGzipKB: Math.round(gz('worker.js') / 102.4) / 10,
  };
}

(async () => {
  const result = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    core: ioOnly ? [] : await core(),
    excel: ioOnly ? [] : await excel(),
    cli: await cli(),
    memory: await memory(),
    ...(smoke || ioOnly
      ? {}
      : {
          bundle: bundle(),
          load: await measureLoad(ROOT),
          ribbon: await measureRibbon(ROOT),
          web: await measureWeb(ROOT),
        }),
  };
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `machine: ${result.machine}`,
    '',
    'core (parse + check + plan, with the generated sheets)',
    ...result.core.map(
      (c) => `  ${String(c.rows).padStart(6)} rows  ${String(c.ms).padStart(8)} ms  ${c.rowsPerMs} rows/ms`,
    ),
    '',
    'excel (Office.js adapter on the strict Excel fake)   run 1: syncs  ops  largest request  largest response | run 2: syncs  request  response | state  | naive syncs',
    ...result.excel.map(
      (e) =>
        `  ${String(e.rows).padStart(6)} rows  ${String(e.syncs).padStart(18)} ${String(e.ops).padStart(6)} ${String(e.maxRequestBytes).padStart(14)} B ${String(e.maxResponseBytes).padStart(14)} B | ${String(e.second.syncs).padStart(11)} ${String(e.second.maxRequestBytes).padStart(10)} B ${String(e.second.maxResponseBytes).padStart(8)} B | ${String(e.stateChars).padStart(8)} ch | ${e.naiveSyncs}`,
    ),
    '',
    `cli generate ${result.cli.rows} rows: ${result.cli.ms} ms; ExcelJS read+write floor ${result.cli.ioFloorMs} ms (${result.cli.ratio}×)`,
    `memory: generate ${result.memory.rows} rows peaks at ${result.memory.peakMB} MB; ExcelJS read+write floor ${result.memory.ioFloorPeakMB} MB`,
    ...('bundle' in result && result.bundle
      ? [
          `bundle gzip: task pane ${result.bundle.taskpaneGzipKB} KB (+ ${result.bundle.taskpaneLaterGzipKB} KB fetched after its first read), commands ${result.bundle.commandsGzipKB} KB, web mode page ${result.bundle.webPageGzipKB} KB + worker ${result.bundle.webWorkerGzipKB} KB`,
        ]
      : []),
    ...('load' in result && result.load
      ? [`load: task pane first useful render ${result.load.firstRenderMs} ms (CPU 4×, 1.6 Mbit/s, 150 ms)`]
      : []),
    ...('ribbon' in result && result.ribbon
      ? [
          `ribbon: first click to done (function file loaded, Buat Tabel Capaian on the sample) ${result.ribbon.firstClickMs} ms (CPU 4×, 1.6 Mbit/s, 150 ms)`,
        ]
      : []),
    ...('web' in result && result.web
      ? [
          `web mode (CPU 4×, 1.6 Mbit/s, 150 ms): drop zone ready ${result.web.readyMs} ms; drop to download: sample ${result.web.sampleMs} ms, ${result.web.rows} rows ${result.web.rowsMs} ms`,
        ]
      : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
})().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
