import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference } from './helpers';
import type { CheckInput } from './types';

/** The AuthnRequest's Issuer must equal Entra's Identifier (Entity ID), else AADSTS700016. */
export function checkRequestIssuer(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'AuthnRequest') return [];
  const expected = input.ctx.identifier ?? input.ctx.entityId;
  if (!expected) return [];
  if (!m.issuer) {
    return [
      {
        id: 'request.issuer-missing',
        severity: 'error',
        title: 'The request names no Issuer (AADSTS700016 likely)',
        detail: 'Entra finds the app by the request’s Issuer; without it, it cannot find JustCall’s app.',
        fix: 'Check JustCall’s SSO settings and capture again; this is for JustCall support if it persists.',
        step: 'justcall-idp',
      },
    ];
  }
  const diff = compareExact(m.issuer, expected);
  if (diff === 'equal') return [];
  const against = input.ctx.identifier ? 'Entra’s Identifier (Entity ID)' : 'the expected Entity ID';
  return [
    {
      id: diff === 'trailing-slash' ? 'request.issuer-trailing-slash' : 'request.issuer-not-identifier',
      severity: 'error',
      title:
        diff === 'trailing-slash'
          ? 'The request’s Issuer and the Identifier differ by a trailing slash (AADSTS700016)'
          : 'The request’s Issuer is not the app’s Identifier (AADSTS700016)',
      detail: `Entra looks up the app by the request’s Issuer, compared exactly with ${against}. ${describeDifference(diff, m.issuer, expected)}`,
      fix: 'In Entra, Basic SAML Configuration: set Identifier (Entity ID) to exactly the Issuer JustCall sends (its Entity ID), including or omitting the trailing slash the same way.',
      step: 'basic-saml',
    },
  ];
}
