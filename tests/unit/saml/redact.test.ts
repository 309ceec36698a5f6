import { describe, expect, it } from 'vitest';
import { analyseTrace } from '@/utils/saml/analyse';
import { buildTraceExport, readCapture, sourceFromText } from '@/utils/saml/har';
import { parseSaml } from '@/utils/saml/model';
import { Redactor, redactHeaders, redactUrl } from '@/utils/saml/redact';
import { ACS, PII, TENANT, encodingsOf, errorPageHtml, har, harEntry, signInHar } from './har-fixtures';

describe('redaction', () => {
  it('leaves none of the test user’s personal data in a redacted trace export, in any encoding', async () => {
    const text = await signInHar();
    const withError = text.replace(
      /\]\s*\}\s*\}\s*$/,
      `,${JSON.stringify(harEntry({ time: '2025-03-01T10:03:00Z', method: 'GET', url: `https://login.microsoftonline.com/${TENANT}/saml2?login_hint=adele.vance%40contoso.com`, responseHtml: errorPageHtml(50105) }))}]}}`,
    );
    const read = await readCapture(sourceFromText(withError));
    expect(read.items.map((i) => i.type)).toEqual(['saml', 'saml', 'entra-error']);
    const trace = await analyseTrace(read.items, { entityId: 'JustCall', acsUrl: ACS, certificates: [] });
    const plain = JSON.stringify(buildTraceExport(trace, { redact: false }));
    const exported = JSON.stringify(buildTraceExport(trace, { redact: true }));
    for (const value of PII) {
      // The unredacted export does carry them (so this test can fail)...
      expect(plain.toLowerCase()).toContain(value.toLowerCase());
      // ...and the redacted one carries none of them, in any form.
      for (const form of encodingsOf(value)) expect(exported, `${value} as ${form}`).not.toContain(form);
    }
    expect(exported).not.toContain('U2lnbmF0dXJlVmFsdWVPZkFkZWxl'); // SignatureValue
    expect(exported).not.toContain('sess-abc123'); // session-like RelayState
    expect(exported).not.toContain('_sess-Adele-1'); // SessionIndex
    // What support needs is still there.
    expect(exported).toContain('redacted-user-');
    expect(exported).toContain('@contoso.com');
    expect(exported).toContain(`https://sts.windows.net/${TENANT}/`);
    expect(exported).toContain('aadsts.50105');
  });

  it('keeps the XML well-formed and its structure intact', () => {
    const r = new Redactor();
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0" IssueInstant="2025-03-01T10:00:00Z"><Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a" Version="2.0" IssueInstant="2025-03-01T10:00:00Z"><Issuer>x</Issuer><Subject><NameID>Response</NameID></Subject><AttributeStatement><Attribute Name="displayname"><AttributeValue>O'Brien &amp; Response</AttributeValue></Attribute></AttributeStatement></Assertion></samlp:Response>`;
    const out = r.xml(xml);
    const parsed = parseSaml(out);
    expect(parsed.model?.kind).toBe('Response');
    expect(out).not.toContain('O&apos;Brien');
    expect(out).not.toContain("O'Brien");
    expect(out).toContain('<samlp:Response');
    expect(out).toContain('</Assertion>');
  });

  it('redacts URLs and headers but keeps what helps diagnose', () => {
    const r = new Redactor();
    r.learn('Adele Vance');
    const url = redactUrl(
      'https://login.microsoftonline.com/t/saml2?SAMLRequest=abc&RelayState=https%3A%2F%2Fapp.justcall.io%2Fhome&login_hint=adele%40contoso.com&who=Adele',
      r,
    );
    expect(url).toContain('SAMLRequest=REDACTED');
    expect(url).toContain('RelayState=https%3A%2F%2Fapp.justcall.io%2Fhome');
    expect(url).not.toMatch(/adele/i);
    expect(redactUrl('https://x.example/cb?RelayState=eyJzZXNzaW9uIjoiMSJ9', r)).toContain('RelayState=REDACTED');
    const h = redactHeaders(
      [
        { name: 'Cookie', value: 'ESTSAUTH=abc; buid=def' },
        { name: 'Set-Cookie', value: 'x=1; Path=/' },
        { name: 'Accept', value: 'text/html' },
      ],
      r,
    );
    expect(h).toEqual([
      { name: 'Cookie', value: 'ESTSAUTH=REDACTED; buid=REDACTED' },
      { name: 'Set-Cookie', value: 'x=REDACTED' },
      { name: 'Accept', value: 'text/html' },
    ]);
  });

  it('gives the same person the same placeholder across messages', () => {
    const r = new Redactor();
    const a = r.text('mail adele.vance@contoso.com');
    const b = r.text('again Adele.Vance@contoso.com');
    expect(a.replace('mail ', '')).toBe(b.replace('again ', ''));
  });

  it('removes IP addresses and phone numbers from free text, keeping times, ids, codes and thumbprints', () => {
    const r = new Redactor();
    const kept = [
      '2025-03-01T10:00:05.000Z',
      '0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      'AADSTS50105',
      'algorithm 1.2.840.113549.1.1.1',
      'thumbprint 1F3A5C7E9B2D4F6A8C0E1F3A5C7E9B2D4F6A8C0E',
      'It has 5242881 characters',
      'version 10.0.19045.4291',
      'the 180 s allowed, at 10:00:05',
    ];
    for (const text of kept) expect(r.text(text)).toBe(text);
    const out = r.text('from 203.0.113.7 and 2001:db8::17 and fe80::1, call +1 (555) 010-4477 or 555.010.4477 or +44 20 7946 0958');
    for (const gone of ['203.0.113.7', '2001:db8::17', 'fe80::1', '555', '7946']) expect(out).not.toContain(gone);
    expect(out).toMatch(/^from \[redacted-ip-\d+\] and \[redacted-ip-\d+\]/);
    expect(r.text('again 203.0.113.7')).toBe(`again ${/\[redacted-ip-\d+\]/.exec(out)?.[0]}`);
  });

  it('keeps only claims safe by nature, and only with their shape', () => {
    const r = new Redactor();
    const claims = (n: string, v: string) => `<Attribute Name="${n}"><AttributeValue>${v}</AttributeValue></Attribute>`;
    const xml = `<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion"><AttributeStatement>${claims('http://schemas.microsoft.com/identity/claims/tenantid', TENANT)}${claims('http://schemas.microsoft.com/identity/claims/identityprovider', 'https://sts.windows.net/x/')}${claims('http://schemas.microsoft.com/identity/claims/tenantid', 'not a guid: EMP123')}${claims('department', 'Finance')}${claims('costcenter', '4711')}</AttributeStatement></Assertion>`;
    const out = r.xml(xml);
    expect(out).toContain(TENANT);
    expect(out).toContain('https://sts.windows.net/x/');
    for (const gone of ['EMP123', 'Finance', '4711']) expect(out).not.toContain(gone);
  });

  it('rewrites hostile markup in one pass without breaking it', () => {
    const r = new Redactor();
    const hostile = `<a b="${'<'.repeat(600_000)}`;
    expect(r.xml(hostile).length).toBeGreaterThan(0);
    expect(r.xml('<'.repeat(600_000)).length).toBe(600_000);
    expect(r.xml('<r a=">" b=\'x>y\'>t<!-- adele.vance@contoso.com --></r>')).toBe('<r a=">" b=\'x>y\'>t<!-- --></r>');
  });

  it('uses fixture HAR helpers consistently', () => {
    expect(har([])).toContain('"entries": []');
  });
});
