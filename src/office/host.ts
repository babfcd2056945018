import { WorkbookContext } from '../excel/api';
import { UserMessage } from '../excel/errors';

/** What the add-in needs from Office, given to the ribbon commands and the task pane as a value. */
export interface AddinHost {
  /** Excel.run: one batch context per call. */
  run<T>(fn: (context: WorkbookContext) => Promise<T>): Promise<T>;
  readonly lang: 'id' | 'en';
  /**
   * Shows a message in a dialog; `code` is Office's error when it would not show it (12007, 12009…). `closed`
   * settles when the dialog is gone (the user closed it): a ribbon command completes only then, since Office
   * ends the command's runtime, and the dialog with it, at completed().
   */
  showMessage(
    message: UserMessage,
  ): Promise<{ readonly shown: boolean; readonly code?: number; readonly closed?: Promise<void> }>;
}
