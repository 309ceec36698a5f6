import { parseUrl } from '@/utils/saml/parse-url';
import type { Redactor } from './redactor';

/** Query parameters whose whole value is dropped: the message itself (exported separately) or session material. */
const DROP = new Set([
  'samlrequest',
  'samlresponse',
  'signature',
  'wresult',
  'code',
  'id_token',
  'access_token',
  'refresh_token',
  'client_secret',
  'session_state',
  'sid',
  'state',
  'ctx',
  'flowtoken',
  'wctx',
  'login_hint',
  'username',
  'email',
  'user',
]);

/** A RelayState that is a plain URL is harmless; anything else may be a session handle. */
function redactRelayState(value: string): string {
  const u = parseUrl(value);
  if (u && !u.search && !u.hash && !u.username) return value;
  return value ? 'REDACTED' : value;
}

function redactParams(params: URLSearchParams, r: Redactor): string {
  const out: string[] = [];
  for (const [name, value] of params) {
    const lower = name.toLowerCase();
    const v = DROP.has(lower) ? 'REDACTED' : lower === 'relaystate' ? redactRelayState(value) : r.text(value);
    out.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  return out.join('&');
}

/** A URL with SAML payloads, session tokens and personal values removed. */
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
