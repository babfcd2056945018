/*
 * The zip container of an .xlsx, on Uint8Array and DataView alone, so the same code runs in Node (the CLI) and
 * in the browser (the web mode). Compression is given from outside (`DeflateRaw`): Node's zlib or the
 * browser's CompressionStream.
 */

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it, in script: for the parts stored as they are (the compressors give their own). */
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

/** Raw inflate: a part's stored bytes as they were before compression. */
export type InflateRaw = (data: Uint8Array) => Promise<Uint8Array>;

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

/** Where the deflate stream starts in a gzip member: after its header and the header's optional fields. */
function gzipBody(gz: Uint8Array): number {
  const flags = gz[3]!;
  let at = 10;
  if (flags & 4) at += 2 + (gz[at]! | (gz[at + 1]! << 8)); // FEXTRA: its length, then it
  if (flags & 8) while (gz[at++] !== 0); // FNAME, ended by a zero byte
  if (flags & 16) while (gz[at++] !== 0); // FCOMMENT, the same
  if (flags & 2) at += 2; // FHCRC
  return at;
}

/** A gzip member (RFC 1952) as zip stores a part: its raw deflate stream, and the CRC-32 from its trailer. */
export function fromGzip(gz: Uint8Array, size: number): Deflated {
  const trailer = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 8);
  return { data: gz.subarray(gzipBody(gz), gz.length - 8), crc: trailer.getUint32(0, true), size };
}
