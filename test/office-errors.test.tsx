/** @jest-environment jsdom */
/**
 * Every Office error the add-in can meet, driven through the strict fake: each becomes a message that says
 * what to do, nothing is half-written where it can be found out first, and the task pane never stays busy.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { buatTabelCapaianCommand, kembalikanCommand } from '../src/commands/actions';
import { asWorkbook } from '../src/excel/api';
import { buatTabelCapaian } from '../src/excel/run';
import { kembalikan } from '../src/excel/undo';
import { officeActions } from '../src/taskpane/officeActions';
import { App } from '../src/taskpane/App';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel, FakeSheet } from './fakes/excel';
import { dumpWorkbook } from './helpers/dump';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';

// jsdom has no layout engine; Fluent UI only needs the observer to exist.
globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function fixtureExcel(): Promise<FakeExcel> {
  const { snapshots } = await loadWorkbook(FIXTURE);
  return FakeExcel.from(snapshots, SHEET);
}

describe('Buat Tabel Capaian', () => {
  test('a cell in edit mode: told to press Enter or Esc; nothing written', async () => {
    const excel = await fixtureExcel();
    const before = dumpWorkbook(excel);
    excel.cellEditMode = true;
    const host = fakeHost(excel);
    await buatTabelCapaianCommand(host);
    expect(host.messages.map((m) => m.id)).toEqual([
      'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu klik tombol lagi.',
    ]);
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('a protected source sheet is found before anything is written', async () => {
    const excel = await fixtureExcel();
    excel.sheet(SHEET).protected = true;
    const before = dumpWorkbook(excel);
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toEqual({
      ok: false,
      message: expect.objectContaining({
        id: 'Lembar "Realisasi 2022" dilindungi (protected), jadi tidak ada yang ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
      }),
    });
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('one of our sheets protected since the last run: named, nothing written', async () => {
    const excel = await fixtureExcel();
    await buatTabelCapaian(asWorkbook(excel.context()));
    excel.sheet('Pengukuran Kinerja').protected = true;
    excel.active = SHEET;
    const before = dumpWorkbook(excel);
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      message: { id: expect.stringMatching(/^Lembar "Pengukuran Kinerja" dilindungi/) },
    });
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('a protected workbook structure: the first run (which adds sheets) is refused whole; a later run needs none', async () => {
    const excel = await fixtureExcel();
    excel.structureProtected = true;
    const before = dumpWorkbook(excel);
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      message: { en: expect.stringMatching(/^The workbook's structure is protected/) },
    });
    expect(dumpWorkbook(excel)).toEqual(before);
    excel.structureProtected = false;
    await buatTabelCapaian(asWorkbook(excel.context()));
    excel.structureProtected = true;
    excel.active = SHEET;
    expect(await buatTabelCapaian(asWorkbook(excel.context()))).toMatchObject({ ok: true });
    // Kembalikan would delete sheets: refused before anything is put back.
    const beforeUndo = dumpWorkbook(excel);
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({
      ok: false,
      message: { id: expect.stringMatching(/^Struktur workbook dilindungi/) },
    });
    expect(dumpWorkbook(excel)).toEqual(beforeUndo);
  });

  test('a row too large for any response (5 MB in one row): told to use desktop Excel or the web page', async () => {
    const excel = new FakeExcel();
    const s = new FakeSheet('Besar');
    for (let c = 0; c < 170; c++) s.ensure(0, c).value = 'x'.repeat(30_000);
    excel.sheets.push(s);
    excel.active = 'Besar';
    const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
    expect(outcome).toMatchObject({
      ok: false,
      message: {
        id: expect.stringMatching(
          /^Jawaban Excel di web melebihi batas 5 MB .* di halaman web Capaian Kinerja \(tanpa add-in\)\.$/,
        ),
      },
    });
  });

  test('a request Excel refuses as too large, and an internal error: each said with what to do', async () => {
    for (const [code, text] of [
      ['RequestPayloadSizeLimitExceeded', /^Kiriman ke Excel di web melebihi batas 5 MB\. Coba lagi/],
      ['GeneralException', /^Excel mengalami kesalahan internal\. Simpan workbook, tutup dan buka kembali/],
      ['ItemNotFound', /^Lembar atau sel yang dicari tidak ada lagi/],
    ] as const) {
      const excel = await fixtureExcel();
      excel.failNextSyncWith = code;
      const outcome = await buatTabelCapaian(asWorkbook(excel.context()));
      expect([code, outcome.ok ? '' : outcome.message.id]).toEqual([code, expect.stringMatching(text)]);
    }
  });
});

describe('Kembalikan', () => {
  test('an internal error while undoing: said, and the undo data is still there to try again', async () => {
    const excel = await fixtureExcel();
    await buatTabelCapaian(asWorkbook(excel.context()));
    excel.failNextSyncWith = 'GeneralException';
    const host = fakeHost(excel);
    await kembalikanCommand(host);
    expect(host.messages.at(-1)!.id).toMatch(/^Excel mengalami kesalahan internal/);
    expect(stateOf(excel).undo).toHaveLength(1);
    await kembalikanCommand(host);
    expect(host.messages.at(-1)!.id).toMatch(/^Dikembalikan/);
  });

  test('a source sheet protected after the run: said, nothing put back', async () => {
    const excel = await fixtureExcel();
    await buatTabelCapaian(asWorkbook(excel.context()));
    excel.sheet(SHEET).protected = true;
    const before = dumpWorkbook(excel);
    expect(await kembalikan(asWorkbook(excel.context()))).toMatchObject({
      ok: false,
      message: { id: expect.stringMatching(/^Lembar "Realisasi 2022" dilindungi/) },
    });
    expect(dumpWorkbook(excel)).toEqual(before);
  });
});

describe('the task pane: every button catches, and the pane is never left busy', () => {
  test('a failing Buat Tabel Capaian ends on its message, the table still shown, and its button tries again', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    excel.cellEditMode = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Tabel Capaian' })));
    const message = await screen.findByText(/Excel sedang dalam mode edit sel/);
    // The catalogue's words, never "Error: InvalidOperationInCellEditMode"; focus on it; the table stays.
    expect(message.closest('[tabindex="-1"]')).toBe(document.activeElement);
    expect(screen.queryByText(/InvalidOperationInCellEditMode/)).toBeNull();
    expect(screen.getByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Buat Tabel Capaian' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    // What the message says to do is its button: the user pressed Esc, "Coba lagi" runs it again.
    excel.cellEditMode = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' })));
    expect(await screen.findByRole('heading', { name: 'Ringkasan capaian' })).toBeTruthy();
    expect(excel.active).toBe('Pengukuran Kinerja');
  });

  test('a fix on a protected sheet, a cell of a deleted sheet: each a message, the pane usable', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="en" />);
    await screen.findByText('Table at Realisasi 2022!A4:K58');
    excel.sheet(SHEET).protected = true;
    await act(async () =>
      fireEvent.click(
        screen.getByRole('button', { name: /^Errors: Achievement or absorption typed/, expanded: false }),
      ),
    );
    await act(async () => fireEvent.click(screen.getByLabelText('Fix K18')));
    expect(
      await screen.findByText(/^Sheet "Realisasi 2022" is protected, so nothing was written/),
    ).toBeTruthy();
    expect((screen.getByLabelText('Fix K18') as HTMLButtonElement).disabled).toBe(false);
    excel.sheets = excel.sheets.filter((s) => s.name !== SHEET);
    await act(async () => fireEvent.click(screen.getByLabelText('Realisasi 2022!K18')));
    expect(await screen.findByText(/^A sheet or cell we looked for is gone/)).toBeTruthy();
  });

  test('a message a ribbon button could not show is shown in the pane, until dismissed', async () => {
    const excel = await fixtureExcel();
    const ribbon = fakeHost(excel);
    ribbon.dialogCode = 12009;
    excel.active = 'Rencana Kinerja 2022';
    await buatTabelCapaianCommand(ribbon);
    excel.active = SHEET;
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    expect(await screen.findByText(/^Pesan dari tombol pita \(/)).toBeTruthy();
    expect(screen.getByText(/Lembar "Rencana Kinerja 2022" berisi daftar target/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tutup pesan' })));
    expect(screen.queryByText(/^Pesan dari tombol pita/)).toBeNull();
    expect(stateOf(excel).message).toBeNull();
  });
});
