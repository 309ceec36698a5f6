import { parseUrl } from '@/utils/saml/parse-url';
import { ALL_LOGIN_MATCHES, JUSTCALL_ALL_HOSTS } from '@/utils/hosts';

/**
 * Which requests the recorder listens to. POSTs go to an ACS (JustCall's, or
 * one on a host the admin granted); Redirect-binding GETs go to Entra's
 * sign-in service. An origin is granted through chrome.permissions.
 */
export const ACS_POST_PATTERNS: readonly string[] = JUSTCALL_ALL_HOSTS;
// Every cloud's sign-in host: Chrome reports a sovereign one only once the admin has opted in to its cloud.
export const LOGIN_GET_PATTERNS: readonly string[] = ALL_LOGIN_MATCHES;

export type AcsOrigin = { ok: true; pattern: string } | { ok: false; error: string };

const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The one origin an admin may let the recorder watch for an ACS on another
 * host, as a match pattern for chrome.permissions: an https URL with one
 * concrete host name, normalised (lower case, punycode, no port, path or
 * credentials). Never a wildcard ("https://*\/*", "*.example.com", which
 * would let the extension read every site), a bare top-level domain or
 * single label, or an IP address (an ACS has a name its certificate covers).
 */
export function acsOrigin(input: string): AcsOrigin {
  const text = input.trim();
  if (text.includes('*')) return { ok: false, error: 'Enter one exact host, without a wildcard (*): e.g. https://sso.example.com/acs.' };
  const url = parseUrl(text);
  if (!url || url.protocol !== 'https:' || !url.hostname) {
    return { ok: false, error: 'Enter an https address, e.g. https://sso.example.com/acs.' };
  }
  if (url.username || url.password) return { ok: false, error: 'Enter the address without a user name or password.' };
  const host = url.hostname.toLowerCase();
  if (IPV4_LITERAL.test(host) || host.startsWith('[')) {
    return { ok: false, error: 'Enter the ACS’s host name, not an IP address.' };
  }
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || labels.some((l) => l === '') || !/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld)) {
    return { ok: false, error: 'Enter a full host name such as sso.example.com, not a top-level domain or a single name.' };
  }
  return { ok: true, pattern: `https://${host}/*` };
}

/** The match pattern of an admin-granted ACS origin, or null for anything acsOrigin refuses. */
export function originPattern(input: string): string | null {
  const origin = acsOrigin(input);
  return origin.ok ? origin.pattern : null;
}

/** The URL patterns for POSTs: the named JustCall hosts plus every granted origin that is one exact host (a wildcard grant is ignored). */
export function postPatterns(grantedOrigins: readonly string[]): string[] {
  const extra = grantedOrigins.flatMap((o) => {
    const p = originPattern(o.replace(/\/\*$/, ''));
    return p && !ACS_POST_PATTERNS.includes(p) ? [p] : [];
  });
  return [...ACS_POST_PATTERNS, ...new Set(extra)];
}
