import { ColumnDef, depthOf, Fill, isGroup, leaves, Node } from './columns';
import type { LayoutSpec } from './spec';
import { Rng } from './spec';
import { Grid } from './truth';

type HeaderSpec = LayoutSpec['header'];

/** A column as laid out: where it is, what it holds, and the header labels over it (top to bottom). */
export interface PlacedColumn {
  readonly col: number;
  readonly def: ColumnDef;
  readonly path: readonly string[];
}

const UNIT_SUFFIX = /^(.*\S)\s*(\((?:Rp|%|Rp\.)\))$/;
const KEEP_CASE = /^(I|II|III|IV|K|Rp|PK|SKPD|ASN|T|R|C|OPD|RPJMD)$/;

/** Header rows needed: the deepest group, plus a units row when one is asked for and some label has one. */
export function headerHeight(nodes: readonly Node[], h: HeaderSpec): { rows: number; unitRow: boolean } {
  const depth = Math.max(...nodes.map(depthOf));
  const unitRow = h.unitRow && depth < 4 && nodes.flatMap(leaves).some((l) => UNIT_SUFFIX.test(l.label));
  return { rows: depth + (unitRow ? 1 : 0), unitRow };
}

/** Header words as the office typed them: upper or lower case, a line break inside a long label. */
export class HeaderWords {
  constructor(
    private readonly h: HeaderSpec,
    private readonly rng: Rng,
  ) {}

  typed(text: string): string {
    const mode =
      this.h.letterCase === 'mixed' ? this.rng.pick(['as-typed', 'upper'] as const) : this.h.letterCase;
    let out =
      mode === 'upper'
        ? text.toUpperCase()
        : mode === 'lower'
          ? text
              .split(' ')
              .map((t) => (KEEP_CASE.test(t) ? t : t.toLowerCase()))
              .join(' ')
          : text;
    if (this.h.lineBreaks && out.length > 9 && out.includes(' ') && this.rng.chance(0.6)) {
      const middle = out.length / 2;
      let best = -1;
      for (let i = out.indexOf(' '); i >= 0; i = out.indexOf(' ', i + 1))
        if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
      out = `${out.slice(0, best)}\n${out.slice(best + 1)}`;
    }
    return out;
  }
}

export interface LaidHeader {
  readonly columns: readonly PlacedColumn[];
  readonly groupBelowUsed: boolean;
  /** The last sheet column the header covers. */
  readonly right: number;
  /** Data cells to merge across, row by row: from a column's data cell to `right`. */
  readonly dataMerges: readonly { readonly col: number; readonly right: number }[];
}

/** A top-level column drawn over two sheet columns (LayoutSpec['wide']), by its place among the blocks. */
export interface WideColumn {
  readonly kind: 'wide' | 'offset';
  readonly index: number;
  readonly mergeData: boolean;
}

/** Lays the header trees out from (top, left) over `rows` rows. */
export function layHeader(
  grid: Grid,
  nodes: readonly Node[],
  at: { readonly top: number; readonly left: number; readonly rows: number; readonly unitRow: boolean },
  h: HeaderSpec,
  words: HeaderWords,
  wide: WideColumn | null = null,
): LaidHeader {
  const columns: PlacedColumn[] = [];
  const dataMerges: { col: number; right: number }[] = [];
  const last = at.top + at.rows - 1;
  let groupBelowUsed = false;

  const text = (row: number, col: number, label: string): string => {
    const typed = words.typed(label);
    grid.set(row, col, typed);
    return typed;
  };

  /** A leaf's label over columns col..right, its data in `data` (col unless drawn offset). */
  const placeLeaf = (
    node: Node & { def: ColumnDef },
    row: number,
    col: number,
    above: readonly string[],
    right = col,
    data = col,
  ): void => {
    const unit = at.unitRow ? UNIT_SUFFIX.exec(node.label) : null;
    const main = unit ? unit[1]! : node.label;
    const end = unit ? last - 1 : last;
    const where = h.leaf === 'bottom' ? end : row;
    const shown = text(where, col, main);
    if (h.leaf === 'merge') grid.merge(row, col, end, right);
    else grid.merge(where, col, where, right);
    const path = [...above, shown];
    if (unit) {
      path.push(text(last, col, unit[2]!));
      grid.merge(last, col, last, right);
    }
    columns.push({ col: data, def: node.def, path });
  };

  const placeGroupLabel = (label: string, row: number, from: number, to: number): string => {
    let shown = '';
    for (let c = from; c <= (h.group === 'repeat' ? to : from); c++) shown = text(row, c, label);
    if (h.group === 'merge') grid.merge(row, from, row, to);
    return shown;
  };

  const place = (node: Node, row: number, col: number, above: readonly string[]): number => {
    if (!isGroup(node)) {
      placeLeaf(node, row, col, above);
      return 1;
    }
    const width = leaves(node).length;
    const below =
      h.groupBelow &&
      row + 1 === last &&
      node.children.every((c) => !isGroup(c) && !(at.unitRow && UNIT_SUFFIX.test(c.label)));
    if (below) {
      // Sub-column labels on the upper row, their group label under them.
      groupBelowUsed = true;
      const subs = node.children.map((c, i) => text(row, col + i, c.label));
      const shown = placeGroupLabel(node.label, row + 1, col, col + width - 1);
      node.children.forEach((c, i) => {
        if (!isGroup(c)) columns.push({ col: col + i, def: c.def, path: [...above, subs[i]!, shown] });
      });
      return width;
    }
    const shown = placeGroupLabel(node.label, row, col, col + width - 1);
    let c = col;
    for (const child of node.children) c += place(child, row + 1, c, [...above, shown]);
    return width;
  };

  let col = at.left;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const next = nodes[i + 1];
    if (wide?.index === i && !isGroup(node) && wide.kind === 'wide') {
      placeLeaf(node, at.top, col, [], col + 1);
      if (wide.mergeData) dataMerges.push({ col, right: col + 1 });
      col += 2;
    } else if (wide?.index === i && !isGroup(node) && next && !isGroup(next)) {
      // ANGGARAN over Q:R, REALISASI in S; the anggaran typed in Q, the realisasi in R:S.
      placeLeaf(node, at.top, col, [], col + 1);
      placeLeaf(next, at.top, col + 2, [], col + 2, col + 1);
      dataMerges.push({ col: col + 1, right: col + 2 });
      col += 3;
      i++;
    } else col += place(node, at.top, col, []);
  }
  return { columns, groupBelowUsed, right: col - 1, dataMerges };
}

