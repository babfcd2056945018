import fc from 'fast-check';
import { columnLetters } from '../../src/core/sheet/address';
import { ColumnPlan, depthOf, isGroup, issue19Draw, Node, planColumns, Shape } from './columns';
import { headerHeight, HeaderWords, layHeader, WideColumn, writeNumberRow } from './header';
import { writeRows, WrittenRows } from './rows';
import { LayoutSpec, layoutSpec, Rng } from './spec';
import { buildSeriesLayout, isSeriesLayout } from './series';
import { buildTree } from './tree';
import { GeneratedLayout, Grid, Truth } from './truth';
import { META_TITLE, NOTES, SIGNATURE, TITLES, WORDS, YEAR } from './vocabulary';

function shapeOf(spec: LayoutSpec, rng: Rng): Shape {
  const hasK = spec.kind !== 'anggaran';
  let periods: Shape['periods'] =
    spec.periods === 'none' ? 'none' : spec.periods.startsWith('bulan') ? 'months' : 'triwulan';
  // The Renja form reports by triwulan; 24 monthly K | Rp columns are not a form anyone keeps.
  if (spec.kind === 'renja' && periods === 'months') periods = 'triwulan';
  const countOnly = hasK && periods !== 'none';
  return {
    kind: spec.kind,
    hasK,
    hasRp: spec.kind !== 'kinerja',
    periods,
    periodCount: periods === 'none' ? 0 : periods === 'months' ? 12 : 4,
    countOnly,
    percentOnly: spec.kind === 'kinerja' && !countOnly && rng.chance(0.2),
  };
}

/** The top-level header blocks in the office's order: standard, permuted within parts, or all permuted. */
function ordered(spec: LayoutSpec, plan: ColumnPlan, figures: readonly Node[]): Node[] {
  const permute = <T>(xs: readonly T[], offset: number): T[] =>
    xs
      .map((x, i) => ({ x, key: spec.shuffle[(i + offset) % spec.shuffle.length]! }))
      .sort((a, b) => a.key - b.key)
      .map((e) => e.x);
  if (spec.order === 'standard') return [...plan.labels, ...plan.references, ...figures, ...plan.tail];
  if (spec.order === 'within-parts')
    return [...permute(plan.labels, 0), ...plan.references, ...permute(figures, 10), ...plan.tail];
  return permute([...plan.labels, ...plan.references, ...figures, ...plan.tail], 20);
}

function writeTitles(grid: Grid, spec: LayoutSpec, left: number, right: number, rng: Rng): void {
  const titles = [...TITLES].sort(() => rng.next() - 0.5).slice(0, spec.titles);
  titles.forEach((t, i) => {
    const meta = spec.titleStyle === 'meta' ? META_TITLE[i] : undefined;
    if (meta) {
      grid.set(i, left, meta[0]);
      grid.set(i, left + 1, meta[1]);
      return;
    }
    grid.set(i, left, t);
    if (spec.titleStyle === 'merged') grid.merge(i, left, i, right);
  });
}

/** Notes and a signature block below the table, after at least one blank row. */
function writeNotes(
  grid: Grid,
  spec: LayoutSpec,
  bottom: number,
  left: number,
  right: number,
  rng: Rng,
): void {
  let row = bottom + 2 + rng.int(0, 1);
  if (spec.notes === 'sumber' || spec.notes === 'both') {
    for (const note of NOTES.slice(0, rng.int(1, 2))) grid.set(row++, left, note);
    // Notes with figures of their own, under the table's figure columns: no rows of the table.
    if (issue19Draw(spec, 3) < 0.4) {
      grid.set(row, left, 'Catatan :');
      grid.set(row + 1, left, '- Hibah KONI sebesar Rp. 52.000.000.000');
      grid.set(row + 2, left, '- Realisasi SP2D UP');
      grid.set(row + 2, Math.max(left + 1, right - 3), 3229728369);
      row += 3;
    }
    row++;
  }
  if (spec.notes === 'signature' || spec.notes === 'both') {
    const col = Math.max(left, right - 2);
    // The date is often left to fill in when the report is signed: "Binjai,          2024".
    const blankDate = issue19Draw(spec, 4) < 0.3;
    for (const [i, line] of SIGNATURE.entries()) {
      const text = i === 0 && blankDate ? line.replace(/\s\d{1,2} \S+ /, '            ') : line;
      if (text) grid.set(row, col, text);
      row++;
    }
  }
}

