import { EngineOptions } from '../core/engine';
import { generateWorkbook, GenerateResult } from '../core/generate';
import { EditPlan } from '../core/plan/types';
import { a1 } from '../core/sheet/address';
import { contains, snapshotFrom } from '../core/sheet/bounds';
import { AddinState, rulesOf, withState } from '../core/sheets/state';
import { rememberWritten } from '../core/sheets/typed';
import { CellWas } from '../core/sheets/undo';
import { cellsBefore, pushRun, recordRun } from '../core/sheets/record';
import { ChartProxy, FoundConditionalFormat, WorkbookContext } from './api';
import { applyPlan, ApplyStats, CHART_NAME } from './apply';
import { officeErrorMessage, UserMessage } from './errors';
import { blocked, optionsFor, refusal } from './preflight';
import { readWorkbook, WorkbookRead } from './read';
import { GridAnswer, GridRequest } from './reader';
import { queueRuleDetails } from './rules';

export type RunOutcome =
  | {
      readonly ok: true;
      readonly result: GenerateResult;
      /** What the workbook now keeps for Kembalikan and the next run. */
      readonly state: AddinState;
      readonly readSyncs: number;
      readonly maxResponseBytes: number;
      readonly write: ApplyStats;
    }
  /** `written`: part of the change may be in the workbook (Kembalikan puts it back). */
  | { readonly ok: false; readonly message: UserMessage; readonly written?: boolean };

export type RunStep = 'read' | 'plan' | 'write' | 'done';

export interface RunOptions extends EngineOptions {
  readonly maxRequestBytes?: number;
  /** Called after the read and before the write, for a progress display. */
  readonly onProgress?: (step: RunStep) => void;
  /** The time recorded for Kembalikan (ISO); now by default. */
  readonly now?: string;
}

/**
 * The "before" of every cell the plan writes in the user's sheets, and our conditional formats to replace.
 * Cells inside the tables were read with their formulas and formats; the others (new columns beside a table)
 * are read now, in the same sync as the formulas of the conditional formats found where ours were.
 */
export async function finishRead(
  read: WorkbookRead,
  plan: EditPlan,
): Promise<{
  before: (sheet: string, row: number, col: number) => CellWas;
  ours: FoundConditionalFormat[];
  charts: ChartProxy[];
}> {
  const outside = new Map<string, Set<string>>();
  const requests: GridRequest[] = [];
  for (const p of plan.sheets) {
    if (p.create || !read.names.includes(p.sheet)) continue;
    const ranges = read.detailed.get(p.sheet) ?? [];
    const cells = p.cells.filter(
      (c) => (c.kind !== undefined || c.numberFormat) && !ranges.some((r) => contains(r, c.row, c.col)),
    );
    if (cells.length === 0) continue;
    outside.set(p.sheet, new Set(cells.map((c) => a1(c.row, c.col))));
    // A loop, not Math.min(...rows): spreading a large table's new columns throws RangeError (call stack).
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const c of cells) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.col);
    }
    requests.push({
      sheet: p.sheet,
      range: { top, left, bottom, right },
      props: ['values', 'formulas', 'numberFormat'],
    });
  }
  let ours = (): FoundConditionalFormat[] => [];
  // Our earlier charts on the sheets the plan replaces, found in the same sync.
  const chartSheets = plan.sheets
    .filter(
      (p) => p.create && p.charts?.length && read.generated.includes(p.sheet) && read.names.includes(p.sheet),
    )
    .map((p) => read.reader.context.workbook.worksheets.getItem(p.sheet).charts);
  const answers =
    requests.length > 0 || read.ruleLookups.length > 0 || chartSheets.length > 0
      ? await read.reader.grids(requests, () => {
          ours = queueRuleDetails(read.ruleLookups);
          for (const c of chartSheets) c.load('items/name');
        })
      : new Map<GridRequest, GridAnswer>();
  const tables = new Map(read.sheets.map((s) => [s.name, cellsBefore(s)]));
  const beside = new Map(
    [...answers].map(([req, a]) => [
      req.sheet,
      cellsBefore(snapshotFrom(req.sheet, req.range, a.values, a.formulas, a.numberFormats, [])),
    ]),
  );
  const none: CellWas = { content: null, numberFormat: 'General' };
  return {
    before: (sheet, row, col) =>
      (outside.get(sheet)?.has(a1(row, col)) ? beside.get(sheet) : tables.get(sheet))?.(row, col) ?? none,
    ours: ours(),
    charts: chartSheets.flatMap((c) => c.items.filter((x) => x.name.startsWith(`${CHART_NAME}:`))),
  };
}

/**
 * The plan with a General number format for each formula or number it writes without one into a cell
 * formatted as Text (@): Excel would keep it as text and show the formula. The format before is recorded,
 * so Kembalikan puts the @ back.
 */
export function outOfText(
  plan: EditPlan,
  before: (sheet: string, row: number, col: number) => CellWas,
): EditPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((p) =>
      p.create
        ? p
        : {
            ...p,
            cells: p.cells.map((c) =>
              !c.numberFormat &&
              (c.kind === 'formula' || c.kind === 'number') &&
              before(p.sheet, c.row, c.col).numberFormat === '@'
                ? { ...c, numberFormat: 'General' }
                : c,
            ),
          },
    ),
  };
}

/**
 * "Buat Tabel Capaian": read the workbook, plan on the active sheet's table, write the plan with what
 * Kembalikan needs, and end on the Pengukuran Kinerja sheet. Problems come back as a message; nothing here
 * throws for the user.
 */
export async function buatTabelCapaian(
  context: WorkbookContext,
  options: RunOptions = {},
): Promise<RunOutcome> {
  let writing = false;
  try {
    options.onProgress?.('read');
    const { onProgress, maxRequestBytes, now, ...given } = options;
    const read = await readWorkbook(context, {
      lang: given.sheets?.lang,
      engine: given,
      tables: true,
      rules: true,
    });
    onProgress?.('plan');
    const result = generateWorkbook(read.sheets, optionsFor(read, given));
    const refused = refusal(result, read) ?? blocked(read, result.plan);
    if (refused) return { ok: false, message: refused };
    const { before, ours, charts } = await finishRead(read, result.plan);
    const plan = outOfText(result.plan, before);
    const state: AddinState = {
      ...read.state,
      source: read.focus,
      undo: pushRun(
        read.state.undo,
        recordRun('generate', plan, before, read.names, now ?? new Date().toISOString()),
      ),
      rules: rulesOf(plan),
      written: rememberWritten(read.state.written, plan),
    };
    onProgress?.('write');
    writing = true;
    const write = await applyPlan(context, withState(plan, read.registry, state), read.names, {
      maxRequestBytes,
      read,
      activate: result.generated.pengukuran,
      deleteRules: ours,
      deleteCharts: charts,
    });
    onProgress?.('done');
    return {
      ok: true,
      result,
      state,
      readSyncs: read.reader.syncs,
      maxResponseBytes: read.reader.maxResponseBytes,
      write,
    };
  } catch (e) {
    const message = officeErrorMessage(e);
    if (!writing) return { ok: false, message };
    return {
      ok: false,
      written: true,
      message: {
        id: `${message.id} Sebagian perubahan mungkin sudah tertulis: klik Kembalikan untuk memulihkan lembar.`,
        en: `${message.en} Part of the change may have been written: click Kembalikan to restore the sheet.`,
        action: 'restore',
      },
    };
  }
}
