import { concatBytes, crc32Js, DeflateRaw, Deflated, InflateRaw } from './zip';

/*
 * The office's package as it came: every part's compressed bytes as they are in the file, inflated only when
 * a part is read or changed. Parts we do not change are written back with their own compressed bytes, so they
 * come out byte for byte and cost no compression at all.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** One part as stored: its compressed bytes and what the zip says of them. */
export interface StoredPart {
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly time: number;
  readonly date: number;
}

/** Why the bytes are no zip we can take apart; the reader's message says it to the user. */
export class PackageError extends Error {}

// Made when first used: the task pane's tests run in jsdom, which has neither, and import the reader's errors.
let utf8: { decode(bytes: Uint8Array): string } | undefined;
let utf8Bytes: { encode(text: string): Uint8Array } | undefined;
const decode = (bytes: Uint8Array): string => (utf8 ??= new TextDecoder()).decode(bytes);
const encode = (text: string): Uint8Array => (utf8Bytes ??= new TextEncoder()).encode(text);

/**
 * The platform's inflate (DecompressionStream 'deflate-raw': the browsers the page supports, Node 20), unless
 * the package is read with another (Node's zlib in the CLI: the stream's round trips left the reader idle).
 */
const inflateStream: InflateRaw = async (data) => {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(data as Uint8Array<ArrayBuffer>).then(
    () => writer.close(),
    () => undefined,
  );
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
};

export class Package {
  private readonly parts = new Map<string, StoredPart>();
  /** Parts whose content changed or was added: written compressed anew. */
  private readonly changed = new Map<string, Uint8Array>();
  /** Parts compressed as they were made (see `setMade`). */
  private readonly made = new Map<string, Promise<Deflated>>();

  private constructor(
    readonly order: string[],
    private readonly inflate: InflateRaw,
  ) {}

