import { endOfString, isSpace } from './json-lenient';

/**
 * Finds the direct children of one JSON array or object without parsing
 * them: a 100,000-record download is split into records, and each record is
 * parsed, validated and normalised on its own, so the raw objects of the whole
 * file never exist at once. Strings (nearly all of the bytes) are skipped with
 * the native indexOf. Structure is followed only as far as splitting needs;
 * each child is later given to JSON.parse, which judges its inside.
 *
 * A comma before the closing bracket (as in Microsoft's own samples) is
 * tolerated: the empty child after it is simply not reported.
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  /** The member name, for objects. */
  key: string | null;
}

export type ScanResult = { ok: true; kind: 'array' | 'object'; end: number; children: Span[] } | { ok: false; at: number; message: string };

const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const QUOTE = 0x22;

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Scans the container that opens at `start` (which must be `[` or `{`). */
export function scanChildren(text: string, start: number): ScanResult {
  const open = text.charCodeAt(start);
  if (open !== LBRACKET && open !== LBRACE) return { ok: false, at: start, message: 'expected "[" or "{"' };
  const isObject = open === LBRACE;
  const children: Span[] = [];
  let depth = 1;
  let childStart = -1;
  let key: string | null = null;
  let expectKey = isObject;
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = endOfString(text, i);
      if (close < 0) return { ok: false, at: i, message: 'a string is not closed' };
      if (depth === 1) {
        if (expectKey) {
          key = readKey(text, i, close);
          expectKey = false;
        } else if (childStart < 0) childStart = i;
      }
      i = close + 1;
      continue;
    }
    if (depth === 1) {
      if (c === COMMA) {
        if (childStart >= 0) children.push({ start: childStart, end: trimEnd(text, childStart, i), key });
        childStart = -1;
        key = null;
        expectKey = isObject;
      } else if (c === (isObject ? RBRACE : RBRACKET)) {
        if (childStart >= 0) children.push({ start: childStart, end: trimEnd(text, childStart, i), key });
        return { ok: true, kind: isObject ? 'object' : 'array', end: i + 1, children };
      } else if (c === RBRACE || c === RBRACKET) {
        return { ok: false, at: i, message: `unexpected "${String.fromCharCode(c)}"` };
      } else if (c === COLON && isObject) {
        // the value follows
      } else if (!isSpace(c)) {
        if (isObject && expectKey) return { ok: false, at: i, message: 'expected a quoted member name' };
        if (childStart < 0) childStart = i;
        if (c === LBRACE || c === LBRACKET) depth++;
      }
    } else if (c === LBRACE || c === LBRACKET) {
      depth++;
    } else if (c === RBRACE || c === RBRACKET) {
      depth--;
    }
    i++;
  }
  return { ok: false, at: n, message: `the ${isObject ? 'object' : 'array'} is not closed (the file may be cut short)` };
}

function readKey(text: string, open: number, close: number): string {
  if (close - open > 1000) return '';
  try {
    return String(JSON.parse(text.slice(open, close + 1)));
  } catch {
    return '';
  }
}

/** First index at or after `from` that is not JSON whitespace. */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
