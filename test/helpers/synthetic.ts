import { CellValue, SheetSnapshot } from '../../src/core/sheet/snapshot';

const HEADER = [
  'Kode',
  'Program/Kegiatan/Sub Kegiatan',
  'Indikator Kinerja',
  'Target',
  'Pagu (Rp)',
  'Realisasi',
  'Realisasi (Rp)',
  'Capaian (%)',
  'Penyerapan (%)',
];

/**
 * A realisasi table with `subKegiatan` indicator rows under kode nomenklatur: 10 sub kegiatan per kegiatan,
 * 5 kegiatan per program, and a grand total. `text` is put in every indicator name (to make large requests).
 */
export function syntheticRealisasi(subKegiatan: number, name = 'Realisasi', text = ''): SheetSnapshot {
  const rows: CellValue[][] = [['EVALUASI RENJA DINAS CONTOH TAHUN 2024'], [], HEADER];
  for (let i = 0; i < subKegiatan; i++) {
    const p = Math.floor(i / 50) + 1;
    const k = Math.floor(i / 10) + 1;
    if (i % 50 === 0)
      rows.push([
        `1.02.${String(p).padStart(2, '0')}`,
        `PROGRAM CONTOH ${p}`,
        `Persentase layanan program ${p}`,
        '100 %',
        null,
        '95 %',
        null,
        null,
        null,
      ]);
    if (i % 10 === 0)
      rows.push([
        `1.02.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}`,
        `Kegiatan contoh ${k}`,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    const pagu = 1_000_000 + i * 1000;
    rows.push([
      `1.02.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}.${String(i + 1).padStart(4, '0')}`,
      `Sub kegiatan contoh ${i + 1}`,
      `Jumlah dokumen ${i + 1}${text}`,
      '10 dok',
      pagu,
      `${8 + (i % 3)} dok`,
      Math.round(pagu * 0.9),
      // Typed right, as offices mostly do, but for one row in a hundred (80 % typed as 75 %).
      i % 100 === 99 ? '75%' : `${(8 + (i % 3)) * 10}%`,
      0.9,
    ]);
  }
  rows.push(['Jumlah', null, null, null, null, null, null, null, null]);
  const width = HEADER.length;
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r, i) =>
      r.map((_, c) => (i > 2 && (c === 4 || c === 6) ? '#,##0' : 'General')),
    ),
    merges: [],
  };
}
