import { Asn1Error, TAG, children, content, decodeOid, decodeString, decodeTime, expectTag, readTlv } from './asn1';
import { bytesToUpperHex } from '@/utils/saml/decode/bytes';

/** The fields of an X.509 certificate we show and use. */
export interface ParsedX509 {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** DER of SubjectPublicKeyInfo, ready for WebCrypto importKey('spki'). */
  spki: Uint8Array;
  /** OID of the public key algorithm (1.2.840.113549.1.1.1 = RSA). */
  keyAlgorithm: string;
}

export const OID_RSA_ENCRYPTION = '1.2.840.113549.1.1.1';

const NAME_KEYS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'G',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

/** RFC 4514-style string, most specific RDN first (as Windows and Entra display them). */
function decodeName(bytes: Uint8Array, nameTlv: ReturnType<typeof readTlv>): string {
  const rdns: string[] = [];
  for (const set of children(bytes, expectTag(nameTlv, TAG.SEQUENCE, 'a Name'))) {
    const parts: string[] = [];
    for (const atv of children(bytes, expectTag(set, TAG.SET, 'an RDN'))) {
      const [oidTlv, valueTlv] = children(bytes, expectTag(atv, TAG.SEQUENCE, 'an attribute'));
      const oid = decodeOid(content(bytes, expectTag(oidTlv, TAG.OID, 'an attribute type')));
      if (!valueTlv) throw new Asn1Error('attribute without value');
      const value = decodeString(bytes, valueTlv).replace(/([,+"\\<>;])/g, '\\$1');
      parts.push(`${NAME_KEYS[oid] ?? oid}=${value}`);
    }
    rdns.push(parts.join('+'));
  }
  return rdns.reverse().join(', ');
}

export function parseX509(der: Uint8Array): ParsedX509 {
  const cert = expectTag(readTlv(der, 0), TAG.SEQUENCE, 'a certificate');
  if (cert.end !== der.length) throw new Asn1Error('trailing data after the certificate');
  const [tbs] = children(der, cert);
  const fields = children(der, expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate'));
  let i = 0;
  if (fields[0]?.tag === 0xa0) i++; // [0] EXPLICIT version
  const serialTlv = expectTag(fields[i++], TAG.INTEGER, 'a serial number');
  i++; // signature AlgorithmIdentifier
  const issuerTlv = fields[i++];
  const validityTlv = expectTag(fields[i++], TAG.SEQUENCE, 'a validity period');
  const subjectTlv = fields[i++];
  const spkiTlv = expectTag(fields[i], TAG.SEQUENCE, 'a public key');
  if (!issuerTlv || !subjectTlv) throw new Asn1Error('missing issuer or subject');
  const [notBeforeTlv, notAfterTlv] = children(der, validityTlv);
  if (!notBeforeTlv || !notAfterTlv) throw new Asn1Error('incomplete validity period');
  const [algTlv] = children(der, spkiTlv);
  const [algOidTlv] = children(der, expectTag(algTlv, TAG.SEQUENCE, 'a key algorithm'));
  let serial = content(der, serialTlv);
  while (serial.length > 1 && serial[0] === 0) serial = serial.subarray(1);
  return {
    subject: decodeName(der, subjectTlv),
    issuer: decodeName(der, issuerTlv),
    serialNumber: bytesToUpperHex(serial),
    notBefore: decodeTime(der, notBeforeTlv),
    notAfter: decodeTime(der, notAfterTlv),
    spki: der.subarray(spkiTlv.start, spkiTlv.end),
    keyAlgorithm: decodeOid(content(der, expectTag(algOidTlv, TAG.OID, 'a key algorithm OID'))),
  };
}
