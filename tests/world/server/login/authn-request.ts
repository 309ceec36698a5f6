import { inflateRawSync } from 'node:zlib';
import { NS, firstChild, parseXml, textOf } from '../xml-read';

/** Decoding and reading of the SAML AuthnRequest that reaches the sign-in service. */

export interface AuthnRequestInfo {
  kind: 'AuthnRequest' | 'LogoutRequest';
  id: string;
  issuer: string;
  /** '' when the request does not name one (Entra then uses the default Reply URL). */
  acsUrl: string;
  protocolBinding: string;
}

const MAX_XML = 100_000;

/** HTTP-Redirect binding: base64 of raw DEFLATE. */
export function decodeRedirectMessage(b64: string): string | Error {
  try {
    const raw = Buffer.from(b64, 'base64');
    if (raw.length === 0) return new Error('empty message');
    return inflateRawSync(raw, { maxOutputLength: MAX_XML }).toString('utf8');
  } catch (e) {
    return new Error(`not valid DEFLATE+Base64: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** HTTP-POST binding: plain base64. */
export function decodePostMessage(b64: string): string | Error {
  const xml = Buffer.from(b64, 'base64').toString('utf8');
  if (!xml.trim().startsWith('<')) return new Error('not Base64 of an XML document');
  if (xml.length > MAX_XML) return new Error('message too large');
  return xml;
}

export function readAuthnRequest(xml: string): AuthnRequestInfo | Error {
  const doc = parseXml(xml);
  if (doc instanceof Error) return doc;
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== NS.protocol || (root.localName !== 'AuthnRequest' && root.localName !== 'LogoutRequest')) {
    return new Error('the message is not a SAML 2.0 AuthnRequest');
  }
  const id = root.getAttribute('ID') ?? '';
  if (!id) return new Error('the AuthnRequest has no ID');
  return {
    kind: root.localName,
    id,
    issuer: textOf(firstChild(root, NS.assertion, 'Issuer')),
    acsUrl: root.getAttribute('AssertionConsumerServiceURL') ?? '',
    protocolBinding: root.getAttribute('ProtocolBinding') ?? '',
  };
}
