import type { FakeExcel } from './excel';
import { AsyncResult, DocumentSettings, RuntimeSettings } from './settings';

/**
 * A dialog (Office.Dialog). "DialogEventReceived: triggered when the dialog box has been closed or otherwise
 * unloaded" — by the user's X it carries error 12006; close() from the page that opened it sends no event.
 */
export interface FakeDialog {
  readonly url: string;
  closed: boolean;
  /** Who closed it: the user (read it), the add-in's close(), or Office ending the runtime (completed()). */
  closedBy: 'user' | 'add-in' | 'completed' | null;
  close(): void;
  addEventHandler(type: string, handler: (args: { error?: number; message?: string }) => void): void;
  /** The user closes it with its X. */
  userCloses(): void;
}

function dialogAt(url: string): FakeDialog {
  const handlers: ((args: { error?: number }) => void)[] = [];
  return {
    url,
    closed: false,
    closedBy: null,
    close() {
      if (this.closed) return;
      this.closed = true;
      this.closedBy = 'add-in';
    },
    addEventHandler(type, handler) {
      if (type === 'dialogEventReceived') handlers.push(handler);
    },
    userCloses() {
      if (this.closed) return;
      this.closed = true;
      this.closedBy = 'user';
      for (const h of handlers) setTimeout(() => h({ error: 12006 }), 0);
    },
  };
}

export interface RuntimeOptions {
  readonly displayLanguage?: string;
  /** The newest ExcelApi 1.x the host has (Excel 2016 has 1.4 at most… Microsoft 365 1.17 and more). */
  readonly excelApi?: number;
  /** Office.context.officeTheme.bodyBackgroundColor: a dark Office theme gives a dark one. */
  readonly bodyBackgroundColor?: string;
}

/**
 * The Office global of one add-in runtime (the ribbon's function file, or the task pane): its own copy of the
 * document settings, its own dialog, and the handlers it registered with Office.actions.associate.
 */
export class FakeRuntime {
  readonly handlers = new Map<string, (event: { completed(): void }) => void>();
  readonly settings: RuntimeSettings;
  readonly dialogs: FakeDialog[] = [];
  /** The user chose not to allow the add-in's dialog (12009 in Office on the web). */
  declineDialogs = false;
  private open: FakeDialog | null = null;

  constructor(
    readonly excel: FakeExcel,
    doc: DocumentSettings,
    private readonly options: RuntimeOptions = {},
  ) {
    this.settings = new RuntimeSettings(doc);
  }

  /**
   * displayDialogAsync: "12007: A dialog box is already opened from this host window. A host window, such as a
   * task pane, can only have one dialog box open at a time." "12009: The user chose to ignore the dialog box."
   * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events#errors-from-displaydialogasync
   */
  displayDialogAsync(url: string, _options: unknown, callback?: (r: AsyncResult<FakeDialog>) => void): void {
    if (this.open && !this.open.closed) {
      callback?.({
        status: 'failed',
        error: { code: 12007, message: 'A dialog box is already opened from this host window.' },
      });
      return;
    }
    if (this.declineDialogs) {
      callback?.({
        status: 'failed',
        error: { code: 12009, message: 'The user chose to ignore the dialog box.' },
      });
      return;
    }
    const dialog = dialogAt(url);
    this.open = dialog;
    this.dialogs.push(dialog);
    callback?.({ status: 'succeeded', value: dialog });
    if (this.userReads) setTimeout(() => dialog.userCloses(), 0);
  }

  /** The user closes each dialog as soon as it opens (having read it). */
  userReads = false;

  /**
   * A ribbon click: the handler gets an event whose completed() ends the function's runtime. "completed():
   * Indicates that the add-in has completed processing and will automatically be closed"
   * (Office.AddinCommands.Event): a dialog this runtime opened goes with it, read or not.
   */
  click(name: string): Promise<void> {
    return new Promise((resolve) =>
      this.handlers.get(name)!({
        completed: () => {
          for (const d of this.dialogs)
            if (!d.closed) {
              d.closed = true;
              d.closedBy = 'completed';
            }
          resolve();
        },
      }),
    );
  }

  /** The globals this runtime's code sees: Office and Excel. */
  globals(): { Office: unknown; Excel: unknown } {
    const maxMinor = this.options.excelApi ?? 17;
    return {
      Office: {
        HostType: { Excel: 'Excel' },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        EventType: { DialogEventReceived: 'dialogEventReceived' },
        onReady: (cb?: (info: { host: string }) => void) => {
          cb?.({ host: 'Excel' });
          return Promise.resolve({ host: 'Excel' });
        },
        actions: {
          associate: (name: string, fn: (event: { completed(): void }) => void) =>
            this.handlers.set(name, fn),
        },
        context: {
          displayLanguage: this.options.displayLanguage ?? 'id-ID',
          officeTheme: {
            bodyBackgroundColor: this.options.bodyBackgroundColor ?? '#ffffff',
            bodyForegroundColor: this.options.bodyBackgroundColor ? '#ffffff' : '#000000',
          },
          requirements: {
            isSetSupported: (name: string, version = '1.1') =>
              name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= maxMinor,
          },
          document: { settings: this.settings },
          ui: { displayDialogAsync: this.displayDialogAsync.bind(this) },
        },
      },
      Excel: { run: <T>(fn: (ctx: unknown) => Promise<T>) => fn(this.excel.context()) },
    };
  }
}
