/**
 * Where the content of a pasted or loaded text starts: after a byte-order
 * mark, and after an HTTP status line and headers when a response was copied
 * whole (as Microsoft's documentation shows them, "HTTP/1.1 200 OK" first).
 */
export function contentStart(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  if (text.startsWith('HTTP/', i)) {
    const blank = /\r?\n\r?\n/g;
    blank.lastIndex = i;
    const m = blank.exec(text);
    if (m) return m.index + m[0].length;
  }
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
