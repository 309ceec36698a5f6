/**
 * A streaming JSON scanner that hands out the raw bytes of each object inside
 * chosen arrays (e.g. `log.entries` of a HAR) without ever holding the whole
 * document. A 1 GB HAR cannot be one string (V8 strings stop near 512 Mi
 * chars), so the document is walked byte by byte: structure is tracked with a
 * small stack, and string contents, which are nearly all of a HAR's bytes,
 * are skipped with the native indexOf.
 *
 * It checks structure only as far as it needs to; each emitted element is
 * later parsed with JSON.parse, which catches anything malformed inside it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

interface Frame {
  isArray: boolean;
  /** For objects: the key whose value is being read (null while reading a key). */
  key: string | null;
  /** For objects: the next string is a key. */
  expectKey: boolean;
  /** Index into targets when this array is one whose elements are emitted, else -1. */
  target: number;
}

export interface ScannedElement {
  /** Which target path it came from (index into the targets given). */
  target: number;
  bytes: Uint8Array;
}

export interface ScannerLimits {
  /** Elements larger than this are skipped (reported through onOversize), not buffered. */
  maxElementBytes: number;
  /** Top-level scalar values (like "format") longer than this are not kept. */
  maxKeyBytes: number;
}

const DEFAULT_LIMITS: ScannerLimits = { maxElementBytes: 256 * 1024 * 1024, maxKeyBytes: 1024 };

