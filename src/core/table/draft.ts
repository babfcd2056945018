import { ColumnKind, ColumnWhy, Relation } from './columns';
import { ColumnProposal } from './propose';
import { ColumnRole } from './roles';

/** A column while its reading is being confirmed: the header's proposal, then what the numbers say. */
export interface Draft {
  readonly p: ColumnProposal;
  role: ColumnRole;
  kind: ColumnKind | null;
  why: ColumnWhy;
  relation: Relation | null;
  /** Header said capaian or penyerapan without saying which. */
  openMeasure: boolean;
}

export const pathOf = (d: Draft): readonly string[] => d.p.path;

export function relationText(
  letter: (c: number) => string,
  a: number | undefined,
  b: number | undefined,
): string {
  return `${a === undefined ? '?' : letter(a)} ÷ ${b === undefined ? '?' : letter(b)}`;
}
