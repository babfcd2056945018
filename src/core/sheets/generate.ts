import type { AnalysedTable, CheckResult } from '../engine';
import { IndicatorFigures } from '../check/analysis';
import { Lang } from '../i18n/format';
import { SourcePlan } from '../plan/source';
import { SheetPlan } from '../plan/types';
import { SheetSnapshot } from '../sheet/snapshot';
import { SourceTable, GenerateContext } from './context';
import { labelsFor } from './labels';
import { buildPengukuran } from './pengukuran';
import { buildPerjanjian } from './perjanjian';
import { signatoriesFrom } from './signatories';
import { defaultSignatories, dinasOf, Signatories } from './dinas';
import {
  COMPARE_KEY,
  ourSheetName,
  readRegistry,
  registryPlan,
  Signatory,
  SIGNATORY_KEYS,
  withSignatories,
} from './registry';
import { buildRingkasan } from './ringkasan';
import { isMeasuring } from '../table/model';
import { Finding } from '../check/finding';
import { makeFinding } from '../check/rules';
import { a1 } from '../sheet/address';
import { CompareSource, lastYearTable } from './compare';
import { buildNarasi } from './narasi';
import { buildPerbandingan, PerbandinganLayout, Unmatched } from './perbandingan';
import { referenceColumns } from './years';

export interface SheetOptions {
  readonly lang?: Lang;
  /** Year and dinas for the titles; read from the workbook when not given. */
  readonly year?: string;
  readonly dinas?: string;
  readonly signatories?: Partial<Signatories>;
  readonly compare?: CompareSource;
}

type SheetNames = {
  pk?: string;
  pengukuran?: string;
  ringkasan?: string;
  perbandingan?: string;
  narasi?: string;
  /** Last year's table, copied in from the workbook given to --compare. */
  data?: string;
};

export interface GeneratedSheets {
  readonly plans: readonly SheetPlan[];
  readonly names: Readonly<SheetNames>;
  /** Indicators the comparison could not pair by name. */
  readonly findings: readonly Finding[];
}

function largest(
  tables: readonly AnalysedTable[],
  test: (t: AnalysedTable) => boolean,
): AnalysedTable | undefined {
  return tables.filter(test).sort((a, b) => b.table.nodes.length - a.table.nodes.length)[0];
}

/** Sasaran-level lines: a sasaran table's own indicators, or the program indicators by sasaran. */
function sasaranLines(at: AnalysedTable): IndicatorFigures[] {
  return at.analysis.indicators.filter(
    (i) => i.indikator !== '' && (i.node.level === 'sasaran' || i.node.level === 'program'),
  );
}

function signatoryFrom(values: ReadonlyMap<string, string>, key: string): Signatory | undefined {
  const get = (f: string): string | undefined => values.get(`${key}.${f}`);
  const nama = get('nama');
  if (nama === undefined) return undefined;
  return { jabatan: get('jabatan') ?? '', nama, pangkat: get('pangkat') ?? '', nip: get('nip') ?? '' };
}

