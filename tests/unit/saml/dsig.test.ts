import { beforeAll, describe, expect, it } from 'vitest';
import { decodeAny } from '@/utils/saml/decode';
import { parseSaml } from '@/utils/saml/model';
import type { DecodedMessage, KnownCert } from '@/utils/saml/types';
import { verifyMessage } from '@/utils/saml/verify';
import {
  buildSignedRedirect,
  buildSignedResponse,
  makeTestKey,
  type SignOptions,
  type TestKey,
  type Wrap,
} from '@/tests/helpers/sign-response';

let entra: TestKey;
let other: TestKey;

beforeAll(async () => {
  [entra, other] = await Promise.all([makeTestKey(), makeTestKey('Old Certificate')]);
});

function raw(xml: string): DecodedMessage {
  return { binding: 'raw', param: null, xml, encoded: xml };
}

async function verifyXml(xml: string, certs: KnownCert[]) {
  const parsed = parseSaml(xml);
  expect(parsed.doc, JSON.stringify(parsed.findings)).not.toBeNull();
  const out = await verifyMessage(raw(xml), parsed, certs);
  return { ...out, ids: out.report.findings.map((f) => f.id) };
}

const active = (k: TestKey, cert: 'pem' | 'b64' = 'pem'): KnownCert => ({
  label: 'Entra active',
  role: 'entra-active',
  cert: cert === 'pem' ? k.certPem : k.certB64,
});

