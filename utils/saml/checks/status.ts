import { aadstsFinding } from '@/utils/saml/aadsts/finding';
import { explainAadsts } from '@/utils/saml/aadsts/lookup';
import { extractAadstsCodes } from '@/utils/saml/aadsts/extract';
import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

/** What the standard SAML status codes mean, briefly. */
const STATUS_WORDS: Record<string, string> = {
  Requester: 'the request was at fault (the app sent something Entra refused)',
  Responder: 'the identity provider could not or would not complete the sign-in',
  VersionMismatch: 'the SAML version of the request is not supported',
  AuthnFailed: 'the user could not be authenticated',
  InvalidNameIDPolicy: 'the NameID format asked for cannot be provided',
  NoAuthnContext: 'the requested authentication context cannot be met',
  NoPassive: 'the user would have to interact, but a passive sign-in was asked for',
  RequestDenied: 'the identity provider refused the request',
  RequestUnsupported: 'the request is not supported',
  UnknownPrincipal: 'the user is not known',
  NoAvailableIDP: 'no identity provider is available',
};

function shortCode(uri: string): string {
  return uri.split(':').pop() ?? uri;
}

/** Top-level and nested StatusCode, plus any AADSTS code in StatusMessage, explained. */
export function checkStatus(input: CheckInput): Finding[] {
  const m = input.model;
  if (!m || (m.kind !== 'Response' && m.kind !== 'LogoutResponse')) return [];
  const status = m.status;
  if (!status || status.codes.length === 0) {
    return [
      {
        id: 'status.missing',
        severity: 'error',
        title: 'The response has no status',
        detail: 'A SAML response must say whether it succeeded; this one has no StatusCode.',
        fix: 'Capture the sign-in again; if it repeats, the message was damaged on the way.',
        step: null,
      },
    ];
  }
  const [top, ...nested] = status.codes;
  if (top === SUCCESS) return [];
  const findings: Finding[] = [];
  const words = [top, ...nested]
    .filter((c): c is string => typeof c === 'string')
    .map((c) => `${shortCode(c)}${STATUS_WORDS[shortCode(c)] ? ` (${STATUS_WORDS[shortCode(c)]})` : ''}`)
    .join(', then ');
  const text = [status.message, status.detail].filter(Boolean).join(' ');
  const codes = extractAadstsCodes(text);
  findings.push({
    id: 'status.not-success',
    severity: 'error',
    title: `Entra refused the sign-in: ${shortCode(top ?? 'unknown')}`,
    detail: `The response status is ${words}.${status.message ? ` Message: "${status.message}".` : ''}`,
    fix: codes.length > 0 ? 'See the AADSTS explanation below.' : 'Look up the sign-in in Entra’s sign-in logs for the reason.',
    step: null,
  });
  for (const code of codes) {
    const ex = explainAadsts(code);
    if (ex) findings.push(aadstsFinding(ex));
  }
  return findings;
}
