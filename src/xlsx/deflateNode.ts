import * as zlib from 'zlib';
import { crc32Js, DeflateRaw, Deflated, InflateRaw } from './zip';

const crc32: (data: Uint8Array, previous?: number) => number =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : crc32Js;

/**
 * Node's zlib: it works on one chunk on the thread pool while the next is being made, and several parts
 * are compressed in parallel there.
 */
export const deflateNode: DeflateRaw = async (chunks): Promise<Deflated> => {
  const out: Buffer[] = [];
  const z = zlib.createDeflateRaw({ chunkSize: 1 << 20 });
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
};

/** Node's zlib, at once: a part inflates in a few milliseconds, less than the round trips of a stream. */
export const inflateNode: InflateRaw = async (data) => zlib.inflateRawSync(data);
