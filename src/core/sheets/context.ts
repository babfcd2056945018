import type { AnalysedTable } from '../engine';
import { CapaianSettings } from '../capaian/settings';
import { NegativeConvention } from '../check/conventions';
import { Lang } from '../i18n/format';
import { CellEdit } from '../plan/types';
import { SourcePlan } from '../plan/source';
import { columnOf, periodColumns } from '../table/model';
import { RoleKind } from '../table/roles';
import { a1 } from '../sheet/address';
import { CellGrid } from '../sheet/grid';
import { sheetPrefix } from './builder';
import { SheetLabels } from './labels';

/** What a generated sheet needs to know about the source table it links to. */
export class SourceTable {
  private readonly edits = new CellGrid<CellEdit>();
  /** Column lookups, asked for on every row. */
  private readonly cols = new Map<RoleKind, number | null>();
  private periods: readonly number[] | undefined;
  /** "'Sheet name'!", quoted once for the thousands of references to it. */
  private readonly prefix: string;

  constructor(
    readonly at: AnalysedTable,
    readonly plan: SourcePlan | null,
  ) {
    for (const e of plan?.cells ?? []) this.edits.set(e.row, e.col, e);
    this.prefix = sheetPrefix(at.table.sheet);
  }

  get sheet(): string {
    return this.at.table.sheet;
  }

  /** Realisasi K per period (triwulan or month), in order. */
  get periodCols(): readonly number[] {
    this.periods ??= periodColumns(this.at.table, 'K');
    return this.periods;
  }

  col(kind: RoleKind): number | null {
    let col = this.cols.get(kind);
    if (col === undefined) {
      col = columnOf(this.at.table, kind);
      this.cols.set(kind, col);
    }
    return col;
  }

  ref(row: number, col: number): string {
    return this.prefix + a1(row, col);
  }

  /** The number format the source cell shows after our edits ("25 org" keeps its unit). */
  format(row: number, col: number): string | undefined {
    const planned = this.edits.get(row, col)?.numberFormat;
    if (planned) return planned;
    const f = this.at.cells.sheet.numberFormat(row, col);
    return f === 'General' ? undefined : f;
  }

  /** Text as the user typed it (names, indicators): copied, never linked as a formula. */
  text(row: number, col: number | null): string {
    return col === null ? '' : this.at.cells.sheet.text(row, col);
  }
}

export interface GenerateContext {
  readonly settings: CapaianSettings;
  readonly negative: NegativeConvention;
  readonly lang: Lang;
  readonly labels: SheetLabels;
  readonly year: string;
  readonly dinas: string;
}
