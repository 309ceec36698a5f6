/**
 * Whether bytes contain any of some ASCII words, without decoding them to a
 * string (decoding is most of the cost of reading a big HAR, and nearly every
 * entry holds none of the words). A multi-word Horspool search: a window as
 * long as the shortest word slides along the bytes, jumping as far as the
 * window's last byte allows, so most bytes of an entry are never looked at.
 */

export interface BytePatterns {
  words: readonly Uint8Array[];
  /** The shortest word's length: the window. */
  window: number;
  /** How far the window may jump when its last byte is this one. */
  shift: Uint8Array;
  /** Words whose first `window` bytes end with this byte, to verify when the window's last byte is it. */
  endingWith: ReadonlyMap<number, readonly Uint8Array[]>;
}

export function asciiPatterns(list: readonly string[]): BytePatterns {
  const words = list.map((w) => Uint8Array.from(w, (ch) => ch.charCodeAt(0) & 0x7f)).filter((w) => w.length > 0);
  const window = Math.min(255, ...words.map((w) => w.length));
  const shift = new Uint8Array(256).fill(window);
  const endingWith = new Map<number, Uint8Array[]>();
  for (const w of words) {
    for (let i = 0; i < window - 1; i++) shift[w[i] as number] = Math.min(shift[w[i] as number] as number, window - 1 - i);
    const last = w[window - 1] as number;
    endingWith.set(last, [...(endingWith.get(last) ?? []), w]);
  }
  return { words, window, shift, endingWith };
}

function matchesAt(bytes: Uint8Array, start: number, word: Uint8Array): boolean {
  if (start + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[start + k] !== word[k]) return false;
  return true;
}

export function containsAny(bytes: Uint8Array, p: BytePatterns): boolean {
  if (p.words.length === 0) return false;
  const { window, shift, endingWith } = p;
  for (let end = window - 1; end < bytes.length;) {
    const last = bytes[end] as number;
    const candidates = endingWith.get(last);
    if (candidates) {
      const start = end - window + 1;
      for (const w of candidates) if (matchesAt(bytes, start, w)) return true;
    }
    end += shift[last] as number;
  }
  return false;
}
