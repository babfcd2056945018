import * as path from 'path';
import { anyRole, CorpusCase, derived, oneOf, periods, same } from '../corpus/spec';

/**
 * Issue 19: eleven offices' own workbooks (test/real/, kept as the offices' files came), each with its truth in
 * NAME.expect.json. Every truth stated there is written here as the corpus harness asserts it: the tables,
 * the roles, each true error at its cell, no error on a correct cell, the capaian and penyerapan our formulas
 * give after LibreOffice, every input unchanged, and no value changed without a finding naming it.
 */
const file = (name: string): string => path.join(__dirname, `${name}.xlsx`);
const noError = (sheet: string, ...cells: string[]) =>
  cells.map((cell) => ({ sheet, cell, severity: 'error' as const }));

const polman: CorpusCase = {
  id: 'h1-polman-2022',
  what: 'monthly realisasi K under a merged Realisasi; a budget sheet with Realisasi 1 … 12 in one header row',
  classes: ['monthly-pengukuran', 'budget-monthly', 'months-numbers', 'text-en'],
  numbers: 'en',
  file: file('h1-polman-2022'),
  sheets: [],
  tables: [
    {
      sheet: 'Kinerja 2022',
      range: 'A3:S7',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'label',
        E: 'targetK',
        ...periods('F', 12, 'K'),
        R: derived('realisasiK'),
        S: 'capaianK',
      },
    },
    {
      sheet: 'Anggaran 2022',
      range: 'A3:P6',
      dataRow: 4,
      columns: {
        A: 'nama',
        B: 'pagu',
        ...periods('C', 12, 'Rp'),
        O: derived('realisasiRp'),
        P: 'capaianRp',
      },
      // B4 = B5 + B6, typed: a right subtotal, made live with the same value; so are the months the items
      // filled (E4 = E5 + E6 …); the months they left empty stay empty.
      totals: ['B4', 'E4', 'H4', 'K4', 'N4'],
    },
  ],
  mustNot: [{ severity: 'warning' }],
  after: {
    capaian: [
      { row: 5, K: 97.32 },
      { row: 6, K: 150 },
      { row: 7, K: 166.67 },
      { row: 4, Rp: 99.66, table: 1 },
      { row: 5, Rp: 99.62, table: 1 },
      { row: 6, Rp: 99.8, table: 1 },
    ],
  },
};

const pringsewu: CorpusCase = {
  id: 'h1-pringsewu-2025',
  what: "a Perjanjian Kinerja's targets only ('BB', '70 Indeks') and a programme list in 'Rp. 4.100.832.755'",
  classes: ['pk-53-2014', 'text-id'],
  numbers: 'id',
  file: file('h1-pringsewu-2025'),
  sheets: [],
  tables: [
    {
      sheet: 'IKU 2025',
      range: 'A3:D8',
      dataRow: 4,
      columns: { A: 'label', B: 'label', C: 'indikator', D: 'targetK' },
    },
    {
      sheet: 'Program 2025',
      range: 'A1:C6',
      dataRow: 2,
      columns: { A: 'label', B: 'nama', C: 'pagu' },
      counts: { program: 5 },
    },
  ],
  mustNot: [{ severity: 'error' }],
  after: {
    cells: [
      { sheet: 'Program 2025', cell: 'C2', value: 4100832755 },
      { sheet: 'Program 2025', cell: 'C5', value: 13572000 },
    ],
  },
};

const sumut: CorpusCase = {
  id: 'h1-sumut-2021',
  what: 'budget-only; dot thousands beside dot decimals; a wrong typed % and a programme % that is the plain mean',
  classes: ['plain-mean', 'text-id'],
  numbers: 'id',
  file: file('h1-sumut-2021'),
  sheets: [],
  tables: [
    {
      sheet: 'Tabel 19',
      range: 'A4:E11',
      dataRow: 5,
      columns: { A: 'label', B: 'nama', C: 'pagu', D: 'realisasiRp', E: 'capaianRp' },
      // The programme and kegiatan lines carry no figures: their sums are filled in, with a warning each.
      totals: ['C5', 'D5', 'C6', 'D6', 'C8', 'D8'],
    },
  ],
  must: [
    { rule: 'capaian-mismatch', cell: 'E11' },
    { rule: 'missing-subtotal', cell: 'C5' },
    { rule: 'plain-mean', cell: 'E5' },
  ],
  mustNot: noError('Tabel 19', 'E7', 'E9', 'E10'),
  after: {
    capaian: [
      { row: 11, Rp: 77.08 },
      { row: 7, Rp: 93.63 },
      { row: 5, Rp: 88.92 },
    ],
  },
};

