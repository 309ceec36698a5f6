import { SAML_CARRIER_FIELDS, splitQuery } from '@/utils/saml/decode/form';
import { asciiPatterns, containsAny } from './byte-search';
import type { CaptureFormat, CaptureReadResult, CapturedItem } from './captured';
import { HarEntry } from './har-entry';
import { itemsFromHarEntry } from './har-entry-items';
import { JsonArrayScanner } from './json-array-scanner';
import { SamlTracerRequest, itemsFromSamlTracer } from './saml-tracer';
import { chunksOf, type ByteSource } from './stream';
import { TRACE_FORMAT, TraceMessage } from './trace-format';

/** Array paths holding one exchange per element, for each format we read. */
const TARGETS: readonly (readonly string[])[] = [['log', 'entries'], ['requests'], ['messages']];
const FORMAT_OF: readonly CaptureFormat[] = ['har', 'saml-tracer', 'trace'];

/**
 * Words without which an entry cannot hold a SAML message or an Entra error.
 * Entries without any are never JSON-parsed, which keeps a big HAR cheap.
 * The Entra host is listed because its pages may be stored base64-encoded.
 */
const KEYWORDS = asciiPatterns([...SAML_CARRIER_FIELDS, 'AADSTS', 'login.microsoftonline', 'login.microsoft.com']);

export interface ReadCaptureOptions {
  /** Entries larger than this are skipped with a note (default 256 MiB). */
  maxEntryBytes?: number;
  /** Stop after this many SAML items (default 10,000) so a hostile file cannot exhaust memory. */
  maxItems?: number;
  /** Called after each chunk with the bytes read so far (a progress bar). */
  onProgress?(bytesRead: number): void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Reads a HAR, a SAML-tracer export or our own trace export as a stream and
 * returns every SAML message and Entra error page in it, in order. Never holds
 * the whole file; parses only entries that can matter. Never throws: a file it
 * cannot read yields a note.
 */
export async function readCapture(source: ByteSource, options: ReadCaptureOptions = {}): Promise<CaptureReadResult> {
  const scanner = new JsonArrayScanner(TARGETS, {
    maxElementBytes: options.maxEntryBytes ?? 256 * 1024 * 1024,
    maxKeyBytes: 1024,
  });
  const maxItems = options.maxItems ?? 10_000;
  const decoder = new TextDecoder();
  const items: CapturedItem[] = [];
  const notes: string[] = [];
  let format: CaptureFormat | null = null;
  let entries = 0;
  let unreadable = 0;
  let truncated = false;

  const handle = (target: number, bytes: Uint8Array): void => {
    const seq = entries++;
    const f = FORMAT_OF[target] ?? null;
    if (f && !format) format = f;
    if (items.length >= maxItems) {
      truncated = true;
      return;
    }
    if (f !== 'trace' && !containsAny(bytes, KEYWORDS)) return;
    const text = decoder.decode(bytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      unreadable++;
      return;
    }
    if (f === 'har') {
      const entry = HarEntry.safeParse(json);
      if (entry.success) items.push(...itemsFromHarEntry(entry.data, seq));
      else unreadable++;
    } else if (f === 'saml-tracer') {
      const req = SamlTracerRequest.safeParse(json);
      if (req.success) items.push(...itemsFromSamlTracer(req.data, seq));
      else unreadable++;
    } else if (f === 'trace') {
      const msg = TraceMessage.safeParse(json);
      if (msg.success) {
        items.push({ type: 'stored', seq, time: msg.data.time, url: msg.data.url, method: msg.data.method, message: msg.data });
      } else unreadable++;
    }
  };

  let bytesRead = 0;
  try {
    for await (const chunk of chunksOf(source)) {
      for (const el of scanner.push(chunk)) handle(el.target, el.bytes);
      bytesRead += chunk.length;
      options.onProgress?.(bytesRead);
    }
    scanner.end();
  } catch (err) {
    notes.push(
      `The file is not valid JSON: ${err instanceof Error ? err.message : String(err)}. ${plural(items.length, 'message')} read before that point are kept.`,
    );
  }

  if (format === 'trace' && scanner.rootScalars.get('format') !== TRACE_FORMAT) {
    notes.push(`The file has a "messages" list but is not marked as an ${TRACE_FORMAT} export; read it anyway.`);
  }
  if (format === null && entries === 0 && notes.length === 0) {
    notes.push('The JSON holds no log.entries (HAR), requests (SAML-tracer) or messages (trace export) list.');
  }
  if (unreadable > 0) notes.push(`${plural(unreadable, 'entry')} could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`);
  if (scanner.oversizeSkipped > 0)
    notes.push(
      `${plural(scanner.oversizeSkipped, 'entry')} larger than the size limit ${scanner.oversizeSkipped === 1 ? 'was' : 'were'} skipped.`,
    );
  if (truncated) notes.push(`Only the first ${maxItems} SAML messages were read.`);
  return { format, items: dedupeFormCopies(items), notes, entries };
}

/**
 * Entra's auto-submitting page and the browser's POST to the ACS carry the same
 * SAMLResponse; keep the POST (what the app received) and drop the page copy.
 */
function dedupeFormCopies(items: CapturedItem[]): CapturedItem[] {
  const posted = new Set<string>();
  for (const it of items) {
    if (it.type === 'saml' && it.source !== 'html-form' && it.carrier.via === 'post') {
      for (const p of splitQuery(it.carrier.body)) {
        if (p.name === 'SAMLRequest' || p.name === 'SAMLResponse') posted.add(normaliseB64(p.raw));
      }
    }
  }
  return items.filter(
    (it) => !(it.type === 'saml' && it.source === 'html-form' && it.carrier.via === 'base64' && posted.has(normaliseB64(it.carrier.value))),
  );
}

function normaliseB64(v: string): string {
  let s = v;
  try {
    s = decodeURIComponent(v.replace(/\+/g, '%2B'));
  } catch {
    // keep as is
  }
  return s.replace(/\s+/g, '');
}