  /** The parts of a zip; any zip a writer of .xlsx makes (stored or deflated, with or without descriptors). */
  static read(zip: Uint8Array, inflate: InflateRaw = inflateStream): Package {
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
    if (end < 0) throw new PackageError('no end of central directory');
    const count = u16(end + 10);
    let at = u32(end + 16);
    const pkg = new Package([], inflate);
    for (let n = 0; n < count; n++) {
      if (at + 46 > zip.length || u32(at) !== CENTRAL) throw new PackageError('bad central directory');
      const method = u16(at + 10);
      const compressed = u32(at + 20);
      const size = u32(at + 24);
      const nameLength = u16(at + 28);
      const local = u32(at + 42);
      if (compressed === 0xffffffff || size === 0xffffffff) throw new PackageError('zip64');
      if (method !== STORED && method !== DEFLATED) throw new PackageError(`method ${method}`);
      if (local + 30 > zip.length || u32(local) !== LOCAL) throw new PackageError('bad local header');
      const dataAt = local + 30 + u16(local + 26) + u16(local + 28);
      if (dataAt + compressed > zip.length) throw new PackageError('truncated');
      const path = decode(zip.subarray(at + 46, at + 46 + nameLength));
      if (!path.endsWith('/')) {
        pkg.order.push(path);
        pkg.parts.set(path, {
          method,
          crc: u32(at + 16),
          size,
          data: zip.subarray(dataAt, dataAt + compressed),
          time: u16(at + 12),
          date: u16(at + 14),
        });
      }
      at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return pkg;
  }

  has(path: string): boolean {
    return this.changed.has(path) || this.made.has(path) || this.parts.has(path);
  }

  /** The part's path as the package spells it: part names compare without case (OPC). */
  find(path: string): string | null {
    if (this.has(path)) return path;
    const lower = path.toLowerCase();
    return this.order.find((p) => p.toLowerCase() === lower) ?? null;
  }

  async bytes(path: string): Promise<Uint8Array | null> {
    const changed = this.changed.get(path);
    if (changed) return changed;
    const made = this.made.get(path);
    if (made) return this.inflate((await made).data);
    const part = this.parts.get(path);
    if (!part) return null;
    return part.method === STORED ? part.data : this.inflate(part.data);
  }

  async text(path: string): Promise<string | null> {
    const bytes = await this.bytes(path);
    return bytes ? decode(bytes) : null;
  }

  set(path: string, content: string | Uint8Array): void {
    if (!this.has(path)) this.order.push(path);
    this.made.delete(path);
    this.changed.set(path, typeof content === 'string' ? encode(content) : content);
  }

  /**
   * A part given in chunks as they are made, compressed while the next ones are made: a big sheet is
   * never held whole, and its compression does not wait for the end. Returns once every chunk is made and
   * handed over; the compressor may still be at work on the last ones (while the next part is made), and
   * `write` waits for it.
   */
  async setMade(path: string, chunks: Iterable<Uint8Array>, deflate: DeflateRaw): Promise<void> {
    let handedOver!: () => void;
    const allHandedOver = new Promise<void>((resolve) => (handedOver = resolve));
    function* counted(): Generator<Uint8Array> {
      yield* chunks;
      handedOver();
    }
    if (!this.has(path)) this.order.push(path);
    this.changed.delete(path);
    const made = deflate(counted());
    made.catch(() => undefined);
    this.made.set(path, made);
    // A part that cannot be made (or compressed) fails here, as before.
    await Promise.race([allHandedOver, made]);
  }

  remove(path: string): void {
    this.parts.delete(path);
    this.changed.delete(path);
    this.made.delete(path);
    const i = this.order.indexOf(path);
    if (i >= 0) this.order.splice(i, 1);
  }

  paths(): readonly string[] {
    return this.order;
  }

  /** True when the part was changed or added since it was read. */
  isChanged(path: string): boolean {
    return this.changed.has(path) || this.made.has(path);
  }

  /** The zip: unchanged parts with their own compressed bytes, changed ones compressed with `deflate`. */
  async write(deflate: DeflateRaw): Promise<Uint8Array> {
    const now = this.parts.values().next().value as StoredPart | undefined;
    const pieces: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    // Every changed part's compression started at once: the browser's streams run side by side.
    const compressing = this.order.map((path) => {
      const content = this.changed.get(path);
      return content && content.length > 0 ? deflate([content]) : null;
    });
    for (const [i, path] of this.order.entries()) {
      const content = this.changed.get(path);
      const made = await this.made.get(path);
      let part: StoredPart;
      if (made) part = { ...stamp(now), method: DEFLATED, crc: made.crc, size: made.size, data: made.data };
      else if (content) {
        const deflated = await compressing[i];
        part = deflated
          ? { ...stamp(now), method: DEFLATED, crc: deflated.crc, size: deflated.size, data: deflated.data }
          : { ...stamp(now), method: STORED, crc: crc32Js(content), size: content.length, data: content };
      } else part = this.parts.get(path)!;
      const name = encode(path);
      const local = header(name, part, false, 0);
      centrals.push(header(name, part, true, offset));
      pieces.push(local, part.data);
      offset += local.length + part.data.length;
    }
    const directory = concatBytes(centrals);
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, END, true);
    view.setUint16(8, this.order.length, true);
    view.setUint16(10, this.order.length, true);
    view.setUint32(12, directory.length, true);
    view.setUint32(16, offset, true);
    return concatBytes([...pieces, directory, end]);
  }
}

/** A new part's time: the package's own first part's, so that the same input makes the same output. */
function stamp(first: StoredPart | undefined): { time: number; date: number } {
  return { time: first?.time ?? 0, date: first?.date ?? 0x21 };
}

function header(name: Uint8Array, part: StoredPart, central: boolean, offset: number): Uint8Array {
  const fixed = central ? 46 : 30;
  const h = new Uint8Array(fixed + name.length);
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
  if (central) u16(20);
  u16(20);
  u16(0x0800); // names are UTF-8; sizes are in the header, no data descriptor
  u16(part.method);
  u16(part.time);
  u16(part.date);
  u32(part.crc);
  u32(part.data.length);
  u32(part.size);
  u16(name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offset);
  }
  h.set(name, fixed);
  return h;
}
