import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { analyseMessage, analyseText, analyseTrace } from '@/utils/saml/analyse';
import { buildTraceExport, type CapturedItem } from '@/utils/saml/har';
import { renderTraceReport } from '@/utils/saml/report';
import type { AnalysisContextInput } from '@/utils/saml/types';
import { TEST_ACS, buildSignedRedirect, buildSignedResponse, makeTestKey, type TestKey } from '@/tests/helpers/sign-response';

// A spy on the one safe XML parser, so the test counts how often a message's XML is parsed.
vi.mock('@/utils/saml/xml/parse-safe', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/saml/xml/parse-safe')>();
  return { ...real, parseXmlSafely: vi.fn(real.parseXmlSafely) };
});
const parses = vi.mocked(parseXmlSafely);

let key: TestKey;
let ctx: AnalysisContextInput;
beforeAll(async () => {
  key = await makeTestKey();
  ctx = { certificates: [{ label: 'Entra active', role: 'entra-active', cert: key.certPem }], now: '2025-01-01T10:00:05Z' };
});
beforeEach(() => {
  parses.mockClear();
});

function signInItems(): CapturedItem[] {
  const redirect = buildSignedRedirect(key);
  return [
    { type: 'saml', seq: 0, url: redirect, method: 'GET', source: 'query', carrier: { via: 'redirect', url: redirect } },
    {
      type: 'saml',
      seq: 1,
      url: TEST_ACS,
      method: 'POST',
      source: 'post',
      carrier: { via: 'xml', xml: buildSignedResponse(key, { sign: 'assertion' }) },
    },
  ];
}

describe('one parse of each message serves the model, the verification and the checks', () => {
  it('in a single message', async () => {
    const xml = buildSignedResponse(key, { sign: 'assertion' });
    const a = await analyseMessage({ binding: 'raw', param: null, xml, encoded: xml }, ctx);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(a.model?.kind).toBe('Response');
    expect(a.signature?.verdict).toBe('valid');
    expect(a.findings.map((f) => f.id)).toContain('signature.covers');
  });

  it('in a WS-Federation wresult, whose assertion is read and verified where it sits', async () => {
    const signed = buildSignedResponse(key, { sign: 'assertion' });
    const assertion = signed.slice(signed.indexOf('<saml:Assertion'), signed.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length);
    const rstr = `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><t:RequestedSecurityToken>${assertion}</t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`;
    const a = await analyseText(`wa=wsignin1.0&wresult=${encodeURIComponent(rstr)}`, ctx);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(a.decoded?.binding).toBe('WS-Fed');
    expect(a.model?.kind).toBe('Assertion');
    expect(a.signature?.verdict).toBe('valid');
    expect(a.trustedAssertion?.nameId?.value).toBe('alice@example.com');
  });

  it('in a trace, where Responses are paired with their AuthnRequest before they are checked', async () => {
    const { entries } = await analyseTrace(signInItems(), ctx);
    expect(parses).toHaveBeenCalledTimes(2);
    expect(entries.map((e) => e.kind)).toEqual(['AuthnRequest', 'Response']);
    expect(entries[1]?.pairedWith).toBe(0);
    expect(entries[0]?.pairedWith).toBe(1);
    expect(entries[1]?.verdict).toBe('valid');
    // The pairing reached the checks: the request was seen, so the response is not IdP-initiated.
    expect(entries[1]?.findings.map((f) => f.id)).not.toContain('in-response-to.idp-initiated');
  });

  it('and the redacted exports of an analysed trace parse nothing again', async () => {
    const trace = await analyseTrace(signInItems(), ctx);
    parses.mockClear();
    const exported = JSON.stringify(buildTraceExport(trace, { redact: true }));
    const report = renderTraceReport(trace, { redact: true });
    expect(parses).not.toHaveBeenCalled();
    expect(exported).not.toContain('alice@example.com');
    expect(report).not.toContain('alice@example.com');
    expect(exported).toContain('redacted-user-');
  });
});
