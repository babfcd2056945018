import * as zlib from 'zlib';

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it, for Node before 20.15, which has no `zlib.crc32`. */
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

const crc32: (data: Uint8Array, previous?: number) => number =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : crc32Js;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  readonly name: Buffer;
  readonly path: string;
  readonly crc: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly madeBy: number;
  /** File attributes; folder entries are marked here as well as by their trailing '/'. */
  readonly external: number;
  readonly data: Buffer;
}

/** The entries of a zip whose every entry is stored uncompressed, or null for any other zip. */
function storedEntries(zip: Buffer): Entry[] | null {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL || zip.readUInt16LE(at + 10) !== STORED) return null;
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    // Sizes of 0xFFFFFFFF mean zip64, which a workbook this tool writes never needs.
    if (size === 0xffffffff || zip.readUInt32LE(local) !== LOCAL) return null;
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({
      madeBy: zip.readUInt16LE(at + 4),
      external: zip.readUInt32LE(at + 38),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      size,
      name: zip.subarray(at + 46, at + 46 + nameLength),
      path: zip.toString('utf8', at + 46, at + 46 + nameLength),
      data: zip.subarray(dataAt, dataAt + size),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function header(e: Entry, method: number, compressed: number, central: boolean, offset: number): Buffer {
  const h = Buffer.alloc(central ? 46 : 30);
  let p = 0;
  const u16 = (v: number): void => {
    p = h.writeUInt16LE(v, p);
  };
  const u32 = (v: number): void => {
    p = h.writeUInt32LE(v >>> 0, p);
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
  return Buffer.concat([h, e.name]);
}

interface Deflated {
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/**
 * Deflates a part given in chunks as they are made: zlib works on one chunk on the thread pool while the
 * next is being made, and no chunk is kept once compressed.
 */
async function deflateChunks(chunks: Iterable<Buffer>): Promise<Deflated> {
  const out: Buffer[] = [];
  const z = zlib.createDeflateRaw();
  const done = new Promise<void>((resolve, reject) => {
    z.on('data', (b: Buffer) => out.push(b));
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    z.write(chunk);
    // Let zlib's callbacks run, so it moves on to this chunk while the next one is made.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  z.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/**
 * Deflates a stored (uncompressed) zip with Node's native zlib, its entries in parallel on the thread pool.
 * ExcelJS compresses with a JavaScript deflate that takes longer than writing the whole workbook; it is
 * asked for a stored zip and this compresses it instead. `replace` makes new content, in chunks, for some
 * parts from what they hold; they are made one at a time, each dropped once compressed, so only one is in
 * memory at once. Any zip that is not wholly stored comes back as it is, unless parts were to be replaced.
 */
export async function deflateStoredZip(
  zip: Buffer,
  replace: ReadonlyMap<string, (stored: Buffer) => Iterable<Buffer>> = new Map(),
  add: ReadonlyMap<string, (stored: Buffer | null) => Buffer> = new Map(),
): Promise<Buffer> {
  const found = storedEntries(zip);
  if (!found) {
    if (replace.size > 0 || add.size > 0) throw new Error('the workbook was not written as a stored zip');
    return zip;
  }
  const missing = [...replace.keys()].filter((path) => !found.some((e) => e.path === path));
  if (missing.length > 0) throw new Error(`the workbook has no part ${missing.join(', ')}`);
  // Parts to add, or to change where the writer made them already (a sheet's relationships).
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
        const name = Buffer.from(path, 'utf8');
        return { ...template, name, path, data, size: data.length, crc: crc32(data), external: 0 };
      }),
  ];
  // Folders and empty parts stay stored: there is nothing to compress.
  const kept = stored.map((e) => (upsert.has(e.path) || e.size === 0 ? null : deflateChunks([e.data])));
  const entries: Entry[] = [];
  const compressed: (Buffer | null)[] = [];
  for (const [i, e] of stored.entries()) {
    const make = upsert.get(e.path);
    const deflated = make ? await deflateChunks(make(e.data)) : await kept[i];
    entries.push(deflated ? { ...e, crc: deflated.crc, size: deflated.size } : e);
    compressed.push(deflated?.data ?? null);
  }
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const data = compressed[i] ?? Buffer.alloc(0);
    const method = compressed[i] ? DEFLATED : STORED;
    const local = header(e, method, data.length, false, 0);
    centrals.push(header(e, method, data.length, true, offset));
    parts.push(local, data);
    offset += local.length + data.length;
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
