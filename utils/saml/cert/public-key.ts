import { Asn1Error, TAG, children, content, decodeOid, expectTag, readTlv } from './asn1';

/**
 * A bare public key, as `openssl x509 -pubkey` or an IdP's key export gives
 * it: SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"), or an RSA key in PKCS#1
 * ("BEGIN RSA PUBLIC KEY"), which is wrapped into SubjectPublicKeyInfo so
 * WebCrypto can import it. It verifies signatures as a certificate's key
 * does; it has no subject, issuer or validity period.
 */
export interface ParsedPublicKey {
  /** DER of SubjectPublicKeyInfo, ready for WebCrypto importKey('spki'). */
  spki: Uint8Array;
  keyAlgorithm: string;
}

export function parseSpki(der: Uint8Array): ParsedPublicKey {
  const spki = expectTag(readTlv(der, 0), TAG.SEQUENCE, 'a public key');
  if (spki.end !== der.length) throw new Asn1Error('trailing data after the public key');
  const [algTlv, keyTlv] = children(der, spki);
  const [oidTlv] = children(der, expectTag(algTlv, TAG.SEQUENCE, 'a key algorithm'));
  expectTag(keyTlv, TAG.BIT_STRING, 'the key bits');
  return { spki: der, keyAlgorithm: decodeOid(content(der, expectTag(oidTlv, TAG.OID, 'a key algorithm OID'))) };
}

function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, body: Uint8Array): Uint8Array {
  const head = [tag, ...derLength(body.length)];
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

/** AlgorithmIdentifier { rsaEncryption, NULL }. */
const RSA_ALGORITHM = Uint8Array.from([0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);

/** PKCS#1 RSAPublicKey { modulus, exponent } as SubjectPublicKeyInfo. */
export function spkiFromPkcs1(der: Uint8Array): Uint8Array {
  const key = expectTag(readTlv(der, 0), TAG.SEQUENCE, 'an RSA public key');
  if (key.end !== der.length) throw new Asn1Error('trailing data after the RSA public key');
  const [modulus, exponent] = children(der, key);
  expectTag(modulus, TAG.INTEGER, 'the RSA modulus');
  expectTag(exponent, TAG.INTEGER, 'the RSA exponent');
  const bits = new Uint8Array(der.length + 1); // BIT STRING: no unused bits, then the key
  bits.set(der, 1);
  const body = new Uint8Array(RSA_ALGORITHM.length + tlv(TAG.BIT_STRING, bits).length);
  body.set(RSA_ALGORITHM, 0);
  body.set(tlv(TAG.BIT_STRING, bits), RSA_ALGORITHM.length);
  return tlv(TAG.SEQUENCE, body);
}
