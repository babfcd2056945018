/*
 * The zip container of an .xlsx, on Uint8Array and DataView alone, so the same code runs in Node (the CLI) and
 * in the browser (the web mode). Compression is given from outside (`DeflateRaw`): Node's zlib or the
 * browser's CompressionStream.
 */

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it: for the browser, and for Node before 20.15, which has no `zlib.crc32`. */
export function crc32Js(data: Uint8Array, previous = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** A part compressed: the raw deflate stream, and the CRC-32 and size of what went in. */
export interface Deflated {
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/**
 * Raw deflate (RFC 1951, as zip stores it) of a part given in chunks as they are made; each chunk may be
 * dropped once it has been handed over.
 */
export type DeflateRaw = (chunks: Iterable<Uint8Array>) => Promise<Deflated>;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  readonly name: Uint8Array;
  readonly path: string;
  readonly crc: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly madeBy: number;
  /** File attributes; folder entries are marked here as well as by their trailing '/'. */
  readonly external: number;
  readonly data: Uint8Array;
}

const utf8 = new TextDecoder();
const utf8Bytes = new TextEncoder();

/** The entries of a zip whose every entry is stored uncompressed, or null for any other zip. */
function storedEntries(zip: Uint8Array): Entry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (u32(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || u32(at) !== CENTRAL || u16(at + 10) !== STORED) return null;
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    // Sizes of 0xFFFFFFFF mean zip64, which a workbook this tool writes never needs.
    if (size === 0xffffffff || local + 30 > zip.length || u32(local) !== LOCAL) return null;
    const dataAt = local + 30 + u16(local + 26) + u16(local + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      madeBy: u16(at + 4),
      external: u32(at + 38),
      time: u16(at + 12),
      date: u16(at + 14),
      crc: u32(at + 16),
      size,
      name,
      path: utf8.decode(name),
      data: zip.subarray(dataAt, dataAt + size),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

function header(e: Entry, method: number, compressed: number, central: boolean, offset: number): Uint8Array {
  const fixed = central ? 46 : 30;
  const h = new Uint8Array(fixed + e.name.length);
  const view = new DataView(h.buffer);
  let p = 0;
  const u16 = (v: number): void => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number): void => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  u32(central ? CENTRAL : LOCAL);
  if (central) u16(e.madeBy);
  u16(20);
  u16(0x0800); // file names are UTF-8
  u16(method);
  u16(e.time);
  u16(e.date);
  u32(e.crc);
  u32(compressed);
  u32(e.size);
  u16(e.name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(e.external);
    u32(offset);
  }
  h.set(e.name, fixed);
  return h;
}

/** The pieces as one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Deflates a stored (uncompressed) zip, its entries in parallel where the platform can. ExcelJS compresses
 * with a JavaScript deflate that takes longer than writing the whole workbook; it is asked for a stored zip
 * and this compresses it instead. `replace` makes new content, in chunks, for some parts from what they
 * hold; they are made one at a time, each dropped once compressed, so only one is in memory at once. `add`
 * makes parts the writer cannot (our charts), or changes them where it made them already (a sheet's
 * relationships). Any zip that is not wholly stored comes back as it is, unless parts were to change.
 */
export async function deflateStoredZip(
  zip: Uint8Array,
  deflate: DeflateRaw,
  replace: ReadonlyMap<string, (stored: Uint8Array) => Iterable<Uint8Array>> = new Map(),
  add: ReadonlyMap<string, (stored: Uint8Array | null) => Uint8Array> = new Map(),
): Promise<Uint8Array> {
  const found = storedEntries(zip);
  if (!found) {
    if (replace.size > 0 || add.size > 0) throw new Error('the workbook was not written as a stored zip');
    return zip;
  }
  const missing = [...replace.keys()].filter((path) => !found.some((e) => e.path === path));
  if (missing.length > 0) throw new Error(`the workbook has no part ${missing.join(', ')}`);
  const upsert = new Map(replace);
  for (const [path, make] of add) {
    if (found.some((e) => e.path === path)) upsert.set(path, (old) => [make(old)]);
  }
  const template = found[0]!;
  const stored = [
    ...found,
    ...[...add.entries()]
      .filter(([path]) => !found.some((e) => e.path === path))
      .map(([path, make]): Entry => {
        const data = make(null);
        const name = utf8Bytes.encode(path);
        return { ...template, name, path, data, size: data.length, crc: crc32Js(data), external: 0 };
      }),
  ];
  // Folders and empty parts stay stored: there is nothing to compress.
  const kept = stored.map((e) => (upsert.has(e.path) || e.size === 0 ? null : deflate([e.data])));
  const entries: Entry[] = [];
  const compressed: (Uint8Array | null)[] = [];
  for (const [i, e] of stored.entries()) {
    const make = upsert.get(e.path);
    const deflated = make ? await deflate(make(e.data)) : await kept[i];
    entries.push(deflated ? { ...e, crc: deflated.crc, size: deflated.size } : e);
    compressed.push(deflated?.data ?? null);
  }
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const data = compressed[i] ?? new Uint8Array(0);
    const method = compressed[i] ? DEFLATED : STORED;
    const local = header(e, method, data.length, false, 0);
    centrals.push(header(e, method, data.length, true, offset));
    parts.push(local, data);
    offset += local.length + data.length;
  });
  const directory = concatBytes(centrals);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concatBytes([...parts, directory, end]);
}
