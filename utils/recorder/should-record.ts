import { parseUrl } from '@/utils/saml/parse-url';
import { ACS_POST_PATTERNS, LOGIN_GET_PATTERNS } from './filters';

/** Matches a URL against a match pattern of the forms the recorder uses: https://host/*, https://*.host/*, https://*\/*. */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(https?):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m;
  if (`${scheme}:` !== url.protocol || !host) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  }
  return url.host === host;
}

/** Whether a URL is on Entra's sign-in service, as utils/hosts.ts names it for the manifest. */
export function isEntraSignInUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && LOGIN_GET_PATTERNS.some((p) => matchesPattern(url, p));
}

/**
 * The recorder's listener sees every https request Chrome lets it see (the
 * named hosts and any granted origin); this narrows it to what issue 5 asks:
 * POSTs to an ACS host, GETs to Entra's sign-in service.
 */
export function shouldRecord(method: string, rawUrl: string, grantedPatterns: readonly string[]): boolean {
  const url = parseUrl(rawUrl);
  if (!url) return false;
  const m = method.toUpperCase();
  if (m === 'GET') return LOGIN_GET_PATTERNS.some((p) => matchesPattern(url, p));
  if (m === 'POST') {
    if (LOGIN_GET_PATTERNS.some((p) => matchesPattern(url, p))) return false; // Entra's own login form: never read
    return [...ACS_POST_PATTERNS, ...grantedPatterns].some((p) => matchesPattern(url, p));
  }
  return false;
}
