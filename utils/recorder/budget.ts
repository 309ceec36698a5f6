import { z } from 'zod';
import { parseUrl } from '@/utils/saml/parse-url';
import { isSignInHost } from '@/utils/hosts';
import { isEntraSignInUrl } from './should-record';

/**
 * Which share of the recorder's space a capture may use. Any web page can
 * make the browser POST a form to any *.justcall.io host, and can navigate
 * to Entra's sign-in service, so captures a page forces must not evict the
 * genuine ones: each budget has its own caps, and a capture only ever evicts
 * older captures of its own budget.
 *  - 'acs': a POST to JustCall's ACS (or an origin the admin granted), sent
 *    by Entra's sign-in page when the browser says who sent it;
 *  - 'sign-in': what happened on Entra's sign-in service (Redirect-binding
 *    requests, error pages);
 *  - 'other': everything else (another JustCall host, or an ACS POST some
 *    other site sent).
 */
export const Budget = z.enum(['acs', 'sign-in', 'other']);
export type Budget = z.infer<typeof Budget>;

/** JustCall's ACS host, as its documented ACS URL names it (utils/setup/profile.ts; a test keeps them equal). */
export const JUSTCALL_ACS_HOSTS: readonly string[] = ['bifrost.justcall.io'];

/** An origin exactly https://{one of Entra's sign-in hosts, in any cloud}: the only senders of a genuine SAML Response POST. */
function isSignInOrigin(origin: string): boolean {
  const m = /^https:\/\/([a-z0-9.-]+)$/i.exec(origin);
  return !!m?.[1] && isSignInHost(m[1]);
}

export interface BudgetInput {
  method: string;
  url: string;
  kind: 'saml' | 'error-page';
  /** The origin that sent the request, when the browser says (webRequest's initiator); absent when unknown. */
  initiator?: string | undefined;
  /** Match patterns of origins the admin granted for an ACS on another host. */
  grantedPatterns: readonly string[];
}

function onGrantedOrigin(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(p)?.[1];
    return host !== undefined && url.host === host;
  });
}

export function budgetOf(input: BudgetInput): Budget {
  if (input.kind === 'error-page' || isEntraSignInUrl(input.url)) return 'sign-in';
  const url = parseUrl(input.url);
  if (!url || input.method.toUpperCase() !== 'POST') return 'other';
  const acsHost = JUSTCALL_ACS_HOSTS.includes(url.hostname) || onGrantedOrigin(url, input.grantedPatterns);
  if (!acsHost) return 'other';
  // 'null' is an opaque origin (a sandboxed frame, a data: page): not Entra.
  return input.initiator === undefined || isSignInOrigin(input.initiator) ? 'acs' : 'other';
}
