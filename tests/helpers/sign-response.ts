/**
 * TEST ONLY: builds SAML Responses and signs them with xml-crypto and a
 * generated RSA key, with switches for every rule the verifier enforces
 * (what is signed, algorithms, C14N, tampering, wrapping).
 */
import 'reflect-metadata'; // @peculiar/x509 (via tsyringe) needs the Reflect metadata polyfill
import { createSign, webcrypto } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { DOMParser, XMLSerializer, type Element as XElement } from '@xmldom/xmldom';
import * as x509 from '@peculiar/x509';
import { SignedXml } from 'xml-crypto';

export interface TestKey {
  privateKeyPem: string;
  certPem: string;
  /** base64 DER, as Entra's "Certificate (Base64)" without the PEM armour */
  certB64: string;
}

export async function makeTestKey(commonName = 'Microsoft Azure Federated SSO Certificate'): Promise<TestKey> {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '0a1b2c3d',
      name: `CN=${commonName}`,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
      signingAlgorithm: alg,
      keys,
    },
    webcrypto as unknown as Crypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const privateKeyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`;
  const certB64 = Buffer.from(cert.rawData).toString('base64');
  return { privateKeyPem, certPem: cert.toString('pem'), certB64 };
}

export type Hash = 'sha1' | 'sha256' | 'sha512';
export type C14n = 'exc' | 'exc-comments' | 'inclusive' | 'inclusive-comments';
export type Tamper = 'none' | 'attribute' | 'signature-value' | 'assertion-id';
export type Wrap =
  | 'none'
  /** XSW3: a forged, unsigned assertion placed before the signed one */
  | 'evil-assertion-first'
  /** XSW7-like: the signed assertion moved into samlp:Extensions, a forged one in its place */
  | 'assertion-in-extensions'
  /** only rule: a signature not on the root or its direct assertion */
  | 'signed-assertion-nested'
  /** only rule: a response signature moved into the assertion (still digests correctly) */
  | 'signature-moved'
  /** only rule: another element carries the signed element's ID */
  | 'duplicate-id'
  /** only rule: SignedInfo with two References */
  | 'two-references';

export interface SignOptions {
  sign: 'assertion' | 'response' | 'both' | 'none';
  hash?: Hash;
  c14n?: C14n;
  tamper?: Tamper;
  wrap?: Wrap;
  /** Put the X509Certificate in KeyInfo (default true). */
  embedCert?: boolean;
  /** Build a bare Assertion instead of a Response. */
  bareAssertion?: boolean;
  nameId?: string;
  /** Changes the XML before it is signed (a rule's failing case that still verifies). */
  edit?: (unsignedXml: string) => string;
}

const C14N_URIS: Record<C14n, string> = {
  exc: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  'exc-comments': 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  inclusive: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  'inclusive-comments': 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
};
const SIG_URIS: Record<Hash, string> = {
  sha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  sha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  sha512: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
};
const DIGEST_URIS: Record<Hash, string> = {
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha512: 'http://www.w3.org/2001/04/xmlenc#sha512',
};

export const TEST_ISSUER = 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/';
export const TEST_ACS = 'https://sso.justcall.io/saml/acs';
export const TEST_AUDIENCE = 'https://sso.justcall.io/saml/metadata';

function assertionXml(id: string, nameId: string, declareNs: boolean): string {
  const ns = declareNs ? ' xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"' : '';
  return (
    `<saml:Assertion${ns} ID="${id}" Version="2.0" IssueInstant="2025-01-01T10:00:00Z">` +
    `<saml:Issuer>${TEST_ISSUER}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${nameId}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="_req1" NotOnOrAfter="2025-01-01T10:05:00Z" Recipient="${TEST_ACS}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="2025-01-01T09:55:00Z" NotOnOrAfter="2025-01-01T11:00:00Z"><saml:AudienceRestriction><saml:Audience>${TEST_AUDIENCE}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"><saml:AttributeValue>${nameId}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>` +
    `<saml:AuthnStatement AuthnInstant="2025-01-01T10:00:00Z" SessionIndex="_sess1"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `</saml:Assertion>`
  );
}

export function unsignedResponseXml(nameId = 'alice@example.com', bareAssertion = false): string {
  if (bareAssertion) return assertionXml('_assert1', nameId, true);
  // xmlns:ds on the root: inclusive C14N of SignedInfo must then carry the ancestors' namespaces
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="_resp1" Version="2.0" IssueInstant="2025-01-01T10:00:00Z" Destination="${TEST_ACS}" InResponseTo="_req1">` +
    `<saml:Issuer>${TEST_ISSUER}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `\n  ${assertionXml('_assert1', nameId, false)}\n` +
    `</samlp:Response>`
  );
}

