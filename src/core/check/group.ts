import { parseA1, rangeA1 } from '../sheet/address';
import { Finding, SEVERITY_ORDER } from './finding';

/**
 * The cause a finding shares with others of its column, or null when each finding is its own cause
 * (a wrong subtotal, a typo in one capaian): those are never merged.
 */
function causeOf(f: Finding): string | null {
  switch (f.rule) {
    case 'copied-column':
      return f.source;
    case 'number-as-text':
      return f.kept ? 'kept' : '';
    case 'percent-scale':
    case 'form-mismatch':
    case 'missing-realisasi':
    case 'missing-target':
    case 'ambiguous-number':
    case 'zero-target':
    case 'zero-target-met':
    case 'status-mismatch':
    case 'missing-subtotal':
    case 'cumulative-decrease':
      // Parent lines left without figures (missing-subtotal) are the office's way of typing the table.
      return '';
    case 'capaian-mismatch':
      return f.cause ?? null;
    case 'follows-error':
      return f.from;
    case 'missing-indicator':
      return f.level;
    case 'not-a-number':
      return f.what;
    case 'formula-error':
      return f.code;
    case 'unit-mismatch':
      return `${f.targetUnit}|${f.realisasiUnit}`;
    case 'orphan-row':
      return f.reason;
    default:
      return null;
  }
}

/** Copies and a column that fits no reading are one cause even in two cells; the rest from three. */
const FROM_TWO: ReadonlySet<Finding['rule']> = new Set([
  'copied-column',
  'percent-scale',
  'form-mismatch',
  'capaian-mismatch',
]);

function enough(f: Finding, count: number): boolean {
  return count >= (FROM_TWO.has(f.rule) ? 2 : 3);
}

/**
 * One cause, one finding: many cells of one column hit by one rule for one reason become one finding
 * that lists them, so that the few findings with causes of their own are not drowned.
 */
export function groupByCause(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const order: (Finding | string)[] = [];
  for (const f of findings) {
    const cause = causeOf(f);
    if (cause === null) {
      order.push(f);
      continue;
    }
    const col = f.cell.replace(/\d+$/, '');
    const key = `${f.sheet}\u0000${f.rule}\u0000${col}\u0000${cause}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      order.push(key);
    }
  }
  const out: Finding[] = [];
  for (const item of order) {
    if (typeof item !== 'string') {
      out.push(item);
      continue;
    }
    const group = groups.get(item)!;
    if (!enough(group[0]!, group.length)) {
      out.push(...group);
      continue;
    }
    const rows = group.map((f) => parseA1(f.cell).row);
    const col = parseA1(group[0]!.cell).col;
    const severity = group.reduce(
      (worst, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
      group[0]!.severity,
    );
    out.push(
      Object.assign({}, group[0]!, {
        severity,
        cells: group.map((f) => f.cell),
        range: rangeA1(Math.min(...rows), col, Math.max(...rows), col),
      }),
    );
  }
  return out;
}
