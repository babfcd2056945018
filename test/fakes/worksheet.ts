import { chartsProxy } from './charts';
import { CellRange } from '../../src/core/sheet/snapshot';
import { MAX_COL, MAX_ROW, parseAddress } from './address';
import { officeError, notLoaded } from './errors';
import { objectPath, ObjectPath } from './excel';
import type { FakeExcel, WorksheetActivatedArgs } from './excel';
import { rangeProxy } from './range';
import { loadedProperties, setters } from './setters';
import { FakeSheet } from './sheet';

/**
 * A sheet name Excel accepts: 1 to 31 characters, none of : \ / ? * [ ], not beginning or ending with an
 * apostrophe, and not "History" (Worksheet.name "must be fewer than 32 characters";
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/** Workbook structure protection refuses adding, deleting, hiding and showing sheets. */
function assertStructure(excel: FakeExcel): void {
  if (excel.structureProtected)
    throw officeError(
      'AccessDenied',
      'The workbook structure is protected: sheets cannot be added, deleted, hidden or shown.',
    );
}

function visibleCount(excel: FakeExcel): number {
  return excel.sheets.filter((s) => s.visibility === 'Visible').length;
}

export function contextOf(excel: FakeExcel): unknown {
  const application = {
    suspendApiCalculationUntilNextSync: () => excel.enqueue('suspend', () => void excel.suspended++),
  };
  let items: unknown[] | null = null;
  let workbookProtected: boolean | null = null;
  const sheetsPath = objectPath('Worksheets');
  const worksheets = {
    load: (props: string) =>
      excel.enqueue({ load: props }, () => {
        const found = excel.sheets.map((s) =>
          worksheetProxy(excel, () => s, objectPath('', [s.id], sheetsPath), {
            id: s.id,
            name: s.name,
            visibility: s.visibility,
          }),
        );
        const bytes = JSON.stringify(
          excel.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })),
        ).length;
        return { bytes, deliver: () => (items = found) };
      }),
    get items() {
      if (!items) throw notLoaded('items');
      return items;
    },
    /** ExcelApi 1.7: the handler is registered at the next sync, as Office.js does. */
    onActivated: {
      add: (handler: (args: WorksheetActivatedArgs) => Promise<unknown>) => {
        excel.enqueue('onActivated.add', () => void excel.activatedHandlers.add(handler));
        return {
          remove: () =>
            excel.enqueue('onActivated.remove', () => void excel.activatedHandlers.delete(handler)),
        };
      },
    },
    getActiveWorksheet: () =>
      worksheetProxy(
        excel,
        () => excel.sheet(excel.active),
        objectPath('GetActiveWorksheet', [], sheetsPath),
      ),
    getItem: (name: string) =>
      worksheetProxy(excel, () => excel.sheet(name), objectPath('GetItem', [name], sheetsPath)),
    getItemOrNullObject: (name: string) =>
      worksheetProxy(
        excel,
        () => excel.sheet(name),
        objectPath('GetItemOrNullObject', [name], sheetsPath),
        undefined,
        true,
      ),
    add: (name: string) => {
      let created: FakeSheet | null = null;
      const path = objectPath('Add', [name], sheetsPath);
      excel.enqueue({ add: name }, () => {
        assertStructure(excel);
        if (!isValidSheetName(name))
          throw officeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
        if (excel.find(name))
          throw officeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
        created = new FakeSheet(name);
        excel.sheets.push(created);
      });
      return worksheetProxy(
        excel,
        () => {
          if (!created) throw officeError('ItemNotFound', `Worksheet "${name}" was not added.`);
          return created;
        },
        path,
      );
    },
  };
  const protection = {
    load: () =>
      excel.enqueue('loadWorkbookProtection', () => {
        const p = excel.structureProtected;
        return { bytes: 20, deliver: () => (workbookProtected = p) };
      }),
    get protected() {
      if (workbookProtected === null) throw notLoaded('protected');
      return workbookProtected;
    },
  };
  // Workbook.getSelectedRange (ExcelApi 1.1): the selected range's address, with the sheet name quoted as
  // Excel quotes it ("'Realisasi 2022'!A4:K5"); an error when the user selected several ranges.
  const getSelectedRange = (): unknown => {
    let address: string | null = null;
    excel.enqueue('getSelectedRange', () => {
      if (excel.selected.includes(','))
        throw officeError('InvalidSelection', 'The current selection is invalid for this operation.');
      const [name, cells] = excel.selected ? excel.selected.split('!') : [excel.active, 'A1'];
      const quoted = /^[A-Za-z0-9_.]+$/.test(name!) ? name! : `'${name!.replace(/'/g, "''")}'`;
      const found = `${quoted}!${cells}`;
      return { bytes: found.length, deliver: () => (address = found) };
    });
    return {
      load: () => undefined,
      get address() {
        if (address === null) throw notLoaded('address');
        return address;
      },
    };
  };
  return { workbook: { worksheets, protection, getSelectedRange }, application, sync: () => excel.sync() };
}