const aceh: CorpusCase = {
  id: 'h2-aceh-apbd-2011',
  what: 'revenue realisation (LRA pendapatan): above target is good; two subtotals that add up',
  classes: ['revenue', 'lra', 'kode-rekening'],
  numbers: 'id',
  file: file('h2-aceh-apbd-2011'),
  sheets: [],
  tables: [
    {
      sheet: 'LRA Pendapatan 2011',
      range: 'A4:E13',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: oneOf('input', 'pagu', 'targetK'),
        D: oneOf('input', 'realisasiRp', 'realisasiK'),
        E: oneOf('derived', 'capaianRp', 'capaianK'),
      },
      totals: ['C5', 'D5', 'C10', 'D10'],
    },
  ],
  mustNot: [{ severity: 'warning' }],
  after: {
    capaian: [
      { row: 5, either: 100.7 },
      { row: 6, either: 94.13 },
      { row: 9, either: 238.11 },
      { row: 10, either: 63.96 },
      { row: 13, either: 100 },
    ],
  },
};

const manggarai: CorpusCase = {
  id: 'h2-manggaraitimur-2019',
  what: 'indicator-only table, earlier years side by side, negative indicators computed T/R, one wrong capaian',
  classes: ['iku-earlier-years', 'negative-kebalikan', 'tahun-over-target', 'header-2', 'text-id'],
  numbers: 'id',
  file: file('h2-manggaraitimur-2019'),
  sheets: [],
  tables: [
    {
      sheet: 'Tabel 3.8',
      range: 'A5:I10',
      dataRow: 7,
      columns: {
        A: 'label',
        B: 'indikator',
        ...same('C D E F', anyRole('input')),
        G: 'targetK',
        H: 'realisasiK',
        I: 'capaianK',
      },
    },
  ],
  must: [{ rule: 'capaian-mismatch', cell: 'I9' }],
  mustNot: noError('Tabel 3.8', 'I8', 'I7'),
  after: {
    capaian: [
      { row: 8, K: 96.54 },
      { row: 9, K: 355.56 },
    ],
  },
};

const sutojayan: CorpusCase = {
  id: 'h2-sutojayan-pkp-2019',
  what: 'puskesmas PKP: a target % column beside the target, a numeric column-number row',
  classes: ['puskesmas-pkp', 'target-percent-input', 'column-numbers', 'header-2'],
  numbers: 'id',
  file: file('h2-sutojayan-pkp-2019'),
  sheets: [],
  tables: [
    {
      sheet: 'PKP UKM Esensial',
      range: 'A6:M31',
      dataRow: 9,
      columns: {
        A: 'label',
        B: 'label',
        C: 'indikator',
        D: 'input',
        E: 'label',
        F: anyRole('input'),
        G: 'targetK',
        H: 'realisasiK',
        I: anyRole('derived'),
        J: 'capaianK',
        ...same('K L M', anyRole('input')),
      },
    },
  ],
  // The group lines (UKM Esensial, Upaya Promosi Kesehatan, Pengkajian PHBS …) are headings over their
  // kegiatan: no missing indicator, no line out of place (the truth lists no mistake in the table).
  mustNot: [{ severity: 'error' }, { row: 8 }, { rule: 'missing-indicator' }, { rule: 'orphan-row' }],
  after: {
    capaian: [
      { row: 12, K: 100.74 },
      { row: 13, K: 200 },
      { row: 18, K: 333.33 },
      { row: 28, K: 666.67 },
      { row: 31, K: 100 },
    ],
  },
};