/** The form's own arithmetic for a derived column ("7 = 6 / 5 x 100"), in column numbers. */
function formText(
  fill: Fill,
  n: number,
  numberOf: (f: Fill['f'], index?: number) => number | null,
): string | null {
  const real = (k: 'K' | 'Rp'): number | null =>
    k === 'K'
      ? (numberOf('realisasiK') ?? numberOf('totalK'))
      : (numberOf('realisasiRp') ?? numberOf('totalRp'));
  if (fill.f === 'capaianK' || fill.f === 'capaianRp') {
    const r = real(fill.f === 'capaianK' ? 'K' : 'Rp');
    const t = numberOf(fill.f === 'capaianK' ? 'targetK' : 'pagu');
    return r !== null && t !== null ? `${n} = ${r} / ${t} x 100` : null;
  }
  if (fill.f === 'totalK' || fill.f === 'totalRp') {
    const parts: number[] = [];
    for (let i = 0; i < 12; i++) {
      const p = numberOf(fill.f === 'totalK' ? 'periodK' : 'periodRp', i);
      if (p !== null) parts.push(p);
    }
    return parts.length ? `${n} = ${parts.join(' + ')}` : null;
  }
  if (fill.f === 'selisih') {
    const p = numberOf('pagu');
    const r = real('Rp');
    if (p === null || r === null) return null;
    return fill.sign === 1 ? `${n} = ${p} - ${r}` : `${n} = ${r} - ${p}`;
  }
  return null;
}

/** The column-number row under the header: 1 2 3 …, (1) (2) …, one number per top-level block, or formulas. */
export function writeNumberRow(
  grid: Grid,
  row: number,
  style: LayoutSpec['numberRow'],
  columns: readonly PlacedColumn[],
  blocks: readonly Node[],
  mergeGaps: boolean,
): void {
  // Columns are numbered one by one, a column drawn over two sheet columns once.
  const ordered = [...columns].sort((a, b) => a.col - b.col);
  const numberOf = (f: Fill['f'], index?: number): number | null => {
    const i = ordered.findIndex(
      (x) =>
        x.def.fill.f === f && (index === undefined || ('index' in x.def.fill && x.def.fill.index === index)),
    );
    return i >= 0 ? i + 1 : null;
  };
  if (style === 'gaps') {
    let col = ordered[0]!.col;
    blocks.forEach((b, i) => {
      const width = leaves(b).length;
      grid.set(row, col, i + 1);
      if (mergeGaps) grid.merge(row, col, row, col + width - 1);
      col += width;
    });
    return;
  }
  for (const [i, c] of ordered.entries()) {
    const n = i + 1;
    if (style === 'numbers') grid.set(row, c.col, n);
    else if (style === 'text') grid.set(row, c.col, String(n));
    else if (style === 'paren') grid.set(row, c.col, `(${n})`);
    else grid.set(row, c.col, formText(c.def.fill, n, numberOf) ?? n);
  }
}