describe('enveloped signatures (generated, signed with xml-crypto)', () => {
  const validCases: Array<[string, SignOptions, string]> = [
    ['assertion, RSA-SHA256, exc-c14n', { sign: 'assertion' }, 'assertion'],
    ['response only', { sign: 'response' }, 'response'],
    ['response and assertion', { sign: 'both' }, 'both'],
    ['RSA-SHA512', { sign: 'assertion', hash: 'sha512' }, 'assertion'],
    ['inclusive C14N (ancestor namespaces)', { sign: 'assertion', c14n: 'inclusive' }, 'assertion'],
    ['inclusive C14N on both', { sign: 'both', c14n: 'inclusive' }, 'both'],
    ['exc-c14n WithComments', { sign: 'both', c14n: 'exc-comments' }, 'both'],
    ['inclusive WithComments', { sign: 'assertion', c14n: 'inclusive-comments' }, 'assertion'],
    ['bare assertion', { sign: 'assertion', bareAssertion: true }, 'assertion'],
  ];
  for (const [name, opts, covers] of validCases) {
    it(`valid: ${name}`, async () => {
      const { report, trustedAssertion, ids } = await verifyXml(buildSignedResponse(entra, opts), [active(entra)]);
      expect(report.verdict, ids.join()).toBe('valid');
      expect(report.covers).toBe(covers);
      expect(report.signer?.label).toBe('Entra active');
      expect(trustedAssertion?.nameId?.value).toBe('alice@example.com');
      expect(ids).not.toContain('signature.weak-sha1');
    });
  }

  it('SHA-1 verifies but is flagged weak', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion', hash: 'sha1' }), [active(entra, 'b64')]);
    expect(report.verdict).toBe('valid');
    const weak = report.findings.find((f) => f.id === 'signature.weak-sha1');
    expect(weak?.severity).toBe('warning');
    expect(weak?.step).toBe('certificate');
    expect(ids).toContain('signature.weak-sha1');
  });

  it('unsigned response is unsigned, with an error finding', async () => {
    const { report, trustedAssertion } = await verifyXml(buildSignedResponse(entra, { sign: 'none' }), [active(entra)]);
    expect(report.verdict).toBe('unsigned');
    expect(report.findings.find((f) => f.id === 'signature.none')?.severity).toBe('error');
    expect(trustedAssertion).toBeNull();
  });

  it('an unsigned error response (no assertion) is unsigned with only an informational finding', async () => {
    const xml =
      '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_e1" Version="2.0" IssueInstant="2025-01-01T10:00:00Z"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Requester"/><samlp:StatusMessage>AADSTS50105</samlp:StatusMessage></samlp:Status></samlp:Response>';
    const { report } = await verifyXml(xml, [active(entra)]);
    expect(report.verdict).toBe('unsigned');
    expect(report.findings.find((f) => f.id === 'signature.none')?.severity).toBe('info');
  });

  it('an edited attribute value is invalid (digest mismatch)', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion', tamper: 'attribute' }), [active(entra)]);
    expect(report.verdict).toBe('invalid');
    expect(ids).toContain('signature.digest-mismatch');
  });

  it('an edited signature value is invalid (value mismatch)', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'response', tamper: 'signature-value' }), [active(entra)]);
    expect(report.verdict).toBe('invalid');
    expect(ids).toContain('signature.value-mismatch');
  });

  it('an edited signed ID is invalid (reference not found), not wrapped', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion', tamper: 'assertion-id' }), [active(entra)]);
    expect(report.verdict).toBe('invalid');
    expect(ids).toContain('signature.reference-not-found');
  });

  it('signed by an unknown certificate: invalid, naming its thumbprint', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(other, { sign: 'assertion' }), [active(entra)]);
    expect(report.verdict).toBe('invalid');
    expect(ids).toContain('signature.unknown-signer');
    const f = report.findings.find((x) => x.id === 'signature.unknown-signer')!;
    expect(report.embeddedCert?.sha1).toMatch(/^[0-9A-F]{40}$/);
    expect(f.detail).toContain(report.embeddedCert!.sha1);
  });

  it('no known certificate: unverified; the embedded one proves nothing', async () => {
    const { report, ids, trustedAssertion } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion' }), []);
    expect(report.verdict).toBe('unverified');
    expect(ids).toContain('signature.embedded-cert-only');
    expect(trustedAssertion).toBeNull();
  });

  it('no known certificate and none embedded: unverified', async () => {
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion', embedCert: false }), []);
    expect(report.verdict).toBe('unverified');
    expect(ids).toContain('signature.no-certificate');
  });

  it('no known certificate, embedded cert does not match the signature: invalid', async () => {
    const xml = buildSignedResponse(entra, { sign: 'assertion' }).replace(
      /<ds:X509Certificate>[^<]*<\/ds:X509Certificate>/,
      `<ds:X509Certificate>${other.certB64}</ds:X509Certificate>`,
    );
    const { report } = await verifyXml(xml, []);
    expect(report.verdict).toBe('invalid');
  });

  it('tries every known certificate and reports the one that verified', async () => {
    const certs: KnownCert[] = [
      { label: 'Entra inactive', role: 'entra-inactive', cert: other.certPem },
      { label: 'Entra active', role: 'entra-active', cert: entra.certPem },
    ];
    const { report } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion' }), certs);
    expect(report.verdict).toBe('valid');
    expect(report.signer?.role).toBe('entra-active');
  });

  it('signed with the inactive certificate: valid with a warning', async () => {
    const certs: KnownCert[] = [{ label: 'Entra inactive', role: 'entra-inactive', cert: other.certPem }];
    const { report, ids } = await verifyXml(buildSignedResponse(other, { sign: 'assertion' }), certs);
    expect(report.verdict).toBe('valid');
    expect(ids).toContain('certificate.signed-with-inactive');
  });

  it('JustCall holding an old certificate: valid, with a finding for step justcall-idp', async () => {
    const certs: KnownCert[] = [active(entra), { label: "JustCall's", role: 'justcall', cert: other.certB64 }];
    const { report } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion' }), certs);
    expect(report.verdict).toBe('valid');
    const f = report.findings.find((x) => x.id === 'certificate.justcall-holds-old');
    expect(f?.step).toBe('justcall-idp');
    expect(f?.severity).toBe('error');
  });

  it('JustCall holding the same certificate: no such finding', async () => {
    const certs: KnownCert[] = [active(entra), { label: "JustCall's", role: 'justcall', cert: entra.certB64 }];
    const { report, ids } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion' }), certs);
    expect(report.verdict).toBe('valid');
    expect(ids).not.toContain('certificate.justcall-holds-old');
  });

  it('an unreadable known certificate becomes a finding, others still work', async () => {
    const certs: KnownCert[] = [{ label: 'junk', role: 'justcall', cert: 'not a cert' }, active(entra)];
    const { report } = await verifyXml(buildSignedResponse(entra, { sign: 'assertion' }), certs);
    expect(report.verdict).toBe('valid');
    expect(report.findings.find((f) => f.id === 'certificate.unreadable')?.step).toBe('justcall-idp');
  });
});

