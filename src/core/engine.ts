import { checkTable, makeFinding } from './check/rules';
import { groupByCause } from './check/group';
import { Finding, SEVERITY_ORDER } from './check/finding';
import { CapaianSettings, DEFAULT_SETTINGS } from './capaian/settings';
import type { SheetOptions } from './sheets/generate';
import { readRegistry, REGISTRY_SHEET } from './sheets/registry';
import { a1, parseA1, rangeA1 } from './sheet/address';
import { checkSeriesAgainstYear } from './check/series';
import { SheetReader, SheetSnapshot } from './sheet/snapshot';
import { ColumnKind, RoleOverrides } from './table/columns';
import { isAccountNode, Layout, ParsedTable } from './table/model';
import { NearMiss, parseSheet, TableMark } from './table/parse';
import { ColumnRole } from './table/roles';
import { columnReason, roleLabel } from './i18n/columns';
import { columnLetters } from './sheet/address';
import { TableCells } from './table/values';
import { analyseTable, TableAnalysis, withNegativeMethod } from './check/analysis';
import {
  CapConvention,
  NegativeConvention,
  officeCapsAt100,
  officeNegativeMethod,
} from './check/conventions';

export interface EngineOptions {
  /** Only this sheet; all sheets when absent. */
  readonly sheet?: string;
  /**
   * The sheet the user works on (the add-in's active sheet): its tables are checked and rewritten; from the
   * other sheets only an IKU list or a program/anggaran list is read, for the generated sheets.
   */
  readonly focusSheet?: string;
  /** Column roles chosen by the user, per sheet name then column letter. */
  readonly roles?: Readonly<Record<string, RoleOverrides>>;
  /** Tables the user marked ("Tandai tabel", `--table`, `--header`), per sheet name. */
  readonly tables?: Readonly<Record<string, TableMark>>;
  readonly settings?: Partial<CapaianSettings>;
  /** Generated sheets: their language, titles and signatories. */
  readonly sheets?: SheetOptions;
  /** Set false to write only the formulas into the source tables. */
  readonly generateSheets?: boolean;
}

export interface TableCounts {
  readonly sasaran: number;
  readonly program: number;
  readonly kegiatan: number;
  readonly subKegiatan: number;
  readonly indikator: number;
  /** Lines of the chart of accounts (Belanja Pegawai, Pendapatan Retribusi…), counted apart from the plan's levels. */
  readonly rekening: number;
}

/** One column of a found table: how it was read, and why. */
export interface ColumnReport {
  readonly letter: string;
  readonly header: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  /** Role and reason in Bahasa Indonesia, and in English. */
  readonly label: string;
  readonly labelEn: string;
  readonly reason: string;
  readonly reasonEn: string;
}

export interface TableReport {
  readonly sheet: string;
  readonly range: string;
  readonly layout: Layout;
  /** Data rows of the table (indicator and budget rows, the total row not counted). */
  readonly rows: number;
  readonly counts: TableCounts;
  readonly columns: readonly ColumnReport[];
}

function columnReports(table: ParsedTable): ColumnReport[] {
  return table.columns.map((c) => ({
    letter: columnLetters(c.col),
    header: c.header,
    role: c.role,
    kind: c.kind,
    label: roleLabel(c.role, 'id'),
    labelEn: roleLabel(c.role, 'en'),
    reason: columnReason(c.why, 'id', columnLetters),
    reasonEn: columnReason(c.why, 'en', columnLetters),
  }));
}

export interface AnalysedTable {
  readonly table: ParsedTable;
  readonly cells: TableCells;
  readonly analysis: TableAnalysis;
  readonly report: TableReport;
}

export interface CheckResult {
  readonly tables: readonly AnalysedTable[];
  readonly findings: readonly Finding[];
  readonly settings: CapaianSettings;
  /** The office's conventions the engine follows, and what decided them. */
  readonly conventions: { readonly negative: NegativeConvention; readonly cap: CapConvention };
}

function countsOf(table: ParsedTable, analysis: TableAnalysis): TableCounts {
  const plan = table.nodes.filter((n) => !isAccountNode(table, n));
  const count = (level: string): number => plan.filter((n) => n.level === level).length;
  const sasaran = new Set(table.nodes.map((n) => n.sasaran).filter((s): s is string => !!s));
  return {
    sasaran: sasaran.size,
    program: count('program'),
    kegiatan: count('kegiatan'),
    subKegiatan: count('subKegiatan'),
    indikator: analysis.indicators.filter((i) => i.indikator !== '').length,
    rekening: table.nodes.length - plan.length,
  };
}

function sortFindings(findings: Finding[]): Finding[] {
  // Row, then column; the positions are read once, not on every comparison.
  const position = new Map<string, number>();
  for (const f of findings) {
    if (position.has(f.cell)) continue;
    const { row, col } = parseA1(f.cell);
    position.set(f.cell, row * 16384 + col);
  }
  return findings.sort(
    (a, b) =>
      (a.sheet === b.sheet ? 0 : a.sheet.localeCompare(b.sheet)) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      position.get(a.cell)! - position.get(b.cell)!,
  );
}

