import { CELL_REFS, columnLetters } from '../sheet/address';
import { normalizeFormula } from '../sheet/formula';
import { SheetReader } from '../sheet/snapshot';
import { Level, TableNode } from './model';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type NodeDraft = Mutable<Omit<TableNode, 'childIds'>> & { childIds: number[] };

/**
 * The rows an office formula adds up in its own column: `=SUM(G13:G16)`, `=SUBTOTAL(9,G13:G16)`,
 * `=G13+G14+G15`. Null for any other formula (a product, another column, a function we do not read).
 */
function summedRows(formula: string, col: number): number[] | null {
  const body = normalizeFormula(formula.replace(/^=/, ''));
  const stripped = body.replace(/SUBTOTAL\((9|109),/g, 'SUM(').replace(CELL_REFS, 'R');
  if (!/^(SUM\(R(,R)*\)|R)(\+(SUM\(R(,R)*\)|R))*$/.test(stripped)) return null;
  const letters = columnLetters(col);
  const rows: number[] = [];
  for (const m of body.matchAll(CELL_REFS)) {
    if (m[1] !== letters || (m[3] !== undefined && m[3] !== letters)) return null;
    const from = Number(m[2]) - 1;
    const to = m[4] === undefined ? from : Number(m[4]) - 1;
    for (let r = Math.min(from, to); r <= Math.max(from, to); r++) rows.push(r);
  }
  return rows;
}

/** Is `a` above `b` in the tree (so that making `a` a child of `b` would close a loop)? */
function isAncestor(nodes: readonly NodeDraft[], a: NodeDraft, b: NodeDraft): boolean {
  for (let p = b.parentId; p !== null; p = nodes[p]!.parentId) if (p === a.id) return true;
  return false;
}

/**
 * A subtotal the office keeps as a formula names its items: those rows are its children, whatever the
 * numbering suggested. Bulleted items, unnumbered groups and skipped levels are read right this way.
 */
export function followOfficeSubtotals(
  sheet: SheetReader,
  nodes: NodeDraft[],
  moneyCols: readonly number[],
  totalRow: number | null,
): boolean {
  if (moneyCols.length === 0) return false;
  let linked = false;
  const byRow = new Map<number, NodeDraft>();
  for (const n of nodes) byRow.set(n.rows[0]!, n);
  for (const parent of nodes) {
    // Most lines hold no sum formula: nothing to map for them.
    const rows = officeSum(sheet, parent.rows[0]!, moneyCols);
    if (!rows) continue;
    const items = rows
      .map((r) => byRow.get(r))
      .filter((n): n is NodeDraft => n !== undefined && n !== parent && !isAncestor(nodes, n, parent));
    if (items.length === 0) continue;
    const keep = new Set(items.map((n) => n.id));
    // Children the numbering gave this row that its formula does not add up go back to its parent.
    for (const id of parent.childIds.filter((c) => !keep.has(c))) {
      const child = nodes[id]!;
      child.parentId = parent.parentId;
      if (parent.parentId !== null) nodes[parent.parentId]!.childIds.push(id);
    }
    for (const item of items) {
      if (item.parentId !== parent.id) detach(nodes, item);
      item.parentId = parent.id;
      item.orphanReason = null;
    }
    parent.childIds = items.map((n) => n.id).sort((a, b) => a - b);
    linked = true;
  }
  // The grand total's own formula names the top lines.
  const tops = totalRow === null ? null : officeItems(sheet, totalRow, moneyCols, byRow);
  for (const top of tops ?? []) detach(nodes, top);
  return linked;
}

/** The rows a line's subtotal adds up: the first money column whose formula sums other rows of it. */
export function officeSum(sheet: SheetReader, row: number, moneyCols: readonly number[]): number[] | null {
  for (const col of moneyCols) {
    const f = sheet.formula(row, col);
    const rows = f === null ? null : summedRows(f, col);
    if (rows && !rows.includes(row)) return rows;
  }
  return null;
}

function officeItems(
  sheet: SheetReader,
  row: number,
  moneyCols: readonly number[],
  byRow: ReadonlyMap<number, NodeDraft>,
): NodeDraft[] | null {
  const rows = officeSum(sheet, row, moneyCols);
  const found = (rows ?? []).map((r) => byRow.get(r)).filter((n): n is NodeDraft => n !== undefined);
  return found.length > 0 ? found : null;
}

/** Makes a line a top line: out of its parent's items. */
function detach(nodes: NodeDraft[], node: NodeDraft): void {
  if (node.parentId === null) return;
  const old = nodes[node.parentId]!;
  old.childIds = old.childIds.filter((c) => c !== node.id);
  node.parentId = null;
}

/** A dotted code of digits ("1.02.01", "5.1."), read for its parts and prefixes without splitting it. */
class DottedCode {
  /** Without a trailing dot. */
  readonly text: string;
  /** Where each dot is. */
  private readonly dots: number[] = [];

  constructor(code: string) {
    this.text = code.endsWith('.') ? code.slice(0, -1) : code;
    for (let i = this.text.indexOf('.'); i >= 0; i = this.text.indexOf('.', i + 1)) this.dots.push(i);
  }

  get parts(): number {
    return this.dots.length + 1;
  }

  /** The code of its first `k` parts ("1.02" of "1.02.01"). */
  prefix(k: number): string {
    return this.text.slice(0, this.dots[k - 1]);
  }
}

/**
 * Dotted codes say their parent: "5.1.01" belongs under "5.1", "1.2" under "1" (the nearest line above whose
 * code starts it). Kode rekening of any depth and dotted numbering are read this way, whatever the level
 * names guessed from the number of parts.
 */
export function followDottedCodes(nodes: NodeDraft[], codeOf: (n: NodeDraft) => string | null): void {
  // The latest line of each code so far: a parent is found by looking its prefixes up, not by scanning back.
  const latest = new Map<string, number>();
  let dotted = false;
  const codes = nodes.map((n) => {
    const c = codeOf(n);
    if (!c || !/^\d+(\.\d+)*\.?$/.test(c)) return null;
    const code = new DottedCode(c);
    if (code.parts >= 2) dotted = true;
    return code;
  });
  if (!dotted) return;
  // The shortest code is the top of the table's tree, whatever depth it has ("5.1" in a list of belanja).
  const top = codes.reduce((m, c) => (c && c.parts < m ? c.parts : m), Infinity);
  for (let i = 0; i < nodes.length; i++) {
    const own = codes[i];
    if (!own) continue;
    let parent: NodeDraft | undefined;
    for (let k = own.parts - 1; k >= 1 && !parent; k--) {
      const j = latest.get(own.prefix(k));
      if (j !== undefined) parent = nodes[j];
    }
    latest.set(own.text, i);
    const node = nodes[i]!;
    if (!parent && own.parts === top) node.orphanReason = null;
    if (own.parts < 2) continue;
    // No line above starts its code: it is not under another coded line ("5.2" is not under "5.1").
    if (!parent) {
      if (node.parentId !== null && codes[node.parentId]) detach(nodes, node);
      continue;
    }
    if (parent.id === node.parentId || isAncestor(nodes, node, parent)) continue;
    detach(nodes, node);
    node.parentId = parent.id;
    node.orphanReason = null;
    parent.childIds = [...parent.childIds, node.id].sort((a, b) => a - b);
  }
}

const RANK: Partial<Record<Level, number>> = { program: 0, kegiatan: 1, subKegiatan: 2 };
const BY_DEPTH: readonly Level[] = ['program', 'kegiatan', 'subKegiatan'];

/** Some line sits at or above the level of the line it belongs to: the levels contradict the tree. */
export function levelsInverted(nodes: readonly NodeDraft[]): boolean {
  const rankOf = (n: NodeDraft): number | undefined => RANK[n.level];
  return nodes.some((n) => {
    const [own, above] = [rankOf(n), n.parentId === null ? undefined : rankOf(nodes[n.parentId]!)];
    return own !== undefined && above !== undefined && own <= above;
  });
}

/**
 * Level names guessed from a code's length follow kode nomenklatur (3 parts a program, 5 a kegiatan). Kode
 * rekening are shorter ("5.1" above "5.1.01"), so those names can put a line at or above its parent's level:
 * then the tree the codes built decides, its top lines programs, the next kegiatan, the rest sub kegiatan.
 */
export function levelsFollowTree(nodes: NodeDraft[]): void {
  const rankOf = (n: NodeDraft): number | undefined => RANK[n.level];
  if (!levelsInverted(nodes)) return;
  for (const n of nodes) {
    if (rankOf(n) === undefined) continue;
    let depth = 0;
    for (let p = n.parentId; p !== null; p = nodes[p]!.parentId) depth++;
    n.level = BY_DEPTH[Math.min(depth, BY_DEPTH.length - 1)]!;
  }
}
