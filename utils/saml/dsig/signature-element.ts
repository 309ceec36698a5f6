import { base64ToBytes } from '@/utils/saml/decode/bytes';
import { NS } from '@/utils/saml/xml/namespaces';
import { attr, childElements, childrenNS, descendantsNS, firstChildNS, type XmlElement } from '@/utils/saml/xml/dom';

/** A ds:Signature read into plain data, with counts kept so structural rules can be enforced. */

export interface Transform {
  algorithm: string;
  /** ec:InclusiveNamespaces PrefixList, when the transform carries one. */
  inclusivePrefixes: string[];
}

export interface ParsedReference {
  uri: string | null;
  transforms: Transform[];
  digestMethod: string;
  /** null when DigestValue is missing or not base64. */
  digestValue: Uint8Array | null;
}

export interface ParsedSignature {
  element: XmlElement;
  signedInfoCount: number;
  signedInfo: XmlElement | undefined;
  c14n: Transform | undefined;
  signatureMethod: string;
  references: ParsedReference[];
  signatureValue: Uint8Array | null;
  /** base64 DER of each X509Certificate in KeyInfo. */
  keyInfoCerts: string[];
}

function prefixList(method: XmlElement): string[] {
  const inc = firstChildNS(method, NS.exc, 'InclusiveNamespaces');
  const list = inc ? attr(inc, 'PrefixList') : undefined;
  return list ? list.split(/\s+/).filter(Boolean) : [];
}

function readTransform(el: XmlElement): Transform {
  return { algorithm: attr(el, 'Algorithm') ?? '', inclusivePrefixes: prefixList(el) };
}

function readReference(ref: XmlElement): ParsedReference {
  const transformsEl = firstChildNS(ref, NS.ds, 'Transforms');
  const digestMethod = firstChildNS(ref, NS.ds, 'DigestMethod');
  const digestValue = firstChildNS(ref, NS.ds, 'DigestValue');
  return {
    uri: attr(ref, 'URI') ?? null,
    transforms: transformsEl ? childrenNS(transformsEl, NS.ds, 'Transform').map(readTransform) : [],
    digestMethod: digestMethod ? (attr(digestMethod, 'Algorithm') ?? '') : '',
    digestValue: digestValue ? base64ToBytes(digestValue.textContent ?? '') : null,
  };
}

export function readSignature(sig: XmlElement): ParsedSignature {
  const signedInfos = childrenNS(sig, NS.ds, 'SignedInfo');
  const signedInfo = signedInfos[0];
  const c14nEl = signedInfo && firstChildNS(signedInfo, NS.ds, 'CanonicalizationMethod');
  const methodEl = signedInfo && firstChildNS(signedInfo, NS.ds, 'SignatureMethod');
  const valueEl = firstChildNS(sig, NS.ds, 'SignatureValue');
  const keyInfo = firstChildNS(sig, NS.ds, 'KeyInfo');
  return {
    element: sig,
    signedInfoCount: signedInfos.length,
    signedInfo,
    c14n: c14nEl ? readTransform(c14nEl) : undefined,
    signatureMethod: methodEl ? (attr(methodEl, 'Algorithm') ?? '') : '',
    references: signedInfo ? childrenNS(signedInfo, NS.ds, 'Reference').map(readReference) : [],
    signatureValue: valueEl ? base64ToBytes(valueEl.textContent ?? '') : null,
    keyInfoCerts: keyInfo
      ? descendantsNS(keyInfo, NS.ds, 'X509Certificate')
          .map((c) => (c.textContent ?? '').replace(/\s+/g, ''))
          .filter(Boolean)
      : [],
  };
}

/** Element children other than the ones XML-DSig allows, a hint of tampering. */
export function unexpectedSignatureChildren(sig: XmlElement): string[] {
  const allowed = new Set(['SignedInfo', 'SignatureValue', 'KeyInfo', 'Object']);
  return childElements(sig)
    .filter((c) => c.namespaceURI !== NS.ds || !allowed.has(c.localName ?? ''))
    .map((c) => c.nodeName);
}
