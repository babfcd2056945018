/** The fake Office global of one runtime: document settings and dialogs, as the reference describes them. */
import { FakeExcel } from './fakes/excel';
import { FakeRuntime } from './fakes/office';
import { DocumentSettings, SETTINGS_LIMIT } from './fakes/settings';

const REF = {
  settings: 'https://learn.microsoft.com/javascript/api/office/office.settings',
  dialogErrors:
    'https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events#errors-from-displaydialogasync',
} as const;

function save(r: FakeRuntime): Promise<string> {
  return new Promise((resolve) => r.settings.saveAsync((x) => resolve(x.status)));
}

describe(`document settings (${REF.settings})`, () => {
  test('each runtime has its own copy; saveAsync writes the whole copy over the other runtime’s save', async () => {
    const doc = new DocumentSettings();
    const ribbon = new FakeRuntime(new FakeExcel(), doc);
    const pane = new FakeRuntime(new FakeExcel(), doc);
    ribbon.settings.set('undo', { run: 1 });
    expect(await save(ribbon)).toBe('succeeded');
    expect(pane.settings.get('undo')).toBeNull();
    pane.settings.set('options', { cap: 1 });
    await save(pane);
    // The pane's stale copy had no 'undo': its save erased the ribbon's.
    expect(new FakeRuntime(new FakeExcel(), doc).settings.get('undo')).toBeNull();
  });

  test('refreshAsync reloads the copy from the document', async () => {
    const doc = new DocumentSettings();
    const ribbon = new FakeRuntime(new FakeExcel(), doc);
    const pane = new FakeRuntime(new FakeExcel(), doc);
    ribbon.settings.set('k', 'v');
    await save(ribbon);
    await new Promise((r) => pane.settings.refreshAsync(r));
    expect(pane.settings.get('k')).toBe('v');
  });

  test('a save over 2 MB fails and leaves the document as it was', async () => {
    const doc = new DocumentSettings();
    const r = new FakeRuntime(new FakeExcel(), doc);
    r.settings.set('small', 1);
    await save(r);
    r.settings.set('big', 'x'.repeat(SETTINGS_LIMIT));
    expect(await save(r)).toBe('failed');
    expect(JSON.parse(doc.stored)).toEqual({ small: 1 });
  });
});

describe(`dialogs (${REF.dialogErrors})`, () => {
  test('12007 while this runtime’s dialog is open; a closed one makes room', () => {
    const r = new FakeRuntime(new FakeExcel(), new DocumentSettings());
    const results: unknown[] = [];
    r.displayDialogAsync('https://x/message.html?text=1', {}, (x) => results.push(x.status));
    r.displayDialogAsync('https://x/message.html?text=2', {}, (x) => results.push(x.error?.code));
    r.dialogs[0]!.close();
    r.displayDialogAsync('https://x/message.html?text=3', {}, (x) => results.push(x.status));
    expect(results).toEqual(['succeeded', 12007, 'succeeded']);
  });

  test('12009 when the user chose to ignore the dialog', () => {
    const r = new FakeRuntime(new FakeExcel(), new DocumentSettings());
    r.declineDialogs = true;
    let code: number | undefined;
    r.displayDialogAsync('https://x/message.html', {}, (x) => (code = x.error?.code));
    expect(code).toBe(12009);
    expect(r.dialogs).toEqual([]);
  });
});