/** Finds and checks every table. Problems come back as findings; nothing here throws on bad data. */
export function checkWorkbook(sheets: readonly SheetSnapshot[], options: EngineOptions = {}): CheckResult {
  let settings: CapaianSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const tables: AnalysedTable[] = [];
  const findings: Finding[] = [];
  // Our own sheets (listed in the registry) are made from the user's table, never read as one: a second run
  // on a workbook we wrote reads what the first did.
  const ours = new Set([REGISTRY_SHEET, ...readRegistry(sheets).generated]);
  const chosen = sheets.filter(
    (s) => !ours.has(s.name) && (options.sheet === undefined || s.name === options.sheet),
  );
  const misses: (NearMiss & { sheet: string })[] = [];
  const found: { table: ParsedTable; cells: TableCells; elsewhere: boolean }[] = [];
  for (const snapshot of chosen) {
    const reader = new SheetReader(snapshot);
    const parsed = parseSheet(
      snapshot,
      { roles: options.roles?.[snapshot.name], mark: options.tables?.[snapshot.name] },
      reader,
    );
    misses.push(...parsed.misses.map((m) => ({ ...m, sheet: snapshot.name })));
    for (const table of parsed.tables) {
      const elsewhere = options.focusSheet !== undefined && snapshot.name !== options.focusSheet;
      if (elsewhere && table.layout !== 'rencana-kinerja' && table.layout !== 'daftar-anggaran') continue;
      found.push({ table, cells: new TableCells(reader, table), elsewhere });
    }
  }
  // The office's own method for negative indicators, unless the user chose one.
  let analyses = found.map((f) => analyseTable(f.cells, f.table, settings));
  let negative: NegativeConvention = { method: settings.negativeMethod, source: 'bawaan', rows: 0 };
  if (options.settings?.negativeMethod !== undefined) negative = { ...negative, source: 'pengguna' };
  else {
    const office = officeNegativeMethod(found.map((f, i) => ({ cells: f.cells, analysis: analyses[i]! })));
    // Formulas alone that compute the default (ours, from a run that used it) say nothing of the office.
    if (office && (office.typed > 0 || office.method !== settings.negativeMethod)) {
      negative = { method: office.method, source: 'data', rows: office.rows };
      if (office.method !== settings.negativeMethod) {
        settings = { ...settings, negativeMethod: office.method };
        analyses = analyses.map((a) => withNegativeMethod(a, settings));
      }
    }
  }
  // A cap at 100 % the office's typed capaian show, unless the user set the cap.
  let cap: CapConvention = {
    cap: settings.cap,
    source: options.settings?.cap !== undefined ? 'pengguna' : 'bawaan',
    rows: 0,
  };
  if (cap.source === 'bawaan' && settings.cap === null) {
    const rows = officeCapsAt100(found.map((f, i) => ({ cells: f.cells, analysis: analyses[i]! })));
    if (rows > 0) {
      cap = { cap: 1, source: 'data', rows };
      settings = { ...settings, cap: 1 };
      analyses = found.map((f) => analyseTable(f.cells, f.table, settings));
    }
  }
  found.forEach(({ table, cells, elsewhere }, i) => {
    const analysis = analyses[i]!;
    const checked = checkTable(cells, settings, analysis);
    if (!elsewhere) findings.push(...checked.findings);
    const rows = table.nodes.reduce((n, node) => n + node.rows.length, 0);
    tables.push({
      table,
      cells,
      analysis,
      report: {
        sheet: table.sheet,
        range: rangeA1(table.header.top, table.header.left, table.dataBottom, table.header.right),
        layout: table.layout,
        rows,
        counts: countsOf(table, analysis),
        columns: columnReports(table),
      },
    });
  });
  // A series of the budget against the year's budget table beside it (the same workbook states both).
  checkSeriesAgainstYear(
    (table, data, severity, row, col) => {
      const wanted = options.focusSheet === undefined || table.sheet === options.focusSheet;
      if (wanted) findings.push(makeFinding(data, severity, table.sheet, a1(row, col)));
    },
    tables.map((t) => ({ table: t.table, cells: t.cells, series: t.analysis.series })),
  );
  const focusHasTable =
    options.focusSheet === undefined || tables.some((t) => t.table.sheet === options.focusSheet);
  if (tables.length === 0 || !focusHasTable) {
    const where = options.focusSheet ?? chosen[0]?.name ?? options.sheet ?? '';
    const seen = misses.find((m) => m.sheet === where) ?? misses[0];
    findings.push(
      makeFinding(
        seen ? { rule: 'no-table', seen: { row: seen.row, reason: seen.reason } } : { rule: 'no-table' },
        'error',
        seen?.sheet ?? where,
        seen ? `A${seen.row + 1}` : 'A1',
      ),
    );
  }

  return {
    tables,
    findings: groupByCause(sortFindings(findings)),
    settings,
    conventions: { negative, cap },
  };
}
