import { polarityKey } from '../core/capaian/polarity';
import { checkWorkbook, CheckResult, EngineOptions } from '../core/engine';
import { generateWorkbook } from '../core/generate';
import { readSavedOptions, SavedOptions } from '../core/options';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { readState } from '../core/sheets/state';
import { summaryOf } from '../taskpane/actions';
import { applyPlan } from '../xlsx/apply';
import { deflateStream } from '../xlsx/deflateStream';
import { LoadedWorkbook, openWorkbook } from '../xlsx/open';
import { workbookBytes } from '../xlsx/write';
import { CheckView, GenerateView, IndicatorView, Lang, Step } from './protocol';

/** NAME.xlsx gives NAME-capaian.xlsx, as the CLI names its output. */
export function outputName(file: string): string {
  // A workbook with macros stays one: the patched package keeps its vbaProject.bin.
  const xlsm = /\.xlsm$/i.test(file);
  return `${file.replace(/\.xls[xm]$/i, '')}-capaian.${xlsm ? 'xlsm' : 'xlsx'}`;
}

function indicatorsOf(result: CheckResult): IndicatorView[] {
  const seen = new Set<string>();
  const out: IndicatorView[] = [];
  for (const t of result.tables) {
    for (const i of t.analysis.indicators) {
      const key = polarityKey(i.indikator);
      if (!i.indikator || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, indikator: i.indikator, polarity: i.polarity });
    }
  }
  return out;
}

/**
 * One workbook the user dropped, in the worker: the same engine and xlsx adapter as the CLI, on bytes. The
 * workbook is loaded once; a second Buat Tabel Capaian (after a change of settings) loads it again, since
 * applying a plan changes the loaded copy.
 */
export class Session {
  private constructor(
    readonly name: string,
    private readonly bytes: Uint8Array,
    private loaded: LoadedWorkbook | null,
    private readonly saved: SavedOptions,
  ) {}

  /** Opens the bytes; a file that is no .xlsx we can read throws WorkbookReadError with the reason. */
  static async open(name: string, bytes: Uint8Array): Promise<Session> {
    const loaded = await openWorkbook(bytes, name);
    const registry = loaded.snapshots.find((s) => s.name === REGISTRY_SHEET);
    return new Session(name, bytes, loaded, readSavedOptions(readState(registry).options));
  }

  private async workbook(): Promise<LoadedWorkbook> {
    this.loaded ??= await openWorkbook(this.bytes, this.name);
    return this.loaded;
  }

  /**
   * The page's choices, or those saved in the workbook (by the add-in or the CLI) until the page has any: the
   * page starts its form from the saved ones, so what it sends is the whole of the user's choice.
   */
  private options(given: SavedOptions | undefined, lang?: Lang): EngineOptions {
    const chosen = given ?? this.saved;
    return lang ? { ...chosen, sheets: { ...chosen.sheets, lang } } : chosen;
  }

  async check(given?: SavedOptions): Promise<CheckView> {
    const { snapshots } = await this.workbook();
    const result = checkWorkbook(snapshots, this.options(given));
    return {
      file: this.name,
      sheets: snapshots.map((s) => s.name).filter((n) => n !== REGISTRY_SHEET),
      tables: result.tables.map(({ report: r }) => ({
        sheet: r.sheet,
        range: r.range,
        reference: r.layout === 'rencana-kinerja',
        counts: r.counts,
        columns: r.columns.map((c) => ({
          letter: c.letter,
          header: c.header,
          role: c.role,
          kind: c.kind,
          reason: { id: c.reason, en: c.reasonEn },
        })),
      })),
      findings: result.findings,
      indicators: indicatorsOf(result),
      saved: this.saved,
    };
  }

  /** Buat Tabel Capaian: the workbook with live formulas and the generated sheets, as a new file. */
  async generate(given: SavedOptions, lang: Lang, onStep: (step: Step) => void): Promise<GenerateView> {
    onStep('read');
    const { workbook, snapshots } = await this.workbook();
    onStep('plan');
    const result = generateWorkbook(snapshots, this.options(given, lang));
    onStep('write');
    const applied = applyPlan(workbook, result.plan);
    // The loaded copy now holds this run's changes: the next run starts again from the file.
    this.loaded = null;
    const bytes = await workbookBytes(workbook, applied, deflateStream);
    const summary = summaryOf(result, lang);
    return {
      name: outputName(this.name),
      // A copy that owns its buffer whole, so it can be handed to the page without copying again.
      bytes:
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? (bytes.buffer as ArrayBuffer)
          : bytes.slice().buffer,
      sheets: summary.sheets,
      penyerapan: summary.penyerapan,
      predikat: summary.predikat,
    };
  }
}
