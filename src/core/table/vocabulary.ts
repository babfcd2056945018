import { normalize } from './text';

/**
 * The one catalogue of words that offices put in the headers of their realisasi, pengukuran, IKU and
 * budget tables. Header words only *propose* a reading; the numbers under them decide (confirm.ts).
 * Every pattern runs on normalised text (lower case, single spaces, no spaces around '/').
 */
export type HeaderTerm =
  | 'no'
  | 'kode'
  | 'sasaran'
  | 'nama'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'pagu'
  | 'realisasi'
  | 'capaian'
  | 'persen'
  | 'penyerapan'
  | 'cakupan'
  | 'nilai'
  | 'jumlah'
  | 'rataRata'
  | 'selisih'
  | 'status'
  | 'predikat'
  | 'keterangan'
  | 'penanggungJawab'
  | 'renstra'
  | 'tahunLalu'
  | 'tahunIni'
  | 'sampaiDengan'
  | 'populasi'
  | 'money'
  | 'periode'
  | 'kinerja';

const TERMS: readonly (readonly [HeaderTerm, RegExp])[] = [
  ['no', /^(no|no\.|nomor|nomer|nmr|no urut|no\.urut|nomor urut|#)$/],
  [
    'kode',
    /\bkode\b|\bkd\.?\b|\bno\.? ?akun\b|\bnomor akun\b|\bno\.? ?rek(ening)?\b|\bnomor rekening\b|\bkode rek\b/,
  ],
  ['sasaran', /\bsasaran\b|\btujuan\b/],
  [
    'nama',
    /\bprogram\b|\bkegiatan\b|\burusan\b|\buraian\b|\bnama\b|\brincian\b|\bjenis\b|\bbelanja\b|\bpendapatan\b|\bupaya kesehatan\b|\bpelayanan\b|\bakun\b|\bobjek\b|\bsub ?unit\b/,
  ],
  ['indikator', /\bindikator\b|\btolok ukur\b|\bukuran kinerja\b|\biku\b|\bkinerja utama\b|\bparameter\b/],
  ['satuan', /^(satuan|sat)\b(?!\s*kerja)|^sat\.$/],
  ['polaritas', /polarit|\bsifat indikator\b|\barah indikator\b/],
  ['target', /\btarget\b|\brencana\b|\btgt\.?\b|\bproyeksi\b/],
  ['pagu', /\bpagu\b|\banggaran\b|\balokasi\b|\bdana\b|\bplafon\b|\bdpa\b|\bapbd\b|\bbiaya\b/],
  [
    'realisasi',
    /\brealisasi\b|\breal\.?\b|\bpencapaian\b|\bhasil\b|\bterealisasi\b|\b(yang )?mendapat(kan)? pelayanan\b|\b(yang )?(di|ter)layani\b|\bditangani\b|\btertangani\b/,
  ],
  ['capaian', /\bcapaian\b/],
  ['persen', /%|\bpersen\b|\bpersentase\b|\bprosentase\b|\bprosen\b/],
  ['penyerapan', /\bpenyerapan\b|\bdaya serap\b|\bserapan\b/],
  ['cakupan', /\bcakupan\b/],
  ['nilai', /^(nilai|skor|angka)$/],
  ['jumlah', /^(jumlah|jml\.?|total|sub ?total|jumlah total|total realisasi|jumlah realisasi)$/],
  ['rataRata', /\brata-rata\b|\brata rata\b|\brerata\b/],
  ['selisih', /\bsisa\b|\blebih\/\(?kurang\)?|\blebih \(kurang\)|\bselisih\b|\bdeviasi\b|\bsilpa\b/],
  ['status', /\bstatus\b|\bevaluasi\b|\bkategori\b|\bkriteria\b|\bketercapaian\b/],
  ['predikat', /\bpredikat\b|\binterpretasi\b|\bkualifikasi\b/],
  [
    'keterangan',
    /\bketerangan\b|\bcatatan\b|^ket\.?$|\banalisis\b|\bpermasalahan\b|\bkendala\b|\bsolusi\b|\bfaktor\b|\btindak lanjut\b|\bsumber data\b|\bpenjelasan\b/,
  ],
  [
    'penanggungJawab',
    /penanggung ?jawab|\bpj\b|\bunit kerja\b|\bbidang pelaksana\b|\bpelaksana\b|\bunit skpd\b|\bunit opd\b|\bpengampu\b/,
  ],
  [
    'renstra',
    /\brenstra\b|\brpjmd\b|\bakhir periode\b|\bkondisi akhir\b|\bkondisi awal\b|\bbaseline\b|\btahun dasar\b/,
  ],
  ['tahunLalu', /\btahun (lalu|sebelumnya)\b|\btahun n-1\b|\bth\.? lalu\b/],
  ['tahunIni', /\btahun (berjalan|ini)\b|\btahun n\b|\btahun pelaksanaan\b/],
  ['sampaiDengan', /\bs\.? ?d\.?\b|\bs\/d\b|\bsampai dengan\b|\bkumulatif\b/],
  ['populasi', /\btotal sasaran\b|\bjumlah sasaran\b|\bpopulasi\b|\bjumlah penduduk\b|\bsasaran penduduk\b/],
  ['money', /\brp\b|\brp\.|\brupiah\b|\bkeuangan\b|\(rp\)|\bribu rupiah\b/],
  ['periode', /^(bulan|triwulan|tw|semester|periode|per bulan|per triwulan|bulanan|triwulanan)$/],
  ['kinerja', /^k$|\bkinerja\b|\bfisik\b|\bvolume\b|\bvol\.?\b|\boutput\b|\boutcome\b/],
];

/** Any term at all, in one scan: most cells of a sheet hold none. */
const ANY_TERM = new RegExp(TERMS.map(([, re]) => `(?:${re.source})`).join('|'));

/** Which catalogue terms a header text holds. */
export function termsOf(text: string): ReadonlySet<HeaderTerm> {
  const t = normalize(text);
  const out = new Set<HeaderTerm>();
  if (t === '' || t.length > 160 || !ANY_TERM.test(t)) return out;
  for (const [term, re] of TERMS) if (re.test(t)) out.add(term);
  return out;
}

const ROMAN_1_4: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'pebruari', 'peb', 'february'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'nop', 'november', 'nopember'],
  ['des', 'desember', 'dec', 'december'],
];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i + 1)));

