/**
 * A minimal DER reader: enough of ASN.1 to walk an X.509 certificate.
 * Every read is bounds-checked; malformed input raises Asn1Error.
 */

export class Asn1Error extends Error {}

export interface Tlv {
  /** Full identifier octet (class + constructed bit + tag number, low-tag form only). */
  tag: number;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the first content octet. */
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8String: 0x0c,
  PrintableString: 0x13,
  T61String: 0x14,
  IA5String: 0x16,
  UTCTime: 0x17,
  GeneralizedTime: 0x18,
  UniversalString: 0x1c,
  BMPString: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** One byte, or an error when the data ends early (DER lengths come from the data itself). */
function byteAt(bytes: Uint8Array, index: number): number {
  const b = bytes[index];
  if (b === undefined) throw new Asn1Error('unexpected end of data');
  return b;
}

export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv {
  if (offset + 2 > limit) throw new Asn1Error('unexpected end of data');
  const tag = byteAt(bytes, offset);
  if ((tag & 0x1f) === 0x1f) throw new Asn1Error('high tag numbers are not supported');
  let pos = offset + 1;
  const first = byteAt(bytes, pos++);
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Asn1Error('unsupported length encoding');
    if (pos + count > limit) throw new Asn1Error('unexpected end of data');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(bytes, pos++);
  }
  const end = pos + length;
  if (end > limit) throw new Asn1Error('length runs past the end of the data');
  return { tag, start: offset, contentStart: pos, end };
}

/** The TLVs directly inside a constructed value. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  while (pos < parent.end) {
    const child = readTlv(bytes, pos, parent.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) throw new Asn1Error(`expected ${what}`);
  return tlv;
}

export function content(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

export function decodeOid(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Asn1Error('empty OID');
  const first = byteAt(bytes, 0);
  const parts: number[] = [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    const b = byteAt(bytes, i);
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The string types an X.509 name may use. */
export function decodeString(bytes: Uint8Array, tlv: Tlv): string {
  const body = content(bytes, tlv);
  switch (tlv.tag) {
    case TAG.UTF8String:
      return new TextDecoder('utf-8').decode(body);
    case TAG.BMPString: {
      let s = '';
      const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
      for (let i = 0; i + 1 < body.length; i += 2) s += String.fromCharCode(view.getUint16(i));
      return s;
    }
    case TAG.UniversalString: {
      let s = '';
      const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
      for (let i = 0; i + 3 < body.length; i += 4) s += String.fromCodePoint(view.getUint32(i));
      return s;
    }
    default:
      return latin1(body);
  }
}

/** UTCTime (YYMMDDHHMM[SS]Z) or GeneralizedTime (YYYYMMDDHHMM[SS][.fff]Z) to ISO 8601. */
export function decodeTime(bytes: Uint8Array, tlv: Tlv): string {
  const text = latin1(content(bytes, tlv));
  const m =
    tlv.tag === TAG.UTCTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : tlv.tag === TAG.GeneralizedTime
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text)
        : null;
  if (!m) throw new Asn1Error(`unsupported time value "${text}"`);
  let year = Number(m[1]);
  if (tlv.tag === TAG.UTCTime) year += year < 50 ? 2000 : 1900; // RFC 5280 4.1.2.5.1
  const iso = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0')));
  if (Number.isNaN(iso.getTime())) throw new Asn1Error(`invalid time value "${text}"`);
  return iso.toISOString();
}
