/**
 * Units typed after numbers in target/realisasi cells ("25 org", "1 th", "354 lbr"). Aliases map to one
 * canonical word so that "1 pkt" and "1 paket" compare equal. Abbreviations whose meaning is unclear
 * ("kel": kelurahan or kelompok?) are deliberately absent: they compare only with themselves.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  orang: ['org', 'orng', 'or', 'jiwa org'],
  tahun: ['th', 'thn', 'thun', 'tahunan'],
  bulan: ['bln', 'bl'],
  hari: ['hr'],
  lembar: ['lbr', 'lb', 'lmbr'],
  paket: ['pkt', 'pak', 'pk'],
  dokumen: ['dok', 'dokumn', 'doc', 'dkm'],
  kegiatan: ['keg', 'kgt'],
  lembaga: ['lbg', 'lmbg'],
  laporan: ['lap', 'lpr'],
  buah: ['bh'],
  unit: ['unt'],
  eksemplar: ['eks', 'exp', 'expl'],
  kali: ['x'],
  kecamatan: ['kec'],
  kelurahan: ['kelurahan/desa'],
  kelompok: ['klp', 'kelp', 'klmpk'],
  sekolah: ['sklh'],
  layanan: ['lyn'],
  buku: ['bk'],
  persen: ['%', 'prosen', 'percent'],
  kasus: ['ksus'],
  set: ['st'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(ALIASES)) {
  CANONICAL.set(canonical, canonical);
  for (const a of aliases) CANONICAL.set(a, canonical);
}

/** The percent sign's canonical unit; such values are stored as fractions (100 % is 1). */
export const PERCENT = 'persen';

const RESOLVED = new Map<string, string | null>();

/** Lower-case, trimmed, without a trailing dot, aliases resolved; null for no unit. */
export function canonicalUnit(unitText: string | null | undefined): string | null {
  if (unitText == null) return null;
  // A table types a handful of units over thousands of cells: each is resolved once.
  let known = RESOLVED.get(unitText);
  if (known === undefined) {
    known = resolveUnit(unitText);
    if (RESOLVED.size > 1000) RESOLVED.clear();
    RESOLVED.set(unitText, known);
  }
  return known;
}

function resolveUnit(unitText: string): string | null {
  const cleaned = unitText.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (cleaned === '') return null;
  const direct = CANONICAL.get(cleaned);
  if (direct) return direct;
  // PDF copies break words: "lem bag a" is "lembaga".
  const joined = cleaned.replace(/ /g, '');
  return CANONICAL.get(joined) ?? cleaned;
}
