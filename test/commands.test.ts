import { readFileSync } from 'fs';
import * as path from 'path';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { FakeRuntime } from './fakes/office';
import { DocumentSettings } from './fakes/settings';
import { FIXTURE, SHEET } from './helpers/fixture';
import { stateOf } from './helpers/state';

/**
 * The ribbon's function file, loaded as Office loads it, in a runtime of its own (test/fakes/office.ts): its
 * handlers are registered with Office.actions.associate at the top level, before Office.onReady has called back.
 */
async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error('timed out');
}

describe('ribbon commands through the Office global', () => {
  let excel: FakeExcel;
  let runtime: FakeRuntime;
  const handlers = (): Map<string, (event: { completed(): void }) => void> => runtime.handlers;

  beforeAll(async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    excel = FakeExcel.from(snapshots, SHEET);
    runtime = new FakeRuntime(excel, new DocumentSettings());
    const { Office, Excel } = runtime.globals();
    // An Office that has not called onReady back yet: the handlers must be there all the same.
    Object.assign(Office as object, { onReady: () => new Promise(() => undefined) });
    Object.assign(globalThis, {
      Office,
      Excel,
      window: { location: { href: 'https://localhost:3000/commands.html' } },
    });
    await import('../src/commands/commands');
  });

  /** A ribbon click by a user who reads each message and closes it. */
  async function click(name: string): Promise<void> {
    runtime.userReads = true;
    await runtime.click(name);
  }

  test('every ExecuteFunction in the manifest has a handler, registered at the top level', () => {
    const manifest = readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(['buatTabelCapaian', 'kembalikan']);
    expect([...handlers().keys()].sort()).toEqual([...names].sort());
  });

  test('Buat Tabel Capaian writes the formulas and the sheets, completes the event, and keeps Kembalikan’s data in the workbook', async () => {
    await click('buatTabelCapaian');
    expect(excel.sheet(SHEET).at('K18')).toMatch(/^=IF\(AND\(ISNUMBER\(G18\)/);
    expect(excel.active).toBe('Pengukuran Kinerja');
    expect(stateOf(excel).undo.map((u) => [u.kind, u.sheets[0]?.sheet])).toEqual([['generate', SHEET]]);
    // Nothing is kept in the runtime's document settings (each runtime holds its own stale copy).
    expect(runtime.settings.get('capaianKinerja.restore')).toBeNull();
    expect(runtime.dialogs).toEqual([]);
  });

  test('Kembalikan puts the source sheet back, says what it did, and completes the event', async () => {
    await click('kembalikan');
    expect(excel.sheet(SHEET).at('K18')).toBe(0.351);
    expect(stateOf(excel).undo).toEqual([]);
    const text = decodeURIComponent(runtime.dialogs.at(-1)!.url.split('text=')[1]!);
    expect(text).toMatch(
      /^Dikembalikan: Buat Tabel Capaian \(.+, \d+ sel\)\. \d+ sel di "Realisasi 2022" seperti sebelumnya\. Lembar yang dihapus: Perjanjian Kinerja, Pengukuran Kinerja, Ringkasan Capaian, Narasi\.$/,
    );
  });

  test('a second message closes the first dialog rather than fail with 12007', async () => {
    await click('kembalikan');
    expect(runtime.dialogs).toHaveLength(2);
    expect(runtime.dialogs[0]!.closed).toBe(true);
    expect(decodeURIComponent(runtime.dialogs[1]!.url)).toMatch(
      /Belum ada perubahan oleh add-in \(Buat Tabel Capaian atau Perbaiki\)/,
    );
  });

  test('when the user refuses the dialog (12009) the message is kept in the workbook for the task pane', async () => {
    runtime.declineDialogs = true;
    excel.cellEditMode = true;
    await click('buatTabelCapaian');
    excel.cellEditMode = false;
    await click('kembalikan');
    runtime.declineDialogs = false;
    const pending = stateOf(excel).message;
    expect(pending?.id).toMatch(
      /^Belum ada perubahan oleh add-in \(Buat Tabel Capaian atau Perbaiki\) .*\(Excel tidak diizinkan menampilkan jendela pesan add-in/,
    );
    expect(pending?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test('the command completes only after the user closed its message: completed() would close it unread', async () => {
    runtime.userReads = false;
    let completed = false;
    const before = runtime.dialogs.length;
    const done = runtime.click('kembalikan').then(() => (completed = true));
    await waitFor(() => runtime.dialogs.length === before + 1);
    await new Promise((r) => setTimeout(r, 50));
    const dialog = runtime.dialogs.at(-1)!;
    expect([completed, dialog.closed]).toEqual([false, false]);
    dialog.userCloses();
    await done;
    expect(dialog.closedBy).toBe('user');
  });
});
