/**
 * Excel on Windows as Microsoft's Office.js meets it, for the browser test that loads the real office.js
 * (served from @microsoft/office-js): the page is opened with the `_host_Info` query Excel adds to a task
 * pane's URL, so office.js loads excel-win32-16.01.js, which talks to its host through window.external.
 * This script is that host; everything on the page's side of window.external is Microsoft's code.
 *
 * Why this protocol: of the ones office.js knows (the web's postMessage XDM, Mac's webkit message
 * handlers, Win32's window.external), Win32's is the smallest to answer faithfully: plain calls, a context
 * object read once at start-up (OSF.InitializationHelper.getAppContext), Execute for API calls and
 * RegisterEvent for events (OfficeExt.RichClientHostController), with SAFEARRAYs read through toArray().
 *
 * The host is a stated build, Microsoft 365 Excel on Windows Version 2302 (Build 16130.20332), the first
 * with ExcelApi 1.17 (learn.microsoft.com, Excel JavaScript API requirement sets); its requirement sets
 * are what office.js's isSetSupported answers from. Excel.run's requests (Execute, dispid 93) are answered
 * by rich-api.ts from the in-memory Excel fake loaded with window.__SNAPSHOTS__.
 */
import { SheetSnapshot } from '../../src/core/sheet/snapshot';
import { FakeExcel } from '../fakes/excel';
import { EventEntry, RequestBody, RichApiHost } from './rich-api';

interface HostWindow {
  __SNAPSHOTS__: SheetSnapshot[];
  __ACTIVE__: string;
  /** For the test: the workbook, the window.external calls made, and what the emulation could not answer. */
  __host: { excel: FakeExcel; called: string[]; readonly problems: string[] };
  external: unknown;
}

const w = window as unknown as HostWindow;
const excel = FakeExcel.from(w.__SNAPSHOTS__, w.__ACTIVE__);
const called: string[] = [];
const problems: string[] = [];

/** OSF.DDA.MethodDispId and EventDispId numbers excel-win32-16.01.js uses. */
const DISPID = { executeRichApi: 93, richApiMessage: 33, appCommandInvoked: 39 };
/** OSF.DDA.ErrorCodeManager.errorCodes: ooeSuccess, ooeInternalError. */
const SUCCESS = 0;
const INTERNAL_ERROR = 5001;
const LOCALE = 'id-ID';

/** A COM SAFEARRAY as the host hands one over: Office.js reads it with toArray(). */
const safeArray = (values: unknown[]) => ({ toArray: () => values });
/** A host answers later, never inside the call. */
const later = (fn: () => void): void => void setTimeout(fn, 0);

const listeners = new Map<number, (dispId: number, payload: unknown) => void>();
const richApi = new RichApiHost(excel, (entry: EventEntry) =>
  listeners.get(DISPID.richApiMessage)?.(DISPID.richApiMessage, safeArray([entry])),
);

/** Requirement sets of that build that the add-in or Office.js asks about (keys as the host sends them). */
const SETS = { ExcelApi: '1.17', DialogApi: '1.2', Settings: '1.1', DocumentEvents: '1.1', Selection: '1.1' };

/** The object window.external.GetContext() gives (OSF.InitializationHelper.getAppContext reads each). */
const context = {
  GetAppType: () => 1, // OSF.AppName.Excel
  GetSolutionRef: () => '5f6c2a3e-8d2b-4c1e-9a57-3b1f0c4d7e21', // manifest.xml's Id
  GetAppVersionMajor: () => 16,
  GetAppVersionMinor: () => 1,
  GetAppUILocale: () => LOCALE,
  GetAppDataLocale: () => LOCALE,
  GetDocUrl: () => '',
  GetAppCapabilities: () => 0, // OSF.ClientMode.ReadWrite
  GetActivationMode: () => 1, // inserted: the user opened the pane
  GetControlIntegrationLevel: () => 1, // OSF.OsfControlType.ContainerLevel: a task pane
  GetSolutionToken: () => '',
  GetSupportedMatrix: () => JSON.stringify(SETS),
  GetHostFullVersion: () => '16.0.16130.20332',
  // Colours as 0xRRGGBB integers (OSF.OUtil.convertIntToCssHexColor): Office's light (Colorful) theme.
  GetOfficeThemeInfo: () =>
    JSON.stringify({
      bodyBackgroundColor: 0xffffff,
      bodyForegroundColor: 0x000000,
      controlBackgroundColor: 0xffffff,
      controlForegroundColor: 0x000000,
    }),
  // Office.context.document.settings, read at start-up (ClientSettingsManager.read): the add-in keeps none
  // (its state lives in the workbook), so the document has none.
  GetSettings: () => ({ Read: () => undefined }),
};

/** Every call counted by name, for the test to see the handshake happened. */
const traced =
  <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
  (...args: A): R => {
    called.push(name);
    return fn(...args);
  };

w.external = {
  GetContext: traced('GetContext', () => context),
  Execute: traced(
    'Execute',
    (dispId: number, params: unknown[], callback: (response: unknown) => boolean): void => {
      if (dispId !== DISPID.executeRichApi) {
        problems.push(`Execute ${dispId}`);
        return later(() => void callback(INTERNAL_ERROR));
      }
      // RichApiMessageUtility.buildRequestMessageSafeArray: the request's JSON is its fifth field.
      const body = JSON.parse((params[0] as unknown[])[4] as string) as RequestBody;
      void richApi.execute(body).then((response) =>
        // getResponseStatusCodeFromSafeArray etc.: [HTTP status, headers, body].
        later(() => void callback(safeArray([SUCCESS, [200, [], JSON.stringify(response)]]))),
      );
    },
  ),
  RegisterEvent: traced(
    'RegisterEvent',
    (
      dispId: number,
      _target: unknown,
      handler: (d: number, p: unknown) => void,
      callback: (s: number) => void,
    ) => {
      const known = dispId === DISPID.richApiMessage || dispId === DISPID.appCommandInvoked;
      if (!known) problems.push(`RegisterEvent ${dispId}`);
      else listeners.set(dispId, handler);
      later(() => callback(known ? SUCCESS : INTERNAL_ERROR));
    },
  ),
};

w.__host = {
  excel,
  called,
  get problems() {
    return [...problems, ...richApi.problems];
  },
};
