import { columnLetters } from '../../src/core/sheet/address';
import { isCellError } from '../../src/core/sheet/snapshot';
import { GeneratedLayout, rangeText, roleName } from './truth';

const WIDTH = 16;

function shown(layout: GeneratedLayout, row: number, col: number): string {
  const { grid } = layout;
  const v = grid.get(row, col);
  const formula = grid.formula(row, col);
  let text = formula ?? (v === null ? '' : isCellError(v) ? v.error : String(v));
  const format = grid.format(row, col);
  if (formula === null && typeof v === 'number' && format !== 'General') text += ` [${format}]`;
  text = text.replace(/\n/g, '⏎');
  return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text.padEnd(WIDTH);
}

/** A layout as a grid of text, with its merges and ground truth: what a failing test prints. */
export function renderLayout(layout: GeneratedLayout): string {
  const { grid, truth } = layout;
  const lines = [
    `layout #${layout.id} on sheet '${layout.sheet}': ${layout.features.filter((f) => !f.startsWith('word:')).join(' ')}`,
  ];
  const cols = Array.from({ length: grid.width }, (_, c) => c);
  lines.push(`     ${cols.map((c) => columnLetters(c).padEnd(WIDTH)).join(' | ')}`);
  for (let r = 0; r < grid.height; r++) {
    const mark =
      r === truth.range.top
        ? '┌'
        : r === truth.range.bottom
          ? '└'
          : r > truth.range.top && r < truth.range.bottom
            ? '│'
            : ' ';
    lines.push(`${String(r + 1).padStart(3)} ${mark} ${cols.map((c) => shown(layout, r, c)).join(' | ')}`);
  }
  if (grid.merges.length) lines.push(`merges: ${grid.merges.map((m) => rangeText(m)).join(', ')}`);
  lines.push(
    `truth: range ${rangeText(truth.range)}, header rows ${truth.range.top + 1}–${truth.headerBottom + 1}` +
      (truth.numberRow === null ? '' : `, number row ${truth.numberRow + 1}`),
  );
  for (const c of truth.columns) lines.push(`  ${c.letter}: ${roleName(c.role)} (${c.kind}) "${c.header}"`);
  return lines.join('\n');
}
