import * as zlib from 'zlib';
import { DeflateRaw, Deflated, fromGzip, InflateRaw } from './zip';

/**
 * Node's zlib: it works on one chunk on the thread pool while the next is being made, and several parts
 * are compressed in parallel there. gzip, not raw deflate: zlib computes the CRC-32 zip needs on its own
 * thread, not on the main one that makes the parts; its header and trailer are taken off, and what is left
 * is the raw deflate stream.
 */
export const deflateNode: DeflateRaw = async (chunks): Promise<Deflated> => {
  const out: Buffer[] = [];
  // A big output buffer: zlib goes on with a chunk without coming back to the main thread for room.
  const z = zlib.createGzip({ chunkSize: 1 << 20 });
  const done = new Promise<void>((resolve, reject) => {
    z.on('data', (b: Buffer) => out.push(b));
    z.on('end', resolve);
    z.on('error', reject);
  });
  let size = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    z.write(chunk);
    // Let zlib's callbacks run, so it moves on to this chunk while the next one is made.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  z.end();
  await done;
  return fromGzip(Buffer.concat(out), size);
};

/** Node's zlib, at once: a part inflates in a few milliseconds, less than the round trips of a stream. */
export const inflateNode: InflateRaw = async (data) => zlib.inflateRawSync(data);
