import { isDigit, isLetter } from '../chars';

/**
 * A small evaluator of exactly the formula shapes the planner writes (IF, AND, ISNUMBER, MIN, MAX, SUM,
 * N, AGGREGATE(9,6,…), + − × ÷, comparisons), with Excel's rules for empty cells, text and errors. It lets
 * the planner see what a formula would show before writing it. Anything else is `unknown`: never guessed.
 */

export type Value =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'empty' };

/** What a referenced cell holds, as the formula will see it. */
export type CellLookup = (row: number, col: number) => Value;

export const EMPTY: Value = { kind: 'empty' };
export const UNKNOWN = 'unknown';

const num = (value: number): Value =>
  Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', code: '#NUM!' };
const err = (code: string): Value => ({ kind: 'error', code });
/** Values are read only: one TRUE and one FALSE serve every comparison. */
const TRUE: Value = { kind: 'bool', value: true };
const FALSE: Value = { kind: 'bool', value: false };
const bool = (b: boolean): Value => (b ? TRUE : FALSE);

type Node =
  | { readonly t: 'lit'; readonly v: Value }
  /** The formula's i-th reference: a plan writes one shape thousands of times with other addresses. */
  | { readonly t: 'slot'; readonly i: number }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly t: 'neg'; readonly a: Node }
  | { readonly t: 'bin'; readonly op: string; readonly a: Node; readonly b: Node };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|@(\d+)|([A-Z][A-Z0-9.]*)\(|(<>|<=|>=|[-+*/(),=<>]))/iy;

class Parser {
  private pos = 0;
  private token: RegExpExecArray | null = null;

  constructor(private readonly text: string) {
    this.next();
  }

  private next(): void {
    TOKEN.lastIndex = this.pos;
    this.token = this.pos < this.text.length ? TOKEN.exec(this.text) : null;
    if (this.token) this.pos = TOKEN.lastIndex;
    else if (this.text.slice(this.pos).trim() !== '') throw new Error('unsupported');
  }

  private op(): string | undefined {
    return this.token?.[5];
  }

  parse(): Node {
    const node = this.comparison();
    if (this.token) throw new Error('unsupported');
    return node;
  }

  /** Operators of one precedence, left to right, over operands of the next. */
  private level(ops: readonly string[], operand: () => Node): Node {
    let a = operand();
    for (let op = this.op(); op !== undefined && ops.includes(op); op = this.op()) {
      this.next();
      a = { t: 'bin', op, a, b: operand() };
    }
    return a;
  }

  private comparison(): Node {
    return this.level(['=', '<>', '<', '>', '<=', '>='], () => this.additive());
  }

  private additive(): Node {
    return this.level(['+', '-'], () => this.term());
  }

  private term(): Node {
    return this.level(['*', '/'], () => this.unary());
  }

  private unary(): Node {
    if (this.op() === '-' || this.op() === '+') {
      const minus = this.op() === '-';
      this.next();
      const a = this.unary();
      return minus ? { t: 'neg', a } : a;
    }
    return this.primary();
  }

  private primary(): Node {
    const tk = this.token;
    if (!tk) throw new Error('unsupported');
    this.next();
    if (tk[1] !== undefined) return { t: 'lit', v: num(Number(tk[1])) };
    if (tk[2] !== undefined)
      return { t: 'lit', v: { kind: 'text', value: tk[2].slice(1, -1).replace(/""/g, '"') } };
    if (tk[3] !== undefined) return { t: 'slot', i: Number(tk[3]) };
    if (tk[4] !== undefined) {
      const args: Node[] = [];
      if (this.op() !== ')') {
        args.push(this.comparison());
        while (this.op() === ',') {
          this.next();
          args.push(this.comparison());
        }
      }
      if (this.op() !== ')') throw new Error('unsupported');
      this.next();
      return { t: 'call', name: tk[4].toUpperCase(), args };
    }
    if (tk[5] === '(') {
      const inner = this.comparison();
      if (this.op() !== ')') throw new Error('unsupported');
      this.next();
      return inner;
    }
    throw new Error('unsupported');
  }
}

/** Parsed shapes, by their text with the references taken out. */
const SHAPES = new Map<string, Node | null>();

/** Where the last cell read by `cellAt` ended, and its row and column (kept here: no object per cell). */
let cellEnd = 0;
let cellRow = 0;
let cellCol = 0;

/** `$A$1` at `k`: true when a cell address starts there (its parts left in cellEnd, cellRow, cellCol). */
function cellAt(f: string, k: number): boolean {
  if (f.charCodeAt(k) === 36) k++;
  let col = 0;
  let letters = 0;
  for (let c = f.charCodeAt(k); isLetter(c); c = f.charCodeAt(++k)) {
    if (++letters > 3) return false;
    col = col * 26 + ((c & ~32) - 64);
  }
  if (letters === 0) return false;
  if (f.charCodeAt(k) === 36) k++;
  let row = 0;
  let digits = 0;
  for (let c = f.charCodeAt(k); isDigit(c); c = f.charCodeAt(++k), digits++) row = row * 10 + (c - 48);
  if (digits === 0) return false;
  cellEnd = k;
  cellRow = row - 1;
  cellCol = col - 1;
  return true;
}