function features(spec: LayoutSpec, shape: Shape, plan: ColumnPlan, out: Facts): string[] {
  const h = spec.header;
  const f: string[] = [`kind=${shape.kind}`, `order=${out.order}`, `headerRows=${out.headerRows}`];
  const add = (when: boolean, name: string, value: unknown): void => {
    if (when) f.push(`${name}=${String(value)}`);
  };
  add(shape.kind === 'kinerja', 'names', spec.names);
  add(true, 'hierarchy', out.flat ? 'flat' : `${spec.hierarchy}-${spec.depth}`);
  add(true, 'periods', shape.periods === 'none' ? 'none' : spec.kind === 'renja' ? 'triwulan' : spec.periods);
  add(shape.kind === 'anggaran' && shape.periods !== 'none', 'periodTotal', spec.periodTotal);
  add(shape.kind === 'renja' && shape.periods !== 'none', 'periodPercent', spec.periodPercent);
  add(true, 'references', out.references);
  add(true, 'grouping', spec.grouping);
  add(out.headerRows > 1, 'leaf', h.leaf);
  add(out.hasGroups, 'group', h.group);
  add(out.groupBelow, 'groupBelow', true);
  add(out.superGroup, 'superGroup', true);
  add(out.unitRow, 'unitRow', true);
  add(true, 'case', h.letterCase);
  add(h.lineBreaks, 'lineBreaks', true);
  add(true, 'numberRow', spec.numberRow);
  add(shape.hasK, 'k', spec.numbers.k);
  const kNumber = spec.numbers.k === 'number' || spec.numbers.k === 'unit-format';
  add(shape.hasK && kNumber, 'percentAsFraction', spec.numbers.percentAsFraction);
  add(shape.percentOnly, 'percentOnly', true);
  add(shape.hasRp, 'rp', spec.numbers.rp);
  add(shape.hasK && spec.numbers.targetBound, 'targetBound', true);
  const typedText =
    (shape.hasK &&
      (spec.numbers.k === 'text' || spec.numbers.k === 'unit-text' || spec.numbers.targetBound)) ||
    (shape.hasRp && (spec.numbers.rp === 'text' || spec.numbers.rp === 'rp-text')) ||
    spec.numbers.capaian === 'text';
  add(typedText, 'locale', spec.numbers.locale);
  add(shape.hasK, 'capaianK', out.rows.capaianK);
  add(shape.hasRp, 'capaianRp', out.rows.capaianRp);
  add(spec.numbers.capaian !== 'empty', 'rounding', spec.numbers.rounding);
  add(shape.hasK && !out.flat, 'parentIndicators', spec.parentIndicators);
  add(shape.hasK, 'multiIndicator', spec.multiIndicator);
  add(true, 'blankRows', spec.blankRows);
  add(true, 'summary', out.rows.summary);
  add(out.rows.summary !== 'none', 'summaryLabel', spec.summaryLabel);
  add(true, 'titles', spec.titles === 0 ? 0 : `${spec.titles}-${spec.titleStyle}`);
  add(true, 'gapAfterTitle', spec.gapAfterTitle);
  add(true, 'mergeNames', spec.mergeNames);
  add(true, 'notes', spec.notes);
  add(true, 'leftPad', spec.leftPad);
  add(out.rows.officeFormulas, 'officeFormulas', true);
  add(
    out.wide !== null,
    'wide',
    out.wide?.kind === 'wide' && !out.wide.mergeData ? 'header' : out.wide?.kind,
  );
  for (const [name, on] of Object.entries(spec.extras)) add(on && out.columns.has(name), 'extra', name);
  return [...f, ...plan.words.map((w) => `word:${w}`)];
}

interface Facts {
  readonly headerRows: number;
  readonly flat: boolean;
  readonly references: string;
  readonly order: string;
  readonly hasGroups: boolean;
  readonly groupBelow: boolean;
  readonly superGroup: boolean;
  readonly unitRow: boolean;
  readonly rows: WrittenRows;
  readonly columns: ReadonlySet<string>;
  readonly wide: WideColumn | null;
}

/** Fills whose cells a layout may merge down over a node's rows: they are not also merged across. */
const MERGED_DOWN: ReadonlySet<string> = new Set(['no', 'kode', 'nama', 'sasaran']);

/**
 * The top-level column (or pair of columns, for 'offset') drawn over two sheet columns, if the spec asks
 * for one and the layout has a plain column there. Not with a column-number row numbered per block.
 */