describe('signature wrapping rules each have a failing case', () => {
  const wraps: Array<[Wrap, SignOptions['sign'], string]> = [
    ['evil-assertion-first', 'assertion', 'more than one assertion'],
    ['assertion-in-extensions', 'assertion', 'more than one assertion'],
    ['signed-assertion-nested', 'assertion', 'where nothing is read'],
    ['signature-moved', 'response', 'points at a different element'],
    ['duplicate-id', 'assertion', 'same ID'],
    ['two-references', 'assertion', 'unexpected number'],
    ['evil-assertion-first', 'response', 'more than one assertion'],
  ];
  for (const [wrap, sign, title] of wraps) {
    it(`${wrap} (${sign} signed) is wrapped`, async () => {
      const { report, trustedAssertion } = await verifyXml(buildSignedResponse(entra, { sign, wrap }), [active(entra)]);
      expect(report.verdict).toBe('wrapped');
      expect(trustedAssertion).toBeNull();
      expect(
        report.findings
          .filter((f) => f.id === 'signature.wrapping')
          .map((f) => f.title.toLowerCase())
          .join('|'),
      ).toContain(title.toLowerCase());
    });
  }
});

describe('HTTP-Redirect query signature', () => {
  it('verifies over the parameters as sent, with and without RelayState', async () => {
    for (const relayState of ['https://app.justcall.io/dashboard?x=1&y=2', undefined]) {
      const decoded = await decodeAny(buildSignedRedirect(entra, relayState === undefined ? {} : { relayState }));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.message.relayState).toBe(relayState);
      const parsed = parseSaml(decoded.message.xml);
      const { report } = await verifyMessage(decoded.message, parsed, [active(entra)]);
      expect(report.verdict).toBe('valid');
      expect(report.covers).toBe('query');
    }
  });

  it('a changed RelayState breaks the signature', async () => {
    const url = buildSignedRedirect(entra, { relayState: 'abc' }).replace('RelayState=abc', 'RelayState=abd');
    const decoded = await decodeAny(url);
    if (!decoded.ok) throw new Error('decode failed');
    const { report } = await verifyMessage(decoded.message, parseSaml(decoded.message.xml), [active(entra)]);
    expect(report.verdict).toBe('invalid');
  });

  it('without a known certificate the query signature is unverified', async () => {
    const decoded = await decodeAny(buildSignedRedirect(entra));
    if (!decoded.ok) throw new Error('decode failed');
    const { report } = await verifyMessage(decoded.message, parseSaml(decoded.message.xml), []);
    expect(report.verdict).toBe('unverified');
  });

  it('SHA-1 query signature is flagged weak', async () => {
    const decoded = await decodeAny(buildSignedRedirect(entra, { hash: 'sha1' }));
    if (!decoded.ok) throw new Error('decode failed');
    const { report } = await verifyMessage(decoded.message, parseSaml(decoded.message.xml), [active(entra)]);
    expect(report.verdict).toBe('valid');
    expect(report.findings.map((f) => f.id)).toContain('signature.weak-sha1');
  });
});

describe('WS-Federation wresult', () => {
  it('a signed assertion lifted out of a wresult still verifies', async () => {
    const signed = buildSignedResponse(entra, { sign: 'assertion' });
    const assertion = signed.slice(signed.indexOf('<saml:Assertion'), signed.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length);
    const rstr = `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><t:RequestedSecurityToken>${assertion}</t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`;
    const decoded = await decodeAny(`wa=wsignin1.0&wresult=${encodeURIComponent(rstr)}`);
    if (!decoded.ok) throw new Error('decode failed');
    const { report, trustedAssertion } = await verifyMessage(decoded.message, parseSaml(decoded.message.xml), [active(entra)]);
    expect(report.verdict).toBe('valid');
    expect(trustedAssertion?.nameId?.value).toBe('alice@example.com');
  });

  it('a forged assertion placed before the signed one in the wresult is wrapping', async () => {
    const signed = buildSignedResponse(entra, { sign: 'assertion' });
    const assertion = signed.slice(signed.indexOf('<saml:Assertion'), signed.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length);
    const forged = assertion
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
      .replace('ID="_assert1"', 'ID="_evil"')
      .replace(/alice@example\.com/g, 'mallory@evil.example');
    const rstr = `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><t:RequestedSecurityToken>${forged}${assertion}</t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`;
    const decoded = await decodeAny(`wa=wsignin1.0&wresult=${encodeURIComponent(rstr)}`);
    if (!decoded.ok) throw new Error('decode failed');
    const { report, trustedAssertion } = await verifyMessage(decoded.message, parseSaml(decoded.message.xml), [active(entra)]);
    expect(report.verdict).toBe('wrapped');
    expect(trustedAssertion).toBeNull();
  });
});
