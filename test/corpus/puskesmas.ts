import { anyRole, CorpusCase, grid, merges, oneOf, pct } from './spec';

/**
 * Penilaian Kinerja Puskesmas (Permenkes 44/2016): target %, total sasaran, target sasaran (= total ×
 * target), pencapaian (a count, not a capaian), cakupan (= pencapaian ÷ total), and the kinerja against
 * the target (= pencapaian ÷ target sasaran).
 */
const pkp: CorpusCase = {
  id: 'puskesmas-pkp',
  what: 'PKP: target %, total sasaran, target sasaran, pencapaian (a count), cakupan, kinerja',
  classes: ['puskesmas-pkp', 'header-1', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'PKP UKM Esensial',
      rows: grid`
        PENILAIAN KINERJA PUSKESMAS (PKP) TAHUN 2023
        UPTD PUSKESMAS SUKAMAJU - KECAMATAN SUKAMAJU
        I. UPAYA KESEHATAN MASYARAKAT (UKM) ESENSIAL

        No | Upaya\nKesehatan | Kegiatan | Satuan\nSasaran | Target\n(%) | Total\nSasaran | Target\nSasaran | Pencapaian | Cakupan\n(%) | Pencapaian\nKinerja (%)
        1 | Pelayanan Kesehatan Ibu dan Anak | Pelayanan kesehatan ibu hamil (K4) | bumil | 100 | 820 | 820 | 763 | 93,05 | 93,05
        | | Pertolongan persalinan oleh tenaga kesehatan | bulin | 100 | 782 | 782 | 770 | 98,47 | 98,47
        2 | Imunisasi | Imunisasi dasar lengkap pada bayi | bayi | 95 | 760 | 722 | 701 | 92,24 | 97,09
        | | Desa/Kelurahan UCI | desa | 100 | 14 | 14 | 13 | 92,86 | 92,86
        3 | Gizi | Balita ditimbang (D/S) | balita | 85 | '3.460' | '2.941' | '2.870' | 82,95 | 97,59
        | | Balita gizi buruk mendapat perawatan | balita | 100 | 6 | 6 | 6 | 100 | 100
        4 | Kesehatan Lingkungan | Penduduk dengan akses sanitasi layak (jamban sehat) | KK | 80 | '5.200' | '4.160' | '3.952' | 76 | 95

        Keterangan: Target Sasaran = Total Sasaran x Target (%); Cakupan = Pencapaian / Total Sasaran x 100
        | | | | | | | Kepala UPTD Puskesmas Sukamaju
      `,
      merges: merges('A6:A7 B6:B7 A8:A9 B8:B9 A10:A11 B10:B11'),
    },
  ],
  tables: [
    {
      sheet: 'PKP UKM Esensial',
      range: 'A5:J12',
      dataRow: 6,
      columns: {
        A: 'label',
        B: 'label',
        C: oneOf('label', 'indikator', 'nama'),
        D: 'label',
        E: anyRole('input'), // the target, in %
        F: anyRole('input'),
        // Total Sasaran × Target (%), but a column named target is an input (issue 10, section 2): kept as typed.
        G: anyRole('input'),
        H: anyRole('input'), // "Pencapaian": how many were served
        I: anyRole('derived'), // pencapaian ÷ total sasaran
        J: 'capaianK',
      },
    },
  ],
  mustNot: [{ rule: 'capaian-mismatch' }, { row: 14 }],
  after: {
    capaian: [
      { row: 6, K: pct(763, 820) },
      { row: 8, K: pct(701, 722) }, // = 92,24 % cakupan of a 95 % target
      { row: 10, K: pct(2870, 2941) }, // 2.941 = 3.460 × 85 %
      { row: 11, K: 100 },
      { row: 12, K: pct(3952, 4160) },
    ],
  },
};

/** SPM bidang kesehatan: every target 100 %, total sasaran and those served, capaian, a consistent status. */
const spm: CorpusCase = {
  id: 'puskesmas-spm',
  what: 'SPM kesehatan: target 100 %, total sasaran over "Jumlah Sasaran", those served, capaian, status',
  classes: ['puskesmas-spm', 'status', 'header-2', 'text-id', 'title-notes'],
  numbers: 'id',
  sheets: [
    {
      name: 'SPM Kesehatan',
      rows: grid`
        CAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN
        KABUPATEN SUKAMAJU TAHUN 2023

        No | Jenis Pelayanan Dasar | Target (%) | Jumlah Sasaran | | Capaian (%) | Keterangan
        | | | Total Sasaran | Yang Mendapat Pelayanan
        1 | Pelayanan kesehatan ibu hamil | 100 | '4.125' | '3.968' | 96,19 | Belum Tercapai
        2 | Pelayanan kesehatan ibu bersalin | 100 | '3.937' | '3.937' | 100 | Tercapai
        3 | Pelayanan kesehatan bayi baru lahir | 100 | '3.750' | '3.702' | 98,72 | Belum Tercapai
        4 | Pelayanan kesehatan balita | 100 | '15.480' | '14.962' | 96,65 | Belum Tercapai
        5 | Pelayanan kesehatan pada usia pendidikan dasar | 100 | '28.340' | '28.340' | 100 | Tercapai
        6 | Pelayanan kesehatan pada usia produktif | 100 | '142.560' | '98.372' | 69,00 | Belum Tercapai
        7 | Pelayanan kesehatan pada usia lanjut | 100 | '21.300' | '19.987' | 93,84 | Belum Tercapai
        8 | Pelayanan kesehatan penderita hipertensi | 100 | '18.650' | '11.224' | 60,18 | Belum Tercapai

        Sumber: Bidang Kesehatan Masyarakat dan Bidang P2P
      `,
      merges: merges('A4:A5 B4:B5 C4:C5 D4:E4 F4:F5 G4:G5'),
    },
  ],
  tables: [
    {
      sheet: 'SPM Kesehatan',
      range: 'A4:G13',
      dataRow: 6,
      columns: {
        A: 'label',
        B: oneOf('label', 'indikator', 'nama'),
        C: anyRole('input'),
        D: anyRole('input'),
        E: anyRole('input'),
        F: 'capaianK', // served ÷ total sasaran, against a 100 % target
        G: 'label',
      },
    },
  ],
  mustNot: [{ rule: 'status-mismatch' }, { rule: 'capaian-mismatch' }],
  after: {
    capaian: [
      { row: 6, K: pct(3968, 4125) },
      { row: 7, K: 100 },
      { row: 11, K: pct(98372, 142560) },
      { row: 13, K: pct(11224, 18650) },
    ],
  },
};

export const PUSKESMAS: readonly CorpusCase[] = [pkp, spm];
