import { FindingData } from '../check/finding';
import { formatNumber, formatPercent, formatRupiah, Lang } from './format';

const LEVEL_ID: Record<string, string> = {
  sasaran: 'sasaran',
  program: 'program',
  kegiatan: 'kegiatan',
  subKegiatan: 'sub kegiatan',
};
const LEVEL_EN: Record<string, string> = {
  sasaran: 'objective (sasaran)',
  program: 'programme',
  kegiatan: 'activity (kegiatan)',
  subKegiatan: 'sub-activity (sub kegiatan)',
};
const WHAT_ID = {
  target: 'Target',
  realisasi: 'Realisasi',
  pagu: 'Pagu',
  realisasiRp: 'Realisasi anggaran',
  capaian: 'Capaian',
} as const;
const WHAT_EN = {
  target: 'Target',
  realisasi: 'Realisation',
  pagu: 'Budget',
  realisasiRp: 'Budget realisation',
  capaian: 'Achievement',
} as const;
const OF_ID = {
  program: 'program',
  kegiatan: 'kegiatan',
  total: 'jumlah keseluruhan',
  periode: 'jumlah periode',
};
const OF_EN = { program: 'programme', kegiatan: 'activity', total: 'grand total', periode: 'period total' };

/** The one message catalogue: every finding's text, in Bahasa Indonesia and English. */
export function findingMessage(f: FindingData, lang: Lang): string {
  const id = lang === 'id';
  switch (f.rule) {
    case 'no-table':
      return id
        ? 'Tidak ditemukan tabel kinerja/anggaran: baris judul kolom (Indikator, Target, Realisasi, Pagu…) tidak dikenali.'
        : 'No performance or budget table found: no header row (Indikator, Target, Realisasi, Pagu…) was recognised.';
    case 'missing-indicator':
      return id
        ? `Baris ${LEVEL_ID[f.level]} ini tidak memiliki indikator kinerja.`
        : `This ${LEVEL_EN[f.level]} row has no performance indicator.`;
    case 'missing-target':
      return id ? 'Indikator ini tidak memiliki target.' : 'This indicator has no target.';
    case 'missing-realisasi':
      return id ? 'Indikator ini belum diisi realisasinya.' : 'This indicator has no realisation yet.';
    case 'not-a-number':
      return id
        ? `${WHAT_ID[f.what]} "${f.text}" bukan angka; capaian tidak dapat dihitung.`
        : `${WHAT_EN[f.what]} "${f.text}" is not a number; achievement cannot be computed.`;
    case 'number-as-text':
      return id
        ? `Angka "${f.text}" tersimpan sebagai teks; dibaca sebagai ${formatNumber(f.value, decimalsOf(f.value), 'id')}.`
        : `The number "${f.text}" is stored as text; read as ${formatNumber(f.value, decimalsOf(f.value), 'en')}.`;
    case 'ambiguous-number':
      return id
        ? `"${f.text}" bisa dibaca dua cara (ribuan atau desimal); dibaca sebagai ${plain(f.value, 'id')}. Periksa dan tulis ulang dengan jelas.`
        : `"${f.text}" can be read two ways (thousands or decimals); read as ${plain(f.value, 'en')}. Check it and retype it unambiguously.`;
    case 'unit-mismatch':
      return id
        ? `Satuan realisasi (${f.realisasiUnit}) berbeda dengan satuan target (${f.targetUnit}).`
        : `The realisation's unit (${f.realisasiUnit}) differs from the target's (${f.targetUnit}).`;
    case 'capaian-mismatch':
      return id
        ? `Capaian ${f.measure === 'Rp' ? 'anggaran' : 'kinerja'} tertulis "${f.typed}", seharusnya ${formatPercent(f.expected, 'id')} menurut target dan realisasinya.`
        : `${f.measure === 'Rp' ? 'Budget' : 'Performance'} achievement is typed "${f.typed}"; its target and realisation give ${formatPercent(f.expected, 'en')}.`;
    case 'subtotal-mismatch':
      if (f.of === 'periode') {
        return id
          ? `Jumlah realisasi tertulis ${formatNumber(f.stated, decimalsOf(f.stated), 'id')}, dari realisasi per periode ${formatNumber(f.sum, decimalsOf(f.sum), 'id')}.`
          : `The realisation total is typed ${formatNumber(f.stated, decimalsOf(f.stated), 'en')}; the periods give ${formatNumber(f.sum, decimalsOf(f.sum), 'en')}.`;
      }
      return id
        ? `Total ${OF_ID[f.of]} tertulis ${formatRupiah(f.stated, 'id')}, jumlah rinciannya ${formatRupiah(f.sum, 'id')} (selisih ${formatRupiah(f.stated - f.sum, 'id')}).`
        : `The ${OF_EN[f.of]} total is typed ${formatRupiah(f.stated, 'en')}; its items add up to ${formatRupiah(f.sum, 'en')} (difference ${formatRupiah(f.stated - f.sum, 'en')}).`;
    case 'missing-subtotal':
      return id
        ? `Total ${OF_ID[f.of]} kosong; jumlah rinciannya ${formatRupiah(f.sum, 'id')}.`
        : `The ${OF_EN[f.of]} total is empty; its items add up to ${formatRupiah(f.sum, 'en')}.`;
    case 'over-budget':
      return id
        ? `Realisasi ${formatRupiah(f.realisasi, 'id')} melebihi pagu ${formatRupiah(f.pagu, 'id')}.`
        : `Realisation ${formatRupiah(f.realisasi, 'en')} exceeds the budget ${formatRupiah(f.pagu, 'en')}.`;
    case 'orphan-row':
      return id ? ORPHAN_ID[f.reason] : ORPHAN_EN[f.reason];
    case 'formula-error':
      return id
        ? `Sel berisi galat ${f.code}; nilainya diabaikan dalam perhitungan.`
        : `The cell holds the error ${f.code}; it is left out of the calculation.`;
    case 'zero-target':
      return id
        ? 'Target bernilai 0; capaian tidak dapat dihitung (tidak ada pembagian dengan nol di lembar kerja).'
        : 'The target is 0; achievement cannot be computed (no division by zero is written).';
    case 'merged-value-cells':
      return id
        ? `Sel ${f.range} digabung melewati kolom angka; hanya sel pertama yang terbaca. Pisahkan gabungannya agar setiap angka punya selnya sendiri.`
        : `Cells ${f.range} are merged across number columns; only the first is read. Unmerge them so that every figure has its own cell.`;
    case 'duplicate-row':
      return id
        ? `Baris ini sama dengan baris ${f.firstCell} (nama dan indikator sama).`
        : `This row repeats row ${f.firstCell} (same name and indicator).`;
  }
}

const ORPHAN_ID = {
  'numbering-restart':
    'Penomoran kegiatan dimulai lagi dari 1 tanpa baris Program di atasnya; baris Program-nya mungkin terhapus.',
  'before-program': 'Kegiatan ini berada sebelum baris Program mana pun.',
  'no-parent': 'Sub kegiatan ini tidak berada di bawah kegiatan atau program.',
  'no-name': 'Baris ini berisi angka tetapi tanpa nama program/kegiatan atau indikator.',
} as const;
const ORPHAN_EN = {
  'numbering-restart':
    'Activity numbering restarts at 1 with no Program row above it; the Program row may have been deleted.',
  'before-program': 'This activity comes before any Program row.',
  'no-parent': 'This sub-activity is not under any activity or programme.',
  'no-name': 'This row holds figures but no programme/activity name or indicator.',
} as const;

/** A number without thousands grouping, so that it cannot itself be misread. */
function plain(v: number, lang: Lang): string {
  const s = String(v);
  return lang === 'id' ? s.replace('.', ',') : s;
}

function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  return Math.min(s.length - s.indexOf('.') - 1, 6);
}
