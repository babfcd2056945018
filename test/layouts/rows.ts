import { columnLetters } from '../../src/core/sheet/address';
import { boundTargetCell, capaianCell, isNumeric, kinerjaCell, rupiahCell, satuanText, Typed } from './cells';
import type { Fill, Shape } from './columns';
import type { PlacedColumn } from './header';
import type { LayoutSpec } from './spec';
import { Rng } from './spec';
import { DataNode, Indicator, Money, sumMoney } from './tree';
import { cellKey, Expected, Grid, TruthCell, TruthRow } from './truth';
import { KETERANGAN, PJ, SUMMARY_JUMLAH, SUMMARY_RATA } from './vocabulary';

type Entry =
  | {
      readonly kind: 'item' | 'parent';
      readonly node: DataNode;
      readonly ind: Indicator | null;
      readonly first: boolean;
    }
  | { readonly kind: 'blank' }
  | { readonly kind: 'total' }
  | { readonly kind: 'average' };

export interface WrittenRows {
  readonly rows: readonly TruthRow[];
  readonly figures: ReadonlyMap<number, TruthCell>;
  readonly expected: readonly Expected[];
  readonly bottom: number;
  /** Capaian styles that took effect (an office formula needs numbers to divide). */
  readonly capaianK: LayoutSpec['numbers']['capaian'];
  readonly capaianRp: LayoutSpec['numbers']['capaian'];
  readonly officeFormulas: boolean;
  readonly summary: 'none' | 'jumlah' | 'rata-rata' | 'both';
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Writes the data rows from `top`: items, parents with subtotals, blank rows, then the summary rows. */
export function writeRows(
  grid: Grid,
  top: number,
  columns: readonly PlacedColumn[],
  tree: readonly DataNode[],
  spec: LayoutSpec,
  shape: Shape,
  rng: Rng,
): WrittenRows {
  const n = spec.numbers;
  const colOf = (f: Fill['f'], index?: number): number | null =>
    columns.find(
      (c) =>
        c.def.fill.f === f && (index === undefined || ('index' in c.def.fill && c.def.fill.index === index)),
    )?.col ?? null;
  const ref = (col: number, row: number): string => `${columnLetters(col)}${row + 1}`;
  const rpFormulas = spec.officeFormulas && shape.hasRp && isNumeric(n.rp);
  const kFormulas = spec.officeFormulas && shape.hasK && isNumeric(n.k);
  type CapaianStyle = LayoutSpec['numbers']['capaian'];
  const capStyle = (numeric: boolean): CapaianStyle =>
    n.capaian === 'formula' && !numeric ? 'fraction' : n.capaian;
  // An office's capaian formula over a target typed as text ("≥ 80") would not compute: typed values then.
  const capK = capStyle(isNumeric(n.k) && !n.targetBound);
  const capRp = capStyle(isNumeric(n.rp));
  // An office's own capaian formula gives a fraction under a % format, or percent points (×100).
  const points = rng.chance(0.4);
  const summary: WrittenRows['summary'] =
    shape.kind === 'kinerja'
      ? spec.summary === 'none'
        ? 'none'
        : 'rata-rata'
      : shape.kind === 'anggaran' && spec.summary !== 'none'
        ? 'jumlah'
        : spec.summary;

  // The rows in order, with each node's first and last entry (for subtotal spans and merges).
  const entries: Entry[] = [];
  const spanOf = new Map<DataNode, { first: number; last: number }>();
  const walk = (node: DataNode): void => {
    const first = entries.length;
    if (node.children.length) {
      entries.push({ kind: 'parent', node, ind: node.indicators[0] ?? null, first: true });
      node.children.forEach(walk);
    } else if (node.indicators.length === 0) entries.push({ kind: 'item', node, ind: null, first: true });
    else node.indicators.forEach((ind, i) => entries.push({ kind: 'item', node, ind, first: i === 0 }));
    spanOf.set(node, { first, last: entries.length - 1 });
  };
  tree.forEach((node, i) => {
    if (i > 0 && spec.blankRows === 'groups' && (node.children.length > 0 || node.sasaran !== null))
      entries.push({ kind: 'blank' });
    walk(node);
    // Never inside a sasaran's merged rows: a blank row there would not be blank.
    const next = tree[i + 1];
    const groupEnds = next !== undefined && (spec.names !== 'sasaran+indikator' || next.sasaran !== null);
    if (spec.blankRows === 'random' && groupEnds && rng.chance(0.3)) entries.push({ kind: 'blank' });
  });
  const dataEnd = entries.length;
  if (summary === 'jumlah' || summary === 'both') entries.push({ kind: 'total' });
  if (summary === 'rata-rata' || summary === 'both') entries.push({ kind: 'average' });

  const figures = new Map<number, TruthCell>();
  const expected: Expected[] = [];
  const rows: TruthRow[] = [];
  const put = (row: number, col: number | null, t: Typed | null): void => {
    if (col === null || t === null) return;
    grid.set(row, col, t.value, { format: t.format });
    figures.set(cellKey(row, col), { value: t.means, text: t.text, percentText: t.percentText });
  };
  const putFormula = (
    row: number,
    col: number | null,
    formula: string,
    value: number,
    format?: string,
  ): void => {
    if (col === null) return;
    grid.set(row, col, value, { formula, format });
    figures.set(cellKey(row, col), { value, text: false, percentText: false });
  };
  const sumRefs = (col: number, rowsToAdd: readonly number[]): string =>
    `=SUM(${rowsToAdd.map((r) => ref(col, r)).join(',')})`;

  const realisasiKCol = colOf('realisasiK') ?? colOf('totalK');
  const realisasiRpCol = colOf('realisasiRp') ?? colOf('totalRp');
  const periodCols = (f: 'periodK' | 'periodRp'): number[] =>
    Array.from({ length: shape.periodCount }, (_, i) => colOf(f, i)).filter((c): c is number => c !== null);

  /** Capaian typed by the office: a value rounded its way, or its own formula. */
  const putCapaian = (
    row: number,
    col: number | null,
    style: CapaianStyle,
    ratio: number,
    num: number | null,
    den: number | null,
  ): void => {
    if (col === null) return;
    if (style === 'formula' && num !== null && den !== null) {
      const formula = `=${ref(num, row)}/${ref(den, row)}${points ? '*100' : ''}`;
      putFormula(row, col, formula, points ? ratio * 100 : ratio, points ? '0.00' : '0.00%');
      return;
    }
    put(row, col, capaianCell(ratio, { ...n, capaian: style === 'formula' ? 'fraction' : style }, row));
  };

  const putIndicator = (row: number, ind: Indicator): void => {
    const k = (x: number): Typed => kinerjaCell(x, ind.words.unit, n);
    put(
      row,
      colOf('targetK'),
      n.targetBound ? boundTargetCell(ind.target, ind.words.unit, n, row) : k(ind.target),
    );
    put(row, colOf('realisasiK'), k(ind.realisasi));
    ind.periods.forEach((p, i) => put(row, colOf('periodK', i), k(p)));
    // How far the year's target is reached by the end of each period, as a fraction under a % format.
    let done = 0;
    ind.periods.forEach((p, i) => {
      done += p;
      const share = done / ind.target;
      put(row, colOf('progress', i), {
        value: share,
        format: '0%',
        means: share,
        text: false,
        percentText: false,
      });
    });
    const totalK = colOf('totalK');
    if (totalK !== null && kFormulas) {
      const sum = `=${periodCols('periodK')
        .map((c) => ref(c, row))
        .join('+')}`;
      putFormula(row, totalK, sum, ind.realisasi, grid.format(row, colOf('periodK', 0) ?? totalK));
    } else put(row, totalK, k(ind.realisasi));
    put(row, colOf('renstraK'), k(ind.renstra));
    for (const c of columns) {
      const f = c.def.fill;
      if (f.f === 'refK')
        put(
          row,
          c.col,
          kinerjaCell(ind.prior(f.measure, f.back), f.measure === 'capaian' ? '%' : ind.words.unit, n),
        );
    }
    if (colOf('satuan') !== null) grid.set(row, colOf('satuan')!, satuanText(ind.words.unit));
    if (colOf('indikator') !== null) grid.set(row, colOf('indikator')!, ind.words.text);
    putCapaian(row, colOf('capaianK'), capK, ind.realisasi / ind.target, realisasiKCol, colOf('targetK'));
  };

  /** Money of a node, a parent (its subtotals, typed or as the office's SUM) or the total row. */
  const putMoney = (row: number, m: Money, addUp: readonly number[] | null): void => {
    const money = (col: number | null, x: number): void => {
      if (col === null) return;
      if (addUp && rpFormulas) putFormula(row, col, sumRefs(col, addUp), x, '#,##0');
      else put(row, col, rupiahCell(x, n, row + col));
    };
    money(colOf('pagu'), m.pagu);
    money(colOf('realisasiRp'), m.realisasi);
    m.periods.forEach((p, i) => money(colOf('periodRp', i), p));
    const totalRp = colOf('totalRp');
    if (totalRp !== null && rpFormulas)
      putFormula(
        row,
        totalRp,
        `=SUM(${periodCols('periodRp')
          .map((c) => ref(c, row))
          .join(',')})`,
        m.realisasi,
        '#,##0',
      );
    else money(totalRp, m.realisasi);
    if (addUp === null) {
      put(row, colOf('renstraRp'), rupiahCell(m.renstra, n, row));
      put(row, colOf('refRp'), rupiahCell(m.prior, n, row));
    }
    for (const c of columns) {
      const f = c.def.fill;
      if (f.f === 'selisih') put(row, c.col, rupiahCell(f.sign * (m.pagu - m.realisasi), n, row + c.col));
    }
    putCapaian(row, colOf('capaianRp'), capRp, m.realisasi / m.pagu, realisasiRpCol, colOf('pagu'));
  };

  let itemNumber = 0;
  const left = columns[0]!.col;
  const labelCols = columns.filter((c) => c.def.kind === 'label').map((c) => c.col);
  const summaryLabel = (row: number, words: readonly string[]): void => {
    const nameCol = colOf('nama') ?? colOf('indikator') ?? colOf('sasaran')!;
    const text = rng.pick(words);
    // The first column only when it is a text column: a label never sits on a figure.
    if (spec.summaryLabel === 'name-col' || !labelCols.includes(left)) {
      grid.set(row, nameCol, text);
      return;
    }
    grid.set(row, left, text);
    let right = left;
    while (labelCols.includes(right + 1) && colOf('keterangan') !== right + 1 && colOf('pj') !== right + 1)
      right++;
    if (spec.summaryLabel === 'merged') grid.merge(row, left, row, right);
  };

  entries.forEach((e, i) => {
    const row = top + i;
    if (e.kind === 'blank') {
      rows.push({ row, kind: 'blank', span: null });
      return;
    }
    if (e.kind === 'total') {
      const topRows = tree.map((t) => top + spanOf.get(t)!.first);
      const m = shape.hasRp
        ? sumMoney(
            tree.map((t) => t.money!),
            shape.periodCount,
          )
        : null;
      if (m) putMoney(row, m, topRows);
      summaryLabel(row, SUMMARY_JUMLAH);
      rows.push({ row, kind: 'total', span: { first: top, last: row - 1 } });
      expected.push({ row, capaianK: null, capaianRp: m ? m.realisasi / m.pagu : null });
      return;
    }
    if (e.kind === 'average') {
      const items = entries.filter(
        (x): x is Extract<Entry, { node: DataNode }> => 'node' in x && x.kind === 'item',
      );
      const kRatios = items.flatMap((x) => (x.ind ? [x.ind.realisasi / x.ind.target] : []));
      const rpRatios = items.flatMap((x) =>
        x.first && x.node.money ? [x.node.money.realisasi / x.node.money.pagu] : [],
      );
      const typedMean = (col: number | null, style: CapaianStyle, ratios: number[]): void => {
        if (ratios.length === 0 || style === 'empty') return;
        const typed = style === 'formula' ? (points ? 'points' : 'fraction') : style;
        put(row, col, capaianCell(mean(ratios), { ...n, capaian: typed }, row));
      };
      typedMean(colOf('capaianK'), capK, kRatios);
      typedMean(colOf('capaianRp'), capRp, rpRatios);
      summaryLabel(row, SUMMARY_RATA);
      rows.push({ row, kind: 'average', span: null });
      return;
    }
    const { node, ind, first } = e;
    const span = spanOf.get(node)!;
    if (first) {
      const noCol = colOf('no');
      if (noCol !== null) {
        if (spec.hierarchy === 'numbering') {
          const v = node.numbering;
          grid.set(row, noCol, /^\d+$/.test(v) ? Number(v) : v);
        } else if (e.kind === 'item') grid.set(row, noCol, ++itemNumber);
      }
      if (colOf('kode') !== null) grid.set(row, colOf('kode')!, node.kode);
      if (colOf('nama') !== null) grid.set(row, colOf('nama')!, node.name);
      if (colOf('sasaran') !== null && node.sasaran !== null) grid.set(row, colOf('sasaran')!, node.sasaran);
      if (colOf('keterangan') !== null && e.kind === 'item') {
        const ket = rng.pick(KETERANGAN);
        if (ket) grid.set(row, colOf('keterangan')!, ket);
      }
      if (colOf('pj') !== null) grid.set(row, colOf('pj')!, rng.pick(PJ));
      if (spec.mergeNames && span.last > span.first && e.kind === 'item') {
        for (const f of ['no', 'kode', 'nama'] as const) {
          const c = colOf(f);
          if (c !== null) grid.merge(row, c, top + span.last, c);
        }
      }
      if (node.money) {
        const children = node.children.map((c) => top + spanOf.get(c)!.first);
        putMoney(row, node.money, children.length ? children : null);
      }
    }
    if (ind) putIndicator(row, ind);
    rows.push({
      row,
      kind: e.kind,
      span: e.kind === 'parent' ? { first: row + 1, last: top + span.last } : null,
    });
    expected.push({
      row,
      capaianK: ind ? ind.realisasi / ind.target : null,
      capaianRp: first && node.money ? node.money.realisasi / node.money.pagu : null,
    });
  });

  // A sasaran names all the rows up to the next one: merged down, or typed on its first row only.
  const sasaranCol = colOf('sasaran');
  if (sasaranCol !== null && spec.mergeNames) {
    const starts = rows.filter((r) => grid.get(r.row, sasaranCol) !== null).map((r) => r.row);
    starts.forEach((s, i) => {
      const next = (starts[i + 1] ?? top + dataEnd) - 1;
      let end = next;
      while (end > s && rows.find((r) => r.row === end)?.kind === 'blank') end--;
      grid.merge(s, sasaranCol, end, sasaranCol);
    });
  }

  return {
    rows,
    figures,
    expected,
    bottom: top + entries.length - 1,
    capaianK: capK,
    capaianRp: capRp,
    officeFormulas: rpFormulas || (kFormulas && colOf('totalK') !== null),
    summary,
  };
}
