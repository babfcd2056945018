/**
 * The part of Office.js's Excel API the adapter uses, so that the adapter's contract is explicit and a
 * test fake can stand in for Excel. Real `Excel.RequestContext` objects are passed through `asWorkbook`.
 * Requirement sets: everything here is ExcelApi 1.1–1.4 except where marked; those are feature-detected.
 */

export interface LoadableRange {
  load(props: string): void;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
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

export interface RangeProxy extends LoadableRange {
  formulas: unknown[][];
  numberFormat: string[][];
  readonly format: WritableFormat;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;

  clear(applyTo?: string): void;
  /** ExcelApi 1.6 */
  readonly conditionalFormats?: { add(type: string): ConditionalFormatProxy; clearAll(): void };

  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject?(): {
    load(props: string): void;
    readonly isNullObject: boolean;
    readonly areas: { readonly items: { readonly address: string }[] };
    readonly address: string;
  };
}

export interface WorksheetProxy {
  load(props: string): void;
  readonly name: string;
  visibility: string;
  getRange(address: string): RangeProxy;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy;
  activate(): void;
  readonly freezePanes: { freezeRows(count: number): void };
  /** ExcelApi 1.9 */
  readonly pageLayout?: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(rows: string): void;
  };
}

export interface WorksheetCollectionProxy {
  load(props: string): void;
  readonly items: WorksheetProxy[];
  getActiveWorksheet(): WorksheetProxy;
  getItem(name: string): WorksheetProxy;
  add(name: string): WorksheetProxy;
}

export interface WorkbookContext {
  /** Whether ExcelApi 1.`minor` is available: on Office.js every API exists in script, not on every host. */
  readonly supports: (minor: number) => boolean;
  readonly workbook: { readonly worksheets: WorksheetCollectionProxy };
  /** ExcelApi 1.8: `suspendApiCalculationUntilNextSync` */
  readonly application?: { suspendApiCalculationUntilNextSync?(): void };
  sync(): Promise<void>;
}

/**
 * Office's own context typed as what the adapter uses (it touches nothing else), with the host's
 * requirement sets; outside Office (a test's fake) every set counts as present.
 */
export function asWorkbook(context: unknown): WorkbookContext {
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
    sync: () => c.sync(),
    supports: (minor) => (requirements ? requirements.isSetSupported('ExcelApi', `1.${minor}`) : true),
  };
}