function signElement(xml: string, localName: 'Assertion' | 'Response', key: TestKey, opts: SignOptions): string {
  const hash = opts.hash ?? 'sha256';
  const c14n = C14N_URIS[opts.c14n ?? 'exc'];
  const sig = new SignedXml({
    privateKey: key.privateKeyPem,
    publicCert: opts.embedCert === false ? undefined : key.certPem,
    signatureAlgorithm: SIG_URIS[hash],
    canonicalizationAlgorithm: c14n,
  });
  if (opts.embedCert === false) sig.getKeyInfoContent = () => null;
  sig.addReference({
    xpath: `/*[local-name(.)='${localName}'] | /*/*[local-name(.)='${localName}']`,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', c14n],
    digestAlgorithm: DIGEST_URIS[hash],
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: {
      reference: `(/*[local-name(.)='${localName}'] | /*/*[local-name(.)='${localName}'])/*[local-name(.)='Issuer']`,
      action: 'after',
    },
  });
  return sig.getSignedXml();
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const serialize = (node: unknown) => new XMLSerializer().serializeToString(node as XElement);
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const DS = 'http://www.w3.org/2000/09/xmldsig#';

function first(doc: ReturnType<typeof parse>, ns: string, local: string): XElement {
  const el = doc.getElementsByTagNameNS(ns, local)[0];
  if (!el) throw new Error(`test helper: no ${local}`);
  return el;
}

function forgedAssertion(doc: ReturnType<typeof parse>, id: string): XElement {
  const signed = first(doc, SAML, 'Assertion');
  const evil = signed.cloneNode(true) as XElement;
  evil.setAttribute('ID', id);
  const sig = evil.getElementsByTagNameNS(DS, 'Signature')[0];
  if (sig) evil.removeChild(sig);
  const nameId = evil.getElementsByTagNameNS(SAML, 'NameID')[0];
  if (nameId) nameId.textContent = 'attacker@evil.example';
  return evil;
}

function applyWrap(xml: string, wrap: Wrap): string {
  if (wrap === 'none') return xml;
  const doc = parse(xml);
  const root = doc.documentElement!;
  const signed = first(doc, SAML, 'Assertion');
  switch (wrap) {
    case 'evil-assertion-first':
      root.insertBefore(forgedAssertion(doc, '_evil'), signed);
      break;
    case 'assertion-in-extensions': {
      const evil = forgedAssertion(doc, '_evil');
      const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
      root.insertBefore(ext, signed);
      root.replaceChild(evil, signed);
      ext.appendChild(signed);
      break;
    }
    case 'signed-assertion-nested': {
      const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
      root.insertBefore(ext, signed);
      root.removeChild(signed);
      ext.appendChild(signed);
      break;
    }
    case 'signature-moved': {
      const sig = Array.from(root.childNodes).find((n) => n.nodeType === 1 && (n as XElement).localName === 'Signature') as XElement;
      root.removeChild(sig);
      signed.appendChild(sig);
      break;
    }
    case 'duplicate-id': {
      const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
      ext.setAttribute('ID', signed.getAttribute('ID') ?? '');
      root.insertBefore(ext, signed);
      break;
    }
    case 'two-references': {
      const ref = first(doc, DS, 'Reference');
      ref.parentNode!.appendChild(ref.cloneNode(true));
      break;
    }
  }
  return serialize(doc);
}

function applyTamper(xml: string, tamper: Tamper): string {
  switch (tamper) {
    case 'none':
      return xml;
    case 'attribute':
      return xml.replace(/(<saml:AttributeValue>)[^<]*/, '$1mallory@example.com');
    case 'signature-value':
      // Swap two characters; when they are equal, change one, so the value always differs.
      return xml.replace(/(<ds:SignatureValue>)(.)(.)/, (_m, open: string, a: string, b: string) =>
        a === b ? open + (a === 'A' ? 'B' : 'A') + b : open + b + a,
      );
    case 'assertion-id':
      return xml.replace('ID="_assert1"', 'ID="_assert2"');
  }
}

/** A Response (or bare Assertion) signed as asked, then tampered/wrapped as asked. */
export function buildSignedResponse(key: TestKey, opts: SignOptions): string {
  let xml = unsignedResponseXml(opts.nameId, opts.bareAssertion);
  if (opts.edit) xml = opts.edit(xml);
  if (opts.sign === 'assertion' || opts.sign === 'both') xml = signElement(xml, 'Assertion', key, opts);
  if (!opts.bareAssertion && (opts.sign === 'response' || opts.sign === 'both')) xml = signElement(xml, 'Response', key, opts);
  xml = applyWrap(xml, opts.wrap ?? 'none');
  return applyTamper(xml, opts.tamper ?? 'none');
}

/** An HTTP-Redirect URL carrying a deflated AuthnRequest signed over the query (SAML Bindings 3.4.4.1). */
export function buildSignedRedirect(key: TestKey, opts: { relayState?: string; hash?: 'sha1' | 'sha256' } = {}): string {
  const request =
    '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_req1" Version="2.0" IssueInstant="2025-01-01T10:00:00Z" AssertionConsumerServiceURL="' +
    TEST_ACS +
    '"><saml:Issuer>' +
    TEST_AUDIENCE +
    '</saml:Issuer></samlp:AuthnRequest>';
  const hash = opts.hash ?? 'sha256';
  let query = 'SAMLRequest=' + encodeURIComponent(deflateRawSync(Buffer.from(request)).toString('base64'));
  if (opts.relayState !== undefined) query += '&RelayState=' + encodeURIComponent(opts.relayState);
  query += '&SigAlg=' + encodeURIComponent(SIG_URIS[hash]);
  const signature = createSign(hash === 'sha1' ? 'RSA-SHA1' : 'RSA-SHA256')
    .update(query)
    .sign(key.privateKeyPem, 'base64');
  return `https://login.microsoftonline.com/tenant/saml2?${query}&Signature=${encodeURIComponent(signature)}`;
}
