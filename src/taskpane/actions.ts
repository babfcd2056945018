import { checkWorkbook, generateWorkbook, GenerateResult, TableCounts } from '../core/engine';
import { findingMessage } from '../core/i18n/messages';
import { Finding } from '../core/check/finding';
import { predikatOf } from '../core/capaian/settings';
import { polarityKey, suggestedPolarityOfKey } from '../core/capaian/polarity';
import { a1, columnLetters } from '../core/sheet/address';
import { ColumnRole } from '../core/table/roles';
import { Layout } from '../core/table/model';
import { EditPlan } from '../core/plan/types';
import { applyPlan } from '../excel/apply';
import { UserMessage } from '../excel/errors';
import { readWorkbook } from '../excel/read';
import { RunStep } from '../excel/run';
import { buatTabelCapaianCommand, kembalikanCommand } from '../commands/actions';
import { AddinHost, SavedOptions, savedOptions, SETTING } from '../office/host';

export interface IndicatorChoice {
  readonly key: string;
  readonly indikator: string;
  readonly polarity: 'positif' | 'negatif';
  /** Negatif by the list of known negative indicators (a suggestion the user may overrule). */
  readonly suggested: boolean;
}

export type ScanResult =
  | {
      readonly kind: 'table';
      readonly sheet: string;
      readonly range: string;
      readonly layout: Layout;
      readonly counts: TableCounts;
      readonly columns: readonly { letter: string; header: string; role: ColumnRole }[];
      readonly findings: readonly Finding[];
      readonly indicators: readonly IndicatorChoice[];
      readonly options: SavedOptions;
    }
  | { readonly kind: 'noTable'; readonly sheet: string; readonly message: UserMessage };

export interface GenerateSummary {
  readonly predikat: readonly { label: string; count: number }[];
  readonly penyerapan: number | null;
  readonly belowTarget: number;
  readonly sheets: readonly string[];
}

export type Step = RunStep;

export interface TaskpaneActions {
  scan(): Promise<ScanResult>;
  generate(
    onProgress: (step: Step) => void,
  ): Promise<{ ok: true; summary: GenerateSummary } | { ok: false; message: UserMessage }>;
  /** Applies the safe fixes (text to number, typed capaian or total to formula) for these findings' cells. */
  fix(findings: readonly Finding[]): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  saveOptions(options: SavedOptions): Promise<void>;
  restore(): Promise<boolean>;
  /** Shows a sheet (the generated ones, from the summary). */
  openSheet(name: string): Promise<void>;
}

/** Findings whose cell the generate plan rewrites safely: the fix is that one cell of the plan. */
export const FIXABLE = new Set([
  'number-as-text',
  'capaian-mismatch',
  'subtotal-mismatch',
  'missing-subtotal',
  'copied-column',
  'percent-scale',
  'form-mismatch',
]);

/** Every cell a finding stands for: one, or all the cells of a column with one cause. */
export function cellsOf(f: Finding): readonly string[] {
  return f.cells ?? [f.cell];
}

export function summaryOf(result: GenerateResult, lang: 'id' | 'en'): GenerateSummary {
  const scale = result.settings.scale;
  const counts = new Map(scale.bands.map((b) => [lang === 'en' ? b.labelEn : b.label, 0]));
  let below = 0;
  let pagu = 0;
  let real = 0;
  for (const t of result.tables) {
    for (const i of t.analysis.indicators) {
      if (i.capaian === null) continue;
      const band = predikatOf(i.capaian, scale);
      const label = lang === 'en' ? band.labelEn : band.label;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      if (i.capaian < result.settings.threshold) below++;
    }
    pagu += t.analysis.grandPagu ?? 0;
    real += t.analysis.grandRealisasiRp ?? 0;
  }
  return {
    predikat: [...counts.entries()].map(([label, count]) => ({ label, count })),
    penyerapan: pagu > 0 ? real / pagu : null,
    belowTarget: below,
    sheets: Object.values(result.generated),
  };
}

export function officeActions(host: AddinHost): TaskpaneActions {
  const options = (): SavedOptions => savedOptions(host.settings);
  return {
    async scan() {
      const read = await host.run((ctx) => readWorkbook(ctx));
      const o = options();
      const result = checkWorkbook(read.sheets, { ...o, focusSheet: read.active });
      const t = result.tables.find(
        (x) => x.table.sheet === read.active && x.table.layout !== 'rencana-kinerja',
      );
      if (!t) {
        const f = result.findings.find((x) => x.rule === 'no-table');
        return {
          kind: 'noTable',
          sheet: read.active,
          message: f
            ? { id: findingMessage(f, 'id'), en: findingMessage(f, 'en') }
            : { id: 'Tidak ada tabel.', en: 'No table.' },
        };
      }
      const seen = new Set<string>();
      const indicators: IndicatorChoice[] = [];
      for (const i of t.analysis.indicators) {
        const key = polarityKey(i.indikator);
        if (!i.indikator || seen.has(key)) continue;
        seen.add(key);
        indicators.push({
          key,
          indikator: i.indikator,
          polarity: i.polarity,
          suggested: suggestedPolarityOfKey(key) === 'negatif',
        });
      }
      return {
        kind: 'table',
        sheet: t.report.sheet,
        range: t.report.range,
        layout: t.report.layout,
        counts: t.report.counts,
        columns: t.table.columns.map((c) => ({
          letter: columnLetters(c.col),
          header: c.header,
          role: c.role,
        })),
        findings: result.findings,
        indicators,
        options: o,
      };
    },
    async generate(onProgress) {
      // The steps come from the run itself: read, plan, write, done.
      const outcome = await buatTabelCapaianCommand(host, onProgress);
      return outcome.ok
        ? { ok: true, summary: summaryOf(outcome.result, host.lang) }
        : { ok: false, message: outcome.message };
    },
    async fix(findings) {
      const cells = new Set(
        findings.filter((f) => FIXABLE.has(f.rule)).flatMap((f) => cellsOf(f).map((c) => `${f.sheet}!${c}`)),
      );
      return host.run(async (ctx) => {
        const read = await readWorkbook(ctx);
        const result = generateWorkbook(read.sheets, {
          ...options(),
          focusSheet: read.active,
          generateSheets: false,
        });
        const plan: EditPlan = {
          sheets: result.plan.sheets.map((s) => ({
            sheet: s.sheet,
            cells: s.cells.filter((c) => cells.has(`${s.sheet}!${a1(c.row, c.col)}`)),
          })),
        };
        await applyPlan(
          ctx,
          plan,
          read.sheets.map((s) => s.name),
        );
        return plan.sheets.reduce((n, s) => n + s.cells.length, 0);
      });
    },
    async selectCell(sheet, cell) {
      await host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },
    async saveOptions(o) {
      host.settings.set(SETTING.options, o);
      await host.settings.save();
    },
    restore: () => kembalikanCommand(host),
    async openSheet(name) {
      await host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      });
    },
  };
}
