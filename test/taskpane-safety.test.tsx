/** @jest-environment jsdom */
/**
 * The task pane can never hurt the workbook: "Perbaiki semua" says what it will change and asks once, every
 * write is undone by Kembalikan one step at a time, and the pane follows the user's sheet and keeps what they
 * opened. Real engine, in-memory Excel behaving as Office.js does.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { officeActions } from '../src/taskpane/officeActions';
import { App } from '../src/taskpane/App';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { dumpSheet } from './helpers/dump';
import { FIXTURE, SHEET } from './helpers/fixture';
import { fakeHost } from './helpers/host';

// jsdom has no layout engine; Fluent UI only needs the observer to exist.
globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function fixtureExcel(active = SHEET): Promise<FakeExcel> {
  const { snapshots } = await loadWorkbook(FIXTURE);
  return FakeExcel.from(snapshots, active);
}

const click = (el: HTMLElement): Promise<void> => act(async () => void fireEvent.click(el));

test('Perbaiki semua says what it will change and asks once; Kembalikan undoes it, then Kembalikan has nothing left', async () => {
  const excel = await fixtureExcel();
  const source = dumpSheet(excel.sheet(SHEET));
  render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
  await screen.findByText('Tabel di Realisasi 2022!A4:K58');
  const fixAll = screen.getByRole('button', { name: /^Perbaiki 42 sel yang aman/ });
  await click(fixAll);
  // Nothing is written on the first click: it asks, saying which cells become what.
  expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);
  const ask = screen.getByText(/^Perbaiki semua akan /);
  expect(ask.textContent).toBe(
    'Perbaiki semua akan mengganti 41 sel di kolom G, I, J dan K dengan rumus, dan menjadikan 1 sel di kolom I angka. Kembalikan dapat membatalkannya.',
  );
  expect(fixAll.textContent).toBe('Perbaiki 42 sel yang aman…');
  // Focus is on the question, so a screen reader reads it before the buttons.
  expect(ask.closest('[tabindex="-1"]')).toBe(document.activeElement);
  await click(screen.getByRole('button', { name: 'Batal' }));
  expect(screen.queryByText(/^Perbaiki semua akan /)).toBeNull();
  expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);

  await click(screen.getByRole('button', { name: /^Perbaiki 42 sel yang aman/ }));
  await click(screen.getByRole('button', { name: 'Ya, perbaiki 42 sel' }));
  const done = await screen.findByText(
    '42 sel diperbaiki: 41 di kolom G, I, J dan K kini rumus, 1 di kolom I kini angka.',
  );
  expect(done.closest('[tabindex="-1"]')).toBe(document.activeElement);
  expect(excel.sheet(SHEET).at('J9')).toBe('=IF(AND(ISNUMBER(F9),ISNUMBER(H9),F9<>0),H9/F9,"")');
  expect(excel.sheet(SHEET).at('G58')).toBe('=SUM(G7,G28,G31,G36,G39,G42,G46,G53)');
  // The pane says what Kembalikan undoes now: this fix, 42 cells.
  expect(
    screen.getByText(/^Kembalikan membatalkan perubahan terakhir: Perbaiki \(.+, 42 sel\)\./),
  ).toBeTruthy();
  await click(screen.getByRole('button', { name: 'Kembalikan sekarang' }));
  expect(
    await screen.findByText(/^Dikembalikan: Perbaiki \(.+, 42 sel\)\. 42 sel di "Realisasi 2022"/),
  ).toBeTruthy();
  expect(dumpSheet(excel.sheet(SHEET))).toEqual(source);
  // Nothing left to undo: no Kembalikan on screen.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Kembalikan sekarang' })).toBeNull());
});

test('a sheet change is followed (onActivated); a re-read keeps the open sections; our sheets are never the source', async () => {
  const excel = await fixtureExcel();
  render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
  await screen.findByText('Tabel di Realisasi 2022!A4:K58');
  await waitFor(() => expect(excel.activatedHandlers.size).toBe(1));
  // The user opens a group and the settings.
  await click(
    screen.getByRole('button', { name: /^Kesalahan: Capaian atau penyerapan diketik/, expanded: false }),
  );
  await click(screen.getByRole('button', { name: 'Pengaturan', expanded: false }));
  expect(screen.getByRole('button', { name: 'Pengaturan', expanded: true })).toBeTruthy();

  // The user goes to the IKU sheet: the pane reads it and says what to do there.
  await act(async () => excel.activate('Rencana Kinerja 2022'));
  expect(await screen.findByText(/Lembar "Rencana Kinerja 2022" berisi daftar target/)).toBeTruthy();
  // Back on the realisasi sheet: the table again, with the sections as the user left them.
  await act(async () => excel.activate(SHEET));
  expect(await screen.findByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Pengaturan', expanded: true })).toBeTruthy();

  // After Buat Tabel Capaian, "Kembali ke temuan" on our Pengukuran Kinerja sheet reads the source table, not ours.
  await click(screen.getByRole('button', { name: 'Buat Tabel Capaian' }));
  await screen.findByRole('heading', { name: 'Ringkasan capaian' });
  expect(excel.active).toBe('Pengukuran Kinerja');
  await click(screen.getByRole('button', { name: 'Kembali ke temuan' }));
  expect(await screen.findByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
  expect(screen.queryByText(/Pengukuran Kinerja!/)).toBeNull();
});

test('without ExcelApi 1.7 (Excel 2016) the pane reads again when it gets the focus back', async () => {
  const excel = await fixtureExcel();
  const host = fakeHost(excel);
  const actions = officeActions({
    ...host,
    run: (fn) => host.run((ctx) => fn({ ...ctx, supports: (minor) => minor <= 4 })),
  });
  render(<App actions={actions} lang="en" />);
  await screen.findByText('Table at Realisasi 2022!A4:K58');
  expect(excel.activatedHandlers.size).toBe(0);
  // The lang attribute follows the pane's language.
  expect(document.documentElement.lang).toBe('en');
  excel.active = 'Rencana Kinerja 2022';
  await act(async () => void window.dispatchEvent(new Event('focus')));
  expect(await screen.findByText(/Sheet "Rencana Kinerja 2022" holds a list of targets/)).toBeTruthy();
});
