import { checkWorkbook, EngineOptions } from '../core/engine';
import { Lang } from '../core/i18n/format';
import { readSavedOptions, SavedOptions, withSaved } from '../core/options';
import { rangeA1 } from '../core/sheet/address';
import { intersection, mergeBandRows, rangeOfAddress, rowBands, snapshotFrom } from '../core/sheet/bounds';
import { CellRange, CellValue, SheetSnapshot } from '../core/sheet/snapshot';
import { sheetNamesFor } from '../core/sheets/names';
import { Signatories } from '../core/sheets/dinas';
import { signatoriesFrom } from '../core/sheets/signatories';
import { COMPARE_KEY, ourSheetName, REGISTRY_SHEET } from '../core/sheets/registry';
import { AddinState, readState } from '../core/sheets/state';
import { MergedAreas, RangeProxy, WorkbookContext, WorksheetProxy } from './api';
import { GridAnswer, GridRequest, Reader } from './reader';
import { queueRuleLookups, RuleLookup } from './rules';

export interface WorkbookRead {
  readonly active: string;
  /**
   * The sheet whose table is checked and rewritten: the active one, or, when the active sheet is one of ours
   * (a run ends on Pengukuran Kinerja), the sheet the last run took its table from.
   */
  readonly focus: string;
  /** Every sheet, in tab order. */
  readonly names: readonly string[];
  /** Each sheet's visibility (Visible, Hidden, VeryHidden). */
  readonly visibility: ReadonlyMap<string, string>;
  /** Each sheet's used range (values only). */
  readonly used: ReadonlyMap<string, CellRange | null>;
  /**
   * What the engine is given: the user's sheets (values over the used range; formulas and number formats of
   * the tables), our generated sheets by name only, and the registry.
   */
  readonly sheets: readonly SheetSnapshot[];
  readonly registry: SheetSnapshot | undefined;
  readonly state: AddinState;
  /** The options saved in the state, well-formed ones only: parsed once for the engine and the task pane. */
  readonly saved: SavedOptions;
  /** Sheets we generated (from the registry). */
  readonly generated: readonly string[];
  /** Names typed in the signature block of our Perjanjian Kinerja sheet. */
  readonly signatories: Partial<Signatories>;
  /** Per sheet, where formulas and number formats were read. */
  readonly detailed: ReadonlyMap<string, readonly CellRange[]>;
  /**
   * Excel tables (Insert › Table) on the sheets whose tables were read (with `tables`): Excel fills a formula
   * written into a table's column down the whole column, so the plan may not write into one.
   */
  readonly excelTables: readonly {
    readonly sheet: string;
    readonly name: string;
    readonly range: CellRange;
  }[];
  /** Our conditional formats found where the state says we put them (with `rules`). */
  readonly ruleLookups: readonly RuleLookup[];
  readonly sheetProtected: (name: string) => boolean;
  readonly workbookProtected: boolean;
  readonly reader: Reader;
}

export interface ReadOptions {
  readonly lang?: Lang;
  /** Read the user's sheets (false: only what we keep, to save an option or to undo). */
  readonly sheets?: boolean;
  /** Column roles etc., for finding the tables whose formulas and formats are read. */
  readonly engine?: EngineOptions;
  /** Read formulas and number formats of the tables (not needed to save an option or to undo). */
  readonly tables?: boolean;
  /** Look for the conditional formats we recorded (to replace them). */
  readonly rules?: boolean;
  /**
   * Of the other user sheets, read only these (the pane on a sheet switch: the IKU and budget lists the last
   * read found); every one when absent. The sheet in focus and the one compared with are always read.
   */
  readonly others?: readonly string[];
  /** The user sheet to plan on (Kembalikan: the source of the run it undoes), whichever sheet is active. */
  readonly focus?: string;
}

