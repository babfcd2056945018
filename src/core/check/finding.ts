import { NegativeMethod } from '../capaian/settings';
import { OrphanReason } from '../table/model';

/** A finding: something wrong or worth knowing in the user's table, at the cell to fix. */

export type Severity = 'error' | 'warning' | 'info';

export type FindingData =
  | {
      readonly rule: 'no-table';
      /** The row that looked most like a header, and what it lacked. */
      readonly seen?: { readonly row: number; readonly reason: 'no-pair' | 'no-name' | 'no-data' };
    }
  | { readonly rule: 'missing-indicator'; readonly level: string }
  | { readonly rule: 'missing-target' }
  | { readonly rule: 'missing-realisasi' }
  | { readonly rule: 'not-a-number'; readonly text: string; readonly what: ValueKind }
  /** `kept`: a note follows the figure on its own line, so the cell stays text and its row as typed. */
  | { readonly rule: 'number-as-text'; readonly text: string; readonly value: number; readonly kept?: true }
  | { readonly rule: 'ambiguous-number'; readonly text: string; readonly value: number }
  | { readonly rule: 'unit-mismatch'; readonly targetUnit: string; readonly realisasiUnit: string }
  | {
      readonly rule: 'capaian-mismatch';
      readonly typed: string;
      readonly expected: number;
      readonly measure: 'K' | 'Rp';
      /**
       * One cause for the whole column: its values fit no reading (`column`, kept as typed), or the
       * office computes negative indicators by the other method (`selisih` / `kebalikan`).
       */
      readonly cause?: 'column' | NegativeMethod;
    }
  | {
      readonly rule: 'subtotal-mismatch';
      readonly stated: number;
      readonly sum: number;
      readonly of: 'program' | 'kegiatan' | 'total' | 'periode' | 'selisih';
    }
  | { readonly rule: 'missing-subtotal'; readonly sum: number; readonly of: 'program' | 'kegiatan' }
  | { readonly rule: 'over-budget'; readonly pagu: number; readonly realisasi: number }
  | { readonly rule: 'orphan-row'; readonly reason: OrphanReason }
  | { readonly rule: 'formula-error'; readonly code: string }
  | { readonly rule: 'zero-target' }
  | { readonly rule: 'duplicate-row'; readonly firstCell: string }
  | { readonly rule: 'merged-value-cells'; readonly range: string }
  /** Two columns fit the same reading; neither is written until the user picks one. */
  | { readonly rule: 'ambiguous-columns'; readonly columns: readonly string[]; readonly role: string }
  /** A derived column holds another column's values (capaian typed as the realisasi "23 org"). */
  | {
      readonly rule: 'copied-column';
      readonly source: string;
      readonly typed: string;
      readonly expected: number;
    }
  /** 95 typed in a %-formatted cell shows 9500 %: the office meant 95 %. */
  | { readonly rule: 'percent-scale'; readonly typed: string; readonly expected: number }
  /** A parent's typed % is the plain mean of its items; the money (or budget weights) give another. */
  | {
      readonly rule: 'plain-mean';
      readonly typed: string;
      readonly mean: number;
      readonly weighted: number;
      readonly measure: 'K' | 'Rp';
    }
  | { readonly rule: 'status-mismatch'; readonly status: string; readonly capaian: number }
  /** A negative indicator with target 0 and realisasi 0: met. */
  | { readonly rule: 'zero-target-met' }
  /** A column the form defines ("13 = 9 + 10 + 11 + 12") disagrees with its own formula. */
  | {
      readonly rule: 'form-mismatch';
      readonly formula: string;
      readonly typed: string;
      readonly expected: number;
    }
  /**
   * Cells a planned formula would have changed with no finding naming them (a column read wrongly, most
   * likely): left as typed. `cells` lists them; the example is the first: what it shows, what the formula
   * gives (null: nothing), and whether that is a percentage.
   */
  | {
      readonly rule: 'not-written';
      readonly list: string;
      readonly typed: string;
      readonly would: number | null;
      readonly percent: boolean;
    }
  /**
   * The typed parent figures refute every reading of the hierarchy tried: no subtotal is checked or written.
   * `explained` of `of` parents are the sums of their items in the reading kept.
   */
  | { readonly rule: 'hierarchy-unconfirmed'; readonly explained: number; readonly of: number }
  /** A parent's cumulative progress of a period (a Renja form's %) that is not the mean of its items'. */
  | { readonly rule: 'progress-mismatch'; readonly typed: number; readonly mean: number }
  /**
   * A line's realisasi K that is not its last period's cumulative progress × its target, where the office's
   * other lines keep that rule (a form's % per triwulan says 100 % of 1 done, its realisasi says 0).
   */
  | {
      readonly rule: 'progress-realisasi';
      readonly realisasi: number;
      readonly progress: number;
      readonly target: number;
    }
  /** A cell the form computes from a wrong cell (`from`): right by its inputs, wrong by that one mistake. */
  | {
      readonly rule: 'follows-error';
      readonly from: string;
      /** `from` is an error; a warning's root (a realisasi or its % is wrong, unsure which) may be right. */
      readonly sure: boolean;
      readonly typed: string;
      readonly expected: number;
    }
  /** A running total of a time series (the year so far) below the period before it. */
  | {
      readonly rule: 'cumulative-decrease';
      readonly typed: number;
      readonly previous: number;
      readonly period: string;
    }
  /** A full year's series whose last period is not the year's figure stated at `where` (Sheet!A1). */
  | {
      readonly rule: 'series-year-mismatch';
      readonly typed: number;
      readonly stated: number;
      readonly period: string;
      readonly where: string;
    }
  /** An indicator the comparison with another year found no pair for by name (renamed, dropped, new). */
  | { readonly rule: 'unmatched-indicator'; readonly name: string; readonly other: string };

export type ValueKind = 'target' | 'realisasi' | 'pagu' | 'realisasiRp' | 'capaian';
export type Rule = FindingData['rule'];

export type Finding = FindingData & {
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to fix (the first of them when the finding stands for several). */
  readonly cell: string;
  /** Set when one finding stands for many cells of one column with one cause: every cell, and their range. */
  readonly cells?: readonly string[];
  readonly range?: string;
};

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
