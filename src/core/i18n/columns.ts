import { ColumnWhy } from '../table/columns';
import { ColumnRole, SimpleRoleKind } from '../table/roles';
import { Lang } from './format';

const ROLE_ID: Readonly<Record<SimpleRoleKind, string>> = {
  no: 'No',
  nomor: 'Nomor urut',
  kode: 'Kode',
  sasaran: 'Sasaran',
  nama: 'Program/Kegiatan/Sub Kegiatan',
  indikator: 'Indikator',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  targetK: 'Target (K)',
  pagu: 'Pagu (Rp)',
  realisasiK: 'Realisasi (K)',
  realisasiRp: 'Realisasi (Rp)',
  capaianK: 'Capaian K (%)',
  capaianRp: 'Penyerapan Rp (%)',
  penanggungJawab: 'Penanggung jawab',
  keterangan: 'Keterangan',
  status: 'Status (Tercapai/Belum)',
  selisih: 'Sisa / Lebih (Kurang)',
  other: '—',
};

const ROLE_EN: Readonly<Record<SimpleRoleKind, string>> = {
  no: 'No',
  nomor: 'Row number',
  kode: 'Code',
  sasaran: 'Objective (sasaran)',
  nama: 'Programme/activity name',
  indikator: 'Indicator',
  satuan: 'Unit',
  polaritas: 'Polarity',
  targetK: 'Target (K)',
  pagu: 'Budget (Rp)',
  realisasiK: 'Realisation (K)',
  realisasiRp: 'Realisation (Rp)',
  capaianK: 'Achievement K (%)',
  capaianRp: 'Absorption Rp (%)',
  penanggungJawab: 'Responsible unit',
  keterangan: 'Notes',
  status: 'Status (met/not met)',
  selisih: 'Remainder / over (under)',
  other: '—',
};

/** Simple role kinds in the order a user picks from. */
export const SIMPLE_ROLE_KINDS = Object.keys(ROLE_ID) as SimpleRoleKind[];

export function roleLabel(role: ColumnRole, lang: Lang): string {
  const id = lang === 'id';
  if (role.kind === 'period') {
    const period = role.of === 4 ? (id ? 'Triwulan' : 'Quarter') : id ? 'Bulan' : 'Month';
    return `${id ? 'Realisasi' : 'Realisation'} ${period} ${role.index} (${role.measure})`;
  }
  if (role.kind === 'progress') {
    const period = role.of === 4 ? (id ? 'Triwulan' : 'Quarter') : id ? 'Bulan' : 'Month';
    return `${id ? 'Kemajuan s.d.' : 'Progress to'} ${period} ${role.index} (%)`;
  }
  if (role.kind === 'reference') {
    const source = role.source === 'renstra' ? 'Renstra' : id ? 'Tahun lalu' : 'Earlier year';
    const measure = id
      ? role.measure
      : { target: 'target', realisasi: 'realisation', capaian: 'achievement' }[role.measure];
    return `${source}: ${measure}`;
  }
  return (id ? ROLE_ID : ROLE_EN)[role.kind];
}

const quoted = (path: readonly string[]): string => path.map((p) => `"${p}"`).join(' › ');

/** Why a column was read as it was: `header "TARGET" › "K"`, `nilai cocok H ÷ F di 30 dari 32 baris`. */
export function columnReason(why: ColumnWhy, lang: Lang, letter: (col: number) => string): string {
  const id = lang === 'id';
  switch (why.by) {
    case 'header':
      return why.path.length
        ? `${id ? 'judul' : 'header'} ${quoted(why.path)}`
        : id
          ? 'tanpa judul'
          : 'no header';
    case 'user':
      return id ? 'dipilih pengguna' : 'chosen by the user';
    case 'data':
      if (why.of === 0)
        return id
          ? `judul ${quoted(why.path)}; belum berisi nilai, diisi ${why.relation}`
          : `header ${quoted(why.path)}; no values yet, filled with ${why.relation}`;
      return id
        ? `judul ${quoted(why.path)}; nilai cocok ${why.relation} di ${why.fit} dari ${why.of} baris${why.copies ? `, ${why.copies} baris mengulang kolom lain` : ''}`
        : `header ${quoted(why.path)}; values fit ${why.relation} in ${why.fit} of ${why.of} rows${why.copies ? `, ${why.copies} rows repeat another column` : ''}`;
    case 'form':
      return id
        ? `rumus formulir ${why.formula}; cocok di ${why.fit} dari ${why.of} baris`
        : `the form's formula ${why.formula}; fits ${why.fit} of ${why.of} rows`;
    case 'mismatch':
      return id
        ? `judul ${quoted(why.path)}, tetapi nilainya tidak cocok ${why.relation} (${why.fit} dari ${why.of} baris): dibiarkan seperti diketik`
        : `header ${quoted(why.path)}, but its values do not fit ${why.relation} (${why.fit} of ${why.of} rows): kept as typed`;
    case 'realised':
      return id
        ? `judul ${quoted(why.path)}; angkanya sesatuan dengan target ${letter(why.target)}, bukan persen capaian: dibaca sebagai realisasi`
        : `header ${quoted(why.path)}; its figures are in the unit of target ${letter(why.target)}, not a capaian percentage: read as the realisasi`;
    case 'ambiguous':
      return id
        ? `judul ${quoted(why.path)}; kolom ${letter(why.other)} juga cocok: tidak ditulis`
        : `header ${quoted(why.path)}; column ${letter(why.other)} fits too: not written`;
  }
}
