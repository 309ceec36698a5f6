import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/** Entra refuses AuthnRequests that carry a Subject, and may refuse Scoping (AADSTS900236). */
export function checkRequestUnsupported(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'AuthnRequest') return [];
  const findings: Finding[] = [];
  if (m.hasSubject) {
    findings.push({
      id: 'request.subject-present',
      severity: 'error',
      title: 'The request contains a Subject, which Entra does not support (AADSTS900236)',
      detail:
        'The AuthnRequest names the user in a Subject element. Entra refuses such requests and shows AADSTS900236 naming the property.',
      fix: 'This comes from JustCall’s side: ask JustCall support to send the request without a Subject.',
      step: 'justcall-idp',
    });
  }
  if (m.hasScoping) {
    findings.push({
      id: 'request.scoping-present',
      severity: 'warning',
      title: 'The request contains a Scoping element (risk of AADSTS900236)',
      detail: 'Scoping (a list of allowed identity providers) is not supported by Entra, which may refuse the request with AADSTS900236.',
      fix: 'If users see AADSTS900236, ask JustCall support to send the request without Scoping.',
      step: 'justcall-idp',
    });
  }
  return findings;
}
