import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CertificateError, certificatesFromInput, loadCertificate } from '@/utils/saml/cert';
import { parseMetadataCertificates, parseSaml } from '@/utils/saml/model';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { analyseText } from '@/utils/saml/analyse';
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

describe('a bare public key instead of a certificate', () => {
  const pem = readSample('entra/tercen_entra_app_signing_cert_2022.pem');
  const spkiPem = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const pkcs1Pem = new X509Certificate(pem).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();

  it('loads as a key without a validity period, in SubjectPublicKeyInfo and PKCS#1 form', async () => {
    const spki = await loadCertificate(spkiPem);
    expect(spki.publicKeyOnly).toBe(true);
    expect(spki.notAfter).toBe('');
    const pkcs1 = await loadCertificate(pkcs1Pem);
    // The same key either way: PKCS#1 is wrapped into the same SubjectPublicKeyInfo.
    expect(pkcs1.sha256).toBe(spki.sha256);
    expect((await certificatesFromInput(spkiPem)).map((c) => c.sha256)).toEqual([spki.sha256]);
  });

  it('verifies the signature that its certificate verifies', async () => {
    const xml = readSample('entra/tercen_entra_response_2022_app_cert.xml');
    for (const cert of [spkiPem, pkcs1Pem]) {
      const a = await analyseText(xml, { certificates: [{ label: 'key', role: 'configured', cert }], now: '2022-02-23T17:50:00Z' });
      expect(a.signature?.verdict).toBe('valid');
      expect(a.signature?.signer?.cert.publicKeyOnly).toBe(true);
    }
  });

  it('still refuses a private key, naming what it expected', async () => {
    await expect(loadCertificate('-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----')).rejects.toThrow(/BEGIN PUBLIC KEY/);
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
    await expect(loadCertificate('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).rejects.toThrow(
      /neither a certificate nor a public key/,
    );
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
