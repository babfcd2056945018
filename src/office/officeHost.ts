import { asWorkbook } from '../excel/api';
import { UserMessage } from '../excel/errors';
import { AddinHost } from './host';

/** The real host: Office.js's Excel.run, document settings, and a small dialog for messages. */
export function officeHost(): AddinHost {
  const lang = /^en/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'id';
  const settings = Office.context.document.settings;
  return {
    lang,
    run: (fn) => Excel.run((context) => fn(asWorkbook(context))),
    settings: {
      get: (key) => settings.get(key),
      set: (key, value) => settings.set(key, value),
      save: () =>
        new Promise((resolve, reject) =>
          settings.saveAsync((r) =>
            r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error),
          ),
        ),
    },
    showMessage: (message: UserMessage) =>
      new Promise((resolve) => {
        const text = encodeURIComponent(lang === 'en' ? message.en : message.id);
        const url = new URL(`message.html?text=${text}`, window.location.href).toString();
        Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, () =>
          resolve(),
        );
      }),
  };
}
