import type { Finding } from '@/utils/saml/types';
import { identityAssertion } from './helpers';
import type { CheckInput } from './types';

/** A Response must answer the AuthnRequest that started the sign-in. */
export function checkInResponseTo(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'Response') return [];
  const request = input.authnRequest;
  if (!request?.id) {
    if (!m.inResponseTo) {
      const differs = confirmationFindings(input, null);
      if (differs.length) return differs;
      return [
        {
          id: 'in-response-to.idp-initiated',
          severity: 'info',
          title: 'This sign-in was started from Entra (IdP-initiated)',
          detail:
            'The response answers no request (no InResponseTo): it was started from My Apps or Entra’s “Test” button, not from JustCall’s login page.',
          fix: 'If JustCall refuses it, start the sign-in from JustCall’s login page instead.',
          step: null,
        },
      ];
    }
    return confirmationFindings(input, null);
  }
  const findings: Finding[] = [];
  if (m.inResponseTo && m.inResponseTo !== request.id) {
    findings.push({
      id: 'in-response-to.mismatch',
      severity: 'error',
      title: 'The response answers a different request',
      detail: `The response’s InResponseTo is "${m.inResponseTo}", but the captured request’s ID is "${request.id}". JustCall rejects answers to requests it did not send (for example after two sign-in tabs, or a stale page).`,
      fix: 'Close other sign-in tabs and start one fresh sign-in from JustCall.',
      step: null,
    });
  }
  if (!m.inResponseTo) {
    findings.push({
      id: 'in-response-to.missing',
      severity: 'warning',
      title: 'The response does not say which request it answers',
      detail: `A request with ID "${request.id}" was captured, but the response carries no InResponseTo.`,
      fix: 'Start the sign-in from JustCall and capture again.',
      step: null,
    });
  }
  return [...findings, ...confirmationFindings(input, request.id)];
}

/**
 * The bearer confirmation names the request too; it must name the same one as
 * the Response (whether or not the request was captured): strict SPs compare both.
 */
function confirmationFindings(input: CheckInput, requestId: string | null): Finding[] {
  const m = input.model;
  if (m?.kind !== 'Response') return [];
  const source = identityAssertion(input);
  const scIds = new Set(source?.assertion.subjectConfirmations.map((s) => s.inResponseTo).filter((v): v is string => !!v));
  const findings: Finding[] = [];
  for (const id of scIds) {
    if (id === m.inResponseTo) continue;
    const response = m.inResponseTo ? `the Response’s InResponseTo is "${m.inResponseTo}"` : 'the Response answers no request';
    findings.push({
      id: 'in-response-to.confirmation-mismatch',
      severity: 'error',
      title: 'The assertion answers a different request than the response',
      detail: `SubjectConfirmationData InResponseTo is "${id}", but ${response}${requestId ? ` (the captured request’s ID is "${requestId}")` : ''}. JustCall refuses an assertion whose confirmation names another request.`,
      fix: 'Start one fresh sign-in from JustCall; if it repeats, the message was altered on the way.',
      step: null,
    });
  }
  return findings;
}
