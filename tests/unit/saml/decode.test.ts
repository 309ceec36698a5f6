import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeAny, decodeBase64Message, decodePostBody, decodeRedirectQuery } from '@/utils/saml/decode';
import { parseSaml } from '@/utils/saml/model';
import type { DecodeResult } from '@/utils/saml/types';
import { readSample } from '@/tests/helpers/samples';
import { unsignedResponseXml } from '@/tests/helpers/sign-response';

const xml = unsignedResponseXml();
const b64 = Buffer.from(xml).toString('base64');
const deflated = deflateRawSync(Buffer.from(xml)).toString('base64');

function ok(r: DecodeResult) {
  if (!r.ok) throw new Error(`expected success, got ${r.findings.map((f) => f.id).join(', ')}`);
  return r.message;
}
function failId(r: DecodeResult): string {
  expect(r.ok).toBe(false);
  const f = r.findings[0]!;
  expect(f.step).toBeNull();
  expect(f.title.length).toBeGreaterThan(5);
  expect(f.fix.length).toBeGreaterThan(5);
  return f.id;
}

describe('decodeAny accepts every form a message arrives in', () => {
  it('raw XML', async () => {
    const m = ok(await decodeAny(`  ${xml}\n`));
    expect(m.binding).toBe('raw');
    expect(m.xml).toBe(xml);
  });

  it('bare base64 with newlines and spaces (HTTP-POST)', async () => {
    const wrapped = b64.replace(/(.{76})/g, '$1\r\n  ');
    const m = ok(await decodeAny(wrapped));
    expect(m.binding).toBe('HTTP-POST');
    expect(m.xml).toBe(xml);
    expect(m.encoded).toBe(b64);
  });

  it('bare deflated base64 (HTTP-Redirect)', async () => {
    const m = ok(await decodeAny(deflated));
    expect(m.binding).toBe('HTTP-Redirect');
    expect(m.xml).toBe(xml);
  });

  it('percent-encoded base64 copied out of a URL', async () => {
    expect(ok(await decodeAny(encodeURIComponent(deflated))).xml).toBe(xml);
  });

  it('a whole Redirect URL, keeping RelayState, SigAlg, Signature and the signed octets as sent', async () => {
    const query = readSample('authnrequests/crewjam_redirect_signed_queryString.txt').trim();
    const url = `https://idp.example.com/sso?${query}#frag`;
    const m = ok(await decodeAny(url));
    expect(m.binding).toBe('HTTP-Redirect');
    expect(m.param).toBe('SAMLRequest');
    expect(m.relayState).toBe('relayState');
    expect(m.sigAlg).toBe('http://www.w3.org/2000/09/xmldsig#rsa-sha1');
    expect(m.signedQuery).toBe(query.slice(0, query.indexOf('&Signature=')));
    expect(m.xml).toBe(readSample('authnrequests/crewjam_redirect_signed_decodedRequest.xml').trim());
    const same = ok(await decodeRedirectQuery(query));
    expect(same.signedQuery).toBe(m.signedQuery);
  });

  it('signed octets keep the original encoding even when it is not the canonical one', async () => {
    const value = encodeURIComponent(deflated).replace(/%2F/g, '%2f');
    const m = ok(await decodeRedirectQuery(`SAMLResponse=${value}&RelayState=a%20b&SigAlg=x&Signature=AAAA`));
    expect(m.signedQuery).toBe(`SAMLResponse=${value}&RelayState=a%20b&SigAlg=x`);
    expect(m.relayState).toBe('a b');
  });

  it('an urlencoded POST body, even when "+" was not encoded', async () => {
    const body = `RelayState=https%3A%2F%2Fapp&SAMLResponse=${b64}`;
    const m = ok(await decodeAny(body));
    expect(m.binding).toBe('HTTP-POST');
    expect(m.param).toBe('SAMLResponse');
    expect(m.relayState).toBe('https://app');
    expect(m.xml).toBe(xml);
    expect(ok(await decodePostBody(`SAMLResponse=${encodeURIComponent(b64)}`)).xml).toBe(xml);
  });

  it('a multipart/form-data body, boundary found in the body or the header', async () => {
    const body = `--XyZ\r\nContent-Disposition: form-data; name="SAMLResponse"\r\n\r\n${b64}\r\n--XyZ\r\nContent-Disposition: form-data; name="RelayState"\r\n\r\nrs1\r\n--XyZ--\r\n`;
    const m = ok(await decodeAny(body));
    expect(m.xml).toBe(xml);
    expect(m.relayState).toBe('rs1');
    expect(ok(await decodePostBody(body, 'multipart/form-data; boundary=XyZ')).xml).toBe(xml);
  });

  it('a WS-Federation wresult: kept whole, and read as the SAML assertion it carries', async () => {
    const assertion = xml.slice(xml.indexOf('<saml:Assertion'), xml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length);
    const rstr = `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><t:RequestedSecurityToken>${assertion}</t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`;
    const m = ok(await decodeAny(`wa=wsignin1.0&wresult=${encodeURIComponent(rstr)}&wctx=x`));
    expect(m.binding).toBe('WS-Fed');
    expect(m.param).toBe('wresult');
    expect(m.xml).toBe(rstr);
    const parsed = parseSaml(m.xml);
    expect(parsed.model?.kind).toBe('Assertion');
    if (parsed.model?.kind === 'Assertion') expect(parsed.model.assertion.nameId?.value).toBe('alice@example.com');
  });

  it('a WS-Federation wresult without a SAML 2.0 assertion says what it holds', async () => {
    const saml11 = `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust"><t:RequestedSecurityToken><a:Assertion xmlns:a="urn:oasis:names:tc:SAML:1.0:assertion"/></t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`;
    expect(parseSaml(ok(await decodeAny(saml11)).xml).findings.map((f) => f.id)).toEqual(['decode.saml11-token']);
    const empty = saml11.replace(/<a:Assertion[^>]*\/>/, '');
    expect(parseSaml(ok(await decodeAny(empty)).xml).findings.map((f) => f.id)).toEqual(['xml.not-saml']);
  });

  it("the IdP's auto-submitting HTML form", async () => {
    const html = `<html><body onload="document.forms[0].submit()"><form method="POST" action="https://sso.justcall.io/saml/acs"><input type="hidden" name="SAMLResponse" value="${b64.replace(/\+/g, '&#x2B;')}" /><input type="hidden" name="RelayState" value="a&amp;b" /></form></body></html>`;
    const m = ok(await decodeAny(html));
    expect(m.binding).toBe('HTTP-POST');
    expect(m.xml).toBe(xml);
    expect(m.relayState).toBe('a&b');
  });

  it('real samples in their manifest encodings', async () => {
    expect(ok(await decodeAny(readSample('authnrequests/python3-saml_logout_request_deflated.xml.base64'))).xml).toContain('LogoutRequest');
    expect(ok(await decodeBase64Message(readSample('xsw/crewjam_xsw_One.b64'), 'HTTP-POST')).xml).toContain('Response');
  });
});

