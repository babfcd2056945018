import { EngineOptions } from '../core/engine';
import { AddinState } from '../core/sheets/state';
import { WorkbookContext } from '../excel/api';
import { UserMessage } from '../excel/errors';

/** What the add-in needs from Office, given to the ribbon commands and the task pane as a value. */
export interface AddinHost {
  /** Excel.run: one batch context per call. */
  run<T>(fn: (context: WorkbookContext) => Promise<T>): Promise<T>;
  readonly lang: 'id' | 'en';
  /** Shows a message in a dialog; `code` is Office's error when it would not show it (12007, 12009…). */
  showMessage(message: UserMessage): Promise<{ readonly shown: boolean; readonly code?: number }>;
}

/**
 * What the user chose in the task pane (column roles, polarity, scale…), reused by the one-click button.
 * It is kept in the workbook's hidden _CapaianKinerja sheet as given, so a field added here needs no change
 * where it is stored.
 */
export type SavedOptions = Pick<EngineOptions, 'roles' | 'settings' | 'sheets' | 'tables'>;

export function savedOptions(state: AddinState): SavedOptions {
  return state.options as SavedOptions;
}
