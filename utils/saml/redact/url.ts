import { parseUrl } from '@/utils/saml/parse-url';
import type { Redactor } from './redactor';

/**
 * Query parameters kept in a redacted URL, by allow-list: those that say what
 * kind of request it was or what went wrong, never who or which session.
 * Their values still pass through the text redaction. Every other parameter
 * keeps its name with the value REDACTED; the SAML message itself is exported
 * separately (redacted), and a RelayState survives only as a plain URL.
 */
const KEPT = new Set([
  'sigalg',
  'wa',
  'wtrealm',
  'error',
  'error_description',
  'error_subcode',
  'error_codes',
  'error_uri',
  'client-request-id',
]);

/** A RelayState that is a plain URL is harmless; anything else may be a session handle. */
function redactRelayState(value: string): string {
  const u = parseUrl(value);
  if (u && !u.search && !u.hash && !u.username && !u.password) return value;
  return value ? 'REDACTED' : value;
}

function redactParams(params: URLSearchParams, r: Redactor): string {
  const out: string[] = [];
  for (const [name, value] of params) {
    const lower = name.toLowerCase();
    const v = lower === 'relaystate' ? redactRelayState(value) : KEPT.has(lower) ? r.text(value) : value ? 'REDACTED' : value;
    out.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  return out.join('&');
}

/** A URL with every parameter not on the allow-list, session tokens and personal values removed. */
export function redactUrl(url: string, r: Redactor): string {
  const u = parseUrl(url);
  if (!u) return r.text(url);
  const query = redactParams(u.searchParams, r);
  const hash = u.hash.length > 1 ? redactParams(new URLSearchParams(u.hash.slice(1)), r) : '';
  let path: string;
  try {
    path = r.text(decodeURIComponent(u.pathname)).split('/').map(encodeURIComponent).join('/');
  } catch {
    path = r.text(u.pathname);
  }
  // The user name and password of a URL are never kept; the host is the service's, and stays.
  return `${u.protocol}//${u.host}${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** HTTP headers with cookies and credentials removed (cookie names kept, they help diagnose). */
export function redactHeaders(headers: readonly { name: string; value: string }[], r: Redactor): { name: string; value: string }[] {
  return headers.map(({ name, value }) => {
    const lower = name.toLowerCase();
    if (lower === 'cookie')
      return {
        name,
        value: value
          .split(';')
          .map((c) => `${c.split('=')[0]?.trim() ?? ''}=REDACTED`)
          .join('; '),
      };
    if (lower === 'set-cookie') return { name, value: `${value.split('=')[0]?.trim() ?? ''}=REDACTED` };
    if (lower === 'authorization' || lower === 'proxy-authorization' || lower.includes('token')) return { name, value: 'REDACTED' };
    return { name, value: r.text(value) };
  });
}
