/**
 * Whether bytes contain any of some ASCII words, without decoding them to a
 * string (decoding is most of the cost of reading a big HAR, and nearly every
 * entry holds none of the words).
 */
export function asciiPatterns(words: readonly string[]): Uint8Array[] {
  return words.map((w) => Uint8Array.from(w, (ch) => ch.charCodeAt(0) & 0x7f));
}

export function containsAny(bytes: Uint8Array, patterns: readonly Uint8Array[]): boolean {
  for (const p of patterns) if (contains(bytes, p)) return true;
  return false;
}

function contains(bytes: Uint8Array, pattern: Uint8Array): boolean {
  const first = pattern[0];
  if (first === undefined) return true;
  const last = bytes.length - pattern.length;
  let i = bytes.indexOf(first);
  while (i >= 0 && i <= last) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
    i = bytes.indexOf(first, i + 1);
  }
  return false;
}
