import { NS } from '@/utils/saml/xml/namespaces';
import { descendantsNS, type XmlDocument, type XmlElement } from '@/utils/saml/xml/dom';

/**
 * The element that is the message. For SAML it is the document's root; a
 * WS-Federation wresult is a RequestSecurityTokenResponse whose
 * RequestedSecurityToken carries the assertion, and that assertion is the
 * message, read and verified where it sits (so the wresult is parsed once,
 * and C14N sees the namespaces it inherits exactly as the IdP signed them).
 */
export interface MessageRoot {
  element: XmlElement;
  /** The WS-Fed envelope around the assertion, when there is one. */
  envelope: XmlElement | null;
}

const WS_TRUST = new Set<string>([NS.wstrust, NS.wstrust13]);

export function isWsFedEnvelope(root: XmlElement): boolean {
  return WS_TRUST.has(root.namespaceURI ?? '') && /^RequestSecurityTokenResponse(Collection)?$/.test(root.localName ?? '');
}

/** The message element, or null for a WS-Fed envelope that carries no SAML 2.0 assertion. */
export function messageRoot(doc: XmlDocument): MessageRoot | null {
  const root = doc.documentElement;
  if (!root) return null;
  if (!isWsFedEnvelope(root)) return { element: root, envelope: null };
  const assertion = descendantsNS(root, NS.saml, 'Assertion')[0];
  return assertion ? { element: assertion, envelope: root } : null;
}
