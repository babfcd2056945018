/*
 * What the web page and its worker say to each other. Everything here is plain data (structured clone): the
 * workbook's bytes go in, the findings and the new workbook's bytes come out.
 */
import type { Finding } from '../core/check/finding';
import type { TableCounts } from '../core/engine';
import type { SavedOptions } from '../core/options';
import type { ColumnKind } from '../core/table/columns';
import type { ColumnRole } from '../core/table/roles';
import type { BuildPreview } from '../ui/preview';
import type { GenerateSummary } from '../ui/summary';

export type Lang = 'id' | 'en';

/** A message in both languages: the page shows the one the user chose. */
export interface Said {
  readonly id: string;
  readonly en: string;
}

export interface ColumnView {
  readonly letter: string;
  readonly header: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  readonly reason: Said;
}

export interface TableView {
  readonly sheet: string;
  readonly range: string;
  /** An IKU / Rencana Kinerja list: read for the Perjanjian Kinerja, not rewritten. */
  readonly reference: boolean;
  readonly counts: TableCounts;
  readonly columns: readonly ColumnView[];
}

export interface IndicatorView {
  readonly key: string;
  readonly indikator: string;
  readonly polarity: 'positif' | 'negatif';
  readonly suggested: boolean;
}

/** What the check found: the page's whole view of the workbook. */
export interface CheckView {
  readonly file: string;
  readonly sheets: readonly string[];
  readonly tables: readonly TableView[];
  readonly findings: readonly Finding[];
  readonly indicators: readonly IndicatorView[];
  /** Choices saved in the workbook by the add-in (marks, roles, settings): the form starts from them. */
  readonly saved: SavedOptions;
  /** What Buat Tabel Capaian will change in the office's sheet. */
  readonly preview: BuildPreview | null;
  /** The year and the dinas the table's title names, for the settings. */
  readonly year: string | null;
  readonly dinas: string | null;
  /** A range of this workbook for Tandai tabel's hint ("'Kinerja'!A3:D3"). */
  readonly markExample: string;
}

export interface GenerateView {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly summary: GenerateSummary;
}

export type Step = 'read' | 'check' | 'plan' | 'write';

export type ToWorker =
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly bytes: ArrayBuffer;
    }
  | { readonly kind: 'check'; readonly options: SavedOptions }
  | { readonly kind: 'generate'; readonly options: SavedOptions; readonly lang: Lang };

export type FromWorker =
  | { readonly kind: 'progress'; readonly step: Step }
  | { readonly kind: 'checked'; readonly view: CheckView }
  | { readonly kind: 'generated'; readonly view: GenerateView }
  | { readonly kind: 'failed'; readonly message: Said };