function worksheetProxy(
  excel: FakeExcel,
  resolve: () => FakeSheet,
  path: ObjectPath,
  known?: { id: string; name: string; visibility: string },
  orNull = false,
): unknown {
  let loaded: Record<string, unknown> | null = known ? { ...known } : null;
  let sheetProtected: boolean | null = null;
  const get = (k: string): unknown => {
    if (!loaded || !(k in loaded)) throw notLoaded(k);
    return loaded[k];
  };
  const whole: CellRange = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const setVisibility = (v: string): void =>
    excel.enqueue(
      { visibility: v },
      () => {
        const s = resolve();
        if (s.visibility === v) return;
        assertStructure(excel);
        if (v !== 'Visible' && s.visibility === 'Visible' && visibleCount(excel) === 1)
          throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        s.visibility = v;
      },
      path,
    );
  const proxy = {
    load(props: string) {
      excel.enqueue(
        { load: props },
        () => {
          let s: FakeSheet | null = null;
          try {
            s = resolve();
          } catch (e) {
            if (!orNull) throw e;
          }
          const out = s
            ? { isNullObject: false, id: s.id, name: s.name, visibility: s.visibility }
            : { isNullObject: true };
          return { bytes: JSON.stringify(out).length, deliver: () => (loaded = out) };
        },
        path,
      );
    },
    protection: {
      load: () =>
        excel.enqueue(
          'loadProtection',
          () => {
            const p = resolve().protected;
            return { bytes: 20, deliver: () => (sheetProtected = p) };
          },
          objectPath('Protection', undefined, path),
        ),
      get protected() {
        if (sheetProtected === null) throw notLoaded('protected');
        return sheetProtected;
      },
    },
    getRange: (address?: string) =>
      rangeProxy(
        excel,
        resolve,
        () => (address === undefined ? whole : parseAddress(address)),
        objectPath('GetRange', address === undefined ? [] : [address], path),
      ),
    getUsedRangeOrNullObject: (valuesOnly = false) =>
      rangeProxy(
        excel,
        resolve,
        () => resolve().usedRange(valuesOnly),
        objectPath('GetUsedRangeOrNullObject', [valuesOnly], path),
      ),
    activate: () =>
      excel.enqueue(
        'activate',
        () => {
          const s = resolve();
          if (s.visibility !== 'Visible')
            throw officeError('InvalidOperation', `Sheet "${s.name}" is hidden.`);
          excel.activate(s.name);
        },
        path,
      ),
    delete: () =>
      excel.enqueue(
        'deleteSheet',
        () => {
          const s = resolve();
          assertStructure(excel);
          if (s.visibility === 'Visible' && visibleCount(excel) === 1)
            throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
          excel.sheets = excel.sheets.filter((x) => x !== s);
          if (excel.active === s.name)
            excel.active = excel.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
        },
        path,
      ),
    freezePanes: {
      freezeRows: (n: number) =>
        excel.enqueue(
          { freeze: n },
          () => void (resolve().frozenRows = n),
          objectPath('FreezePanes', undefined, path),
        ),
    },
    pageLayout: pageLayoutProxy(excel, resolve, objectPath('PageLayout', undefined, path)),
    horizontalPageBreaks: pageBreaksProxy(
      excel,
      resolve,
      objectPath('HorizontalPageBreaks', undefined, path),
    ),
    tables: tablesProxy(excel, resolve, objectPath('Tables', undefined, path)),
    charts: chartsProxy(excel, resolve),
  };
  // Worksheet.name is settable (ExcelApi 1.1): refused as Excel refuses a rename by hand, for a name it does
  // not accept, one another sheet has in any case, or a protected workbook structure.
  const rename = (v: string): void =>
    excel.enqueue(
      { name: v },
      () => {
        const s = resolve();
        assertStructure(excel);
        if (!isValidSheetName(v)) throw officeError('InvalidArgument', `"${v}" is not a valid sheet name.`);
        const other = excel.find(v);
        if (other && other !== s)
          throw officeError('ItemAlreadyExists', `A sheet named "${v}" already exists.`);
        if (excel.active === s.name) excel.active = v;
        s.name = v;
      },
      path,
    );
  return loadedProperties(proxy, ['isNullObject', 'id', 'name', 'visibility'], get, {
    visibility: (v) => setVisibility(String(v)),
    name: (v) => rename(String(v)),
  });
}

