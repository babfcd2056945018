/** What a column of a realisasi table holds. */
export type SimpleRoleKind =
  | 'no'
  | 'nomor'
  | 'kode'
  | 'sasaran'
  | 'nama'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'targetK'
  | 'pagu'
  | 'realisasiK'
  | 'realisasiRp'
  | 'capaianK'
  | 'capaianRp'
  | 'penanggungJawab'
  | 'keterangan'
  /** Tercapai / Belum Tercapai / Melampaui, typed beside the figures. */
  | 'status'
  /** Sisa anggaran, lebih/(kurang): the difference of two figures. */
  | 'selisih'
  | 'other';

export type Measure = 'K' | 'Rp';

export type ColumnRole =
  | { readonly kind: SimpleRoleKind }
  /** Realisasi of one triwulan (of 4) or month (of 12). */
  | { readonly kind: 'period'; readonly measure: Measure; readonly index: number; readonly of: 4 | 12 }
  /**
   * A period's "%" beside its K and Rp (Renja evaluation forms: K | % | Rp per triwulan): how far the year's
   * target is reached by the end of that period, cumulative, as a fraction. Typed by the office; no
   * realisasi to add up.
   */
  | { readonly kind: 'progress'; readonly index: number; readonly of: 4 | 12 }
  /** Figures of another year or of the Renstra period: shown, not computed on. */
  | {
      readonly kind: 'reference';
      readonly source: 'renstra' | 'priorYear';
      readonly measure: 'target' | 'realisasi' | 'capaian';
    };

export type RoleKind = ColumnRole['kind'];

export const ROLE_KINDS: readonly RoleKind[] = [
  'no',
  'nomor',
  'kode',
  'sasaran',
  'nama',
  'indikator',
  'satuan',
  'polaritas',
  'targetK',
  'pagu',
  'realisasiK',
  'realisasiRp',
  'capaianK',
  'capaianRp',
  'penanggungJawab',
  'keterangan',
  'status',
  'selisih',
  'other',
  'period',
  'progress',
  'reference',
];
