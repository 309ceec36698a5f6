import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CertificateError, certificatesFromInput, loadCertificate } from '@/utils/saml/cert';
import { parseMetadataCertificates, parseSaml } from '@/utils/saml/model';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { readSample } from '@/tests/helpers/samples';
import { unsignedResponseXml } from '@/tests/helpers/sign-response';

describe('parseXmlSafely', () => {
  it('refuses a DOCTYPE before parsing (no external fetch)', () => {
    const r = parseXmlSafely('<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "http://attacker.example/x.dtd"><r/>');
    expect(r.doc).toBeNull();
    expect(r.findings[0]?.id).toBe('xml.doctype');
    expect(r.findings[0]?.detail).toContain('line 2');
  });

  it('refuses the billion-laughs entity bomb quickly with a clear finding', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${lol.join('')}]><lolz>&lol9;</lolz>`;
    const t0 = performance.now();
    const r = parseXmlSafely(bomb);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(r.doc).toBeNull();
    expect(r.findings.map((f) => f.id)).toEqual(['xml.doctype']);
    expect(r.findings[0]?.title).toMatch(/DOCTYPE or entity/);
  });

  it('reports malformed XML with line and column', () => {
    const r = parseXmlSafely('<a>\n  <b></c>\n</a>');
    expect(r.doc).toBeNull();
    expect(r.findings[0]?.id).toBe('xml.malformed');
    expect(r.findings[0]?.detail).toMatch(/line 2, column \d+/);
  });

  it('reports unbound prefixes and undefined entities', () => {
    expect(parseXmlSafely('<a><p:b/></a>').findings[0]?.id).toBe('xml.malformed');
    expect(parseXmlSafely('<a>&nbsp;</a>').findings[0]?.id).toBe('xml.malformed');
  });

  it('refuses absurd nesting and attribute counts', () => {
    const deep = '<a>'.repeat(500) + '</a>'.repeat(500);
    expect(parseXmlSafely(deep).findings[0]?.id).toBe('xml.too-complex');
    const attrs = Array.from({ length: 300 }, (_, i) => `a${i}="1"`).join(' ');
    expect(parseXmlSafely(`<r ${attrs}/>`).findings[0]?.id).toBe('xml.too-complex');
  });

  it('parses a normal message without findings', () => {
    const r = parseXmlSafely(unsignedResponseXml());
    expect(r.findings).toEqual([]);
    expect(r.doc?.documentElement?.localName).toBe('Response');
  });
});

describe('parseSaml builds the model by namespace, not prefix', () => {
  it('reads a Response and its assertion', () => {
    const { model, findings } = parseSaml(unsignedResponseXml('bob@example.com'));
    expect(findings).toEqual([]);
    if (model?.kind !== 'Response') throw new Error('expected Response');
    expect(model.id).toBe('_resp1');
    expect(model.inResponseTo).toBe('_req1');
    expect(model.status?.codes).toEqual(['urn:oasis:names:tc:SAML:2.0:status:Success']);
    expect(model.assertions).toHaveLength(1);
    const a = model.assertions[0]!;
    expect(a.nameId?.value).toBe('bob@example.com');
    expect(a.conditions?.audiences).toEqual(['https://sso.justcall.io/saml/metadata']);
    expect(a.subjectConfirmations[0]?.recipient).toBe('https://sso.justcall.io/saml/acs');
    expect(a.attributes[0]?.values).toEqual(['bob@example.com']);
    expect(a.authn?.sessionIndex).toBe('_sess1');
    expect(a.hasSignature).toBe(false);
  });

  it('ignores prefixes: other prefixes, default namespaces, and look-alike prefixes in other namespaces', () => {
    const renamed = unsignedResponseXml()
      .replace(/samlp:/g, 'p2:')
      .replace(/xmlns:samlp=/g, 'xmlns:p2=')
      .replace(/saml:/g, 'a:')
      .replace(/xmlns:saml=/g, 'xmlns:a=');
    const r = parseSaml(renamed).model;
    expect(r?.kind).toBe('Response');
    const fake = '<samlp:Response xmlns:samlp="urn:example:not-saml" ID="x"/>';
    const f = parseSaml(fake);
    expect(f.model).toBeNull();
    expect(f.findings[0]?.id).toBe('xml.not-saml');
  });

  it('reads requests, logout messages and metadata from the real samples', async () => {
    const { decodeAny } = await import('@/utils/saml/decode');
    const req = await decodeAny(readSample('authnrequests/python3-saml_authn_request.xml.base64'));
    if (!req.ok) throw new Error('decode');
    const m = parseSaml(req.message.xml).model;
    if (m?.kind !== 'AuthnRequest') throw new Error('expected AuthnRequest');
    expect(m.acsUrl).toMatch(/^https?:\/\//);
    const md = parseSaml(readSample('entra/common_federationmetadata_2017_identitymodel.xml')).model;
    if (md?.kind !== 'EntityDescriptor') throw new Error('expected EntityDescriptor');
    expect(md.entityId).toBe('https://sts.windows.net/{tenantid}/');
    expect(md.hasSignature).toBe(true);
    expect(md.ssoServices.map((s) => s.binding)).toContain('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect');
    expect(md.sloServices.length).toBeGreaterThan(0);
  });

  it('parseMetadataCertificates explains non-metadata', () => {
    const r = parseMetadataCertificates(unsignedResponseXml());
    expect(r.certificates).toEqual([]);
    expect(r.findings[0]?.id).toBe('metadata.not-metadata');
  });
});

describe('certificates (our DER reader, checked against node:crypto)', () => {
  const files = [
    'entra/tercen_entra_app_signing_cert_2022.pem',
    'entra/aad_signing_cert_2017.b64',
    'xsw/python3-saml_idp_cert.b64',
    'authnrequests/crewjam_sp_cert.pem',
  ];
  for (const file of files) {
    it(`reads ${file}`, async () => {
      const text = readSample(file);
      const info = await loadCertificate(text);
      const ref = new X509Certificate(Buffer.from(info.der, 'base64'));
      expect(info.sha1).toBe(ref.fingerprint.replace(/:/g, ''));
      expect(info.sha256).toBe(ref.fingerprint256.replace(/:/g, ''));
      expect(info.serialNumber).toBe(ref.serialNumber.replace(/^0+(?=.)/, '').toUpperCase());
      expect(new Date(info.notBefore).getTime()).toBe(new Date(ref.validFrom).getTime());
      expect(new Date(info.notAfter).getTime()).toBe(new Date(ref.validTo).getTime());
      const cn = /CN=([^\n]+)/.exec(ref.subject)?.[1];
      expect(info.subject).toContain(`CN=${cn}`);
      // the same certificate, differently wrapped
      const bare = info.der.replace(/(.{64})/g, '$1\n  ');
      expect((await loadCertificate(bare)).sha1).toBe(info.sha1);
    });
  }

  it('rejects junk with a plain-language CertificateError', async () => {
    await expect(loadCertificate('hello')).rejects.toBeInstanceOf(CertificateError);
    await expect(loadCertificate(Buffer.from('x'.repeat(100)).toString('base64'))).rejects.toThrow(/not an X\.509 certificate/);
    await expect(loadCertificate('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).rejects.toThrow(/not a certificate/);
  });

  it('certificatesFromInput reads PEM bundles and metadata', async () => {
    const a = readSample('entra/tercen_entra_app_signing_cert_2022.pem');
    const b = readSample('authnrequests/crewjam_sp_cert.pem');
    expect(await certificatesFromInput(`${a}\n${b}\n${a}`)).toHaveLength(2);
    const google = await certificatesFromInput(readSample('other-idp/crewjam_google_idp_metadata.xml'));
    expect(google).toHaveLength(1);
    expect(google[0]?.subject).toContain('CN=Google');
    await expect(certificatesFromInput('<r/>')).rejects.toBeInstanceOf(CertificateError);
  });
});
