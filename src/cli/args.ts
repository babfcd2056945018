import { CapaianSettings, Polarity, SCALES } from '../core/capaian/settings';
import { ColumnRole, ROLE_KINDS, SimpleRoleKind } from '../core/table/roles';
import { TableMark } from '../core/table/parse';
import { CellRange } from '../core/sheet/snapshot';
import { parseSheetRange } from '../core/sheet/address';

export interface CliArgs {
  readonly command: 'check' | 'generate' | 'help' | 'version';
  readonly files: readonly string[];
  readonly out?: string;
  readonly sheet?: string;
  readonly json: boolean;
  readonly lang: 'id' | 'en';
  readonly settings: Partial<CapaianSettings>;
  readonly roles: Readonly<Record<string, ColumnRole>>;
  readonly dinas?: string;
  readonly tahun?: string;
  /** Last year's workbook, for the Perbandingan sheet. */
  readonly compare?: string;
  /** Replace FILE itself, after a copy to NAME.bak.xlsx beside it. */
  readonly inPlace: boolean;
  /** Tables the user marks, by sheet ('*': no sheet named, so the --sheet, else the first sheet). */
  readonly tables: Readonly<Record<string, TableMark>>;
}

export class UsageError extends Error {}

const SIMPLE_ROLES = ROLE_KINDS.filter(
  (k) => k !== 'period' && k !== 'progress' && k !== 'reference',
) as SimpleRoleKind[];

