import { OrphanReason } from '../table/model';

/** A finding: something wrong or worth knowing in the user's table, at the cell to fix. */

export type Severity = 'error' | 'warning' | 'info';

export type FindingData =
  | { readonly rule: 'no-table' }
  | { readonly rule: 'missing-indicator'; readonly level: string }
  | { readonly rule: 'missing-target' }
  | { readonly rule: 'missing-realisasi' }
  | { readonly rule: 'not-a-number'; readonly text: string; readonly what: ValueKind }
  | { readonly rule: 'number-as-text'; readonly text: string; readonly value: number }
  | { readonly rule: 'ambiguous-number'; readonly text: string; readonly value: number }
  | { readonly rule: 'unit-mismatch'; readonly targetUnit: string; readonly realisasiUnit: string }
  | {
      readonly rule: 'capaian-mismatch';
      readonly typed: string;
      readonly expected: number;
      readonly measure: 'K' | 'Rp';
    }
  | {
      readonly rule: 'subtotal-mismatch';
      readonly stated: number;
      readonly sum: number;
      readonly of: 'program' | 'kegiatan' | 'total' | 'periode';
    }
  | { readonly rule: 'missing-subtotal'; readonly sum: number; readonly of: 'program' | 'kegiatan' }
  | { readonly rule: 'over-budget'; readonly pagu: number; readonly realisasi: number }
  | { readonly rule: 'orphan-row'; readonly reason: OrphanReason }
  | { readonly rule: 'formula-error'; readonly code: string }
  | { readonly rule: 'zero-target' }
  | { readonly rule: 'duplicate-row'; readonly firstCell: string }
  | { readonly rule: 'merged-value-cells'; readonly range: string };

export type ValueKind = 'target' | 'realisasi' | 'pagu' | 'realisasiRp' | 'capaian';
export type Rule = FindingData['rule'];

export type Finding = FindingData & {
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to fix. */
  readonly cell: string;
};

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
