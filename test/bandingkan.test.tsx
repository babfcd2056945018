/** @jest-environment jsdom */
/**
 * "Bandingkan dengan tahun lalu" in the task pane: the user picks the sheet of the open workbook that holds
 * last year's table; Simpan saves it in the workbook with the other settings and Buat Tabel Capaian compares
 * with it.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { readSavedOptions } from '../src/core/options';
import { officeActions } from '../src/taskpane/officeActions';
import { App } from '../src/taskpane/App';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { LAST, NOW } from './helpers/bab3';
import { writeWorkbook } from './helpers/build';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';

globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

test('the sheet picked is saved, and Buat Tabel Capaian makes the Perbandingan with it', async () => {
  const file = await writeWorkbook(
    [
      { name: 'Realisasi 2022', rows: NOW },
      { name: 'Realisasi 2021', rows: LAST },
    ],
    'pane.xlsx',
  );
  const excel = FakeExcel.from((await loadWorkbook(file)).snapshots, 'Realisasi 2022');
  render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
  await screen.findByText('Tabel di Realisasi 2022!A4:H7');
  // The picker sits among the settings, a section closed on the first screen.
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Pengaturan', expanded: false })));
  const picker = screen.getByLabelText('Bandingkan dengan tahun lalu') as HTMLSelectElement;
  expect([...picker.options].map((o) => o.value)).toEqual(['', 'Realisasi 2021']);
  await act(async () => fireEvent.change(picker, { target: { value: 'Realisasi 2021' } }));
  // Kept by Simpan, as every other setting.
  expect(stateOf(excel).options).not.toHaveProperty('sheets.compare');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' })));
  expect(stateOf(excel).options).toMatchObject({
    sheets: { compare: { kind: 'sheet', sheet: 'Realisasi 2021' } },
  });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Tabel Capaian' })));
  expect(await screen.findByRole('heading', { name: 'Ringkasan capaian' })).toBeTruthy();
  expect(excel.sheet('Perbandingan').at('D6')).toBe(
    `=IF(ISERROR('Realisasi 2021'!F5),"",IF('Realisasi 2021'!F5="","",'Realisasi 2021'!F5))`,
  );
});

test('a saved comparison is kept only when it names a sheet; a workbook or a damaged value is dropped', () => {
  expect(readSavedOptions({ sheets: { compare: { kind: 'sheet', sheet: 'Realisasi 2021' } } })).toEqual({
    sheets: { compare: { kind: 'sheet', sheet: 'Realisasi 2021' } },
  });
  expect(readSavedOptions({ sheets: { compare: { kind: 'workbook', sheets: [] } } })).toEqual({ sheets: {} });
  expect(readSavedOptions({ sheets: { compare: { kind: 'sheet', sheet: 7 } } })).toEqual({ sheets: {} });
});
