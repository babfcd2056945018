import type { AnalysedTable, CheckResult } from '../engine';
import { IndicatorFigures } from '../check/analysis';
import { Lang } from '../i18n/format';
import { SourcePlan } from '../plan/source';
import { SheetPlan } from '../plan/types';
import { SheetSnapshot } from '../sheet/snapshot';
import { SourceTable, GenerateContext } from './context';
import { labelsFor } from './labels';
import { buildPengukuran } from './pengukuran';
import { buildPerjanjian, defaultSignatories, Signatories, signatoriesFrom } from './perjanjian';
import {
  ourSheetName,
  readRegistry,
  registryPlan,
  Signatory,
  SIGNATORY_KEYS,
  withSignatories,
} from './registry';
import { buildRingkasan } from './ringkasan';
import { isMeasuring } from '../table/model';

export interface SheetOptions {
  readonly lang?: Lang;
  /** Year and dinas for the titles; read from the workbook when not given. */
  readonly year?: string;
  readonly dinas?: string;
  readonly signatories?: Partial<Signatories>;
}

export interface GeneratedSheets {
  readonly plans: readonly SheetPlan[];
  readonly names: { readonly pk?: string; readonly pengukuran?: string; readonly ringkasan?: string };
}

const DINAS =
  /^(DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN|RSUD|RUMAH SAKIT|KECAMATAN|BAGIAN|UPTD)\b/i;

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
  const main = largest(checked.tables, (t) => isMeasuring(t.table.layout));
  const iku = largest(checked.tables, (t) => t.table.layout === 'rencana-kinerja');
  const daftar = largest(checked.tables, (t) => t.table.layout === 'daftar-anggaran');
  if (!main && !iku && !daftar) return { plans: [], names: {} };

  const titles = checked.tables.flatMap((t) => t.table.titles);
  const year =
    options.year ??
    registry.values.get('tahun') ??
    String(main?.table.year ?? iku?.table.year ?? (titles.join(' ').match(/\b20\d\d\b/)?.[0] || '….'));
  const dinas = options.dinas ?? registry.values.get('dinas') ?? titles.find((t) => DINAS.test(t)) ?? '';
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
  const names: { pk?: string; pengukuran?: string; ringkasan?: string } = {};

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
    plans.push(buildRingkasan(names.ringkasan, src, pengukuran.layout, ctx).build());
  }

  const values = new Map(registry.values);
  values.set('tahun', year);
  values.set('dinas', dinas);
  const generated = [...new Set([...registry.generated, ...Object.values(names)])];
  plans.push(registryPlan(generated, withSignatories(values, signatories)));
  return { plans, names };
}
