import * as path from 'path';
import { cliMessage } from './hints';
import { promises as fs } from 'fs';
import { checkWorkbook, CheckResult, EngineOptions } from '../core/engine';
import { generateWorkbook } from '../core/generate';
import { readSavedOptions, withSaved } from '../core/options';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { TableMark } from '../core/table/parse';
import { EditPlan } from '../core/plan/types';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { readState } from '../core/sheets/state';
import { loadWorkbook, WorkbookReadError } from '../xlsx/workbook';
import { Book } from '../xlsx/open';
import { AppliedPlan, applyPlan } from '../xlsx/apply';
import { saveWorkbook } from '../xlsx/save';
import { CliArgs, HELP, parseArgs, UsageError } from './args';
import {
  changesText,
  checkJson,
  countBySeverity,
  findingsText,
  ruleCounts,
  settingsJson,
  severitySummary,
  tablesText,
} from './report';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Why the output could not be written, in words (Node's error code is no message for a user). */
const WRITE_WHY: Readonly<Record<string, string>> = {
  EACCES: ': tidak ada izin menulis di sana / no permission to write there',
  EPERM: ': tidak ada izin menulis di sana / no permission to write there',
  EEXIST: ': sebagian jalurnya sudah ada sebagai file / part of the path exists as a file',
  ENOTDIR: ': sebagian jalurnya sudah ada sebagai file / part of the path exists as a file',
  EISDIR: ': di sana sudah ada folder dengan nama itu / a folder of that name is there',
  ENOSPC: ': disk penuh / the disk is full',
  EROFS: ': disk hanya-baca / read-only disk',
};

/** Exit codes: 0 fine, 1 error findings (check), 2 the input could not be used. */
type Exit = 0 | 1 | 2;

/** A sheet the command names must be in the workbook: a missing one is a usage mistake said in words. */
function requireSheet(file: string, sheets: readonly { name: string }[], name: string): void {
  if (!sheets.some((s) => s.name === name))
    throw new WorkbookReadError(file, `lembar "${name}" tidak ada / no sheet named "${name}"`);
}

/**
 * This command's options placed on the workbook's sheets. Roles and a table mark given without a sheet name
 * are for --sheet; without --sheet the roles apply to every sheet and the mark is on the first sheet (over a
 * mark named for that sheet).
 */
function commandOptions(args: CliArgs, sheets: readonly { name: string }[], file: string): EngineOptions {
  const roles =
    Object.keys(args.roles).length === 0
      ? undefined
      : args.sheet !== undefined
        ? { [args.sheet]: args.roles }
        : Object.fromEntries(sheets.map((s) => [s.name, args.roles]));
  const tables: Record<string, TableMark> = Object.fromEntries(
    Object.entries(args.tables).flatMap(([key, mark]) => {
      const sheet = key === '*' ? args.sheet : key;
      return sheet === undefined ? [] : [[sheet, mark] as const];
    }),
  );
  const unnamed = args.tables['*'];
  if (unnamed && args.sheet === undefined && sheets[0]) tables[sheets[0].name] = unnamed;
  for (const name of Object.keys(tables)) requireSheet(file, sheets, name);
  return {
    sheet: args.sheet,
    settings: args.settings,
    sheets: { lang: args.lang, dinas: args.dinas, year: args.tahun },
    roles,
    tables: Object.keys(tables).length ? tables : undefined,
  };
}

/**
 * The options the add-in saved in the workbook (a table marked with Tandai tabel, roles, polarity, scale,
 * titles) with this command's options over them, so a file gives in the CLI what it gives in Excel.
 */
function optionsFor(args: CliArgs, snapshots: readonly SheetSnapshot[], file: string): EngineOptions {
  const saved = readSavedOptions(readState(snapshots.find((s) => s.name === REGISTRY_SHEET)).options);
  return withSaved(saved, commandOptions(args, snapshots, file));
}

function noTable(result: CheckResult): boolean {
  return result.tables.length === 0;
}

async function checkOne(
  file: string,
  args: CliArgs,
  io: CliIO,
  many: boolean,
): Promise<{ exit: Exit; json?: object }> {
  const { snapshots } = await loadWorkbook(file);
  if (args.sheet !== undefined) requireSheet(file, snapshots, args.sheet);
  const result = checkWorkbook(snapshots, optionsFor(args, snapshots, file));
  const counts = countBySeverity(result.findings);
  const exit: Exit = noTable(result) ? 2 : counts.error > 0 ? 1 : 0;
  if (args.json) return { exit, json: checkJson(file, result) };
  if (noTable(result)) {
    io.stderr(`capaian: ${file}: ${cliMessage(result.findings[0]!, args.lang)}\n`);
    return { exit };
  }
  if (many) {
    const t = result.tables.map((x) => x.report);
    io.stdout(
      `${file}: ${t.length} tabel, ${t.reduce((n, x) => n + x.counts.indikator, 0)} indikator; ${severitySummary(result.findings, args.lang)}\n`,
    );
    return { exit };
  }
  io.stdout(`${file}\n${tablesText(result, args.lang).join('\n')}\n`);
  if (result.findings.length) io.stdout(`${findingsText(result.findings, args.lang).join('\n')}\n`);
  io.stdout(`${severitySummary(result.findings, args.lang)}\n`);
  return { exit };
}

/** NAME.bak.xlsx beside NAME.xlsx: the workbook as it was before --in-place. */
export function backupOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.bak.xlsx`);
}

function defaultOut(file: string): string {
  const ext = path.extname(file);
  // A workbook with macros stays one: the patched package keeps its vbaProject.bin.
  const out = ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  return path.join(path.dirname(file), `${path.basename(file, ext)}-capaian${out}`);
}

interface Generated {
  readonly workbook: Book;
  readonly applied: AppliedPlan;
  /** What to print once the workbook is written: made before, so the engine's results can go. */
  readonly json?: object;
  readonly text?: string;
}

/**
 * Plans, and makes the report. Everything the engine returned stays in here: on 50,000 rows it is hundreds of
 * megabytes, of which only the plan need be alive while the state is carried on and the workbook is written.
 */
function planAndReport(
  file: string,
  out: string,
  args: CliArgs,
  many: boolean,
  snapshots: readonly SheetSnapshot[],
  options: EngineOptions,
): { plan: EditPlan; json?: object; text?: string } {
  const result = generateWorkbook(snapshots, options);
  if (noTable(result)) {
    throw new WorkbookReadError(file, cliMessage(result.findings[0]!, args.lang));
  }
  const plan = result.plan;
  if (args.json) {
    return {
      plan,
      json: {
        ...checkJson(file, result),
        out,
        changes: result.changes,
        generated: result.generated,
        settings: settingsJson(result),
      },
    };
  }
  if (many) return { plan, text: `${file} -> ${out}; ${severitySummary(result.findings, args.lang)}\n` };
  const lines = [
    `${file} -> ${out}`,
    ...tablesText(result, args.lang, false),
    `  ${args.lang === 'id' ? 'Temuan' : 'Findings'}: ${severitySummary(result.findings, args.lang)} (${ruleCounts(result.findings)})`,
    ...changesText(result, args.lang),
    ...(Object.values(result.generated).length
      ? [
          `  ${args.lang === 'id' ? 'Lembar dibuat' : 'Sheets generated'}: ${Object.values(result.generated).join(', ')}`,
        ]
      : []),
  ];
  return { plan, text: `${lines.join('\n')}\n` };
}

/** Loads, plans (see `planAndReport`) and applies. */
async function planAndApply(file: string, out: string, args: CliArgs, many: boolean): Promise<Generated> {
  const { workbook, snapshots } = await loadWorkbook(file);
  if (args.sheet !== undefined) requireSheet(file, snapshots, args.sheet);
  const options = optionsFor(args, snapshots, file);
  const lastYear = args.compare === undefined ? undefined : (await loadWorkbook(args.compare)).snapshots;
  const { plan, json, text } = planAndReport(
    file,
    out,
    args,
    many,
    snapshots,
    lastYear
      ? { ...options, sheets: { ...options.sheets, compare: { kind: 'workbook', sheets: lastYear } } }
      : options,
  );
  return { workbook, applied: applyPlan(workbook, plan), json, text };
}

async function generateOne(
  file: string,
  args: CliArgs,
  io: CliIO,
  many: boolean,
): Promise<{ exit: Exit; json?: object }> {
  const out = args.inPlace ? file : (args.out ?? defaultOut(file));
  if (!args.inPlace && path.resolve(out) === path.resolve(file)) {
    throw new WorkbookReadError(
      file,
      'hasil tidak boleh menimpa file asli; pilih --out lain / output must not overwrite the input',
    );
  }
  const { workbook, applied, json, text } = await planAndApply(file, out, args, many);
  try {
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    if (args.inPlace) await fs.copyFile(file, backupOf(file));
    await saveWorkbook(workbook, out, applied);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookReadError(
      out,
      `hasil tidak dapat ditulis / output cannot be written${WRITE_WHY[code] ?? ''}`,
    );
  }
  if (json) return { exit: 0, json };
  if (text) io.stdout(text);
  return { exit: 0 };
}

export async function run(argv: readonly string[], io: CliIO): Promise<Exit> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`capaian: ${e.message}\n${HELP}`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (args.command === 'version') {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const many = args.files.length > 1;
  let worst: Exit = 0;
  const jsons: object[] = [];
  for (const file of args.files) {
    try {
      const r =
        args.command === 'check'
          ? await checkOne(file, args, io, many)
          : await generateOne(file, args, io, many);
      if (r.json) jsons.push(r.json);
      worst = Math.max(worst, r.exit) as Exit;
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      io.stderr(`capaian: ${e.file}: ${e.reason}\n`);
      if (args.json) jsons.push({ file, error: e.reason });
      worst = 2;
    }
  }
  if (args.json) io.stdout(`${JSON.stringify(many ? { files: jsons } : jsons[0], null, 2)}\n`);
  return worst;
}

/** The `capaian` binary: never a stack trace for the user, whatever happens. */
export function runFromProcess(): void {
  // A reader that stops early (`capaian generate … | head`) closes the pipe: the rest of the report is dropped,
  // and the workbook is still written.
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
  });
  const io: CliIO = {
    stdout: (t) => {
      if (!readerGone) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      io.stderr(
        `capaian: kesalahan tak terduga / unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
