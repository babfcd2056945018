import { at, CorpusCase, grid, merges, oneOf, pct } from './spec';

/** Revenue targets read as a target or as a budget: an expert accepts either, never "over budget". */
const REVENUE_COLUMNS = {
  target: oneOf('input', 'pagu', 'targetK'),
  realisasi: oneOf('input', 'realisasiRp', 'realisasiK'),
  capaian: oneOf('derived', 'capaianRp', 'capaianK'),
} as const;

/** PAD of a Dinas Kesehatan: retribusi and lain-lain PAD; realisasi above target is an achievement. */
const retribusi: CorpusCase = {
  id: 'pendapatan-retribusi',
  what: 'revenue (retribusi, lain-lain PAD): realisasi above target, Lebih/(Kurang) in brackets, one wrong %',
  classes: ['revenue', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'PAD',
      rows: grid`
        TARGET DAN REALISASI PENDAPATAN ASLI DAERAH
        DINAS KESEHATAN KOTA SUKAMAJU TAHUN ANGGARAN 2023

        No | Jenis Pendapatan | Target (Rp) | Realisasi (Rp) | Capaian (%) | Lebih / (Kurang) (Rp)
        I | Retribusi Daerah | 1800000000 | 1951650000 | 108,43 | 151.650.000
        1 | Retribusi Pelayanan Kesehatan di Puskesmas | 1250000000 | 1412350000 | 112,99 | 162.350.000
        2 | Retribusi Pelayanan Laboratorium Kesehatan Daerah | 400000000 | 367800000 | 91,59 | (32.200.000)
        3 | Retribusi Pelayanan Ambulans | 150000000 | 171500000 | 114,33 | 21.500.000
        II | Lain-lain PAD yang Sah | 8512000000 | 9135510500 | 107,33 | 623.510.500
        1 | Pendapatan BLUD RSUD | 8500000000 | 9125640000 | 107,36 | 625.640.000
        2 | Jasa Giro | 12000000 | 9870500 | 82,25 | (2.129.500)
        JUMLAH PAD | | 10312000000 | 11087160500 | 107,52 | 775.160.500

        Sukamaju, 10 Januari 2024
        Bendahara Penerimaan
      `,
      merges: merges('A12:B12'),
    },
  ],
  tables: [
    {
      sheet: 'PAD',
      range: 'A4:F12',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: REVENUE_COLUMNS.target,
        D: REVENUE_COLUMNS.realisasi,
        E: REVENUE_COLUMNS.capaian,
        F: 'derived', // lebih / (kurang) = realisasi − target
      },
      totals: at('C D', 5, 9, 12),
    },
  ],
  must: [{ rule: 'capaian-mismatch', cell: 'E7' }], // 367.800.000 / 400.000.000 = 91,95 %, typed 91,59
  mustNot: [{ rule: 'over-budget' }, { rule: 'missing-indicator' }, { rule: 'subtotal-mismatch' }],
  after: {
    capaian: [
      { row: 6, either: pct(1412350000, 1250000000) },
      { row: 7, either: pct(367800000, 400000000) },
      { row: 10, either: pct(9125640000, 8500000000) },
      { row: 12, either: pct(11087160500, 10312000000) },
    ],
    cells: [
      { cell: 'C12', value: 10312000000 }, // 1.800.000.000 + 8.512.000.000
      { cell: 'D12', value: 11087160500 },
    ],
  },
};

/**
 * LRA pendapatan of a Dinas Perhubungan exported from SIPD: kode rekening, English-style text numbers
 * ("2,400,000,000.00"), parking revenue below target, testing and terminal revenue above it.
 */
const padEn: CorpusCase = {
  id: 'pad-kode-rekening-en',
  what: 'LRA pendapatan with kode rekening 4 / 4.1 / 4.1.02 / 4.1.02.01.0011, en-style text, above target',
  classes: ['revenue', 'lra', 'kode-rekening', 'text-en', 'header-1', 'title-notes'],
  numbers: 'en',
  sheets: [
    {
      name: 'LRA Pendapatan',
      rows: grid`
        LAPORAN REALISASI ANGGARAN PENDAPATAN - DINAS PERHUBUNGAN
        Periode s.d. 31 Desember 2023

        Kode Rekening | Uraian | Anggaran Setelah Perubahan | Realisasi s.d. Desember | % | Lebih/(Kurang)
        '4' | PENDAPATAN DAERAH | 3,850,000,000.00 | 3,754,875,500.00 | 97.53 | (95,124,500.00)
        '4.1' | PENDAPATAN ASLI DAERAH (PAD) | 3,850,000,000.00 | 3,754,875,500.00 | 97.53 | (95,124,500.00)
        '4.1.02' | Retribusi Daerah | 3,850,000,000.00 | 3,754,875,500.00 | 97.53 | (95,124,500.00)
        '4.1.02.01' | Retribusi Jasa Umum | 3,250,000,000.00 | 3,099,750,000.00 | 95.38 | (150,250,000.00)
        '4.1.02.01.0011' | Retribusi Pelayanan Parkir di Tepi Jalan Umum | 2,400,000,000.00 | 2,187,450,000.00 | 91.14 | (212,550,000.00)
        '4.1.02.01.0013' | Retribusi Pengujian Kendaraan Bermotor | 850,000,000.00 | 912,300,000.00 | 107.33 | 62,300,000.00
        '4.1.02.02' | Retribusi Jasa Usaha | 600,000,000.00 | 655,125,500.00 | 109.19 | 55,125,500.00
        '4.1.02.02.0006' | Retribusi Terminal | 600,000,000.00 | 655,125,500.00 | 109.19 | 55,125,500.00

        Sumber: SIPD (ekspor), diolah
      `,
    },
  ],
  tables: [
    {
      sheet: 'LRA Pendapatan',
      range: 'A4:F12',
      dataRow: 5,
      columns: {
        A: 'label',
        B: 'nama',
        C: REVENUE_COLUMNS.target,
        D: REVENUE_COLUMNS.realisasi,
        E: REVENUE_COLUMNS.capaian,
        F: 'derived',
      },
      totals: at('C D', 5, 6, 7, 8, 11),
    },
  ],
  mustNot: [
    { rule: 'over-budget' },
    { rule: 'capaian-mismatch' },
    { rule: 'subtotal-mismatch' },
    { rule: 'ambiguous-number' },
  ],
  after: {
    capaian: [
      { row: 9, either: pct(2187450000, 2400000000) },
      { row: 10, either: pct(912300000, 850000000) },
      { row: 12, either: pct(655125500, 600000000) },
      { row: 5, either: pct(3754875500, 3850000000) },
    ],
    cells: [{ cell: 'D8', value: 3099750000 }], // 2.187.450.000 + 912.300.000
  },
};

export const PENDAPATAN: readonly CorpusCase[] = [retribusi, padEn];
