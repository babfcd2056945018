import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { checkWorkbook, TableCounts } from '../../src/core/engine';
import { generateWorkbook } from '../../src/core/generate';
import { EditPlan } from '../../src/core/plan/types';
import { loadWorkbook } from '../../src/xlsx/workbook';
import { writeWorkbook } from '../helpers/build';
import { tempDir } from '../helpers/fixture';
import { libreofficeConvertAll, recalculatedAll } from '../helpers/libreoffice';
import { sheetsFromFile } from '../real/load';
import { silentChanges } from './silent';
import {
  cellOf,
  close,
  columnReadings,
  computed,
  ContractChange,
  ContractFinding,
  ContractReport,
  isError,
  refersTo,
  sameNumber,
  shownPercent,
  truthOf,
  unchanged,
} from './judge';
import {
  colIndex,
  colLetter,
  CorpusCase,
  FindingFilter,
  FindingTruth,
  inside,
  intersects,
  mergedAway,
  parseCell,
  parseRange,
  registerSheets,
  sourceCell,
  TableTruth,
  wellFormed,
} from './spec';

type Stage<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

interface Outcome {
  readonly check: Stage<{ reports: readonly ContractReport[]; findings: readonly ContractFinding[] }>;
  readonly plan: Stage<EditPlan>;
  readonly changes: Stage<readonly ContractChange[]>;
  readonly recalculated: Stage<ExcelJS.Workbook>;
}

async function attempt<T>(f: () => Promise<T> | T): Promise<Stage<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const stageError = (s: Stage<unknown>): string => (s.ok ? '' : s.error);

function need<T>(stage: Stage<T>, what: string): T {
  if (!stage.ok) throw new Error(`${what} failed: ${stage.error}`);
  return stage.value;
}