/** Rows of the registry that hold the list of our sheets (they come right after its title). */
const REGISTRY_HEAD = 'A1:B64';
/** The state's title and its first value, the source sheet of the last run (see AddinState.source). */
const STATE_HEAD = 'D1:E2';

/** Whether a sheet has a name we give our sheets, in either language (the registry says if it is ours). */
function oursByName(name: string): boolean {
  return [sheetNamesFor('id'), sheetNamesFor('en')].some((l) =>
    [l.pk, l.pengukuran, l.ringkasan, l.perbandingan, l.narasi, REGISTRY_SHEET].some(
      (base) => name === base || (name.startsWith(`${base} (`) && /\(\d+\)$/.test(name)),
    ),
  );
}

function queueMerges(context: WorkbookContext, sheet: string, used: CellRange | null): MergedAreas[] {
  // Merged areas need ExcelApi 1.13; without them the sheet is read without (parsing still works).
  if (!used || !context.supports(13)) return [];
  const ws = context.workbook.worksheets.getItem(sheet);
  return rowBands(used, mergeBandRows(used.right - used.left + 1)).flatMap((band) => {
    const m = ws
      .getRange(rangeA1(band.top, band.left, band.bottom, band.right))
      .getMergedAreasOrNullObject?.();
    m?.load('areas/items/address');
    return m ? [m] : [];
  });
}

function mergesOf(areas: readonly MergedAreas[]): CellRange[] {
  const seen = new Map<string, CellRange>();
  for (const a of areas) {
    if (a.isNullObject) continue;
    for (const item of a.areas.items) seen.set(item.address, rangeOfAddress(item.address));
  }
  return [...seen.values()];
}

type Protection = { readonly protected: boolean };

/** Queues loading these sheets' protection: it is read after the next sync. */
export function queueProtections(
  context: WorkbookContext,
  names: readonly string[],
): Map<string, Protection> {
  const out = new Map<string, Protection>();
  for (const n of names) {
    const p = context.workbook.worksheets.getItem(n).protection;
    p?.load('protected');
    if (p) out.set(n, p);
  }
  return out;
}

function usedOf(r: RangeProxy | undefined): CellRange | null {
  return !r || r.isNullObject ? null : rangeOfAddress(r.address);
}

/**
 * Reads what the engine needs and nothing more, in syncs that stay under Excel on the web's 5 MB limits:
 * 1. the sheet list, the active sheet's used range, protection;
 * 2. the active sheet's values (and merged areas, in bands Excel can answer) unless it may be one of ours,
 *    the other sheets' used ranges, the head of our registry (which sheets are ours, the last run's source);
 * 3. the other user sheets' values (the last run's source, when the active sheet is ours), our registry,
 *    the signature block of our Perjanjian Kinerja sheet;
 * 4. formulas and number formats of the tables found in 2 and 3 only.
 * Our generated sheets are never read: they are rebuilt from the source. Large sheets take more syncs.
 */