function wideColumn(spec: LayoutSpec, blocks: readonly Node[]): WideColumn | null {
  if (spec.wide.kind === 'none' || spec.numberRow === 'gaps') return null;
  const plain = (n: Node | undefined): boolean =>
    n !== undefined && !isGroup(n) && !(spec.mergeNames && MERGED_DOWN.has(n.def.fill.f));
  const fits = blocks
    .map((_, i) => i)
    .filter((i) => plain(blocks[i]) && (spec.wide.kind === 'wide' || plain(blocks[i + 1])));
  if (fits.length === 0) return null;
  return { kind: spec.wide.kind, index: fits[spec.wide.at % fits.length]!, mergeData: spec.wide.mergeData };
}

/** One layout: the sheet an office might have typed, and what is true about it. */
export function buildLayout(spec: LayoutSpec, id: number): GeneratedLayout {
  if (isSeriesLayout(spec)) return buildSeriesLayout(spec, id);
  const words = new Rng(spec.vocab);
  const data = new Rng(spec.dataSeed);
  const shape = shapeOf(spec, data);
  const plan = planColumns(spec, shape, words);

  // The year's figures under one more group: asked for, or needed to tell them from earlier years'.
  let figures: Node[] = [...plan.figures];
  const needsYear = spec.references === 'priorYears' && shape.kind !== 'kinerja';
  const superGroup = (spec.header.superGroup || needsYear) && Math.max(...figures.map(depthOf)) < 4;
  if (superGroup) {
    const list = needsYear
      ? [`Tahun ${YEAR}`]
      : shape.kind === 'kinerja'
        ? WORDS.superGroupK
        : shape.kind === 'anggaran'
          ? WORDS.superGroupRp
          : WORDS.superGroupBoth;
    figures = [{ label: words.pick(list), children: figures }];
  }
  const blocks = ordered(spec, plan, figures);
  const standard = ordered({ ...spec, order: 'standard' }, plan, figures);
  const height = headerHeight(blocks, spec.header);

  const grid = new Grid();
  const left = spec.leftPad;
  const headerTop = spec.titles + spec.gapAfterTitle;
  const wide = wideColumn(spec, blocks);
  const laid = layHeader(
    grid,
    blocks,
    { top: headerTop, left, ...height },
    spec.header,
    new HeaderWords(spec.header, words),
    wide,
  );
  const right = laid.right;
  let dataTop = headerTop + height.rows;
  const numberRow = spec.numberRow === 'none' ? null : dataTop++;
  if (numberRow !== null)
    writeNumberRow(grid, numberRow, spec.numberRow, laid.columns, blocks, spec.header.group === 'merge');

  const tree = buildTree(spec, shape, data);
  const rows = writeRows(grid, dataTop, laid.columns, tree, spec, shape, data);
  for (const m of laid.dataMerges)
    for (let r = numberRow ?? dataTop; r <= rows.bottom; r++) grid.merge(r, m.col, r, m.right);
  writeTitles(grid, spec, left, right, words);
  writeNotes(grid, spec, rows.bottom, left, right, words);

  const truth: Truth = {
    range: { top: headerTop, left, bottom: rows.bottom, right },
    headerBottom: headerTop + height.rows - 1,
    numberRow,
    columns: laid.columns.map((c) => ({
      col: c.col,
      letter: columnLetters(c.col),
      header: c.path.map((p) => p.replace(/\s+/g, ' ')).join(' / '),
      role: c.def.role,
      kind: c.def.kind,
    })),
    rows: rows.rows,
    figures: rows.figures,
    expected: rows.expected,
  };
  const facts: Facts = {
    headerRows: height.rows,
    flat: tree.every((n) => n.children.length === 0),
    references: laid.columns.some((c) => c.def.role.kind === 'reference') ? spec.references : 'none',
    order: blocks.every((b, i) => b === standard[i]) ? 'standard' : spec.order,
    hasGroups: blocks.some(isGroup),
    groupBelow: laid.groupBelowUsed,
    superGroup,
    unitRow: height.unitRow,
    rows,
    columns: new Set(laid.columns.map((c) => c.def.fill.f)),
    wide,
  };
  return { id, spec, sheet: spec.sheetName, grid, truth, features: features(spec, shape, plan, facts) };
}

/** `count` layouts from a fixed seed: the same layouts on every run and every machine. */
export function generateLayouts(seed: number, count: number): GeneratedLayout[] {
  return fc.sample(layoutSpec, { seed, numRuns: count }).map((spec, i) => buildLayout(spec, i));
}
