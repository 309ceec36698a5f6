/**
 * Personal data recognised by shape in free text (finding details, Entra's
 * error page text, URL values), whoever wrote it: e-mail addresses, IPv4 and
 * IPv6 addresses, and phone numbers. The patterns avoid what a diagnosis must
 * keep: ISO times, GUIDs, thumbprints, OIDs and AADSTS codes.
 */

/** An apostrophe may be inside the local part (o'brien@…), never its first character (a quote around the address). */
export const EMAIL = /[A-Za-z0-9._%+-][A-Za-z0-9._%+'-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

/** Four dotted numbers of at most three digits, not inside a longer dotted run (an OID, a version). */
export const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])/g;

/** Compressed ("fe80::1", "::1") or full (eight groups) IPv6, optionally with an embedded IPv4 tail. */
export const IPV6 =
  /(?<![\w:.])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){0,6}(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){0,6}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?)(?![\w:])/g;

/** A candidate phone number: digits with the separators people write, 7 to 15 digits in all (E.164's limit). */
const PHONE_CANDIDATE = /(?<![\w./:@-])\+?\(?\d[\d ().-]{5,22}\d(?![\w/:@-]|\.\d)/g;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(candidate)) return false; // an ISO date
  // Dotted digits are a version, an OID or a decimal, unless grouped the way phone numbers are (555.010.9999).
  if (/^\d+(\.\d+)+$/.test(candidate) && !/^\d{3}\.\d{3}\.\d{4}$/.test(candidate)) return false;
  // A bare run of digits is a count or an id; a phone is written with a + or separators.
  return candidate.startsWith('+') || /[ ().-]/.test(candidate.slice(1, -1));
}

/** Calls `replace` for every phone number in text. */
export function replacePhones(text: string, replace: (phone: string) => string): string {
  return text.replace(PHONE_CANDIDATE, (m) => (isPhone(m) ? replace(m) : m));
}

/** Calls `replace` for every IP address in text. */
export function replaceIps(text: string, replace: (ip: string) => string): string {
  return text.replace(IPV4, replace).replace(IPV6, (m) => (m.replace(/[^:]/g, '').length >= 2 && /[0-9A-Fa-f]/.test(m) ? replace(m) : m));
}
