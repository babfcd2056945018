import { Convention } from '../numbers/read';
import { normalize } from './text';
import { ACCOUNT_LINE, REVENUE_LINE } from './vocabulary';
import { HeaderBlock } from './header';
import { RoleKind } from './roles';
import { TableColumn } from './columns';
import { isConfirmed, TreeFit } from './sumtree';

export type OrphanReason = 'numbering-restart' | 'before-program' | 'no-parent' | 'no-name';

/** Urusan: the government affair a program serves, a line above programs in Renja forms. */
export type Level = 'sasaran' | 'urusan' | 'program' | 'kegiatan' | 'subKegiatan';

/** One program, kegiatan, sub kegiatan or (in IKU tables) sasaran: a row, or several rows of indicators. */
export interface TableNode {
  readonly id: number;
  readonly level: Level;
  readonly name: string;
  readonly kode: string | null;
  readonly nomor: string | null;
  /** Sheet rows of this node; the first holds its name and budget, every one may hold an indicator. */
  readonly rows: readonly number[];
  readonly sasaran: string | null;
  readonly parentId: number | null;
  readonly childIds: readonly number[];
  /** Placed at the top because no parent row fits it (reported as orphan-row). */
  readonly orphanReason: OrphanReason | null;
}

export type Layout =
  | 'evaluasi-renja'
  | 'pengukuran-kinerja'
  | 'realisasi-anggaran'
  | 'rencana-kinerja'
  | 'daftar-anggaran'
  | 'tidak-dikenal';

/** Layouts that hold realisasi, where capaian is measured (not a list of targets or budgets only). */
export function isMeasuring(layout: Layout): boolean {
  return layout === 'evaluasi-renja' || layout === 'pengukuran-kinerja' || layout === 'realisasi-anggaran';
}

export interface ParsedTable {
  readonly sheet: string;
  readonly header: HeaderBlock;
  readonly columns: readonly TableColumn[];
  readonly layout: Layout;
  /** First and last sheet row holding table data (total row included). */
  readonly dataTop: number;
  readonly dataBottom: number;
  readonly nodes: readonly TableNode[];
  /** Sheet row of the grand total ("Jumlah Keseluruhan"), if the table has one. */
  readonly totalRow: number | null;
  /** Rows that sum or average part of the table ("Jumlah Belanja Operasi", "Rata-rata"): not data. */
  readonly summaryRows: readonly number[];
  /** Header rows repeated inside the table (one per printed page): not data. */
  readonly skipRows: ReadonlySet<number>;
  /**
   * How many typed parent figures (pagu) the hierarchy explains, of how many: a tree that explains no more
   * than half is unconfirmed, and no subtotal is checked or written on it.
   */
  readonly hierarchyFit: TreeFit | null;
  /** Rows inside the table that are neither a node, a total nor empty. */
  readonly strayRows: readonly number[];
  readonly conventions: ReadonlyMap<number, Convention | 'mixed' | null>;
  readonly year: number | null;
  /** Title lines above the table (dinas name, table title). */
  readonly titles: readonly string[];
  /** A revenue table (pendapatan, retribusi, PAD): realisasi above target is an achievement. */
  readonly revenue: boolean;
}

export function columnOf(table: Pick<ParsedTable, 'columns'>, kind: RoleKind): number | null {
  return table.columns.find((c) => c.role.kind === kind)?.col ?? null;
}

export function periodColumns(table: Pick<ParsedTable, 'columns'>, measure: 'K' | 'Rp'): number[] {
  return table.columns
    .filter((c) => c.role.kind === 'period' && c.role.measure === measure)
    .sort((a, b) => (a.role.kind === 'period' && b.role.kind === 'period' ? a.role.index - b.role.index : 0))
    .map((c) => c.col);
}