/**
 * The references of the formulas being evaluated, four numbers each (top row, left column, bottom row, right
 * column), kept as a stack from `refsTop` down: a formula's lookup may evaluate another formula, whose
 * references go above its own and are dropped when it is done. No array or object per formula or reference.
 */
const REFS: number[] = [];
let refsTop = 0;

/**
 * `$A$1` / `B2:C9` at `i`, when nothing joins it to a name before or after: true, its cells pushed on REFS
 * (its end in cellEnd).
 */
function refAt(f: string, i: number): boolean {
  if (!cellAt(f, i)) return false;
  const r1 = cellRow;
  const c1 = cellCol;
  const range = f.charCodeAt(cellEnd) === 58 && cellAt(f, cellEnd + 1);
  const r2 = range ? cellRow : r1;
  const c2 = range ? cellCol : c1;
  const next = f.charCodeAt(cellEnd);
  if (isLetter(next) || isDigit(next) || next === 40 || next === 95 || next === 33) return false;
  REFS[refsTop++] = Math.min(r1, r2);
  REFS[refsTop++] = Math.min(c1, c2);
  REFS[refsTop++] = Math.max(r1, r2);
  REFS[refsTop++] = Math.max(c1, c2);
  return true;
}

/** `$`, `_`, `!`, `.`, `'` before letters make them part of a name or another sheet's reference. */
const joins = (c: number): boolean => c === 36 || c === 95 || c === 33 || c === 46 || c === 39;

/** A shape met lately, as the text between its references: the next formula of a column has the same. */
interface RecentShape {
  readonly pieces: readonly string[];
  readonly node: Node | null;
}
const RECENT: RecentShape[] = [];
const RECENT_MAX = 8;

/** Where each reference of the formula being read starts and ends (reused: no arrays per formula). */
const refStarts: number[] = [];
const refEnds: number[] = [];

/** The recent shape whose text between references is the formula's, compared in place. */
function recentShape(formula: string, count: number): RecentShape | undefined {
  for (const known of RECENT) {
    if (known.pieces.length !== count + 1) continue;
    let same = true;
    for (let k = 0; k <= count && same; k++) {
      const from = k === 0 ? 0 : refEnds[k - 1]!;
      const to = k === count ? formula.length : refStarts[k]!;
      const piece = known.pieces[k]!;
      same = to - from === piece.length && formula.startsWith(piece, from);
    }
    if (same) return known;
  }
  return undefined;
}

/** The formula with its references (on this sheet) taken out as @0, @1…; the references pushed on REFS. */
function shapeOf(formula: string): Node | null {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    if (quoted || !(c === 36 || isLetter(c))) continue;
    const before = formula.charCodeAt(i - 1);
    // Joined to a name, a number, or another sheet's name: not a reference of this sheet.
    if (isLetter(before) || isDigit(before) || joins(before)) continue;
    if (!refAt(formula, i)) continue;
    refStarts[count] = i;
    refEnds[count++] = cellEnd;
    i = cellEnd - 1;
  }
  // Most formulas have the shape of one just read: the shape's text is neither built nor hashed again.
  const recent = recentShape(formula, count);
  if (recent) return recent.node;
  const pieces: string[] = [];
  for (let k = 0; k <= count; k++)
    pieces.push(formula.slice(k === 0 ? 0 : refEnds[k - 1], k === count ? formula.length : refStarts[k]));
  const shape = pieces.map((p, k) => (k === 0 ? p : `@${k - 1}${p}`)).join('');
  let node = SHAPES.get(shape);
  if (node === undefined) {
    try {
      node = new Parser(shape.replace(/^=/, '')).parse();
    } catch {
      node = null;
    }
    if (SHAPES.size > 500) SHAPES.clear();
    SHAPES.set(shape, node);
  }
  RECENT.unshift({ pieces, node });
  if (RECENT.length > RECENT_MAX) RECENT.pop();
  return node;
}

/** The value a formula computes, or `unknown` for a shape outside the planner's. */
export function evaluate(formula: string, cell: CellLookup): Value | typeof UNKNOWN {
  const base = refsTop;
  const node = shapeOf(formula);
  try {
    return node === null ? UNKNOWN : scalar(node, { cell, base });
  } catch {
    return UNKNOWN;
  } finally {
    refsTop = base;
  }
}

interface Env {
  readonly cell: CellLookup;
  /** Where the formula's references start on REFS: its i-th is at base + 4i. */
  readonly base: number;
}