export interface PeriodLabel {
  readonly index: number;
  readonly of: 2 | 4 | 12;
}

/** A label that names one period by itself: "TW II", "Triwulan 3", "Semester I", "Jan", "Agustus". */
export function periodLabel(text: string): PeriodLabel | null {
  const t = normalize(text).replace(/[.:]$/, '');
  const tw = /^(?:tw|trw|tri ?wulan|triwulan|tribulan|kuartal|q)\s*-?\s*(iv|i{1,3}|[1-4])$/.exec(t);
  if (tw) return { index: Number(tw[1]) || ROMAN_1_4[tw[1]!]!, of: 4 };
  const sem = /^(?:smt|sem|semester)\s*-?\s*(ii|i|[12])$/.exec(t);
  if (sem) return { index: sem[1] === 'ii' || sem[1] === '2' ? 2 : 1, of: 2 };
  return monthOf(t.replace(/\s*'?\d{2,4}$/, ''));
}

/** A month by any spelling offices use: "Jan", "Juni", "Agust", "Sept", "Nop", "Desember". */
function monthOf(t: string): PeriodLabel | null {
  const known = MONTH_INDEX.get(t);
  if (known) return { index: known, of: 12 };
  if (!/^[a-z]{3,9}$/.test(t)) return null;
  const i = MONTHS.findIndex((names) => names.some((n) => n.length > t.length && n.startsWith(t)));
  return i >= 0 ? { index: i + 1, of: 12 } : null;
}

/**
 * "s.d.", "s/d", "sampai dengan", "kumulatif": a label of the year so far, not of one period. Looser than
 * the catalogue's sampaiDengan (no word boundaries around the last two words), so not merged with it.
 */
const SO_FAR = /\bs\.? ?d\.?\b|\bs\/d\b|sampai dengan|kumulatif/;

/**
 * A period named at the end of a longer label: "Realisasi Triwulan II", "Real. TW 3", "Realisasi Bulan
 * Januari". Not "Realisasi s.d. Triwulan IV": that is the year so far.
 */
export function periodAtEnd(text: string): PeriodLabel | null {
  const t = normalize(text).replace(/[.:]$/, '');
  if (SO_FAR.test(t)) return null;
  const m =
    /(?:^|\s)((?:tw|trw|tri ?wulan|triwulan|tribulan|kuartal|semester|smt)\s*-?\s*(?:iv|i{1,3}|[1-4])|[a-z]+)$/.exec(
      t,
    );
  if (!m || m.index === 0) return null;
  return periodLabel(m[1]!);
}

/** A bare "I".."IV" or "1".."12": a period only under a group label that says which kind. */
export function barePeriodIndex(text: string): number | null {
  const t = normalize(text).replace(/[.()]/g, '');
  if (ROMAN_1_4[t] !== undefined) return ROMAN_1_4[t]!;
  return /^([1-9]|1[0-2])$/.test(t) ? Number(t) : null;
}

/** What a group label says of the bare period numbers under it. */
export function periodGroupOf(text: string): 2 | 4 | 12 | 'any' | null {
  const t = normalize(text);
  if (/\btri ?wulan\b|\btw\b|\btrw\b|\bkuartal\b/.test(t)) return 4;
  if (/\bbulan\b|\bbulanan\b/.test(t)) return 12;
  if (/\bsemester\b/.test(t)) return 2;
  if (/\brealisasi\b|\bpencapaian\b|\bcapaian\b|\bperiode\b/.test(t)) return 'any';
  return null;
}

const YEAR = /^(?:tahun|th\.?|thn\.?|ta\.?|t\.a\.?)?\s*((?:19|20)\d\d)$/;

/** "2019", "Tahun 2019", "TA 2022": a label naming a year. */
export function yearLabel(text: string): number | null {
  const m = YEAR.exec(normalize(text));
  return m ? Number(m[1]) : null;
}

export function yearsIn(text: string): number[] {
  return (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
}

/** Short labels of a lower header row: K | Rp, Fisik | Keuangan, %, Vol. */
export function isMeasureLabel(text: string): boolean {
  return /^(k|rp\.?|\(rp\)|rp \(.*\)|k \(.*\)|%|\(%\)|fisik|keuangan|kinerja|volume|vol\.?|output|nilai|jml|jumlah|total|satuan|target|realisasi|capaian|t|r|rupiah)$/.test(
    normalize(text),
  );
}

/** Does this text hold any catalogue word (a cell too long for a header label holds none)? */
export function hasHeaderTerm(text: string): boolean {
  return text.length <= 160 && ANY_TERM.test(normalize(text));
}

/** Does this text look like a header label at all (any catalogue word, period, year or measure)? */
export function isHeaderEvidence(text: string): boolean {
  if (text.length > 160) return false;
  return (
    hasHeaderTerm(text) || periodLabel(text) !== null || yearLabel(text) !== null || isMeasureLabel(text)
  );
}

/**
 * A figure word typed alone right over a header ("REALISASI", "Target"): a group label over its columns,
 * where a title names the table. Tested on the cell's own text.
 */
export const GROUP_WORD = /^(realisasi|target|rencana|capaian|anggaran|pagu|kinerja|keuangan|fisik)\b/i;

/**
 * A K | Rp label once a unit in brackets is cut off its end: "Keuangan (Rp)", "Fisik (%)", "Vol.", and a
 * bare "(%)" (nothing left). "Target (K)" is not: it names a column. On lower-case text.
 */
export const MEASURE_WORD = /^(k|rp\.?|\(rp\)|rupiah|fisik|keuangan|kinerja|volume|vol\.?|output|%|\(%\)|)$/;

/** A header's lowest label saying rupiah by itself: "Rp", "(Rp.)", "Keuangan", "Anggaran". Normalised. */
export const RP_LEAF = /^(rp\.?|\(rp\)|rupiah|keuangan|anggaran|dana|rp .*|\(rp\.?\)|rp\.? \(.*\))$/;

/** A header's lowest label saying K (kinerja) by itself: "K", "Fisik", "Vol.", "Output". Normalised. */
export const K_LEAF = /^(k|kinerja|fisik|volume|vol\.?|output|k .*|\(k\))$/;

/**
 * The words a figure's label may start with, by the figure they name: the first one in the label says
 * which ("Realisasi Capaian Kinerja" is a realisasi, "Rencana Tingkat Capaian" a target).
 */
export const HEADS: readonly (readonly ['target' | 'realisasi' | 'capaian', RegExp])[] = [
  ['target', /\b(target|rencana|tgt)\b/],
  [
    'realisasi',
    /\b(realisasi|pencapaian|real\.?|terealisasi|jumlah|total|nilai|mendapat|dilayani|terlayani)\b/,
  ],
  [
    'capaian',
    /\bcapaian\b|\bpenyerapan\b|\bdaya serap\b|\bserapan\b|\bcakupan\b|%|\bpersen(tase)?\b|\bprosen/,
  ],
];

/**
 * "s.d. Triwulan IV", "s/d Desember": so far within the year, where "s/d Tahun 2023" is the Renstra period
 * so far. Months by their first letters ("jan" starts "Januari"), fewer spellings than periodLabel knows
 * ("Peb", "Ags" are not here): so not built from its list of months.
 */
export const WITHIN_YEAR =
  /\b(s\.? ?d\.?|s\/d|sampai dengan)\s+(\d{1,2}\s+)?(tw|triwulan|bulan|semester|akhir tahun|jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|nop|des)/i;

/** Words that make a table a revenue table: realisasi above target there is an achievement. */
export const REVENUE =
  /\bpendapatan\b|\bretribusi\b|\bpajak daerah\b|\bpad\b|\bpenerimaan daerah\b|\bbagi hasil\b/;

/** A belanja (spending) table: no revenue table, even where its header or title names pendapatan. */
export const BELANJA = /\bbelanja\b/;

/** A line that is revenue by its own name ("Retribusi Pasar", "4.1.01 Pajak Hotel"), not a belanja. */
export const REVENUE_LINE =
  /^(\d+(\.\d+)*\s+)?(pendapatan|retribusi|pajak (daerah|hotel|restoran|hiburan|reklame|parkir|air tanah|bumi)|lain-lain pendapatan|hasil pengelolaan kekayaan|penerimaan|dana (bagi hasil|alokasi))\b/;

/**
 * A line of the chart of accounts by its own name ("Belanja Pegawai", "5.1.02 Belanja Barang dan Jasa",
 * "Pembiayaan Daerah"): a budget account, not a program, kegiatan or indicator of the office's plan.
 */
export const ACCOUNT_LINE = /^(\d+(\.\d+)*\s+)?(belanja|pembiayaan)\b/;

/** Status words offices type beside capaian. */
export type StatusWord = 'tercapai' | 'belum' | 'melampaui';

export function statusWord(text: string): StatusWord | null {
  const t = normalize(text);
  if (/^(belum|tidak) (tercapai|mencapai|memenuhi)|^kurang\b|^di bawah target/.test(t)) return 'belum';
  if (/^melampaui|^melebihi|^di atas target|^sangat berhasil/.test(t)) return 'melampaui';
  if (/^(tercapai|sudah tercapai|mencapai target|sesuai target|memenuhi|berhasil|terpenuhi)\b/.test(t))
    return 'tercapai';
  return null;
}
