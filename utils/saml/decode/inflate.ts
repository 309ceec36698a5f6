import { LIMITS } from './limits';
import { toBufferSource } from './bytes';

export type InflateOutcome =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'truncated' | 'corrupt' | 'too-large' | 'ratio'; produced: number };

/**
 * Raw DEFLATE (RFC 1951, as the HTTP-Redirect binding uses) with bounds:
 * output is read chunk by chunk and the stream is cancelled as soon as it
 * passes the size or ratio limit, so a deflate bomb is stopped early.
 */
export async function inflateRawBounded(
  input: Uint8Array,
  maxBytes: number = LIMITS.maxXmlBytes,
  maxRatio: number = LIMITS.maxInflateRatio,
): Promise<InflateOutcome> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Not awaited: with backpressure the write only settles once we read.
  writer.write(toBufferSource(input)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const ratioLimit = Math.max(input.length * maxRatio, LIMITS.inflateRatioFloorBytes);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes || total > ratioLimit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: total > maxBytes ? 'too-large' : 'ratio', produced: total };
      }
      chunks.push(value);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const truncated = /end of (file|stream|data)|truncat|incomplete|unexpected end/i.test(message);
    return { ok: false, reason: truncated ? 'truncated' : 'corrupt', produced: total };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes: out };
}
