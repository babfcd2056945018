import { polarityKey, suggestedPolarityOfKey } from '../core/capaian/polarity';
import { CheckResult, EngineOptions } from '../core/engine';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { generateWorkbook } from '../core/generate';
import { readSavedOptions, SavedOptions } from '../core/options';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { readState } from '../core/sheets/state';
import { summaryOf } from '../ui/summary';
import { previewOf } from '../ui/preview';
import { dinasOf } from '../core/sheets/dinas';
import { columnLetters } from '../core/sheet/address';
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
      out.push({
        key,
        indikator: i.indikator,
        polarity: i.polarity,
        suggested: suggestedPolarityOfKey(key) === 'negatif',
      });
    }
  }
  return out;
}

/**
 * A range of this workbook to show in Tandai tabel's hint: the row that looked like a header, across the sheet's
 * columns, or the table found; else the first sheet's first rows.
 */
function markExample(result: CheckResult, snapshots: readonly SheetSnapshot[]): string {
  const quote = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
  const miss = result.findings.find((f) => f.rule === 'no-table');
  const sheet =
    snapshots.find((s) => s.name === miss?.sheet) ?? snapshots.find((s) => s.name !== REGISTRY_SHEET);
  if (miss && sheet) {
    const row = Number(/\d+$/.exec(miss.cell)?.[0] ?? 1);
    const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 1);
    return `${quote(sheet.name)}!A${row}:${columnLetters(sheet.origin.col + width - 1)}${row}`;
  }
  const found = result.tables[0]?.report;
  if (found) return `${quote(found.sheet)}!${found.range}`;
  return `${quote(sheet?.name ?? 'Lembar1')}!A1:K5`;
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
    // Planned, not written: the same result says what Buat Tabel Capaian will change.
    const result = generateWorkbook(snapshots, this.options(given));
    const names = snapshots.map((s) => s.name);
    const main = result.tables.find((t) => t.table.layout !== 'rencana-kinerja');
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
      preview: previewOf(result, names),
      year: main?.table.year == null ? null : String(main.table.year),
      dinas: dinasOf(result.tables.flatMap((t) => t.table.titles)),
      markExample: markExample(result, snapshots),
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
    const summary = summaryOf(
      result,
      lang,
      snapshots.map((s) => s.name),
    );
    return {
      name: outputName(this.name),
      // A copy that owns its buffer whole, so it can be handed to the page without copying again.
      bytes:
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? (bytes.buffer as ArrayBuffer)
          : bytes.slice().buffer,
      summary,
    };
  }
}