export async function readWorkbook(
  context: WorkbookContext,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const reader = new Reader(context);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const activeWs = sheets.getActiveWorksheet();
  activeWs.load('name');
  const activeUsed = activeWs.getUsedRangeOrNullObject(true);
  activeUsed.load('address');
  const activeProtection = activeWs.protection;
  activeProtection?.load('protected');
  const workbookProtection = context.supports(7) ? context.workbook.protection : undefined;
  workbookProtection?.load('protected');
  await reader.sync();

  const active = activeWs.name;
  // The active sheet's protection now; that of the other sheets a run may write to with the tables' details.
  const protections = new Map<string, Protection>(activeProtection ? [[active, activeProtection]] : []);
  const names = sheets.items.map((s) => s.name);
  const used = new Map<string, CellRange | null>([[active, usedOf(activeUsed)]]);
  const hasRegistry = names.includes(REGISTRY_SHEET);

  // 2. The active sheet (unless it may be ours); the size of the others; which sheets are ours.
  const usedProxies = new Map<string, RangeProxy>();
  let registryHead: RangeProxy | undefined;
  let stateHead: RangeProxy | undefined;
  const merges = new Map<string, MergedAreas[]>();
  const userSheets = options.sheets !== false || options.tables === true;
  const activeNow = userSheets && !oursByName(active) && used.get(active);
  const activeRequest: GridRequest[] = activeNow
    ? [{ sheet: active, range: used.get(active)!, props: ['values', 'valueTypes'] }]
    : [];
  const step2 = await reader.grids(activeRequest, () => {
    for (const n of names.filter((x) => x !== active)) {
      const u = sheets.getItem(n).getUsedRangeOrNullObject(true);
      u.load('address');
      usedProxies.set(n, u);
    }
    if (hasRegistry) {
      registryHead = sheets.getItem(REGISTRY_SHEET).getRange(REGISTRY_HEAD);
      registryHead.load('values');
      stateHead = sheets.getItem(REGISTRY_SHEET).getRange(STATE_HEAD);
      stateHead.load('values');
    }
    if (activeNow) merges.set(active, queueMerges(context, active, used.get(active)!));
  });
  for (const [n, u] of usedProxies) used.set(n, usedOf(u));
  const generated = registryHead
    ? registryHead.values
        .filter((row) => row[0] === 'sheet' && typeof row[1] === 'string')
        .map((row) => String(row[1]))
    : [];
  const ours = new Set([...generated, REGISTRY_SHEET]);
  const source = readState(
    stateHead &&
      snapshotFrom(
        REGISTRY_SHEET,
        rangeOfAddress(STATE_HEAD),
        [{ range: rangeOfAddress(STATE_HEAD), rows: stateHead.values as CellValue[][] }],
        [],
        [],
        [],
      ),
  ).source;
  const focus =
    options.focus && names.includes(options.focus) && !ours.has(options.focus)
      ? options.focus
      : ours.has(active) && source && names.includes(source) && !ours.has(source)
        ? source
        : active;
  const lang = options.lang ?? 'id';
  const pk = ourSheetName(sheetNamesFor(lang).pk, names, { generated, values: new Map() });
  const pkIsOurs = generated.includes(pk) && names.includes(pk);
  // Of our other sheets, the Narasi (analyses the user wrote beside the sentences) and a copy of last
  // year's table that the Perbandingan links to are read too: the run keeps the first and compares with
  // the second.
  const compareSheet =
    options.engine?.sheets?.compare?.kind === 'sheet'
      ? options.engine.sheets.compare.sheet
      : registryHead?.values.find((row) => row[0] === COMPARE_KEY)?.[1];
  const narasi = ourSheetName(sheetNamesFor(lang).narasi, names, { generated, values: new Map() });
  const readOfOurs = [narasi, compareSheet].filter(
    (n): n is string => typeof n === 'string' && ours.has(n) && names.includes(n) && !!used.get(n),
  );

  // 3. The other user sheets (an IKU list, a budget list), the sheet in focus if not read yet, the registry,
  // the signature block.
  const wanted = (n: string): boolean =>
    !options.others || options.others.includes(n) || n === focus || n === compareSheet;
  const others = userSheets
    ? names.filter(
        (n) => (n !== active || !activeNow) && (!ours.has(n) || n === focus) && used.get(n) && wanted(n),
      )
    : [];
  const requests: GridRequest[] = others.map((n) => ({
    sheet: n,
    range: used.get(n)!,
    props: ['values', 'valueTypes'],
  }));
  if (hasRegistry && used.get(REGISTRY_SHEET) && active !== REGISTRY_SHEET)
    requests.push({ sheet: REGISTRY_SHEET, range: used.get(REGISTRY_SHEET)!, props: ['values'] });
  if (pkIsOurs && used.get(pk)) requests.push({ sheet: pk, range: used.get(pk)!, props: ['values'] });
  for (const n of readOfOurs) requests.push({ sheet: n, range: used.get(n)!, props: ['values'] });
  const step3 =
    requests.length > 0
      ? await reader.grids(requests, () => {
          for (const n of others) merges.set(n, queueMerges(context, n, used.get(n)!));
        })
      : new Map<GridRequest, GridAnswer>();
  const answers = new Map<string, GridAnswer>();
  for (const [req, a] of [...step2, ...step3]) answers.set(req.sheet, a);
  const snapshot = (name: string): SheetSnapshot => {
    const a = answers.get(name);
    return snapshotFrom(
      name,
      used.get(name) ?? null,
      a?.values ?? [],
      a?.formulas ?? [],
      a?.numberFormats ?? [],
      mergesOf(merges.get(name) ?? []),
    );
  };
  const registry = hasRegistry ? snapshot(REGISTRY_SHEET) : undefined;
  const state = readState(registry);
  const saved = readSavedOptions(state.options);
  const signatories = pkIsOurs ? signatoriesFrom(snapshot(pk), sheetNamesFor(lang)) : {};
  const engineSheets = (): SheetSnapshot[] =>
    names.map((n) =>
      n === REGISTRY_SHEET
        ? registry!
        : (ours.has(n) && n !== focus && !readOfOurs.includes(n)) || (!ours.has(n) && !wanted(n))
          ? snapshotFrom(n, null, [], [], [], [])
          : snapshot(n),
    );

  // 4. Formulas and number formats, where the tables are.
  const detailed = new Map<string, CellRange[]>();
  let ruleLookups: RuleLookup[] = [];
  let excelTables: WorkbookRead['excelTables'] = [];
  if (options.tables) {
    const found = checkWorkbook(engineSheets(), {
      ...withSaved(saved, options.engine ?? {}),
      focusSheet: focus,
    });
    for (const t of found.tables) {
      const u = used.get(t.report.sheet);
      const r = u ? intersection(rangeOfAddress(t.report.range), u) : null;
      if (r) detailed.set(t.report.sheet, [...(detailed.get(t.report.sheet) ?? []), r]);
    }
    const heavy: GridRequest[] = [...detailed].flatMap(([sheet, ranges]) =>
      ranges.map((range): GridRequest => ({ sheet, range, props: ['formulas', 'numberFormat'] })),
    );
    const tableLists: [string, NonNullable<WorksheetProxy['tables']>][] = [];
    const step4 = await reader.grids(heavy, () => {
      for (const sheet of detailed.keys()) {
        const list = context.workbook.worksheets.getItem(sheet).tables;
        list?.load('items/name');
        if (list) tableLists.push([sheet, list]);
      }
      if (options.rules) ruleLookups = queueRuleLookups(context, state.rules, names);
      const writable = [...ours, focus].filter((x) => names.includes(x) && x !== active);
      for (const [n, p] of queueProtections(context, writable)) protections.set(n, p);
    });
    for (const [req, a] of step4) {
      const into = answers.get(req.sheet)!;
      into.formulas.push(...a.formulas);
      into.numberFormats.push(...a.numberFormats);
    }
    // Where the Excel tables are: one more sync, only when there are any.
    const listed = tableLists.flatMap(([sheet, list]) =>
      list.items.map((t) => {
        const r = t.getRange();
        r.load('address');
        return { sheet, name: t.name, r };
      }),
    );
    if (listed.length > 0) {
      await reader.sync();
      excelTables = listed.map((t) => ({ sheet: t.sheet, name: t.name, range: rangeOfAddress(t.r.address) }));
    }
  }
  return {
    active,
    focus,
    names,
    visibility: new Map(sheets.items.map((s) => [s.name, s.visibility])),
    used,
    sheets: engineSheets(),
    registry,
    state,
    saved,
    generated,
    signatories,
    detailed,
    excelTables,
    ruleLookups,
    sheetProtected: (name) => protections.get(name)?.protected ?? false,
    workbookProtected: workbookProtection?.protected ?? false,
    reader,
  };
}
