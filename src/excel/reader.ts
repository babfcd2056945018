import { rangeA1 } from '../core/sheet/address';
import { cellCount, GridPiece, rowBands } from '../core/sheet/bounds';
import { CellRange, CellValue } from '../core/sheet/snapshot';
import { RangeProxy, WorkbookContext } from './api';

/**
 * Excel on the web answers no request or response over 5 MB; we stay near 4 MB, and a response Excel still
 * refuses is asked again in halves.
 */
export const READ_BUDGET = 3_800_000;

export type GridProp = 'values' | 'valueTypes' | 'formulas' | 'numberFormat';

export interface GridRequest {
  readonly sheet: string;
  readonly range: CellRange;
  readonly props: readonly GridProp[];
}

/** What came back for one request: its grids, band by band. */
export interface GridAnswer {
  readonly values: GridPiece<CellValue>[];
  readonly formulas: GridPiece<string | null>[];
  readonly numberFormats: GridPiece<string>[];
}

/** Bytes per cell of each property, before anything was measured: on the safe side. */
const FIRST_GUESS: Readonly<Record<GridProp, number>> = {
  values: 30,
  valueTypes: 10,
  formulas: 45,
  numberFormat: 12,
};

function isResponseTooLarge(e: unknown): boolean {
  return (e as { code?: string })?.code === 'ResponsePayloadSizeLimitExceeded';
}

interface Band {
  readonly request: GridRequest;
  readonly range: CellRange;
}

/**
 * Reads in syncs that stay under the response limit, and counts them. The size of a band is guessed from its
 * cells and what earlier bands measured; a band guessed too small is split and asked again.
 */
export class Reader {
  syncs = 0;
  maxResponseBytes = 0;
  private readonly perCell: Record<GridProp, number> = { ...FIRST_GUESS };

  constructor(
    readonly context: WorkbookContext,
    private readonly budget = READ_BUDGET,
  ) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  private estimate(b: Band): number {
    return 200 + cellCount(b.range) * b.request.props.reduce((n, p) => n + this.perCell[p], 0);
  }

  private bands(request: GridRequest): Band[] {
    const rowBytes = this.estimate({ request, range: { ...request.range, bottom: request.range.top } });
    return rowBands(request.range, this.budget / rowBytes).map((range) => ({ request, range }));
  }

  /**
   * Loads the grids in as few syncs as the budget allows; `extra` queues small loads that ride with the first
   * sync (queued again if that sync has to be repeated).
   */
  async grids(requests: readonly GridRequest[], extra?: () => void): Promise<Map<GridRequest, GridAnswer>> {
    const answers = new Map<GridRequest, GridAnswer>(
      requests.map((r) => [r, { values: [], formulas: [], numberFormats: [] }]),
    );
    let pending = requests.flatMap((r) => this.bands(r));
    let extraDone = !extra;
    while (pending.length > 0 || !extraDone) {
      const group: Band[] = [];
      let bytes = 0;
      while (
        pending.length > 0 &&
        (group.length === 0 || bytes + this.estimate(pending[0]!) <= this.budget)
      ) {
        bytes += this.estimate(pending[0]!);
        group.push(pending.shift()!);
      }
      const queued = group.map((b) => {
        const range = this.context.workbook.worksheets
          .getItem(b.request.sheet)
          .getRange(rangeA1(b.range.top, b.range.left, b.range.bottom, b.range.right));
        range.load(b.request.props.join(','));
        return { band: b, range };
      });
      if (!extraDone) extra?.();
      try {
        await this.sync();
      } catch (e) {
        if (!isResponseTooLarge(e) || group.every((b) => b.range.top === b.range.bottom)) throw e;
        for (const p of Object.keys(this.perCell) as GridProp[]) this.perCell[p] *= 2;
        pending = [...group.flatMap((b) => this.halves(b)), ...pending];
        continue;
      }
      extraDone = true;
      let received = 0;
      for (const { band, range } of queued) received += this.collect(band, range, answers.get(band.request)!);
      this.maxResponseBytes = Math.max(this.maxResponseBytes, received);
    }
    return answers;
  }

  private halves(b: Band): Band[] {
    const rows = b.range.bottom - b.range.top + 1;
    return rowBands(b.range, Math.ceil(rows / 2)).map((range) => ({ request: b.request, range }));
  }

  /** Puts a band's grids into the answer; returns their size, and learns bytes per cell from it. */
  private collect(band: Band, range: RangeProxy, answer: GridAnswer): number {
    const cells = cellCount(band.range);
    let total = 0;
    const measure = (p: GridProp, grid: unknown): void => {
      const bytes = JSON.stringify(grid).length;
      total += bytes;
      // A little over what was measured: the next rows may be heavier.
      this.perCell[p] = Math.max(2, (bytes / cells) * 1.25);
    };
    const props = band.request.props;
    for (const p of props) measure(p, range[p]);
    if (props.includes('values')) {
      const types = props.includes('valueTypes') ? range.valueTypes : null;
      answer.values.push({
        range: band.range,
        rows: range.values.map((row, r) =>
          row.map((v, c): CellValue => {
            // Errors come back as text ("#REF!"); valueTypes tells them from text that looks like one.
            if (types?.[r]?.[c] === 'Error') return { error: String(v) };
            if (v === '' || v === null || v === undefined) return null;
            return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
          }),
        ),
      });
    }
    if (props.includes('formulas'))
      answer.formulas.push({
        range: band.range,
        rows: range.formulas.map((row) =>
          row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
        ),
      });
    if (props.includes('numberFormat'))
      answer.numberFormats.push({
        range: band.range,
        rows: range.numberFormat.map((row) => row.map(String)),
      });
    return total;
  }
}
