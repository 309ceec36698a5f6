import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAny } from '@/utils/saml/decode';
import { parseSaml } from '@/utils/saml/model';
import type { KnownCert } from '@/utils/saml/types';
import { verifyMessage } from '@/utils/saml/verify';
import { loadManifest, readSample, sampleCert } from '@/tests/helpers/samples';

/** Mutates real samples through decode, parse and verify: nothing may throw or hang. */

const PER_INPUT_MS = 10_000;
const manifest = loadManifest();
const inputs = manifest.map((s) => ({
  text: readSample(s.file),
  certs: (s.cert && s.cert !== 'embedded' ? sampleCert(s.cert) : []).map((cert): KnownCert => ({
    label: 'sample',
    role: 'configured',
    cert,
  })),
}));

function withDeadline<T>(p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took more than ${PER_INPUT_MS} ms`)), PER_INPUT_MS);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

async function pipeline(text: string, certs: KnownCert[]): Promise<void> {
  const decoded = await decodeAny(text);
  if (!decoded.ok) {
    expect(decoded.findings.length).toBeGreaterThan(0);
    return;
  }
  const parsed = parseSaml(decoded.message.xml);
  const { report } = await verifyMessage(decoded.message, parsed, certs);
  expect(['valid', 'invalid', 'wrapped', 'unsigned', 'unverified']).toContain(report.verdict);
}

const XML_BITS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '&',
  '&amp;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?x?>',
  'xmlns=""',
  'xmlns:ds="x"',
  'ID="_x"',
  '<!DOCTYPE',
  '&#0;',
  '\u0000',
  '\uFFFF',
  '%',
  '+',
  '=',
  '\n',
];

/** A mutation: [kind, position fraction, length, inserted text] */
const mutation = fc.tuple(
  fc.constantFrom('delete', 'insert', 'duplicate', 'replace', 'truncate'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 200 }),
  fc.oneof(fc.constantFrom(...XML_BITS), fc.string({ maxLength: 12 })),
);

function mutate(text: string, [kind, at, len, bit]: [string, number, number, string]): string {
  const i = Math.floor(at * text.length);
  switch (kind) {
    case 'delete':
      return text.slice(0, i) + text.slice(i + len);
    case 'insert':
      return text.slice(0, i) + bit + text.slice(i);
    case 'duplicate':
      return text.slice(0, i + len) + text.slice(i, i + len) + text.slice(i + len);
    case 'replace':
      return text.slice(0, i) + bit + text.slice(i + bit.length);
    default:
      return text.slice(0, i);
  }
}

describe('fuzzing the SAML core with mutated real samples', () => {
  it('mutated encoded inputs never throw or hang', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (idx, muts) => {
          const input = inputs[idx]!;
          const text = muts.reduce(mutate, input.text);
          await withDeadline(pipeline(text, input.certs));
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);

  it('mutated decoded XML never throws or hangs', async () => {
    const decoded = await Promise.all(inputs.map(async (i) => ({ ...i, d: await decodeAny(i.text) })));
    const xmls = decoded.flatMap((x) => (x.d.ok ? [{ message: x.d.message, certs: x.certs }] : []));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: xmls.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (idx, muts) => {
          const { message, certs } = xmls[idx]!;
          const xml = muts.reduce(mutate, message.xml);
          await withDeadline(
            (async () => {
              const parsed = parseSaml(xml);
              await verifyMessage({ ...message, binding: 'raw', xml }, parsed, certs);
            })(),
          );
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);

  it('changing any character of the signed identity never stays valid', async () => {
    const xml = readSample('entra/tercen_entra_response_2022_app_cert.xml');
    const certs: KnownCert[] = [{ label: 'Entra', role: 'entra-active', cert: readSample('entra/tercen_entra_app_signing_cert_2022.pem') }];
    const start = xml.indexOf('<NameID');
    const end = xml.indexOf('</AttributeStatement>');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start, max: end }), fc.constantFrom('x', '0', ' ', '.', 'Z'), async (pos, ch) => {
        fc.pre(xml[pos] !== ch && !'<>"/=:'.includes(xml[pos]!));
        const changed = xml.slice(0, pos) + ch + xml.slice(pos + 1);
        const parsed = parseSaml(changed);
        const { report, trustedAssertion } = await verifyMessage(
          { binding: 'raw', param: null, xml: changed, encoded: changed },
          parsed,
          certs,
        );
        expect(report.verdict).not.toBe('valid');
        expect(trustedAssertion).toBeNull();
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