/** `generate` through the CLI in-process, as a user runs it; the JSON's changes are what we read. */
async function generateByCli(source: string, out: string): Promise<readonly ContractChange[]> {
  let stdout = '';
  let stderr = '';
  const code = await run(['generate', source, '--out', out, '--json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`generate exited ${code}: ${stderr.trim()}`);
  return (JSON.parse(stdout) as { changes: readonly ContractChange[] }).changes;
}

const hasFormula = (c: CorpusCase): boolean =>
  c.file === undefined &&
  c.sheets.some((s) =>
    s.rows.some((r) => r.some((v) => v !== null && typeof v === 'object' && 'formula' in v)),
  );

/**
 * The workbooks as files. One whose office typed formulas is saved once by LibreOffice first, as a real file
 * is saved by a spreadsheet: its formulas then carry their results.
 */
async function withCachedResults(cases: readonly CorpusCase[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const c of cases) {
    if (c.file === undefined) files.set(c.id, await writeWorkbook(c.sheets, `${c.id}.xlsx`));
    else {
      // The office's own file, as it is: its formulas carry the results the office's Excel saved.
      registerSheets(c, await sheetsFromFile(c.file));
      files.set(c.id, c.file);
    }
  }
  const withFormulas = cases.filter(hasFormula);
  if (withFormulas.length) {
    const saved = await libreofficeConvertAll(
      withFormulas.map((c) => files.get(c.id)!),
      'xlsx',
    );
    withFormulas.forEach((c, i) => files.set(c.id, saved[i]!));
  }
  return files;
}

/** Every workbook checked, planned and generated, then all recalculated by LibreOffice in a few runs. */
async function prepare(cases: readonly CorpusCase[]): Promise<Map<string, Outcome>> {
  const outDir = await tempDir();
  const sources = await withCachedResults(cases);
  const staged = [];
  for (const c of cases) {
    const source = sources.get(c.id)!;
    const out = path.join(outDir, `${c.id}.xlsx`);
    const loaded = await attempt(() => loadWorkbook(source));
    const check = await attempt(() => {
      const r = checkWorkbook(need(loaded, 'loading').snapshots);
      return { reports: r.tables.map((t): ContractReport => t.report), findings: r.findings };
    });
    const plan = await attempt(() => generateWorkbook(need(loaded, 'loading').snapshots).plan);
    const changes = await attempt(() => generateByCli(source, out));
    staged.push({ c, out, check, plan, changes });
  }
  const done = staged.filter((s) => s.changes.ok);
  const books = new Map<string, Stage<ExcelJS.Workbook>>();
  for (let i = 0; i < done.length; i += 12) {
    const chunk = done.slice(i, i + 12);
    const r = await attempt(() => recalculatedAll(chunk.map((s) => s.out)));
    chunk.forEach((s, j) => books.set(s.c.id, r.ok ? { ok: true, value: r.value[j]! } : r));
  }
  return new Map(
    staged.map((s) => [
      s.c.id,
      {
        check: s.check,
        plan: s.plan,
        changes: s.changes,
        recalculated: books.get(s.c.id) ?? {
          ok: false,
          error: `nothing to recalculate: ${stageError(s.changes)}`,
        },
      },
    ]),
  );
}

// ---- Reading the truth ----

const kindAt = (t: TableTruth, col: number) => truthOf(t.columns[colLetter(col)] ?? 'label').kind;

function tableFor<T extends { sheet: string; range: string }>(
  t: TableTruth,
  found: readonly T[],
): T | undefined {
  const want = parseRange(t.range);
  return (
    found.find((f) => f.sheet === t.sheet && f.range === t.range) ??
    found.find((f) => f.sheet === t.sheet && intersects(parseRange(f.range), want))
  );
}

// ---- Findings ----

const positions = (f: ContractFinding): string[] => [f.cell, ...(f.cells ?? [])];

const SERIOUS: Readonly<Record<string, number>> = { error: 2, warning: 1, info: 0 };

function forbidden(f: ContractFinding, filter: FindingFilter, defaultSheet: string): boolean {
  if (filter.rule !== undefined && f.rule !== filter.rule) return false;
  if (filter.severity !== undefined && (SERIOUS[f.severity ?? 'info'] ?? 0) < SERIOUS[filter.severity]!)
    return false;
  const placed = filter.cell !== undefined || filter.column !== undefined || filter.row !== undefined;
  if ((filter.sheet ?? (placed ? defaultSheet : f.sheet)) !== f.sheet) return false;
  return positions(f).some((p) => {
    const { row, col } = parseCell(p);
    return (
      (filter.cell === undefined || p === filter.cell) &&
      (filter.column === undefined || colLetter(col) === filter.column) &&
      (filter.row === undefined || row === filter.row)
    );
  });
}

// ---- After generate ----

function capaianProblems(c: CorpusCase, changes: readonly ContractChange[], wb: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  const expectPercent = (where: string, sheet: string, address: string, want: number | null) => {
    const got = shownPercent(cellOf(wb, sheet, address));
    const ok = want === null ? got === null : typeof got === 'number' && Math.abs(got - want) <= 0.005;
    if (!ok) problems.push(`${where} ${sheet}!${address}: shows ${got}, expected ${want}`);
  };
  for (const v of c.after?.capaian ?? []) {
    const t = c.tables[v.table ?? 0]!;
    const change = tableFor(t, changes);
    const colK = change?.capaianKColumn;
    const colRp = change?.capaianRpColumn;
    for (const [label, want, col] of [
      ['capaian K', v.K, colK],
      ['penyerapan', v.Rp, colRp],
    ] as const) {
      if (want === undefined) continue;
      if (!col) problems.push(`row ${v.row} ${label}: the engine reports no column (${JSON.stringify(col)})`);
      else expectPercent(`row ${v.row} ${label}`, t.sheet, `${col}${v.row}`, want);
    }
    if (v.either !== undefined) {
      const shown = [colK, colRp]
        .filter((x): x is string => !!x)
        .map((x) => shownPercent(cellOf(wb, t.sheet, `${x}${v.row}`)));
      if (!shown.some((s) => typeof s === 'number' && Math.abs(s - v.either!) <= 0.005))
        problems.push(
          `row ${v.row} capaian: shows ${JSON.stringify(shown)} in ${colK}/${colRp}, expected ${v.either}`,
        );
    }
  }
  for (const cell of c.after?.cells ?? []) {
    const sheet = cell.sheet ?? c.tables[0]!.sheet;
    if (cell.percent !== undefined) expectPercent('', sheet, cell.cell, cell.percent);
    if (cell.value !== undefined) {
      const got = computed(cellOf(wb, sheet, cell.cell));
      const ok =
        typeof cell.value === 'number'
          ? typeof got === 'number' && close(got, cell.value)
          : got === cell.value;
      if (!ok) problems.push(`${sheet}!${cell.cell}: reads ${JSON.stringify(got)}, expected ${cell.value}`);
    }
  }
  for (const address of c.after?.formulasKept ?? []) {
    const sheet = c.tables[0]!.sheet;
    const x = cellOf(wb, sheet, address);
    const typed = sourceCell(c, sheet, parseCell(address).row, parseCell(address).col);
    const norm = (f: string) => f.replace(/^=/, '').replace(/\s/g, '').toUpperCase();
    const want = typed && typeof typed === 'object' && 'formula' in typed ? norm(typed.formula) : '?';
    if (norm(x.formula ?? '') !== want)
      problems.push(`${address}: formula ${x.formula ?? 'gone'}, typed ${want}`);
  }
  return problems;
}

function inputProblems(c: CorpusCase, wb: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  for (const t of c.tables) {
    const r = parseRange(t.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const kind = kindAt(t, col);
        const address = `${colLetter(col)}${row}`;
        if (kind === 'derived' || t.totals?.includes(address) || mergedAway(c, t.sheet, row, col)) continue;
        const p = unchanged(sourceCell(c, t.sheet, row, col), cellOf(wb, t.sheet, address), kind, c.numbers);
        if (p) problems.push(`${address} (${kind}): ${p}`);
      }
  }
  return problems;
}

function writtenProblems(plan: EditPlan, wb: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  for (const s of plan.sheets)
    for (const e of s.cells) {
      if (e.kind === undefined || e.kind === 'blank') continue;
      const address = `${colLetter(e.col + 1)}${e.row + 1}`;
      const v = computed(cellOf(wb, s.sheet, address));
      if (isError(v)) problems.push(`${s.sheet}!${address} = ${JSON.stringify(v)}`);
      if (e.kind === 'formula' && refersTo(e.formula, e.col + 1, e.row + 1, colIndex))
        problems.push(`${s.sheet}!${address} refers to itself: ${e.formula}`);
    }
  return problems;
}

/** Contract safety rule: derived columns, totals, same-number conversions, appended columns; nothing else. */
function safetyProblems(c: CorpusCase, plan: EditPlan): string[] {
  const problems: string[] = [];
  for (const s of plan.sheets) {
    const tables = c.tables.filter((t) => t.sheet === s.sheet);
    if (s.create) {
      if (tables.length) problems.push(`replaces the sheet ${s.sheet} that holds the table`);
      continue;
    }
    for (const e of s.cells) {
      if (e.kind === undefined) continue;
      const [row, col] = [e.row + 1, e.col + 1];
      const address = `${colLetter(col)}${row}`;
      const content =
        e.kind === 'formula' ? { kind: e.kind, formula: e.formula } : { kind: e.kind, value: e.value };
      const wrote = `${address} ← ${JSON.stringify(content)}`;
      const typed = sourceCell(c, s.sheet, row, col);
      const t = tables.find((x) => inside(parseRange(x.range), row, col));
      if (!t) {
        const appended = tables.some(
          (x) => row >= parseRange(x.range).top && row <= parseRange(x.range).bottom,
        );
        if (!appended && typed !== null)
          problems.push(`outside the table over ${JSON.stringify(typed)}: ${wrote}`);
        continue;
      }
      if (row < t.dataRow) {
        problems.push(`header: ${wrote}`);
        continue;
      }
      const kind = kindAt(t, col);
      if (kind === 'derived' || t.totals?.includes(address)) continue;
      const sameValue =
        e.kind === 'number' &&
        (typeof typed === 'number'
          ? close(typed, e.value)
          : typeof typed === 'string' &&
            kind === 'input' &&
            sameNumber(typed, e.value, e.numberFormat, c.numbers));
      if (!sameValue) problems.push(`${kind} ${JSON.stringify(typed)}: ${wrote}`);
    }
  }
  return problems;
}

// ---- The tests ----

export function describeCorpus(cases: readonly CorpusCase[]): void {
  let outcomes = new Map<string, Outcome>();
  beforeAll(async () => {
    outcomes = await prepare(cases);
  }, 900_000);

  for (const c of cases) {
    describe(`${c.id}: ${c.what}`, () => {
      const o = (): Outcome => outcomes.get(c.id)!;
      const sheet0 = c.tables[0]!.sheet;

      test('the truth is well formed', () => {
        expect(wellFormed(c)).toEqual([]);
      });

      test('tables found: sheet and range', () => {
        const { reports } = need(o().check, 'check');
        const key = (x: { sheet: string; range: string }) => `${x.sheet}!${x.range}`;
        expect(reports.map(key).sort()).toEqual(c.tables.map(key).sort());
      });

      test('column roles and kinds', () => {
        const { reports } = need(o().check, 'check');
        for (const t of c.tables) {
          const report = tableFor(t, reports);
          if (!report) throw new Error(`no table found at ${t.sheet}!${t.range}`);
          if (!report.columns)
            throw new Error(`${report.range}: the report has no columns (contract: report.columns)`);
          const { expected, actual } = columnReadings(t, report.columns);
          expect({ table: t.range, columns: actual }).toEqual({ table: t.range, columns: expected });
        }
      });

      if (c.tables.some((t) => t.counts))
        test('what each table holds: sasaran, program, kegiatan, indikator, account lines', () => {
          const { reports } = need(o().check, 'check');
          for (const t of c.tables.filter((x) => x.counts)) {
            const counts = tableFor(t, reports)?.counts;
            const keys = Object.keys(t.counts!) as (keyof TableCounts)[];
            const actual = Object.fromEntries(keys.map((k) => [k, counts?.[k]]));
            expect({ table: t.range, counts: actual }).toEqual({ table: t.range, counts: t.counts });
          }
        });

      const has = (list: readonly unknown[] | undefined): boolean => (list ?? []).length > 0;
      // Only what a case declares becomes a test: an empty list would assert nothing.
      if (has(c.must))
        test('findings that must appear', () => {
          const { findings } = need(o().check, 'check');
          const rulesOf = (m: FindingTruth): readonly string[] =>
            typeof m.rule === 'string' ? [m.rule] : m.rule;
          const missing = (c.must ?? []).filter((m) => {
            const rules = rulesOf(m);
            return !findings.some(
              (f) =>
                rules.includes(f.rule) &&
                f.sheet === (m.sheet ?? sheet0) &&
                (m.cell === undefined || positions(f).includes(m.cell)) &&
                (m.range === undefined || f.range === m.range),
            );
          });
          const near = (m: (typeof missing)[number]) =>
            findings.filter((f) => rulesOf(m).includes(f.rule)).map((f) => f.range ?? f.cell);
          expect(missing.map((m) => ({ ...m, found: near(m) }))).toEqual([]);
        });

      if (has(c.mustNot))
        test('findings that must not appear', () => {
          const { findings } = need(o().check, 'check');
          const bad = findings.filter((f) => (c.mustNot ?? []).some((x) => forbidden(f, x, sheet0)));
          expect(bad.map((f) => `${f.rule} ${f.sheet}!${f.range ?? f.cell}`)).toEqual([]);
        });

      if (c.file !== undefined)
        test('after generate and LibreOffice: no value shown changes without a finding naming it', () => {
          const { findings } = need(o().check, 'check');
          expect(silentChanges(c, findings, need(o().recalculated, 'LibreOffice'))).toEqual([]);
        });

      const after = [c.after?.capaian, c.after?.cells, c.after?.formulasKept];
      if (after.some(has))
        test('after generate and LibreOffice: capaian, penyerapan and totals', () => {
          const changes = need(o().changes, 'generate');
          expect(capaianProblems(c, changes, need(o().recalculated, 'LibreOffice'))).toEqual([]);
        });

      test('after generate and LibreOffice: every input reads back as typed', () => {
        expect(inputProblems(c, need(o().recalculated, 'LibreOffice'))).toEqual([]);
      });

      test('no cell we wrote is an error or refers to itself', () => {
        expect(writtenProblems(need(o().plan, 'plan'), need(o().recalculated, 'LibreOffice'))).toEqual([]);
      });

      test('the plan writes only derived, total, converted or appended cells', () => {
        expect(safetyProblems(c, need(o().plan, 'plan'))).toEqual([]);
      });
    });
  }
}
