/**
 * Node-only: a file as a web ReadableStream of bytes, for the streaming HAR
 * reader (the browser passes File.stream() to the same code).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ByteSource } from '@/utils/saml/har/stream';

export function fileByteSource(path: string, chunkBytes = 1 << 20): ByteSource {
  return Readable.toWeb(createReadStream(path, { highWaterMark: chunkBytes })) as ReadableStream<Uint8Array>;
}

/** The first bytes of a file, to tell its format without reading it all. */
export async function fileHead(path: string, bytes = 4096): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
