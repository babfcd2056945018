/**
 * The part of Office.js's Excel API the adapter uses, so that the adapter's contract is explicit and a
 * test fake can stand in for Excel. Real `Excel.RequestContext` objects are passed through `asWorkbook`.
 * Requirement sets: ExcelApi 1.4 is the floor; members of later sets are marked and feature-detected.
 */

export interface LoadableRange {
  load(props: string): void;
  readonly address: string;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: string[][];
  readonly valueTypes: string[][];
  readonly isNullObject?: boolean;
}

export interface WritableFormat {
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  rowHeight: number;
  /** ExcelApi 1.9 */
  indentLevel?: number;
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };
  readonly borders: { getItem(edge: string): { style: string; color: string } };
}

export interface ConditionalFormatProxy {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { fill: { color: string }; font: { color: string } };
  };
  readonly dataBar: { barDirection?: string; readonly positiveFormat: { fillColor: string } };
}

/** A conditional format found in a range (ExcelApi 1.6). */
export interface FoundConditionalFormat {
  readonly type: string;
  readonly custom: { readonly rule: { load(props: string): void; readonly formula: string } };
  getRangeOrNullObject(): {
    load(props: string): void;
    readonly isNullObject: boolean;
    readonly address: string;
  };
  delete(): void;
}

export interface MergedAreas {
  load(props: string): void;
  readonly isNullObject: boolean;
  readonly areas: { readonly items: { readonly address: string }[] };
}

export interface RangeProxy extends LoadableRange {
  formulas: unknown[][];
  numberFormat: string[][];
  readonly format: WritableFormat;
  /** ExcelApi 1.2 */
  columnHidden: boolean;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  clear(applyTo?: string): void;
  /** ExcelApi 1.6 */
  readonly conditionalFormats?: {
    add(type: string): ConditionalFormatProxy;
    clearAll(): void;
    load(props: string): void;
    readonly items: FoundConditionalFormat[];
  };
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject?(): MergedAreas;
}

/** A chart (ExcelApi 1.1; a series' own chartType is ExcelApi 1.7). */
export interface ChartProxy {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt(index: number): { chartType: string } };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface ChartCollectionProxy {
  add(type: string, sourceData: RangeProxy, seriesBy?: string): ChartProxy;
  load(props: string): void;
  readonly items: ChartProxy[];
}

export interface WorksheetProxy {
  load(props: string): void;
  /** Settable: renames the sheet (ExcelApi 1.1). */
  name: string;
  readonly isNullObject?: boolean;
  visibility: string;
  /** ExcelApi 1.2 */
  readonly protection?: { load(props: string): void; readonly protected: boolean };
  getRange(address?: string): RangeProxy;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy;
  activate(): void;
  delete(): void;
  readonly freezePanes: { freezeRows(count: number): void };
  /** ExcelApi 1.1: the sheet's Excel tables (ListObjects). */
  readonly tables?: {
    load(props: string): void;
    readonly items: {
      readonly name: string;
      getRange(): { load(props: string): void; readonly address: string };
    }[];
  };
  readonly charts: ChartCollectionProxy;
  /** ExcelApi 1.9 */
  readonly pageLayout?: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintArea(area: string): void;
    setPrintTitleRows(rows: string): void;
  };
  /** ExcelApi 1.9: `add` puts a manual break before the range's top-left cell. */
  readonly horizontalPageBreaks?: { add(before: string): unknown; removePageBreaks(): void };
}

export interface WorksheetCollectionProxy {
  load(props: string): void;
  readonly items: WorksheetProxy[];
  getActiveWorksheet(): WorksheetProxy;
  getItem(name: string): WorksheetProxy;
  getItemOrNullObject(name: string): WorksheetProxy;
  add(name: string): WorksheetProxy;
  /** ExcelApi 1.7: the user (or an add-in) activated a sheet. */
  readonly onActivated?: {
    add(handler: (args: { readonly worksheetId: string }) => Promise<unknown>): { remove(): void };
  };
}

export interface WorkbookContext {
  /** Whether ExcelApi 1.`minor` is available: on Office.js every API exists in script, not on every host. */
  readonly supports: (minor: number) => boolean;
  readonly workbook: {
    readonly worksheets: WorksheetCollectionProxy;
    /** ExcelApi 1.1: the range the user selected (fails when several ranges are selected). */
    getSelectedRange(): { load(props: string): void; readonly address: string };
    /** ExcelApi 1.7 */
    readonly protection?: { load(props: string): void; readonly protected: boolean };
  };
  /** ExcelApi 1.6: `suspendApiCalculationUntilNextSync` */
  readonly application?: { suspendApiCalculationUntilNextSync?(): void };
  sync(): Promise<void>;
}

/**
 * Office's own context typed as what the adapter uses (it touches nothing else), with the host's
 * requirement sets; outside Office (a test's fake) every set counts as present.
 */
/** How long a sync may take before the action ends with a message (Excel on the web can hang). */
export const SYNC_TIMEOUT_MS = 60_000;

/** Our own code for a sync that did not answer in time (Office.js has none: it waits for ever). */
export const SYNC_TIMEOUT = 'SyncTimeout';

/** The sync, or an error when it does not answer in `ms`. */
function timed(sync: () => Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error(`Excel did not answer in ${ms / 1000} s.`), { code: SYNC_TIMEOUT })),
      ms,
    );
  });
  return Promise.race([sync(), late]).finally(() => clearTimeout(timer));
}

export function asWorkbook(context: unknown, timeoutMs = SYNC_TIMEOUT_MS): WorkbookContext {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported(s: string, v: string): boolean } } };
    }
  ).Office;
  const requirements = office?.context?.requirements;
  const c = context as Omit<WorkbookContext, 'supports'>;
  return {
    workbook: c.workbook,
    application: c.application,
    sync: () => timed(() => c.sync(), timeoutMs),
    supports: (minor) => (requirements ? requirements.isSetSupported('ExcelApi', `1.${minor}`) : true),
  };
}