/** Every sheet row of the table's lines, then its total row: the rows a derived column is written on. */
export function dataRows(table: Pick<ParsedTable, 'nodes' | 'totalRow'>): number[] {
  const rows: number[] = [];
  for (const n of table.nodes) for (const r of n.rows) rows.push(r);
  if (table.totalRow !== null) rows.push(table.totalRow);
  return rows;
}

/** A column whose values we may replace: confirmed as computed from the others. */
export function isDerived(table: Pick<ParsedTable, 'columns'>, col: number | null): boolean {
  return (
    col !== null && table.columns.some((c) => c.col === col && c.kind === 'derived' && c.relation !== null)
  );
}

/**
 * Per node list: each line's normalised name, and the answers of `lineOrAbove` per pattern, by node id. The
 * counts, the checks and the generated sheets ask it of every node; each answer walks up the tree. Kept by
 * the node list's identity: it holds only while the nodes' names and parents no longer change, which is so once
 * parsing (sumtree, subtotals) has handed the table on; the first question comes after that.
 */
interface LineAnswers {
  readonly names: (string | undefined)[];
  readonly byWords: Map<RegExp, (boolean | undefined)[]>;
}
const LINE_ANSWERS = new WeakMap<readonly TableNode[], LineAnswers>();

function answersOf(nodes: readonly TableNode[]): LineAnswers {
  let answers = LINE_ANSWERS.get(nodes);
  if (!answers) LINE_ANSWERS.set(nodes, (answers = { names: [], byWords: new Map() }));
  return answers;
}

/** The name of a line of `table.nodes` normalised, once per node list (the questions below ask for it too). */
export function normalizedName(table: Pick<ParsedTable, 'nodes'>, node: TableNode): string {
  return (answersOf(table.nodes).names[node.id] ??= normalize(node.name));
}

/** Whether the line or a line above it is named as `words` say. */
function lineOrAbove(table: Pick<ParsedTable, 'nodes'>, node: TableNode, words: RegExp): boolean {
  const answers = answersOf(table.nodes);
  let known = answers.byWords.get(words);
  if (!known) answers.byWords.set(words, (known = []));
  return lineOrAboveIn(table.nodes, node, words, answers.names, known);
}

function lineOrAboveIn(
  nodes: readonly TableNode[],
  node: TableNode,
  words: RegExp,
  names: (string | undefined)[],
  known: (boolean | undefined)[],
): boolean {
  // A node is remembered by its id, the index the tree's parent links use.
  const own = nodes[node.id] === node;
  const hit = own ? known[node.id] : undefined;
  if (hit !== undefined) return hit;
  let name = own ? names[node.id] : undefined;
  if (name === undefined) {
    name = normalize(node.name);
    if (own) names[node.id] = name;
  }
  const parent = node.parentId === null ? undefined : nodes[node.parentId];
  const answer =
    words.test(name) || (parent !== undefined && lineOrAboveIn(nodes, parent, words, names, known));
  if (own) known[node.id] = answer;
  return answer;
}

/** A revenue line (pendapatan, retribusi, PAD): by the table, the line itself or a line above it. */
export function isRevenueNode(table: Pick<ParsedTable, 'revenue' | 'nodes'>, node: TableNode): boolean {
  return table.revenue || lineOrAbove(table, node, REVENUE_LINE);
}

/**
 * A line of the chart of accounts (a kode-rekening budget report's Belanja Operasi, Belanja Pegawai, or any
 * revenue line), by its name or a line above it: not a program the head of the office signs for.
 */
export function isAccountNode(table: Pick<ParsedTable, 'revenue' | 'nodes'>, node: TableNode): boolean {
  return isRevenueNode(table, node) || lineOrAbove(table, node, ACCOUNT_LINE);
}

/** Whether the typed parent figures confirm the hierarchy (see sumtree.ts): subtotals are checked and written. */
export function subtotalsConfirmed(table: Pick<ParsedTable, 'hierarchyFit'>): boolean {
  return table.hierarchyFit === null || isConfirmed(table.hierarchyFit);
}
