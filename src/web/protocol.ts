/*
 * What the web page and its worker say to each other. Everything here is plain data (structured clone): the
 * workbook's bytes go in, the findings and the new workbook's bytes come out.
 */
import type { Finding } from '../core/check/finding';
import type { TableCounts } from '../core/engine';
import type { SavedOptions } from '../core/options';
import type { ColumnKind } from '../core/table/columns';
import type { ColumnRole } from '../core/table/roles';

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
}

export interface GenerateView {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly sheets: readonly string[];
  readonly penyerapan: number | null;
  readonly predikat: readonly { readonly label: string; readonly count: number }[];
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
