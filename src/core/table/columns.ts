import { Convention } from '../numbers/read';
import { FormFormula } from './numbering';
import { ColumnRole, Measure } from './roles';

/** input: typed by the office; derived: computable from other columns; label: names, numbers, notes. */
export type ColumnKind = 'input' | 'derived' | 'label';

/** How a derived column is computed from the others. */
export type Relation =
  /** Capaian of the table's target/realisasi (K) or penyerapan of its pagu/realisasi (Rp). */
  | { readonly kind: 'capaian'; readonly measure: Measure }
  /** The year's realisasi from its periods: their sum, the last filled one, or by each row's indicator. */
  | { readonly kind: 'periods'; readonly measure: Measure; readonly rule: 'jumlah' | 'terakhir' | 'perBaris' }
  /** Column num divided by column den: a capaian of other figures ("Capaian terhadap Target Renstra"). */
  | { readonly kind: 'ratio'; readonly num: number; readonly den: number }
  /** Columns a minus columns b, each summed (sisa anggaran = pagu − realisasi, or − the months). */
  | { readonly kind: 'difference'; readonly a: readonly number[]; readonly b: readonly number[] }
  /** The form's own definition from its column-number row; `cols` maps its column numbers to columns. */
  | {
      readonly kind: 'form';
      readonly formula: FormFormula;
      readonly cols: ReadonlyMap<number, number>;
    };

/** Why a column got its role: shown by `check` and in the task pane. */
export type ColumnWhy =
  | { readonly by: 'header'; readonly path: readonly string[] }
  | { readonly by: 'user' }
  /** The header proposes a derived figure and the data confirm it (or the column is still empty). */
  | {
      readonly by: 'data';
      readonly path: readonly string[];
      readonly relation: string;
      readonly fit: number;
      readonly of: number;
      /** Rows that repeat another column instead (a capaian column holding the realisasi). */
      readonly copies: number;
    }
  | {
      readonly by: 'form';
      readonly path: readonly string[];
      readonly formula: string;
      readonly fit: number;
      readonly of: number;
    }
  /** The header proposes a derived figure but the numbers do not fit it: kept as typed. */
  | {
      readonly by: 'mismatch';
      readonly path: readonly string[];
      readonly relation: string;
      readonly fit: number;
      readonly of: number;
    }
  /** A "Capaian" whose figures sit in the target's unit beside no realisasi: the realised value. */
  | { readonly by: 'realised'; readonly path: readonly string[]; readonly target: number }
  /** Two columns fit the same reading: neither is written. */
  | { readonly by: 'ambiguous'; readonly path: readonly string[]; readonly other: number };

export interface TableColumn {
  readonly col: number;
  readonly header: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  readonly why: ColumnWhy;
  /** Set for derived columns: what we may write into them. */
  readonly relation: Relation | null;
  /** The convention its typed numbers settle on ('1.234,5' or '1,234.5'). */
  readonly convention: Convention | 'mixed' | null;
}

export type RoleOverrides = Readonly<Record<string, ColumnRole>>;

/** Roles whose columns hold names, numbering and notes, never figures. */
export const LABEL_ROLES: ReadonlySet<string> = new Set([
  'no',
  'nomor',
  'kode',
  'sasaran',
  'nama',
  'indikator',
  'satuan',
  'polaritas',
  'penanggungJawab',
  'keterangan',
  'status',
]);
