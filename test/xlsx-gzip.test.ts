import * as zlib from 'zlib';
import { crc32Js, fromGzip } from '../src/xlsx/zip';

/**
 * Both compressors (Node's zlib, the browser's CompressionStream) give gzip members; zip stores a part's raw
 * deflate stream and its CRC-32. Whatever header a platform writes (a file name, a comment, extra fields, a
 * header CRC), the part must be its stream exactly.
 */
const xml = Buffer.from('<sheetData><row r="1"><c r="A1"><v>35.21</v></c></row></sheetData>'.repeat(50));
const raw = zlib.deflateRawSync(xml);

function member(flags: number, fields: Buffer): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32Js(xml), 0);
  trailer.writeUInt32LE(xml.length, 4);
  return Buffer.concat([header, fields, raw, trailer]);
}

describe('a part from a gzip member', () => {
  it.each([
    ['zlib, no optional field', zlib.gzipSync(xml)],
    ['a file name', member(8, Buffer.from('sheet1.xml\0'))],
    ['a comment and a header CRC', member(16 | 2, Buffer.from('made by a writer\0\x12\x34', 'latin1'))],
    [
      'an extra field and a file name',
      member(4 | 8, Buffer.concat([Buffer.from([3, 0, 1, 2, 3]), Buffer.from('a\0')])),
    ],
  ])('%s: the raw stream inflates to the part, with its CRC-32 and size', (_, gz) => {
    const part = fromGzip(gz, xml.length);
    expect(Buffer.from(zlib.inflateRawSync(part.data)).equals(xml)).toBe(true);
    expect(part.crc).toBe(crc32Js(xml));
    expect(part.size).toBe(xml.length);
  });
});
