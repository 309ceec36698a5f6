import { describe, expect, it } from 'vitest';
import { analyseTrace } from '@/utils/saml/analyse';
import { buildTraceExport, readCapture, sourceFromText } from '@/utils/saml/har';
import { parseSaml } from '@/utils/saml/model';
import { Redactor, redactHeaders, redactUrl } from '@/utils/saml/redact';
import { ACS, PII, TENANT, errorPageHtml, har, harEntry, signInHar } from './har-fixtures';

/** Every form a string could take in an export: as is, case-folded, URL-encoded, JSON-escaped, base64 at each alignment. */
function encodingsOf(s: string): string[] {
  const forms = new Set([
    s,
    s.toLowerCase(),
    encodeURIComponent(s),
    encodeURIComponent(s).replace(/%20/g, '+'),
    JSON.stringify(s).slice(1, -1),
  ]);
  for (let pad = 0; pad < 3; pad++) {
    const b = Buffer.from('x'.repeat(pad) + s).toString('base64');
    // Drop the characters touched by the padding prefix and by the unknown next byte.
    const start = pad === 0 ? 0 : Math.ceil(((pad + 1) * 4) / 3);
    forms.add(b.slice(start, Math.floor(((pad + s.length) * 4) / 3)));
  }
  return [...forms].filter((f) => f.length >= 4);
}

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

  it('uses fixture HAR helpers consistently', () => {
    expect(har([])).toContain('"entries": []');
  });
});
