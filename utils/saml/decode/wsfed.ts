import { XMLSerializer } from '@xmldom/xmldom';
import type { Finding } from '@/utils/saml/types';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { descendantsNS, type XmlElement } from '@/utils/saml/xml/dom';
import { NS } from '@/utils/saml/xml/namespaces';
import { decodeFindings } from './findings';

/**
 * A WS-Federation wresult is a RequestSecurityTokenResponse whose
 * RequestedSecurityToken holds the assertion. We lift the SAML 2.0 Assertion
 * out as standalone XML; the serializer re-declares any namespace prefixes it
 * inherited, and exclusive C14N (what IdPs sign with) ignores the rest.
 */
export function extractWsFedAssertion(wresult: string): { xml: string | null; findings: Finding[] } {
  const { doc, findings } = parseXmlSafely(wresult);
  if (!doc) return { xml: null, findings };
  const saml2 = descendantsNS(doc, NS.saml, 'Assertion');
  const first = saml2[0];
  if (first) return { xml: new XMLSerializer().serializeToString(withInheritedNamespaces(first)), findings };
  if (descendantsNS(doc, NS.saml11, 'Assertion').length) return { xml: null, findings: [...findings, decodeFindings.saml11()] };
  return {
    xml: null,
    findings: [...findings, decodeFindings.notSaml('The wresult value holds no SAML Assertion.')],
  };
}

/** A copy of el that declares every namespace it inherited, so it stands alone. */
function withInheritedNamespaces(el: XmlElement): XmlElement {
  const copy = el.cloneNode(true) as XmlElement;
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attrs = (p as XmlElement).attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (a && (a.name === 'xmlns' || a.name.startsWith('xmlns:')) && !copy.hasAttribute(a.name)) {
        copy.setAttributeNS(NS.xmlns, a.name, a.value);
      }
    }
  }
  return copy;
}

export function looksLikeWsFedResponse(xml: string): boolean {
  return /RequestSecurityTokenResponse/.test(xml.slice(0, 2000));
}