export function planGeneratedSheets(
  sheets: readonly SheetSnapshot[],
  checked: CheckResult,
  sourcePlans: ReadonlyMap<AnalysedTable, SourcePlan>,
  options: SheetOptions = {},
): GeneratedSheets {
  const lang = options.lang ?? 'id';
  const labels = labelsFor(lang);
  const registry = readRegistry(sheets);
  const compareSheet =
    options.compare?.kind === 'sheet' ? options.compare.sheet : registry.values.get(COMPARE_KEY);
  // Last year's table, when it is a sheet of this workbook, is not this year's.
  const main = largest(checked.tables, (t) => isMeasuring(t.table.layout) && t.table.sheet !== compareSheet);
  const iku = largest(checked.tables, (t) => t.table.layout === 'rencana-kinerja');
  const daftar = largest(checked.tables, (t) => t.table.layout === 'daftar-anggaran');
  if (!main && !iku && !daftar) return { plans: [], names: {}, findings: [] };

  const titles = checked.tables.flatMap((t) => t.table.titles);
  const year =
    options.year ??
    registry.values.get('tahun') ??
    String(main?.table.year ?? iku?.table.year ?? (titles.join(' ').match(/\b20\d\d\b/)?.[0] || '….'));
  const dinas = options.dinas ?? registry.values.get('dinas') ?? dinasOf(titles) ?? '';
  const ctx: GenerateContext = {
    settings: checked.settings,
    negative: checked.conventions.negative,
    lang,
    labels,
    year,
    dinas,
  };

  const existing = sheets.map((s) => s.name);
  const sources = new Map<AnalysedTable, SourceTable>();
  const source = (at: AnalysedTable): SourceTable => {
    const known = sources.get(at) ?? new SourceTable(at, sourcePlans.get(at) ?? null);
    sources.set(at, known);
    return known;
  };
  const plans: SheetPlan[] = [];
  const names: SheetNames = {};
  const findings: Finding[] = [];
  const values = new Map(registry.values);

  names.pk = ourSheetName(labels.pk, existing, registry);
  const earlier = registry.generated.includes(names.pk) ? sheets.find((s) => s.name === names.pk) : undefined;
  const defaults = defaultSignatories(dinas);
  const fromSheet = signatoriesFrom(earlier, labels);
  const signatories: Signatories = {
    pertama:
      options.signatories?.pertama ??
      fromSheet.pertama ??
      signatoryFrom(registry.values, SIGNATORY_KEYS.pertama) ??
      defaults.pertama,
    kedua:
      options.signatories?.kedua ??
      fromSheet.kedua ??
      signatoryFrom(registry.values, SIGNATORY_KEYS.kedua) ??
      defaults.kedua,
  };
  const targetSource = iku ?? main;
  const programSource =
    main && main.table.columns.some((c) => c.role.kind === 'pagu') ? main : (daftar ?? main);
  plans.push(
    buildPerjanjian(
      names.pk,
      {
        targets: targetSource
          ? {
              src: source(targetSource),
              lines: targetSource === iku ? iku.analysis.indicators : sasaranLines(targetSource),
            }
          : null,
        programs: programSource
          ? {
              src: source(programSource),
              nodes: programSource.analysis.topLevel.filter(
                (n) => n.level === 'program' || n.parentId === null,
              ),
            }
          : null,
      },
      ctx,
      signatories,
    ).build(),
  );

  if (main) {
    names.pengukuran = ourSheetName(labels.pengukuran, existing, registry);
    names.ringkasan = ourSheetName(labels.ringkasan, existing, registry);
    const src = source(main);
    const pengukuran = buildPengukuran(names.pengukuran, src, ctx);
    plans.push(pengukuran.builder.build());
    // Chapter III tells of the sasaran and their indicators; a table without them, of every indicator.
    const sasaran = sasaranLines(main);
    const lines = sasaran.length ? sasaran : main.analysis.indicators.filter((i) => i.indikator !== '');
    plans.push(buildRingkasan(names.ringkasan, src, pengukuran.layout, ctx, lines).build());

    const found = lastYearTable(options.compare, compareSheet, sheets, checked.settings, (year) => {
      const lastYear = year ?? (main.table.year === null ? null : main.table.year - 1);
      names.data = ourSheetName(labels.dataTahun(String(lastYear ?? '')).trim(), existing, registry);
      return names.data;
    });
    if (found?.copy) plans.push(found.copy);
    const earlier = found?.table ?? null;
    if (earlier) values.set(COMPARE_KEY, earlier.sheet);

    const refs = referenceColumns(main);
    let banding: PerbandinganLayout | null = null;
    if (refs.earlier.length > 0 || refs.renstra !== null || earlier !== null) {
      names.perbandingan = ourSheetName(labels.perbandingan, existing, registry);
      const built = buildPerbandingan(names.perbandingan, src, refs, earlier, ctx, lines);
      plans.push(built.builder.build());
      banding = built.layout;
      if (built.unmatched) findings.push(...unmatchedFindings(built.unmatched, main.table.sheet, main));
    }
    names.narasi = ourSheetName(labels.narasi, existing, registry);
    const earlierNarasi = registry.generated.includes(names.narasi)
      ? sheets.find((s) => s.name === names.narasi)
      : undefined;
    plans.push(buildNarasi(names.narasi, src, lines, pengukuran.layout, banding, earlierNarasi, ctx).build());
  }

  values.set('tahun', year);
  values.set('dinas', dinas);
  const generated = [...new Set([...registry.generated, ...Object.values(names)])];
  plans.push(registryPlan(generated, withSignatories(values, signatories)));
  return { plans, names, findings };
}

/** One warning per indicator the comparison could not pair, at its name. */
function unmatchedFindings(u: Unmatched, sheet: string, main: AnalysedTable): Finding[] {
  const cInd = main.table.columns.find((c) => c.role.kind === 'indikator')?.col ?? 0;
  return [
    ...u.now.map((i) =>
      makeFinding(
        { rule: 'unmatched-indicator', name: i.indikator, other: u.sheet },
        'warning',
        sheet,
        a1(i.row, cInd),
      ),
    ),
    ...u.earlier.map((i) =>
      makeFinding(
        { rule: 'unmatched-indicator', name: i.name, other: sheet },
        'warning',
        u.sheet,
        a1(i.row, i.col),
      ),
    ),
  ];
}
