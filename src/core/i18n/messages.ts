import { Finding, FindingData } from '../check/finding';
import { SIMPLE_ROLE_KINDS, roleLabel } from './columns';
import { formatNumber, formatPercent, formatRupiah, Lang } from './format';
import { SimpleRoleKind } from '../table/roles';

/** A role as Peran kolom names it, never its internal key. */
function roleName(kind: string, lang: Lang): string {
  return SIMPLE_ROLE_KINDS.includes(kind as SimpleRoleKind)
    ? roleLabel({ kind: kind as SimpleRoleKind }, lang)
    : kind;
}

const LEVEL_ID: Record<string, string> = {
  sasaran: 'sasaran',
  urusan: 'urusan',
  program: 'program',
  kegiatan: 'kegiatan',
  subKegiatan: 'sub kegiatan',
};
const LEVEL_EN: Record<string, string> = {
  sasaran: 'objective (sasaran)',
  urusan: 'government affair (urusan)',
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
/** The total a parent line holds, as the subject of a sentence ("Jumlah keseluruhan", never "Total jumlah keseluruhan"). */
const OF_ID = {
  program: 'Total program',
  kegiatan: 'Total kegiatan',
  total: 'Jumlah keseluruhan',
  periode: 'Total jumlah periode',
  selisih: 'Total selisih',
};
const OF_EN = {
  program: 'The programme total',
  kegiatan: 'The activity total',
  total: 'The grand total',
  periode: 'The period total',
  selisih: 'The difference total',
};
const SEEN_ID = {
  'no-pair':
    'tampak seperti judul tabel tetapi tidak punya pasangan kolom target/realisasi atau pagu/realisasi',
  'no-name': 'tampak seperti judul tabel tetapi tidak punya kolom nama program/kegiatan atau indikator',
  'no-data': 'tampak seperti judul tabel tetapi tidak ada baris data di bawahnya',
} as const;
const SEEN_EN = {
  'no-pair': 'looks like a header but has no target/realisation or budget/realisation pair of columns',
  'no-name': 'looks like a header but has no programme/activity name or indicator column',
  'no-data': 'looks like a header but has no data rows under it',
} as const;

/** The message, and for a finding that stands for many cells, how many and where. */
export function findingMessage(f: Finding | FindingData, lang: Lang): string {
  const cells = 'cells' in f ? f.cells : undefined;
  const range = 'range' in f ? f.range : undefined;
  if (!cells || cells.length < 2) return cellMessage(f, lang);
  const grouped = groupedMessage(f, cells.length, range ?? '', lang);
  if (grouped) return grouped;
  return lang === 'id'
    ? `${cellMessage(f, lang)} Sama di ${cells.length} sel: ${range}.`
    : `${cellMessage(f, lang)} The same in ${cells.length} cells: ${range}.`;
}

/** Column-level causes, said once for the column. */
function groupedMessage(f: FindingData, n: number, range: string, lang: Lang): string | null {
  const id = lang === 'id';
  const column = range.replace(/\d+.*$/, '');
  switch (f.rule) {
    case 'copied-column':
      return id
        ? `Kolom ${column} mengulang nilai kolom ${f.source} di ${n} sel (${range}), bukan capaian; mis. "${f.typed}" seharusnya ${formatPercent(f.expected, 'id')}.`
        : `Column ${column} repeats column ${f.source} in ${n} cells (${range}) instead of the achievement; e.g. "${f.typed}" should be ${formatPercent(f.expected, 'en')}.`;
    case 'percent-scale':
      return id
        ? `${n} persentase di kolom ${column} (${range}) diketik dalam skala 0–100 di sel berformat %; mis. "${f.typed}" seharusnya ${formatPercent(f.expected, 'id')}.`
        : `${n} percentages in column ${column} (${range}) are typed on a 0–100 scale in %-formatted cells; e.g. "${f.typed}" should be ${formatPercent(f.expected, 'en')}.`;
    case 'form-mismatch':
      return id
        ? `${n} nilai di kolom ${column} (${range}) tidak sesuai rumus formulir ${f.formula}; mis. tertulis ${f.typed}, seharusnya ${plain(f.expected, 'id')}.`
        : `${n} values in column ${column} (${range}) disagree with the form's formula ${f.formula}; e.g. typed ${f.typed}, should be ${plain(f.expected, 'en')}.`;
    case 'not-written':
      return notWritten(f, n, lang);
    case 'follows-error':
      // A warning's root may be right: then say only that the cells follow it.
      if (!f.sure)
        return id
          ? `${n} sel di kolom ${column} (${range}) mengikuti ${f.from}, yang mungkin salah; bila ${f.from} memang salah dan dibetulkan, mereka ikut berubah.`
          : `${n} cells of column ${column} (${range}) follow ${f.from}, which may be wrong; if ${f.from} is wrong and is fixed, they change with it.`;
      return id
        ? `${n} sel di kolom ${column} (${range}) salah hanya karena mengikuti kesalahan di ${f.from}; bila sel itu dibetulkan, mereka ikut benar.`
        : `${n} cells of column ${column} (${range}) are wrong only because they follow the mistake at ${f.from}; fixing that cell fixes them.`;
    case 'cumulative-decrease':
      return id
        ? `${n} angka kumulatif di kolom ${column} (${range}) lebih kecil dari periode sebelumnya; angka s.d. suatu periode tidak dapat turun (angka per periode diketik di kolom kumulatif?).`
        : `${n} running totals in column ${column} (${range}) are below the period before; a year-to-date figure cannot go down (each period's own figure typed in a cumulative column?).`;
    case 'capaian-mismatch':
      if (f.cause === 'column')
        return id
          ? `Kolom ${column} berjudul capaian, tetapi ${n} nilainya (${range}) tidak sesuai realisasi ÷ target; kolom ini dibiarkan seperti diketik dan capaian ditulis di kolom baru.`
          : `Column ${column} is headed as achievement, but ${n} of its values (${range}) do not fit realisation ÷ target; it is kept as typed and the achievement is written in a new column.`;
      if (f.cause)
        return id
          ? `${n} capaian indikator negatif di kolom ${column} (${range}) dihitung dengan rumus ${methodName(f.cause, 'id')}, bukan rumus yang dipilih.`
          : `${n} negative-indicator achievements in column ${column} (${range}) are computed as ${methodName(f.cause, 'en')}, not by the chosen method.`;
      return null;
    default:
      return null;
  }
}

/** The negative indicators' formula, as findings and the CLI's summary name it. */
export function methodName(m: 'selisih' | 'kebalikan', lang: Lang): string {
  if (m === 'selisih')
    return lang === 'id' ? '(2×target − realisasi)/target' : '(2×target − realisation)/target';
  return lang === 'id' ? 'target/realisasi' : 'target/realisation';
}

/** The one message catalogue: every finding's text, in Bahasa Indonesia and English. */
function cellMessage(f: FindingData, lang: Lang): string {
  const id = lang === 'id';
  switch (f.rule) {
    case 'no-table':
      // What was seen only: each place says what to do there (the pane, the web page, the CLI).
      if (f.seen)
        return id
          ? `Tidak ditemukan tabel kinerja/anggaran: baris ${f.seen.row + 1} ${SEEN_ID[f.seen.reason]}.`
          : `No performance or budget table found: row ${f.seen.row + 1} ${SEEN_EN[f.seen.reason]}.`;
      return id
        ? 'Tidak ditemukan tabel kinerja/anggaran: tidak ada baris judul kolom (Indikator, Target, Realisasi, Pagu…).'
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
      if (f.kept)
        return id
          ? `Angka "${f.text}" diikuti catatan; dibaca sebagai ${formatNumber(f.value, decimalsOf(f.value), 'id')} untuk pemeriksaan, tetapi sel dibiarkan seperti diketik, jadi capaian barisnya tidak dijadikan rumus. Pindahkan catatan ke kolom Keterangan agar capaiannya dihitung.`
          : `The number "${f.text}" is followed by a note; read as ${formatNumber(f.value, decimalsOf(f.value), 'en')} for the checks, but the cell stays as typed, so its row's capaian is not made a formula. Move the note to the Keterangan column to have it computed.`;
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
      if (f.cause === 'selisih' || f.cause === 'kebalikan')
        return id
          ? `Capaian indikator negatif tertulis "${f.typed}" dihitung dengan ${methodName(f.cause, 'id')}; dengan rumus yang dipilih ${formatPercent(f.expected, 'id')}.`
          : `The negative indicator's achievement "${f.typed}" is computed as ${methodName(f.cause, 'en')}; the chosen method gives ${formatPercent(f.expected, 'en')}.`;
      // The column's own name (Penyerapan for Rp), as Peran kolom and the generated sheets call it.
      if (f.measure === 'Rp')
        return id
          ? `Penyerapan anggaran tertulis "${f.typed}", seharusnya ${formatPercent(f.expected, 'id')} menurut pagu dan realisasinya.`
          : `Budget absorption is typed "${f.typed}"; its budget and spending give ${formatPercent(f.expected, 'en')}.`;
      return id
        ? `Capaian kinerja tertulis "${f.typed}", seharusnya ${formatPercent(f.expected, 'id')} menurut target dan realisasinya.`
        : `Performance achievement is typed "${f.typed}"; its target and realisation give ${formatPercent(f.expected, 'en')}.`;
    case 'subtotal-mismatch':
      if (f.of === 'periode') {
        return id
          ? `Jumlah realisasi tertulis ${formatNumber(f.stated, decimalsOf(f.stated), 'id')}, dari realisasi per periode ${formatNumber(f.sum, decimalsOf(f.sum), 'id')}.`
          : `The realisation total is typed ${formatNumber(f.stated, decimalsOf(f.stated), 'en')}; the periods give ${formatNumber(f.sum, decimalsOf(f.sum), 'en')}.`;
      }
      return id
        ? `${OF_ID[f.of]} tertulis ${formatRupiah(f.stated, 'id')}, jumlah rinciannya ${formatRupiah(f.sum, 'id')} (selisih ${formatRupiah(f.stated - f.sum, 'id')}).`
        : `${OF_EN[f.of]} is typed ${formatRupiah(f.stated, 'en')}; its items add up to ${formatRupiah(f.sum, 'en')} (difference ${formatRupiah(f.stated - f.sum, 'en')}).`;
    case 'progress-mismatch':
      return id
        ? `Kemajuan tertulis ${formatPercent(f.typed, 'id')}, rata-rata rinciannya ${formatPercent(f.mean, 'id')}.`
        : `Progress is typed ${formatPercent(f.typed, 'en')}; its items average ${formatPercent(f.mean, 'en')}.`;
    case 'progress-realisasi': {
      const [real, target] = [f.realisasi, f.target].map((v) => formatNumber(v, decimalsOf(v), lang));
      const done = formatNumber(f.progress * f.target, Math.min(decimalsOf(f.progress * f.target), 2), lang);
      return id
        ? `Realisasi tertulis ${real}, tetapi kemajuan s.d. periode terakhir ${formatPercent(f.progress, 'id')} dari target ${target} memberi ${done}, seperti di baris lain tabel ini.`
        : `The realisation is typed ${real}, but the progress to the last period, ${formatPercent(f.progress, 'en')} of the target ${target}, gives ${done}, as on the table's other lines.`;
    }
    case 'follows-error': {
      const becomes = formatNumber(f.expected, Math.min(decimalsOf(f.expected), 2), lang);
      if (!f.sure)
        return id
          ? `Tertulis ${f.typed}, sesuai rumus formulir dari angka di sampingnya; angka itu mengikuti ${f.from}, yang mungkin salah: bila ${f.from} memang salah dan dibetulkan, sel ini menjadi ${becomes}.`
          : `Typed ${f.typed}, as the form's formula gives from the figures beside it; it follows ${f.from}, which may be wrong: if ${f.from} is wrong and is fixed, this cell becomes ${becomes}.`;
      return id
        ? `Tertulis ${f.typed}, sesuai rumus formulir dari angka di sampingnya, tetapi salah karena mengikuti kesalahan di ${f.from}; bila ${f.from} dibetulkan, sel ini menjadi ${becomes}.`
        : `Typed ${f.typed}, as the form's formula gives from the figures beside it, but wrong because it follows the mistake at ${f.from}; once ${f.from} is fixed this cell becomes ${becomes}.`;
    }
    case 'cumulative-decrease': {
      const [typed, previous] = [f.typed, f.previous].map((v) => formatNumber(v, decimalsOf(v), lang));
      return id
        ? `Angka kumulatif ${f.period} tertulis ${typed}, lebih kecil dari periode sebelumnya (${previous}); angka s.d. suatu periode tidak dapat turun.`
        : `The running total for ${f.period} is typed ${typed}, below the period before (${previous}); a year-to-date figure cannot go down.`;
    }
    case 'series-year-mismatch': {
      const typed = formatNumber(f.typed, decimalsOf(f.typed), lang);
      const stated = formatNumber(f.stated, Math.min(decimalsOf(f.stated), 2), lang);
      return id
        ? `Angka kumulatif periode terakhir (${f.period}) tertulis ${typed}, tetapi angka tahunannya ${stated} (${f.where}).`
        : `The running total of the last period (${f.period}) is typed ${typed}, but the year's figure is ${stated} (${f.where}).`;
    }
    case 'hierarchy-unconfirmed':
      return id
        ? `Susunan program/kegiatan tidak dapat dipastikan: hanya ${f.explained} dari ${f.of} total induk sama dengan jumlah rinciannya. Jumlah tidak diperiksa dan tidak ditulis.`
        : `The programme/activity structure could not be confirmed: only ${f.explained} of ${f.of} parent totals equal the sum of their items. Totals are neither checked nor written.`;
    case 'missing-subtotal':
      return id
        ? `${OF_ID[f.of]} kosong; jumlah rinciannya ${formatRupiah(f.sum, 'id')}.`
        : `${OF_EN[f.of]} is empty; its items add up to ${formatRupiah(f.sum, 'en')}.`;
    case 'over-budget':
      return id
        ? `Realisasi ${formatRupiah(f.realisasi, 'id')} melebihi pagu ${formatRupiah(f.pagu, 'id')}.`
        : `Realisation ${formatRupiah(f.realisasi, 'en')} exceeds the budget ${formatRupiah(f.pagu, 'en')}.`;
    case 'orphan-row':
      return id ? ORPHAN_ID[f.reason] : ORPHAN_EN[f.reason];
    case 'formula-error':
      return id
        ? `Sel berisi kesalahan ${f.code}; nilainya diabaikan dalam perhitungan.`
        : `The cell holds the error ${f.code}; it is left out of the calculation.`;
    case 'zero-target':
      return id
        ? 'Target bernilai 0; capaian tidak dapat dihitung (tidak ada pembagian dengan nol di lembar kerja).'
        : 'The target is 0; achievement cannot be computed (no division by zero is written).';
    case 'merged-value-cells':
      return id
        ? `Sel ${f.range} digabung melewati kolom angka; hanya sel pertama yang terbaca. Pisahkan gabungannya agar setiap angka punya selnya sendiri.`
        : `Cells ${f.range} are merged across number columns; only the first is read. Unmerge them so that every figure has its own cell.`;
    case 'ambiguous-columns':
      return id
        ? `Kolom ${f.columns.join(' dan ')} sama-sama cocok sebagai ${roleName(f.role, 'id')}; tidak ada yang ditulis. Pilih peran yang benar di Peran kolom.`
        : `Columns ${f.columns.join(' and ')} both fit as ${roleName(f.role, 'en')}; neither is written. Choose the right role under Column roles.`;
    case 'copied-column':
      return id
        ? `Sel ini mengulang kolom ${f.source} ("${f.typed}"), bukan capaian; seharusnya ${formatPercent(f.expected, 'id')}.`
        : `This cell repeats column ${f.source} ("${f.typed}") instead of the achievement; it should be ${formatPercent(f.expected, 'en')}.`;
    case 'percent-scale':
      return id
        ? `"${f.typed}" diketik dalam skala 0–100 di sel berformat %; seharusnya ${formatPercent(f.expected, 'id')}.`
        : `"${f.typed}" is typed on a 0–100 scale in a %-formatted cell; it should be ${formatPercent(f.expected, 'en')}.`;
    case 'plain-mean':
      return id
        ? `${f.measure === 'Rp' ? 'Penyerapan' : 'Capaian'} tertulis "${f.typed}" adalah rata-rata biasa rinciannya (${formatPercent(f.mean, 'id')}); dihitung dari ${f.measure === 'Rp' ? 'jumlah anggaran' : 'bobot anggaran'} hasilnya ${formatPercent(f.weighted, 'id')}.`
        : `The typed ${f.measure === 'Rp' ? 'absorption' : 'achievement'} "${f.typed}" is the plain mean of its items (${formatPercent(f.mean, 'en')}); from the ${f.measure === 'Rp' ? 'budget totals' : 'budget weights'} it is ${formatPercent(f.weighted, 'en')}.`;
    case 'status-mismatch':
      return id
        ? `Status "${f.status}" tidak sesuai capaian ${formatPercent(f.capaian, 'id')}.`
        : `The status "${f.status}" contradicts the achievement ${formatPercent(f.capaian, 'en')}.`;
    case 'zero-target-met':
      return id
        ? 'Indikator negatif dengan target 0 dan realisasi 0: target tercapai (capaian 100%).'
        : 'Negative indicator with target 0 and realisation 0: the target is met (100%).';
    case 'form-mismatch':
      return id
        ? `Tertulis ${f.typed}, tetapi rumus formulir ${f.formula} memberi ${plain(f.expected, 'id')}.`
        : `Typed ${f.typed}, but the form's formula ${f.formula} gives ${plain(f.expected, 'en')}.`;
    case 'duplicate-row':
      return id
        ? `Baris ini sama dengan baris ${f.firstCell} (nama dan indikator sama).`
        : `This row repeats row ${f.firstCell} (same name and indicator).`;
    case 'not-written':
      return notWritten(f, 1, lang);
    case 'unmatched-indicator':
      return id
        ? `Indikator "${f.name}" tidak ditemukan di lembar "${f.other}"; bila namanya diubah, samakan agar bisa dibandingkan.`
        : `Indicator "${f.name}" is not on sheet "${f.other}"; if it was renamed, use one name so it can be compared.`;
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

function notWritten(f: Extract<FindingData, { rule: 'not-written' }>, n: number, lang: Lang): string {
  const cell = f.list.split(/[,:]/)[0]!;
  const would =
    f.would === null
      ? lang === 'id'
        ? 'kosong'
        : 'nothing'
      : f.percent
        ? formatPercent(f.would, lang)
        : plain(f.would, lang);
  return lang === 'id'
    ? `${n} sel tidak ditulis (${f.list}): rumusnya akan mengubah angka yang tampil tanpa temuan yang menyebut kesalahannya, mis. ${cell} menampilkan "${f.typed}", rumus memberi ${would}. Sel dibiarkan seperti diketik; bila kolomnya terbaca keliru, tetapkan perannya di panel Peran kolom (CLI: --role).`
    : `${n} ${n === 1 ? 'cell' : 'cells'} not written (${f.list}): the formula would change the figure shown with no finding naming a mistake there, e.g. ${cell} shows "${f.typed}", the formula gives ${would}. They are kept as typed; if a column was read wrongly, set its role in the column roles panel (CLI: --role).`;
}

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
