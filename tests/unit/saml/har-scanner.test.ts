import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayScanner } from '@/utils/saml/har/json-array-scanner';

function scan(text: string, cuts: number[], targets: string[][] = [['log', 'entries']]) {
  const bytes = new TextEncoder().encode(text);
  const scanner = new JsonArrayScanner(targets);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: unknown[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    for (const el of scanner.push(bytes.subarray(at, p))) out.push(JSON.parse(new TextDecoder().decode(el.bytes)));
    at = p;
  }
  scanner.end();
  return { out, scanner };
}

describe('streaming JSON array scanner', () => {
  it('emits each object of log.entries, whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 6 }),
        fc.jsonValue(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (entries, noise, cuts) => {
          const doc = JSON.stringify({ a: noise, log: { version: '1.2', pages: [{ x: '"]}' }], entries, tail: noise } });
          // The oracle is JSON.parse itself (fast-check may generate -0, which JSON turns into 0).
          expect(scan(doc, cuts).out).toEqual(JSON.parse(doc).log.entries);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles escaped quotes and backslashes split across chunks', () => {
    const entries = [{ t: 'a\\"b\\\\', u: '\\\\\\"}]' }, { t: '\u00e9\u{1F600}"' }];
    const doc = JSON.stringify({ log: { entries } });
    for (let cut = 0; cut <= doc.length; cut++) expect(scan(doc, [cut, cut + 1, cut + 3]).out).toEqual(entries);
  });

  it('does not confuse keys named "entries" elsewhere, nor arrays in arrays', () => {
    const doc = JSON.stringify({ other: { entries: [{ no: 1 }] }, log: { entries: [[{ no: 2 }], { yes: 3 }, 'str', 4] } });
    expect(scan(doc, []).out).toEqual([{ yes: 3 }]);
  });

  it('keeps root-level scalars such as format and version', () => {
    const doc = JSON.stringify({ format: 'entra-sso-assistant-trace', version: 1, messages: [{ m: 1 }] });
    const { out, scanner } = scan(doc, [5, 17], [['messages']]);
    expect(out).toEqual([{ m: 1 }]);
    expect(scanner.rootScalars.get('format')).toBe('entra-sso-assistant-trace');
    expect(scanner.rootScalars.get('version')).toBe('1');
  });

  it('rejects truncated and non-JSON input with a message', () => {
    const s = new JsonArrayScanner([['log', 'entries']]);
    s.push(new TextEncoder().encode('{"log":{"entries":[{"a":1}'));
    expect(() => s.end()).toThrow(/ends too early/);
    const t = new JsonArrayScanner([['log', 'entries']]);
    expect(() => t.push(new TextEncoder().encode('hello'))).toThrow(/does not start with a JSON/);
    const u = new JsonArrayScanner([['log', 'entries']]);
    expect(() => u.push(new TextEncoder().encode('{"a":[1}'))).toThrow(/do not match/);
  });

  it('skips an element over the size limit instead of buffering it', () => {
    const s = new JsonArrayScanner([['log', 'entries']], { maxElementBytes: 50, maxKeyBytes: 64 });
    const doc = JSON.stringify({ log: { entries: [{ big: 'x'.repeat(200) }, { small: 1 }] } });
    const els = s.push(new TextEncoder().encode(doc));
    s.end();
    expect(els.map((e) => JSON.parse(new TextDecoder().decode(e.bytes)))).toEqual([{ small: 1 }]);
    expect(s.oversizeSkipped).toBe(1);
  });
});

describe('byte keyword search', () => {
  it('finds ASCII words in bytes, at any position, and only whole words', async () => {
    const { asciiPatterns, containsAny } = await import('@/utils/saml/har/byte-search');
    const k = asciiPatterns(['SAMLResponse', 'AADSTS']);
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(containsAny(enc('x SAMLResponse=abc'), k)).toBe(true);
    expect(containsAny(enc('SAMLRespons'), k)).toBe(false);
    expect(containsAny(enc('é”SAMLRespAADST AADSTS'), k)).toBe(true);
    expect(containsAny(enc('SSSAMLResponse'), k)).toBe(true);
    expect(containsAny(enc(''), k)).toBe(false);
    expect(containsAny(enc('AADST'), k)).toBe(false);
    expect(containsAny(enc('AADSTSAMLResponse'), k)).toBe(true);
    expect(containsAny(enc('xxSAMLResponsexx'), asciiPatterns(['wresult', 'SAMLResponse', 'login.microsoft.com']))).toBe(true);
  });
});