function percentOption(name: string, v: string): number {
  const n = Number(v.replace(',', '.').replace(/%$/, ''));
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${name} needs a percentage such as 100 or 120, not "${v}"`);
  return n / 100;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  const nothing = {
    files: [],
    json: false,
    lang: 'id',
    settings: {},
    roles: {},
    inPlace: false,
    tables: {},
  } as const;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help', ...nothing };
  if (command === '--version' || command === '-v') return { command: 'version', ...nothing };
  if (command !== 'check' && command !== 'generate') throw new UsageError(`unknown command "${command}"`);
  const files: string[] = [];
  let out: string | undefined;
  let sheet: string | undefined;
  let dinas: string | undefined;
  let inPlace = false;
  let tahun: string | undefined;
  let compare: string | undefined;
  let json = false;
  let lang: 'id' | 'en' = 'id';
  const settings: { -readonly [K in keyof CapaianSettings]?: CapaianSettings[K] } = {};
  const polarity: Record<string, Polarity> = {};
  const roles: Record<string, ColumnRole> = {};
  const tables: Record<string, { header?: CellRange; table?: CellRange }> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--out':
      case '-o':
        out = value();
        break;
      case '--sheet':
        sheet = value();
        break;
      case '--dinas':
        dinas = value();
        break;
      case '--tahun': {
        tahun = value();
        if (!/^\d{4}$/.test(tahun)) throw new UsageError('--tahun takes a year such as 2024');
        break;
      }
      case '--compare':
        compare = value();
        break;
      case '--json':
        json = true;
        break;
      case '--in-place':
        inPlace = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'id' && v !== 'en') throw new UsageError('--lang is id or en');
        lang = v;
        break;
      }
      case '--negative-method': {
        const v = value();
        if (v !== 'selisih' && v !== 'kebalikan')
          throw new UsageError('--negative-method is selisih or kebalikan');
        settings.negativeMethod = v;
        break;
      }
      case '--cap':
        settings.cap = percentOption(a, value());
        // The help, the pane and the web page offer these two; another cap would be a typo taken as a rule.
        if (settings.cap !== 1 && settings.cap !== 1.2) throw new UsageError('--cap is 100 or 120');
        break;
      case '--threshold':
        settings.threshold = percentOption(a, value());
        break;
      case '--scale': {
        const v = value();
        const scale = SCALES.find((s) => s.id === v);
        if (!scale) throw new UsageError(`--scale is one of ${SCALES.map((s) => s.id).join(', ')}`);
        settings.scale = scale;
        break;
      }
      case '--negatif':
      case '--positif':
        polarity[value().toLowerCase().replace(/\s+/g, ' ').trim()] =
          a === '--negatif' ? 'negatif' : 'positif';
        break;
      case '--role': {
        const m = /^([A-Za-z]{1,3})=(\w+)$/.exec(value());
        const kind = m?.[2] as SimpleRoleKind | undefined;
        if (!m || !kind || !SIMPLE_ROLES.includes(kind)) {
          throw new UsageError(`--role takes COLUMN=ROLE, ROLE one of ${SIMPLE_ROLES.join(', ')}`);
        }
        roles[m[1]!.toUpperCase()] = { kind };
        break;
      }
      case '--table':
      case '--header': {
        const { sheet: on, range } = sheetRange(a, value());
        const key = on ?? '*';
        tables[key] = { ...tables[key], [a === '--table' ? 'table' : 'header']: range };
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError(`${command} needs at least one .xlsx file`);
  if (out !== undefined && files.length > 1) throw new UsageError('--out takes one input file only');
  if (inPlace && (out !== undefined || command !== 'generate'))
    throw new UsageError('--in-place is for generate, without --out');
  if (Object.keys(polarity).length) settings.polarity = polarity;
  for (const [key, mark] of Object.entries(tables)) {
    if (
      mark.header &&
      mark.table &&
      (mark.header.top < mark.table.top || mark.header.bottom > mark.table.bottom)
    )
      throw new UsageError(`--header must lie inside --table${key === '*' ? '' : ` on ${key}`}`);
  }
  return {
    command,
    files,
    out,
    sheet,
    json,
    lang,
    settings,
    roles,
    dinas,
    tahun,
    compare,
    inPlace,
    tables: tables as Record<string, TableMark>,
  };
}

/** "'Realisasi 2022'!A4:K58" or "A4:K58": the sheet (if named) and the range. */
function sheetRange(option: string, text: string): { sheet: string | null; range: CellRange } {
  const found = parseSheetRange(text);
  if (!found || !text.includes(':'))
    throw new UsageError(`${option} takes a range such as 'Realisasi 2022'!A4:K58, not "${text}"`);
  return found;
}

export const HELP = `capaian — memeriksa tabel kinerja LKjIP dan menulis rumus capaian yang hidup
capaian — checks LKjIP performance tables and writes live capaian formulas

Pemakaian / Usage:
  capaian check FILE.xlsx [FILE2.xlsx …] [--sheet NAMA] [--json]
  capaian generate FILE.xlsx [--out HASIL.xlsx] [--sheet NAMA] [--json]

Pilihan / Options:
  --out FILE             hasil generate (bawaan: NAMA-capaian.xlsx di samping FILE)
  --sheet NAMA           hanya lembar ini / only this sheet
  --json                 keluaran JSON / JSON output
  --lang id|en           bahasa pesan / message language (bawaan id)
  --negative-method M    indikator negatif: selisih (2×T−R)/T (bawaan) atau kebalikan T/R
  --cap 100|120          batas atas capaian / cap on capaian (bawaan: tanpa batas)
  --threshold 100        sorot baris dengan capaian di bawah ini / highlight below (bawaan 100)
  --scale ID             skala predikat: ${SCALES.map((s) => s.id).join(', ')}
  --negatif "INDIKATOR"  tandai indikator sebagai negatif / mark an indicator negative
  --positif "INDIKATOR"  tandai indikator sebagai positif
  --role KOLOM=PERAN     tetapkan peran kolom, mis. --role F=targetK
  --table 'LEMBAR'!A4:K58  tabelnya di sini (bila tidak ditemukan) / the table is here
  --header 'LEMBAR'!A4:K5  baris judul tabelnya di sini / the table's header rows are here
  --in-place             tulis ke FILE itu sendiri, setelah menyalinnya ke NAMA.bak.xlsx
                         (write into FILE itself, after copying it to NAME.bak.xlsx)
  --dinas "NAMA"         nama dinas di judul lembar (bawaan: dari judul tabel)

  --tahun 2024           tahun di judul lembar (bawaan: dari judul kolom)
  --compare LALU.xlsx    bandingkan dengan workbook tahun lalu (lembar Perbandingan)
                         (compare with last year's workbook)

Kode keluar / Exit codes: 0 beres, 1 ada kesalahan (check), 2 file tidak dapat dibaca atau tanpa tabel.
`;