const karantina: CorpusCase = {
  id: 'h3-karantina-yogya-2020',
  what: "'Capaian' holding the realised value; status words with reasons; a monthly Bulan / Target % / Realisasi % table",
  classes: ['status', 'zero-target', 'percent-scale'],
  numbers: 'id',
  file: file('h3-karantina-yogya-2020'),
  sheets: [],
  tables: [
    {
      sheet: 'IK Tambahan 2020',
      range: 'A4:E18',
      dataRow: 5,
      columns: { A: 'label', B: 'indikator', C: 'targetK', D: 'realisasiK', E: 'label' },
    },
    {
      sheet: 'Realisasi Anggaran 2020',
      range: 'A4:C15',
      dataRow: 5,
      columns: {
        A: 'label',
        B: oneOf('input', 'targetK', 'pagu'),
        C: oneOf('input', 'realisasiK', 'realisasiRp'),
      },
    },
  ],
  // D17 "38% (Evaluasi Semester I)": the figure is read for the checks, the cell stays as typed and its
  // row gets no capaian formula; one info says so.
  must: [
    { rule: 'status-mismatch', cell: 'E16' },
    { rule: 'number-as-text', cell: 'D17' },
  ],
  mustNot: [
    { sheet: 'IK Tambahan 2020', column: 'D', severity: 'warning' },
    ...noError('IK Tambahan 2020', 'E9', 'E12', 'E13', 'C6', 'C7', 'D6', 'D7', 'E6', 'E7', 'E18', 'D18'),
    { sheet: 'Realisasi Anggaran 2020', severity: 'error' },
  ],
  after: {
    capaian: [
      { row: 5, K: 102.38 },
      { row: 8, K: 103.16 },
      { row: 9, K: 91.67 },
      { row: 12, K: 81.82 },
      { row: 15, K: 192 },
      { row: 16, K: 99 },
      { row: 5, either: 41, table: 1 },
      { row: 10, either: 86.49, table: 1 },
      { row: 15, either: 96.81, table: 1 },
    ],
  },
};

const disporasu: CorpusCase = {
  id: 'h4-disporasu-lra-2022',
  what: "the office's own LRA and FISIK file: its own =SUM subtotals, '-' bullets, notes and a signature block",
  classes: ['lra', 'office-sum-bullets', 'revenue', 'title-notes', 'existing-layout'],
  numbers: 'id',
  file: file('h4-disporasu-lra-2022'),
  sheets: [],
  tables: [
    {
      sheet: 'LRA',
      range: 'B6:L18',
      dataRow: 8,
      columns: {
        B: 'label',
        ...same('C D E F', anyRole('label')),
        G: 'pagu',
        H: 'realisasiRp',
        I: 'capaianRp',
        J: anyRole('derived'),
        K: anyRole('derived'),
        L: 'label',
      },
      totals: ['G8', 'H8', 'G12', 'H12', 'G18', 'H18'],
    },
    {
      sheet: 'FISIK',
      range: 'B6:O29',
      dataRow: 7,
      columns: {
        ...same('B C D E F G H I J K L', anyRole('label')),
        M: 'pagu',
        N: 'realisasiRp',
        O: 'label',
      },
      // N7 is empty beside M7 = M9: filled as the same sum, with a missing-subtotal warning.
      totals: ['M7', 'N7', 'M9', 'N9', 'M10', 'N10', 'M11', 'N11', 'M17', 'N17', 'M24', 'N24'],
    },
  ],
  mustNot: [
    { sheet: 'LRA', rule: 'subtotal-mismatch' },
    { sheet: 'LRA', severity: 'error' },
    { sheet: 'LRA', row: 29 },
    { sheet: 'LRA', row: 30 },
    { sheet: 'FISIK', severity: 'error' },
  ],
  after: {
    capaian: [
      { row: 9, Rp: 182.79 },
      { row: 13, Rp: 80.0 },
      { row: 16, Rp: 10.26 },
      { row: 12, Rp: 45.17 },
      { row: 18, Rp: 45.17 },
      { row: 12, Rp: 29.07, table: 1 },
      { row: 29, Rp: 98.76, table: 1 },
      { row: 11, Rp: 21.2, table: 1 },
      { row: 9, Rp: 9.71, table: 1 },
    ],
    formulasKept: ['G8', 'H8', 'I8', 'J8', 'K8', 'I9', 'J9', 'K9', 'G12', 'H12', 'I12', 'J12', 'K12', 'I13'],
    cells: [
      { sheet: 'LRA', cell: 'I28', value: '…' },
      { sheet: 'LRA', cell: 'I29', value: '…' },
      { sheet: 'LRA', cell: 'G30', value: 1088200000 },
    ],
  },
};

export const REAL: readonly CorpusCase[] = [
  polman,
  pringsewu,
  sumut,
  aceh,
  manggarai,
  sutojayan,
  karantina,
  disporasu,
];