/** A value used as a number: empty is 0, TRUE 1; text and errors give an error. */
function toNumber(v: Value): number | Value {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'empty') return 0;
  if (v.kind === 'bool') return v.value ? 1 : 0;
  if (v.kind === 'error') return v;
  const n = Number(v.value.trim());
  return v.value.trim() !== '' && Number.isFinite(n) ? n : err('#VALUE!');
}

function toBool(v: Value): boolean | Value {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'number') return v.value !== 0;
  if (v.kind === 'empty') return false;
  return v.kind === 'error' ? v : err('#VALUE!');
}

function scalar(node: Node, env: Env): Value {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'slot': {
      const at = env.base + 4 * node.i;
      if (REFS[at] !== REFS[at + 2] || REFS[at + 1] !== REFS[at + 3]) throw new Error('range as a value');
      return env.cell(REFS[at]!, REFS[at + 1]!);
    }
    case 'neg': {
      const a = toNumber(scalar(node.a, env));
      return typeof a === 'number' ? num(-a) : a;
    }
    case 'bin':
      return binary(node.op, scalar(node.a, env), scalar(node.b, env));
    case 'call':
      return call(node.name, node.args, env);
  }
}

/** Whether a comparison `op` holds for `d`, the sign of left minus right. */
function compares(op: string, d: number): boolean {
  switch (op) {
    case '=':
      return d === 0;
    case '<>':
      return d !== 0;
    case '<':
      return d < 0;
    case '>':
      return d > 0;
    case '<=':
      return d <= 0;
    default:
      return d >= 0;
  }
}

function binary(op: string, x: Value, y: Value): Value {
  if (x.kind === 'error') return x;
  if (y.kind === 'error') return y;
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    // Empty compares as 0 with a number and as "" with text.
    const a = x.kind === 'empty' ? (y.kind === 'text' ? '' : 0) : x.kind === 'text' ? x.value : toNumber(x);
    const b = y.kind === 'empty' ? (x.kind === 'text' ? '' : 0) : y.kind === 'text' ? y.value : toNumber(y);
    if (typeof a !== typeof b) return bool(op === '<>');
    const d = a < b ? -1 : a > b ? 1 : 0;
    return bool(compares(op, d));
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (typeof a !== 'number') return a;
  if (typeof b !== 'number') return b;
  if (op === '+') return num(a + b);
  if (op === '-') return num(a - b);
  if (op === '*') return num(a * b);
  return b === 0 ? err('#DIV/0!') : num(a / b);
}

function call(name: string, args: readonly Node[], env: Env): Value {
  switch (name) {
    case 'IF': {
      const c = toBool(scalar(args[0]!, env));
      if (typeof c !== 'boolean') return c;
      const branch = c ? args[1] : args[2];
      return branch ? scalar(branch, env) : FALSE;
    }
    case 'AND': {
      let all = true;
      for (const a of args) {
        const b = toBool(scalar(a, env));
        if (typeof b !== 'boolean') return b;
        all &&= b;
      }
      return bool(all);
    }
    case 'ISNUMBER':
      return bool(scalar(args[0]!, env).kind === 'number');
    case 'N': {
      const v = scalar(args[0]!, env);
      return v.kind === 'error' ? v : num(v.kind === 'number' ? v.value : 0);
    }
    case 'SUM':
    case 'MIN':
    case 'MAX':
      return aggregate(name, args, env, false);
    case 'AGGREGATE': {
      const [fn, opt, ...rest] = args;
      const f = fn && scalar(fn, env);
      const o = opt && scalar(opt, env);
      if (f?.kind !== 'number' || f.value !== 9 || o?.kind !== 'number' || o.value !== 6)
        throw new Error('unsupported');
      return aggregate('SUM', rest, env, true);
    }
    default:
      throw new Error('unsupported');
  }
}

/** SUM, MIN, MAX: numbers in ranges only (text and empty cells skipped), typed arguments as numbers. */
function aggregate(name: string, args: readonly Node[], env: Env, skipErrors: boolean): Value {
  const nums: number[] = [];
  for (const a of args) {
    // A typed argument counts as a number (or fails); a range's cells count only when they are numbers.
    if (a.t !== 'slot') {
      const v = scalar(a, env);
      if (v.kind === 'error' && skipErrors) continue;
      const n = toNumber(v);
      if (typeof n !== 'number') return n;
      nums.push(n);
      continue;
    }
    // Every cell of the range is read before its first error is given (reading one may compute it).
    let error: Value | undefined;
    const at = env.base + 4 * a.i;
    for (let r = REFS[at]!; r <= REFS[at + 2]!; r++)
      for (let c = REFS[at + 1]!; c <= REFS[at + 3]!; c++) {
        const v = env.cell(r, c);
        if (v.kind === 'number') nums.push(v.value);
        else if (v.kind === 'error' && !skipErrors) error ??= v;
      }
    if (error) return error;
  }
  if (name === 'SUM') return num(nums.reduce((s, n) => s + n, 0));
  if (nums.length === 0) return num(0);
  return num(name === 'MIN' ? Math.min(...nums) : Math.max(...nums));
}
