/**
 * JSON.parse, forgiving the one flaw Microsoft's own samples have: a comma
 * before a closing bracket. The strict parse runs first, so valid input pays
 * nothing extra; only a failed parse is retried without trailing commas.
 */

export type JsonResult = { ok: true; value: unknown; repaired: boolean } | { ok: false; message: string };

/** Removes commas that are followed (after whitespace) by `]` or `}`, outside strings. Linear. */
export function stripTrailingCommas(text: string): string {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = endOfString(text, i) + 1;
      if (i === 0) return text; // unterminated: leave it for JSON.parse to report
      continue;
    }
    if (c === 0x2c) {
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (next === 0x5d || next === 0x7d) {
        out.push(text.slice(from, i));
        from = i + 1;
      }
    }
    i++;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Index of the quote closing the string that opens at `start`, or -1. */
export function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let k = q - 1; k > start && text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

/** "line L, column C" of a character offset. */
export function lineColumn(text: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${pos - lineStart + 1}`;
}

/** Where a JSON.parse message points (V8 says "at position N"), as " (line L, column C)". */
export function positionHint(text: string, message: string, offset = 0): string {
  const m = /position (\d+)/.exec(message);
  return m ? ` (${lineColumn(text, Number(m[1]) + offset)})` : '';
}

function cleanMessage(message: string): string {
  // V8 quotes a stretch of the input in its message; that could be personal data, so keep only the verdict.
  return message.replace(/, ".*" is not valid JSON$/s, ' (not valid JSON)').replace(/\s*\(line \d+ column \d+\)/, '');
}

export function parseJsonLenient(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, repaired: false };
  } catch (first) {
    const stripped = stripTrailingCommas(text);
    if (stripped !== text) {
      try {
        return { ok: true, value: JSON.parse(stripped) as unknown, repaired: true };
      } catch {
        // report the original error, which points into the text as given
      }
    }
    const message = first instanceof Error ? first.message : String(first);
    return { ok: false, message: `${cleanMessage(message)}${positionHint(text, message)}` };
  }
}