/**
 * Worksheet.pageLayout (ExcelApi 1.9), as the reference gives it: `zoom` is set as one object (its scale
 * "between 10 and 400"), the print area is any range, the title rows "must span the entire row".
 */
function pageLayoutProxy(excel: FakeExcel, resolve: () => FakeSheet, path: ObjectPath): unknown {
  const set = (k: string, v: unknown) => excel.enqueue({ [k]: v }, () => void (resolve().page[k] = v), path);
  const proxy = setters({ orientation: 'orientation', paperSize: 'paperSize' }, set, {
    setPrintArea: (area: string) =>
      excel.enqueue({ printArea: area }, () => void (resolve().page.printArea = parseAddress(area)), path),
    setPrintTitleRows: (rows: string) =>
      excel.enqueue(
        { printTitleRows: rows },
        () => {
          const r = parseAddress(rows);
          if (r.left !== 0 || r.right !== MAX_COL)
            throw officeError('InvalidArgument', `Print title rows must be whole rows, not "${rows}".`);
          resolve().page.printTitleRows = rows;
        },
        path,
      ),
  });
  Object.defineProperty(proxy, 'zoom', {
    set: (zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) =>
      excel.enqueue(
        { zoom },
        () => {
          if (zoom.scale !== undefined && !(zoom.scale >= 10 && zoom.scale <= 400))
            throw officeError('InvalidArgument', `The print scale ${zoom.scale} is not between 10 and 400.`);
          resolve().page.zoom = zoom;
        },
        path,
      ),
    enumerable: true,
  });
  return proxy;
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): `add` puts a manual break before the range's top-left
 * cell; `removePageBreaks` resets them all. Clearing the sheet's cells leaves them.
 */
function pageBreaksProxy(excel: FakeExcel, resolve: () => FakeSheet, path: ObjectPath): unknown {
  return {
    // Returns the Excel.PageBreak, which can delete itself.
    add: (before: string) => {
      let row = -1;
      excel.enqueue(
        { add: before },
        () => {
          const sheet = resolve();
          row = parseAddress(before).top;
          if (!sheet.pageBreaks.includes(row))
            sheet.pageBreaks = [...sheet.pageBreaks, row].sort((a, b) => a - b);
        },
        path,
      );
      return {
        delete: () =>
          excel.enqueue(
            { delete: before },
            () => void (resolve().pageBreaks = resolve().pageBreaks.filter((r) => r !== row)),
            objectPath('Add', [before], path),
          ),
      };
    },
    removePageBreaks: () =>
      excel.enqueue({ removePageBreaks: true }, () => void (resolve().pageBreaks = []), path),
  };
}

/** Worksheet.tables (ExcelApi 1.1): the names, and each table's range by getRange(). */
function tablesProxy(excel: FakeExcel, resolve: () => FakeSheet, path: ObjectPath): unknown {
  let items: unknown[] | null = null;
  return {
    load: (props: string) =>
      excel.enqueue(
        { load: props },
        () => {
          const tables = resolve().tables;
          const found = tables.map((t, i) => ({
            name: t.name,
            getRange: () =>
              rangeProxy(
                excel,
                resolve,
                () => t.range,
                objectPath('GetRange', [], objectPath('', [i], path)),
              ),
          }));
          return { bytes: JSON.stringify(tables.map((t) => t.name)).length, deliver: () => (items = found) };
        },
        path,
      ),
    get items() {
      if (!items) throw notLoaded('items');
      return items;
    },
  };
}
