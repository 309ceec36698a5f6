import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Strict, small XML reading helpers for the world's IdP and SP. */

export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

/** Parses XML, refusing DTDs (entity tricks) and any parse error. */
export function parseXml(text: string): Document | Error {
  if (/<!DOCTYPE/i.test(text)) return new Error('XML with a DOCTYPE is not accepted');
  try {
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(msg);
      },
    }).parseFromString(text, 'text/xml');
    if (!doc.documentElement) return new Error('XML has no root element');
    return doc;
  } catch (e) {
    return new Error(`malformed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function childElements(el: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (ns !== undefined && e.namespaceURI !== ns) continue;
    if (localName !== undefined && e.localName !== localName) continue;
    out.push(e);
  }
  return out;
}

export function firstChild(el: Element, ns: string, localName: string): Element | undefined {
  return childElements(el, ns, localName)[0];
}

export function descendants(el: Element | Document, ns: string, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, localName));
}

export function textOf(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}
