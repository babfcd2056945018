import { asWorkbook } from '../excel/api';
import { UserMessage } from '../excel/errors';
import { AddinHost } from './host';

/** The dialog this runtime has open: Office allows one per window, so it is closed before the next. */
let open: { dialog: Office.Dialog; gone: () => void } | null = null;

/**
 * The real host: Office.js's Excel.run and a small dialog for messages. Nothing is kept in document settings:
 * each runtime holds its own stale copy of them, so our state lives in the workbook (_CapaianKinerja).
 */
export function officeHost(): AddinHost {
  const lang = /^en/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'id';
  return {
    lang,
    run: (fn) => Excel.run((context) => fn(asWorkbook(context))),
    showMessage: (message: UserMessage) =>
      new Promise((resolve) => {
        const text = encodeURIComponent(lang === 'en' ? message.en : message.id);
        const url = new URL(`message.html?text=${text}`, window.location.href).toString();
        const show = (again: boolean): void =>
          Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (r) => {
            if (r.status === Office.AsyncResultStatus.Succeeded) {
              let gone = (): void => undefined;
              const closed = new Promise<void>((done) => (gone = done));
              // The user closed it (12006), or it was unloaded: DialogEventReceived.
              r.value.addEventHandler(Office.EventType.DialogEventReceived, () => gone());
              open = { dialog: r.value, gone };
              resolve({ shown: true, closed });
              return;
            }
            // 12007: a dialog is still open in this window. Ours was closed before the first try, so `open` is
            // set only if another message of this runtime has opened one since: close that, and try once more.
            if (r.error?.code === 12007 && again) {
              close();
              show(false);
              return;
            }
            resolve({ shown: false, code: r.error?.code });
          });
        close();
        show(true);
      }),
  };
}

function close(): void {
  try {
    open?.dialog.close();
  } catch {
    // Closed already by the user: nothing to do.
  }
  open?.gone();
  open = null;
}