describe('decode failures are findings, never exceptions', () => {
  it('malformed base64', async () => {
    expect(failId(await decodeAny('SAMLResponse=abc$def!'))).toBe('decode.bad-base64');
    expect(failId(await decodeAny('abcde'))).toBe('decode.bad-base64');
  });

  it('truncated deflate', async () => {
    const cut = deflateRawSync(Buffer.from(xml));
    const truncated = cut.subarray(0, cut.length - 20).toString('base64');
    expect(failId(await decodeAny(`https://idp/sso?SAMLRequest=${encodeURIComponent(truncated)}`))).toBe('decode.truncated-deflate');
  });

  it('corrupt deflate in a Redirect URL', async () => {
    const junk = Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x13, 0x37, 0x99]).toString('base64');
    expect(failId(await decodeRedirectQuery(`SAMLRequest=${encodeURIComponent(junk)}`))).toBe('decode.bad-deflate');
  });

  it('a deflate bomb is stopped at the ratio limit, quickly', async () => {
    const bomb = deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 0x41)).toString('base64');
    const t0 = performance.now();
    expect(failId(await decodeAny(bomb))).toBe('decode.inflate-ratio');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a huge deflate bomb is stopped at the size limit without inflating it all', async () => {
    const bomb = deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x41)).toString('base64');
    const t0 = performance.now();
    expect(failId(await decodeAny(`https://idp/sso?SAMLRequest=${encodeURIComponent(bomb)}`))).toBe('decode.too-large');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('too large', async () => {
    expect(failId(await decodeAny('A'.repeat(9 * 1024 * 1024)))).toBe('decode.too-large');
  });

  it('not SAML: other XML, plain text, binary', async () => {
    expect(failId(await decodeAny('<html><body>hi</body></html>'))).toBe('decode.not-saml');
    expect(failId(await decodeAny(Buffer.from('hello, this is text').toString('base64')))).toBe('decode.not-saml');
    expect(failId(await decodeAny(Buffer.from('<note>x</note>').toString('base64')))).toBe('decode.not-saml');
    expect(failId(await decodeAny('https://example.com/page?a=1'))).toBe('decode.not-saml');
  });

  it('empty and broken percent-encoding', async () => {
    expect(failId(await decodeAny('   '))).toBe('decode.empty');
    expect(failId(await decodeAny('SAMLResponse=%E0%A4%A'))).toBe('decode.bad-url-encoding');
  });

  it('a deflated message in a POST body decodes with a warning', async () => {
    const r = await decodePostBody(`SAMLResponse=${encodeURIComponent(deflated)}`);
    expect(ok(r).xml).toBe(xml);
    expect(r.findings.map((f) => f.id)).toContain('decode.deflated-post');
  });
});
