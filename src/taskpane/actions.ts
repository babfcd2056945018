import { TableCounts } from '../core/engine';
import { SavedOptions } from '../core/options';
import { Finding } from '../core/check/finding';
import { parseSheetRange } from '../core/sheet/address';
import { intersection } from '../core/sheet/bounds';
import { CellRange } from '../core/sheet/snapshot';
import { ColumnKind } from '../core/table/columns';
import { PendingMessage } from '../core/sheets/state';
import { ColumnRole } from '../core/table/roles';
import { Layout } from '../core/table/model';
import { officeErrorMessage, UserMessage } from '../excel/errors';
import type { RunStep } from '../excel/run';
import type { TypedSheet } from '../excel/undo';
import { GenerateSummary } from '../ui/summary';
import { BuildPreview } from '../ui/preview';

/** An action that could not be done, with the message that says why and what to do. */
export class ActionFailed extends Error {
  constructor(readonly userMessage: UserMessage) {
    super(userMessage.en);
  }
}

/** A part of the add-in fetched on first use (webpack's ChunkLoadError) did not arrive: the network, most often. */
const PART_NOT_LOADED: UserMessage = {
  id: 'Bagian add-in untuk menulis ke workbook belum termuat (koneksi terputus?). Periksa koneksi internet, lalu klik tombolnya lagi. Workbook tidak diubah.',
  en: 'The part of the add-in that writes to the workbook has not loaded (connection lost?). Check the internet connection, then click the button again. The workbook was not changed.',
  action: 'retry',
};

/**
 * Any failure of an action in the user's words: ours as given, a part of the pane that did not load, Office's
 * through its error code.
 */
export function messageOf(e: unknown): UserMessage {
  if (e instanceof ActionFailed) return e.userMessage;
  return (e as { name?: string } | null)?.name === 'ChunkLoadError' ? PART_NOT_LOADED : officeErrorMessage(e);
}

/** What Kembalikan would undo: shown beside its button. */
export interface UndoInfo {
  /** The last change, in words ("Perbaiki (29 Nov 2026 18.20, 31 sel)"). */
  readonly what: UserMessage;
  /** Sheets that change made, which Kembalikan deletes. */
  readonly created: readonly string[];
  /** Changes on the stack, this one included. */
  readonly steps: number;
}

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
      /** The year and the dinas in the table's title, for the settings. */
      readonly year: string | null;
      readonly dinas: string | null;
      readonly layout: Layout;
      readonly counts: TableCounts;
      readonly columns: readonly ColumnView[];
      readonly findings: readonly Finding[];
      readonly indicators: readonly IndicatorChoice[];
      readonly options: SavedOptions;
      /** The user's other sheets, one of which may hold last year's table. */
      readonly otherSheets: readonly string[];
      readonly undo: UndoInfo | null;
      /** A message a ribbon button could not show. */
      readonly pending: PendingMessage | null;
    }
  | {
      readonly kind: 'noTable';
      readonly sheet: string;
      readonly message: UserMessage;
      /** Sheets of this workbook that hold a realisation table: a link to each. */
      readonly tableSheets: readonly string[];
      readonly options: SavedOptions;
      readonly undo: UndoInfo | null;
      readonly pending: PendingMessage | null;
    };

export type Step = RunStep;

/** A column as the pane shows it: its role, and why it was read so. */
export interface ColumnView {
  readonly letter: string;
  readonly header: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  readonly reason: string;
}

/**
 * What the task pane can do. Every action may fail with an Office error or an ActionFailed; the pane turns
 * either into a message (`messageOf`).
 */
export interface TaskpaneActions {
  /**
   * Reads the sheet in focus and checks it. `switched`: the user moved to another sheet; the other sheets the
   * last read found no list in are not read again (a sheet without a table still reads them all, for its links).
   */
  scan(options?: { readonly switched?: boolean }): Promise<ScanResult>;
  generate(
    onProgress: (step: Step) => void,
  ): Promise<
    { ok: true; summary: GenerateSummary; undo: UndoInfo | null } | { ok: false; message: UserMessage }
  >;
  /** What Buat Tabel Capaian would change in the sheet last read; planned, nothing written. */
  preview(): Promise<BuildPreview | null>;
  /** Applies the safe fixes (text to number, typed capaian or total to formula) for these findings' cells. */
  fix(findings: readonly Finding[]): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  saveOptions(options: SavedOptions): Promise<void>;
  /**
   * Kembalikan; its summary (what was put back, deleted and left), or, when a sheet it would delete holds
   * what the user typed, those sheets (nothing changed): the user chooses, and it is called again with the choice.
   */
  restore(typed?: 'keep' | 'delete'): Promise<UserMessage | { readonly ask: readonly TypedSheet[] }>;
  /** Shows a sheet (the generated ones, from the summary). */
  openSheet(name: string): Promise<void>;
  /** Forgets the message a ribbon button left. */
  dismissPending(): Promise<void>;
  /** The range the user selected, for "Tandai tabel". */
  selection(): Promise<{ readonly sheet: string; readonly range: CellRange }>;
  /**
   * Calls back when the user may be on another sheet: on every sheet activation (ExcelApi 1.7), else whenever
   * the pane gets the focus back.
   */
  watch(onChange: () => void): Promise<void>;
}

/** "'Realisasi 2022'!A4:K5" (as Range.address gives it) as a sheet and a range. */
export function parseAddress(address: string): { sheet: string; range: CellRange } {
  const found = parseSheetRange(address);
  if (!found || found.sheet === null) throw new Error(`not a sheet range address: ${address}`);
  return { sheet: found.sheet, range: found.range };
}
/**
 * The selection ("Kinerja!3:5" when the user clicked row headers, "Kinerja!A:K" for column headers) cut to
 * the sheet's used range ("Kinerja!A1:K58"), so that a mark never spans a million empty rows or columns.
 */
export function selectionIn(address: string, used: string | null): { sheet: string; range: CellRange } {
  const found = parseAddress(address);
  const u = used ? parseSheetRange(used)?.range : null;
  const cut = u && intersection(found.range, u);
  return { sheet: found.sheet, range: cut ?? found.range };
}
