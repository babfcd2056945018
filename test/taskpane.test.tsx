/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { TaskpaneActions } from '../src/taskpane/actions';
import { officeActions } from '../src/taskpane/officeActions';
import { App } from '../src/taskpane/App';
import { loadWorkbook } from '../src/xlsx/workbook';
import { FakeExcel } from './fakes/excel';
import { FIXTURE, SHEET } from './helpers/fixture';
import { writeWorkbook } from './helpers/build';
import { fakeHost } from './helpers/host';
import { stateOf } from './helpers/state';

// jsdom has no layout engine; Fluent UI only needs the observer to exist.
globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** Opens a finding group by its heading (they start closed beyond the first). */
async function openGroup(name: RegExp): Promise<void> {
  await act(async () => fireEvent.click(screen.getByRole('button', { name, expanded: false })));
}

async function fixtureExcel(active = SHEET): Promise<FakeExcel> {
  const { snapshots } = await loadWorkbook(FIXTURE);
  return FakeExcel.from(snapshots, active);
}

describe('task pane on the fixture (real engine, in-memory Excel)', () => {
  test('shows what was found, the findings by severity, and selects a finding’s cell when clicked', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    expect(screen.getByText('Membaca lembar aktif…')).toBeTruthy();
    expect(await screen.findByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
    // The table in words, and the counts by severity beside their names.
    expect(
      screen.getByText('5 sasaran, 7 program, 15 kegiatan, 29 sub kegiatan, 37 indikator.'),
    ).toBeTruthy();
    expect(screen.getByText('Kesalahan 7')).toBeTruthy();
    // Six cells and one column: J repeats the realisasi in 31 cells, shown once. Grouped by cause: the first
    // group open, the others closed until clicked.
    const open = screen.getByRole('button', { expanded: true, name: /^Kesalahan: / });
    expect(open.textContent).toBe('Kesalahan: Jumlah tidak sama dengan rinciannya (5 temuan)');
    const closed = screen.getAllByRole('button', { expanded: false }).map((b) => b.textContent);
    expect(closed.slice(0, 3)).toEqual([
      'Kesalahan: Kolom capaian berisi salinan kolom lain (1 temuan)',
      'Kesalahan: Capaian atau penyerapan diketik, tidak dihitung dari angkanya (1 temuan)',
      'Peringatan: Jumlah program/kegiatan kosong (4 temuan)',
    ]);
    await openGroup(/^Kesalahan: Capaian atau penyerapan diketik/);
    const typed = screen.getByRole('list', {
      name: 'Capaian atau penyerapan diketik, tidak dihitung dari angkanya',
    });
    expect(within(typed).getByText(/tertulis "35,10%", seharusnya 35,21%/)).toBeTruthy();
    await openGroup(/^Kesalahan: Kolom capaian berisi salinan/);
    const copied = screen.getByRole('list', { name: 'Kolom capaian berisi salinan kolom lain' });
    expect(within(copied).getByText(/Kolom J mengulang nilai kolom H di 31 sel \(J9:J57\)/)).toBeTruthy();
    await act(async () => fireEvent.click(within(typed).getByLabelText('Realisasi 2022!K18')));
    expect(excel.selected).toBe('Realisasi 2022!K18');
  });

  test('a safe fix replaces a typed capaian with its formula, only in that cell', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    await openGroup(/^Kesalahan: Capaian atau penyerapan diketik/);
    await act(async () => fireEvent.click(screen.getByLabelText('Perbaiki K18')));
    expect(await screen.findByText('1 sel diperbaiki: K18 menjadi rumus, 35,21%.')).toBeTruthy();
    expect(excel.sheet(SHEET).at('K18')).toBe('=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")');
    expect(excel.sheet(SHEET).at('K17')).toBe(0.9751);
    // No sheet is made; the fix is kept (hidden) for Kembalikan.
    expect(excel.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [SHEET, 'Visible'],
      ['Rencana Kinerja 2022', 'Visible'],
      ['_CapaianKinerja', 'VeryHidden'],
    ]);
    expect(stateOf(excel).undo[0]?.sheets[0]?.cells).toEqual([
      expect.objectContaining({ row: 17, col: 10, content: 0.351 }),
    ]);
  });

  test('one Perbaiki for the copied column J writes the capaian formula into its 31 cells', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    await openGroup(/^Kesalahan: Kolom capaian berisi salinan/);
    await act(async () => fireEvent.click(screen.getByLabelText('Perbaiki J9:J57')));
    expect(await screen.findByText('31 sel diperbaiki: 31 di kolom J kini rumus.')).toBeTruthy();
    expect(excel.sheet(SHEET).at('J9')).toBe('=IF(AND(ISNUMBER(F9),ISNUMBER(H9),F9<>0),H9/F9,"")');
    expect(excel.sheet(SHEET).at('J42')).toBe('=IF(AND(ISNUMBER(F42),ISNUMBER(H42),F42<>0),H42/F42,"")');
    // The realisasi it copied stays as typed.
    expect(excel.sheet(SHEET).at('H9')).toBe('23 org');
  });

  test('Buat Tabel Capaian shows progress, then the summary card with focus on it, and Kembalikan undoes it', async () => {
    const excel = await fixtureExcel();
    const host = fakeHost(excel);
    render(<App actions={officeActions(host)} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Tabel Capaian' })));
    const heading = await screen.findByRole('heading', { name: 'Ringkasan capaian' });
    expect(document.activeElement).toBe(heading);
    // 33 of the 37 indicators have a predikat; the other 4 are counted, with why.
    expect(screen.getByText('33 dari 37 indikator berpredikat')).toBeTruthy();
    const predikat = within(screen.getByRole('list', { name: 'Predikat' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Only the bands that have indicators: a zero badge says nothing.
    expect(predikat).toEqual(['Sangat Tinggi: 31', 'Sangat Rendah: 2']);
    expect(screen.getByText(/^4 indikator tanpa predikat: /)).toBeTruthy();
    expect(screen.getByText('88,37%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Penyerapan anggaran' })).toBeTruthy();
    // Open Pengukuran Kinerja (the screen's primary button: the browser walk-through checks its colour); the
    // other sheets are links.
    expect(screen.getByRole('button', { name: 'Buka Pengukuran Kinerja' })).toBeTruthy();
    const sheets = screen.getByRole('list', { name: 'Lembar lain' });
    expect(
      within(sheets)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Perjanjian Kinerja', 'Ringkasan Capaian', 'Narasi']);
    // An indicator below target selects its row in the source table.
    await act(async () => fireEvent.click(screen.getByText(/^Indeks Pembangunan Gender \(/)));
    expect(excel.selected).toMatch(/^Realisasi 2022!A\d+:K\d+$/);
    expect(excel.active).toBe(SHEET);
    // What Kembalikan will undo is said beside its button: one line, the rest behind Selengkapnya.
    expect(
      screen.getByText(/^Kembalikan membatalkan perubahan terakhir: Buat Tabel Capaian \(.+, \d+ sel\)\.$/),
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Selengkapnya' })));
    expect(
      screen.getByText(
        /^Kembalikan membatalkan perubahan terakhir: Buat Tabel Capaian \(.+, \d+ sel\)\. Lembar Perjanjian Kinerja, Pengukuran Kinerja, Ringkasan Capaian, Narasi akan dihapus; bila Anda mengetik sesuatu di sana, Kembalikan bertanya dulu\./,
      ),
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kembalikan sekarang' })));
    const notice = await screen.findByText(/^Dikembalikan: Buat Tabel Capaian/);
    expect(excel.sheet(SHEET).at('K18')).toBe(0.351);
    // After Kembalikan the source table is shown again, not a contradiction, and focus is on what was done.
    expect(await screen.findByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
    expect(notice.closest('[tabindex="-1"]')).toBe(document.activeElement);
  });

  test('the user moves to another sheet with a table: the pane reads that sheet and the IKU list, not every sheet', async () => {
    const { snapshots } = await loadWorkbook(FIXTURE);
    const last = { ...snapshots.find((s) => s.name === SHEET)!, name: 'Realisasi 2021' };
    const excel = FakeExcel.from([...snapshots, last], SHEET);
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    expect(await screen.findByText('Tabel di Realisasi 2022!A4:K58')).toBeTruthy();
    // The preview planned after the first read reads nothing more.
    await act(async () => new Promise((r) => setTimeout(r, 200)));
    excel.reads.length = 0;
    await act(async () => excel.activate('Realisasi 2021'));
    expect(await screen.findByText('Tabel di Realisasi 2021!A4:K58')).toBeTruthy();
    const sheets = [...new Set(excel.reads.map((r) => r.slice(0, r.lastIndexOf('!')).replace(/^'|'$/g, '')))];
    expect(sheets.sort()).toEqual(['Realisasi 2021', 'Rencana Kinerja 2022']);
  });

  test('no table on the active sheet: says so, in English when Office is in English', async () => {
    const excel = await fixtureExcel('Rencana Kinerja 2022');
    render(<App actions={officeActions(fakeHost(excel, 'en'))} lang="en" />);
    expect(await screen.findByText('No table found')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read again' })).toBeTruthy();
  });

  test('a column role chosen in the pane is saved in the workbook and used on the next read', async () => {
    const excel = await fixtureExcel();
    const host = fakeHost(excel);
    render(<App actions={officeActions(host)} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    const actions = officeActions(host);
    await actions.saveOptions({ roles: { [SHEET]: { J: { kind: 'keterangan' } } } });
    const scan = await actions.scan();
    if (scan.kind !== 'table') throw new Error('no table');
    expect(scan.columns.find((c) => c.letter === 'J')!.role.kind).toBe('keterangan');
    expect(scan.findings.some((f) => f.cell === 'J9')).toBe(false);
    // Kept in the workbook itself, where the ribbon's runtime reads it too.
    expect(stateOf(excel).options).toEqual({ roles: { [SHEET]: { J: { kind: 'keterangan' } } } });
  });
});

describe('Tandai tabel: a table the engine cannot read, marked in the pane', () => {
  test('the selection becomes the header, roles are set per column, and Buat Tabel Capaian then writes capaian', async () => {
    const file = await writeWorkbook(
      [
        {
          name: 'Kinerja',
          rows: [
            ['LAPORAN TRIWULAN IV'],
            [],
            ['Aktivitas', 'Sasaran Angka', 'Hasil Nyata'],
            ['Pelatihan kader posyandu', 120, 96],
            ['Penyuluhan gizi balita', 40, 44],
          ],
        },
      ],
      'tandai.xlsx',
    );
    const { snapshots } = await loadWorkbook(file);
    const excel = FakeExcel.from(snapshots);
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    expect(await screen.findByText('Tabel tidak ditemukan')).toBeTruthy();
    // The user selects the header row on the sheet, then presses the button.
    excel.selected = 'Kinerja!A3:C3';
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tandai tabel' })));
    expect(await screen.findByText('Tabel di Kinerja!A3:C5')).toBeTruthy();
    expect(
      screen.getByText('Tabel ditandai di Kinerja!A3:C3; dipakai juga oleh Buat Tabel Capaian.'),
    ).toBeTruthy();
    // The words said nothing: the user says which column is which.
    for (const [label, role] of [
      ['Kolom A: Aktivitas', 'nama'],
      ['Kolom B: Sasaran Angka', 'targetK'],
      ['Kolom C: Hasil Nyata', 'realisasiK'],
    ] as const) {
      await act(async () => fireEvent.change(screen.getByLabelText(label), { target: { value: role } }));
      await screen.findByText('Tabel di Kinerja!A3:C5');
    }
    expect(stateOf(excel).options).toMatchObject({
      tables: { Kinerja: { header: { top: 2, left: 0, bottom: 2, right: 2 } } },
      roles: { Kinerja: { A: { kind: 'nama' }, B: { kind: 'targetK' }, C: { kind: 'realisasiK' } } },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Tabel Capaian' })));
    expect(await screen.findByRole('heading', { name: 'Ringkasan capaian' })).toBeTruthy();
    expect(excel.sheet('Kinerja').at('D4')).toBe('=IF(AND(ISNUMBER(B4),ISNUMBER(C4),B4<>0),C4/B4,"")');
    expect(excel.sheet('Kinerja').at('B4')).toBe(120);
  });
});

describe('task pane states with actions given as props', () => {
  test('generating shows its step and progress; done links to the generated sheets', async () => {
    let finish: (v: Awaited<ReturnType<TaskpaneActions['generate']>>) => void = () => undefined;
    const opened: string[] = [];
    const actions: TaskpaneActions = {
      scan: async () => ({
        kind: 'table',
        sheet: 'Realisasi',
        range: 'A3:I20',
        year: '2024',
        dinas: null,
        layout: 'evaluasi-renja',
        counts: { sasaran: 1, program: 1, kegiatan: 1, subKegiatan: 2, indikator: 3, rekening: 0 },
        columns: [
          {
            letter: 'F',
            header: 'Target',
            role: { kind: 'targetK' },
            kind: 'input',
            reason: 'judul "Target"',
          },
          {
            letter: 'G',
            header: 'Realisasi',
            role: { kind: 'realisasiK' },
            kind: 'input',
            reason: 'judul "Realisasi"',
          },
        ],
        findings: [],
        indicators: [],
        options: {},
        otherSheets: [],
        undo: null,
        pending: null,
      }),
      generate: (onProgress) => {
        onProgress('write');
        return new Promise((r) => (finish = r));
      },
      preview: async () => null,
      fix: async () => 0,
      selectCell: async () => undefined,
      saveOptions: async () => undefined,
      restore: async () => ({ id: 'ok', en: 'ok' }),
      openSheet: async (name) => void opened.push(name),
      dismissPending: async () => undefined,
      selection: async () => ({ sheet: 'Realisasi', range: { top: 2, left: 0, bottom: 3, right: 8 } }),
      watch: async () => undefined,
    };
    render(<App actions={actions} lang="id" />);
    await screen.findByText('Tidak ada temuan: tabel konsisten.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Tabel Capaian' })));
    // The progress bar is named by its step.
    expect(screen.getByRole('progressbar', { name: 'Membuat tabel… Menulis' })).toBeTruthy();
    await act(async () =>
      finish({
        ok: true,
        summary: {
          predikat: [{ label: 'Sangat Tinggi', band: 0, count: 3 }],
          unrated: { noTarget: 0, noRealisasi: 0, other: 0 },
          penyerapan: 0.9,
          belowTarget: [],
          threshold: 1,
          sheets: ['Pengukuran Kinerja'],
          pengukuran: 'Pengukuran Kinerja',
          changed: null,
        },
        undo: null,
      }),
    );
    expect(await screen.findByText('90,00%')).toBeTruthy();
    expect(screen.getByText('Semua indikator mencapai 100%.')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buka Pengukuran Kinerja' })));
    expect(opened).toEqual(['Pengukuran Kinerja']);
  });

  test('the rules typed in the settings are saved in the workbook as the engine reads them', async () => {
    const excel = await fixtureExcel();
    render(<App actions={officeActions(fakeHost(excel))} lang="id" />);
    await screen.findByText('Tabel di Realisasi 2022!A4:K58');
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Pengaturan', expanded: false })),
    );
    fireEvent.change(screen.getByLabelText('Batas atas capaian'), { target: { value: '120' } });
    // A decimal comma, as staff type it.
    fireEvent.change(screen.getByLabelText('Sorot bila capaian di bawah (%)'), { target: { value: '85,5' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' })));
    expect(stateOf(excel).options).toMatchObject({
      settings: { cap: 1.2, threshold: 0.855, scale: { id: 'permendagri-86-2017' } },
    });
  });

  test('signatories typed in the settings go into the Perjanjian Kinerja sheet', async () => {
    const excel = await fixtureExcel();
    const host = fakeHost(excel);
    const actions = officeActions(host);
    await actions.saveOptions({
      sheets: {
        signatories: {
          pertama: {
            jabatan: 'KEPALA DINAS P3AM',
            nama: 'Dra. Contoh, M.Si',
            pangkat: 'Pembina Utama Muda',
            nip: 'NIP. 1970',
          },
        },
      },
    });
    const r = await actions.generate(() => undefined);
    expect(r.ok).toBe(true);
    const pk = excel.sheet('Perjanjian Kinerja');
    const cells = [...pk.cells.values()].map((c) => c.value);
    expect(cells).toContain('Dra. Contoh, M.Si');
    expect(cells).toContain('Pembina Utama Muda');
    expect(cells).toContain('WALI KOTA BINJAI');
  });
});
