import { parseUrl } from '@/utils/saml/parse-url';
import { JUSTCALL_ALL_HOSTS, LOGIN_MATCHES } from '@/utils/hosts';

/**
 * Which requests the recorder listens to. POSTs go to an ACS (JustCall's, or
 * one on a host the admin granted); Redirect-binding GETs go to Entra's
 * sign-in service. An origin is granted through chrome.permissions.
 */
export const ACS_POST_PATTERNS: readonly string[] = JUSTCALL_ALL_HOSTS;
export const LOGIN_GET_PATTERNS: readonly string[] = LOGIN_MATCHES;

/** "https://sso.example.com" → "https://sso.example.com/*"; null for anything but an https origin. */
export function originPattern(input: string): string | null {
  const url = parseUrl(input);
  if (!url) return null;
  if (url.protocol !== 'https:' || !url.hostname) return null;
  return `${url.protocol}//${url.host}/*`;
}

/** The URL patterns for POSTs: the named JustCall hosts plus every granted origin. */
export function postPatterns(grantedOrigins: readonly string[]): string[] {
  const extra = grantedOrigins.flatMap((o) => {
    const p = originPattern(o.replace(/\/\*$/, ''));
    return p && !ACS_POST_PATTERNS.includes(p) ? [p] : [];
  });
  return [...ACS_POST_PATTERNS, ...new Set(extra)];
}
