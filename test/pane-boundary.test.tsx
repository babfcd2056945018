/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TableCounts } from '../src/core/engine';
import { ScanResult, TaskpaneActions } from '../src/taskpane/actions';
import { App } from '../src/taskpane/App';

// jsdom has no layout engine; Fluent UI only needs the observer to exist.
globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function scan(broken: boolean): ScanResult {
  // A scan without its findings (a bug, or data from an older version): the table view cannot render.
  const findings = (broken ? null : []) as unknown as [];
  return {
    kind: 'table',
    sheet: 'Realisasi',
    range: 'A3:I20',
    year: '2024',
    dinas: null,
    layout: 'evaluasi-renja',
    counts: { sasaran: 1, program: 1, kegiatan: 1, subKegiatan: 2, indikator: 3, rekening: 0 } as TableCounts,
    columns: [],
    findings,
    indicators: [],
    options: {},
    otherSheets: [],
    undo: null,
    pending: null,
  };
}

test('a render error shows a message and Baca ulang, not a blank pane; Baca ulang reads again', async () => {
  let answer: ScanResult = scan(true);
  const actions: TaskpaneActions = {
    scan: async () => answer,
    generate: async () => ({ ok: false, message: { id: 'x', en: 'x' } }),
    fix: async () => 0,
    selectCell: async () => undefined,
    saveOptions: async () => undefined,
    restore: async () => ({ id: 'ok', en: 'ok' }),
    openSheet: async () => undefined,
    dismissPending: async () => undefined,
    selection: async () => ({ sheet: 'Realisasi', range: { top: 2, left: 0, bottom: 3, right: 8 } }),
    watch: async () => undefined,
    preview: async () => null,
  };
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<App actions={actions} lang="id" />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^Tidak dapat dilanjutkan.*Panel add-in mengalami kesalahan tak terduga/);
  answer = scan(false);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Baca ulang' })));
  expect(await screen.findByText('Tabel di Realisasi!A3:I20')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  quiet.mockRestore();
});
