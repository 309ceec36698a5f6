import { bytesEqual, utf8Encode } from '@/utils/saml/decode/bytes';
import { canonicalize, c14nFromUri } from '@/utils/saml/xml/c14n';
import type { XmlDocument, XmlElement } from '@/utils/saml/xml/dom';
import { digestHash, TRANSFORM_ENVELOPED } from './algorithms';
import type { ParsedReference, ParsedSignature } from './signature-element';

export type DigestOutcome = { kind: 'ok' } | { kind: 'mismatch' } | { kind: 'unsupported'; what: string };

/**
 * Applies a Reference's transforms to its target and compares the digest.
 * Supported chains: [enveloped-signature], then at most one C14N (exc or
 * inclusive, with or without comments); with none, inclusive C14N applies.
 */
export async function checkReferenceDigest(
  ref: ParsedReference,
  target: XmlElement | XmlDocument,
  signature: ParsedSignature,
): Promise<DigestOutcome> {
  const hash = digestHash(ref.digestMethod);
  if (!hash) return { kind: 'unsupported', what: `digest method ${ref.digestMethod || '(none)'}` };
  if (!ref.digestValue) return { kind: 'mismatch' };
  let enveloped = false;
  let c14n: { exclusive: boolean; withComments: boolean; inclusivePrefixes: string[] } | null = null;
  for (const t of ref.transforms) {
    if (t.algorithm === TRANSFORM_ENVELOPED && !enveloped && !c14n) {
      enveloped = true;
      continue;
    }
    const method = c14nFromUri(t.algorithm);
    if (method && !c14n) {
      c14n = { ...method, inclusivePrefixes: t.inclusivePrefixes };
      continue;
    }
    return { kind: 'unsupported', what: `transform ${t.algorithm || '(none)'}` };
  }
  // The default transform when none is named: inclusive C14N without comments.
  const method = c14n ?? { exclusive: false, withComments: false, inclusivePrefixes: [] };
  // A same-document "#id" or "" reference selects the node-set without comments (XML-DSig 4.3.3.3).
  const text = canonicalize(target, {
    exclusive: method.exclusive,
    withComments: false,
    inclusivePrefixes: method.inclusivePrefixes,
    exclude: enveloped ? signature.element : null,
  });
  const digest = new Uint8Array(await crypto.subtle.digest(hash, utf8Encode(text)));
  return bytesEqual(digest, ref.digestValue) ? { kind: 'ok' } : { kind: 'mismatch' };
}

/** Canonical SignedInfo octets, or why they cannot be produced. */
export function canonicalSignedInfo(
  signature: ParsedSignature,
): { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; what: string } {
  const method = signature.c14n ? c14nFromUri(signature.c14n.algorithm) : null;
  if (!signature.signedInfo || !method) {
    return { ok: false, what: `canonicalization method ${signature.c14n?.algorithm ?? '(none)'}` };
  }
  const text = canonicalize(signature.signedInfo, {
    ...method,
    inclusivePrefixes: signature.c14n?.inclusivePrefixes ?? [],
  });
  return { ok: true, bytes: utf8Encode(text) };
}
