import { randomUUID } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

/**
 * Builds and signs SAML responses the way Entra shapes them: samlp:Response
 * with a default-namespace Assertion, an enveloped XML-DSig signature placed
 * right after the Issuer, exclusive C14N, RSA-SHA256 (or SHA-1).
 */

const NS_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const NS_ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

const ALGORITHMS = {
  'SHA-256': { signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', digest: 'http://www.w3.org/2001/04/xmlenc#sha256' },
  'SHA-1': { signature: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', digest: 'http://www.w3.org/2000/09/xmldsig#sha1' },
} as const;

export type SigningAlgorithm = keyof typeof ALGORITHMS;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Entra's ids: an underscore and a GUID. */
export function samlId(): string {
  return `_${randomUUID()}`;
}

function iso(d: Date): string {
  return d.toISOString();
}

export interface AssertionParams {
  id: string;
  issuer: string;
  issueInstant: Date;
  nameId: string;
  nameIdFormat: string;
  recipient: string;
  inResponseTo?: string;
  notBefore: Date;
  notOnOrAfter: Date;
  audience: string;
  attributes: { name: string; values: string[] }[];
  authnInstant: Date;
  sessionIndex: string;
}

export function buildAssertion(p: AssertionParams): string {
  const inResp = p.inResponseTo ? ` InResponseTo="${escapeXml(p.inResponseTo)}"` : '';
  const attrs = p.attributes
    .map(
      (a) =>
        `<Attribute Name="${escapeXml(a.name)}">${a.values.map((v) => `<AttributeValue>${escapeXml(v)}</AttributeValue>`).join('')}</Attribute>`,
    )
    .join('');
  return (
    `<Assertion ID="${escapeXml(p.id)}" IssueInstant="${iso(p.issueInstant)}" Version="2.0" xmlns="${NS_ASSERTION}">` +
    `<Issuer>${escapeXml(p.issuer)}</Issuer>` +
    `<Subject><NameID Format="${escapeXml(p.nameIdFormat)}">${escapeXml(p.nameId)}</NameID>` +
    `<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<SubjectConfirmationData${inResp} NotOnOrAfter="${iso(p.notOnOrAfter)}" Recipient="${escapeXml(p.recipient)}"/>` +
    `</SubjectConfirmation></Subject>` +
    `<Conditions NotBefore="${iso(p.notBefore)}" NotOnOrAfter="${iso(p.notOnOrAfter)}">` +
    `<AudienceRestriction><Audience>${escapeXml(p.audience)}</Audience></AudienceRestriction></Conditions>` +
    (attrs ? `<AttributeStatement>${attrs}</AttributeStatement>` : '') +
    `<AuthnStatement AuthnInstant="${iso(p.authnInstant)}" SessionIndex="${escapeXml(p.sessionIndex)}">` +
    `<AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext>` +
    `</AuthnStatement></Assertion>`
  );
}

export interface ResponseParams {
  id: string;
  issuer: string;
  issueInstant: Date;
  destination: string;
  inResponseTo?: string;
  /** Assertion XML (already signed if the assertion is to be signed). */
  assertionXml: string;
  /** Optional protocol Extensions content (the XSW fault puts the signed assertion there). */
  extensionsXml?: string;
}

export function buildResponse(p: ResponseParams): string {
  const inResp = p.inResponseTo ? ` InResponseTo="${escapeXml(p.inResponseTo)}"` : '';
  return (
    `<samlp:Response ID="${escapeXml(p.id)}" Version="2.0" IssueInstant="${iso(p.issueInstant)}" Destination="${escapeXml(p.destination)}"${inResp} xmlns:samlp="${NS_PROTOCOL}">` +
    `<Issuer xmlns="${NS_ASSERTION}">${escapeXml(p.issuer)}</Issuer>` +
    (p.extensionsXml ? `<samlp:Extensions>${p.extensionsXml}</samlp:Extensions>` : '') +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    p.assertionXml +
    `</samlp:Response>`
  );
}

export interface SigningKey {
  certPem: string;
  keyPem: string;
}

/**
 * Signs the element with the given ID (the document's root, an Assertion or a
 * Response) with an enveloped signature placed right after its Issuer.
 */
export function signElement(xml: string, elementId: string, key: SigningKey, algorithm: SigningAlgorithm): string {
  const alg = ALGORITHMS[algorithm];
  const sig = new SignedXml({
    privateKey: key.keyPem,
    publicCert: key.certPem,
    signatureAlgorithm: alg.signature,
    canonicalizationAlgorithm: EXC_C14N,
  });
  const target = `//*[@ID='${elementId}']`;
  sig.addReference({ xpath: target, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: alg.digest });
  sig.computeSignature(xml, { location: { reference: `${target}/*[local-name(.)='Issuer']`, action: 'after' } });
  return sig.getSignedXml();
}