export class JsonArrayScanner {
  private readonly stack: Frame[] = [];
  private inString = false;
  /** Consecutive backslashes at the end of the previous chunk, while in a string. */
  private trailingBackslashes = 0;
  /** Bytes of the key string being read (keys are short). */
  private keyParts: Uint8Array[] | null = null;
  private keyLength = 0;
  /** Capture of an element in progress. */
  private capture: { target: number; depth: number; parts: Uint8Array[]; size: number; oversize: boolean } | null = null;
  /** Root-level string and number values by key, e.g. format -> 'entra-sso-assistant-trace', version -> '1'. */
  readonly rootScalars = new Map<string, string>();
  /** Key of the root-level string value being read into keyParts, if any. */
  private rootStringKey: string | null = null;
  /** A root-level number being read: its key and characters. */
  private rootNumber: { key: string; text: string } | null = null;
  private started = false;
  private rootClosed = false;
  oversizeSkipped = 0;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly targets: readonly (readonly string[])[],
    private readonly limits: ScannerLimits = DEFAULT_LIMITS,
  ) {}

  /** Feeds one chunk; returns the elements completed in it. Throws on text that is not JSON. */
  push(chunk: Uint8Array): ScannedElement[] {
    const out: ScannedElement[] = [];
    const n = chunk.length;
    let i = 0;
    let captureStart = this.capture ? 0 : -1;
    while (i < n) {
      if (this.inString) {
        const q = this.findStringEnd(chunk, i);
        if (q < 0) {
          this.collectKey(chunk, i, n);
          this.trailingBackslashes = countTrailingBackslashes(chunk, i, n, this.trailingBackslashes);
          break;
        }
        this.collectKey(chunk, i, q);
        this.inString = false;
        this.trailingBackslashes = 0;
        i = q + 1;
        this.afterStringEnd();
        continue;
      }
      const c = chunk[i] as number;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      const top = this.stack[this.stack.length - 1];
      if (c === QUOTE) {
        this.inString = true;
        this.trailingBackslashes = 0;
        if (top && !top.isArray && top.expectKey && !this.capture) {
          this.keyParts = [];
          this.keyLength = 0;
        } else if (!this.capture && this.stack.length === 1 && top && !top.isArray && top.key !== null) {
          // A string value of the root object (e.g. "format"): kept, since it says what the file is.
          this.rootStringKey = top.key;
          this.keyParts = [];
          this.keyLength = 0;
        }
        i++;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) {
        if (!this.capture && top?.isArray && top.target >= 0 && c === LBRACE) {
          this.capture = { target: top.target, depth: 0, parts: [], size: 0, oversize: false };
          captureStart = i;
        }
        if (this.capture) {
          this.capture.depth++;
          i++;
          continue;
        }
        if (this.rootClosed) throw new Error('unexpected data after the end of the JSON document');
        this.started = true;
        const frame: Frame = { isArray: c === LBRACKET, key: null, expectKey: c === LBRACE, target: -1 };
        if (frame.isArray) frame.target = this.matchTarget();
        this.stack.push(frame);
        i++;
        continue;
      }
      if (c === RBRACE || c === RBRACKET) {
        if (this.capture) {
          this.capture.depth--;
          i++;
          if (this.capture.depth === 0) {
            this.finishCapture(chunk, captureStart, i, out);
            captureStart = -1;
          }
          continue;
        }
        this.endRootNumber();
        const frame = this.stack.pop();
        if (!frame || frame.isArray !== (c === RBRACKET)) throw new Error('the JSON brackets do not match');
        if (this.stack.length === 0) this.rootClosed = true;
        i++;
        continue;
      }
      if (this.capture) {
        i++;
        continue;
      }
      if (c === COLON) {
        if (top && !top.isArray) top.expectKey = false;
        i++;
        continue;
      }
      if (c === COMMA) {
        this.endRootNumber();
        if (top && !top.isArray) {
          top.expectKey = true;
          top.key = null;
        }
        i++;
        continue;
      }
      if (!this.started) throw new Error('the file does not start with a JSON object or array');
      // A number, true, false or null: only a root-level one is kept.
      if (this.stack.length === 1 && top && !top.isArray && top.key !== null) {
        if (!this.rootNumber) this.rootNumber = { key: top.key, text: '' };
        if (this.rootNumber.text.length < 64) this.rootNumber.text += String.fromCharCode(c);
      }
      i++;
    }
    if (this.capture && captureStart >= 0) this.appendCapture(chunk.subarray(captureStart, n), true);
    return out;
  }

  /** Call after the last chunk; throws when the document ended early. */
  end(): void {
    if (!this.started) throw new Error('the file is empty or not JSON');
    if (this.stack.length > 0 || this.inString || this.capture) throw new Error('the JSON document ends too early (truncated file?)');
  }

  /** Position of the closing quote of the current string at or after i, or -1. */
  private findStringEnd(chunk: Uint8Array, from: number): number {
    let i = from;
    for (;;) {
      const q = chunk.indexOf(QUOTE, i);
      if (q < 0) return -1;
      // The quote is escaped when an odd number of backslashes precede it.
      let k = q - 1;
      let backslashes = 0;
      while (k >= from && chunk[k] === BACKSLASH) {
        backslashes++;
        k--;
      }
      if (k < from) backslashes += this.trailingBackslashes;
      if (backslashes % 2 === 0) return q;
      i = q + 1;
      if (k < from) this.trailingBackslashes = 0; // consumed
    }
  }

  private collectKey(chunk: Uint8Array, from: number, to: number): void {
    if (!this.keyParts || to <= from) return;
    if (this.keyLength + (to - from) <= this.limits.maxKeyBytes) {
      this.keyParts.push(chunk.slice(from, to));
    }
    this.keyLength += to - from;
  }

  private afterStringEnd(): void {
    if (this.capture || !this.keyParts) return;
    const text = this.keyLength <= this.limits.maxKeyBytes ? this.decodeKey(this.keyParts) : '';
    this.keyParts = null;
    if (this.rootStringKey !== null) {
      if (text) this.rootScalars.set(this.rootStringKey, text);
      this.rootStringKey = null;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (top && !top.isArray) top.key = text;
  }

  private decodeKey(parts: Uint8Array[]): string {
    const raw = this.decoder.decode(concat(parts, this.keyLength));
    if (!raw.includes('\\')) return raw;
    try {
      const parsed: unknown = JSON.parse(`"${raw}"`);
      return typeof parsed === 'string' ? parsed : raw;
    } catch {
      return raw;
    }
  }

  private endRootNumber(): void {
    if (!this.rootNumber) return;
    this.rootScalars.set(this.rootNumber.key, this.rootNumber.text);
    this.rootNumber = null;
  }

  private matchTarget(): number {
    // Path of keys from the root to this array; arrays inside arrays do not match.
    const path: string[] = [];
    for (const f of this.stack) {
      if (f.isArray) return -1;
      path.push(f.key ?? '');
    }
    return this.targets.findIndex((t) => t.length === path.length && t.every((k, idx) => k === path[idx]));
  }

  private appendCapture(part: Uint8Array, copy: boolean): void {
    const cap = this.capture;
    if (!cap || cap.oversize) return;
    if (cap.size + part.length > this.limits.maxElementBytes) {
      cap.oversize = true;
      cap.parts = [];
      return;
    }
    cap.parts.push(copy ? part.slice() : part);
    cap.size += part.length;
  }

  private finishCapture(chunk: Uint8Array, start: number, end: number, out: ScannedElement[]): void {
    const cap = this.capture;
    if (!cap) return;
    this.appendCapture(chunk.subarray(start < 0 ? 0 : start, end), false);
    this.capture = null;
    if (cap.oversize) {
      this.oversizeSkipped++;
      return;
    }
    out.push({ target: cap.target, bytes: cap.parts.length === 1 ? (cap.parts[0] as Uint8Array) : concat(cap.parts, cap.size) });
  }
}

function countTrailingBackslashes(chunk: Uint8Array, from: number, to: number, carried: number): number {
  let k = to - 1;
  let count = 0;
  while (k >= from && chunk[k] === BACKSLASH) {
    count++;
    k--;
  }
  return k < from ? count + carried : count;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
