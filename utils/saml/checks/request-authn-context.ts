import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/** A RequestedAuthnContext can make Entra refuse users who signed in another way (AADSTS75011). */
export function checkRequestAuthnContext(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'AuthnRequest' || !m.requestedAuthnContext) return [];
  const { comparison, classRefs } = m.requestedAuthnContext;
  const exact = !comparison || comparison === 'exact';
  const names = classRefs.map((c) => c.split(':').pop() ?? c).join(', ') || 'none listed';
  return [
    {
      id: 'request.authn-context',
      severity: exact ? 'warning' : 'info',
      title: 'The request demands a specific sign-in method (risk of AADSTS75011)',
      detail: `It asks for ${names} with comparison "${comparison ?? 'exact'}". A user whose Microsoft session was made another way (passwordless, certificate, federated) is refused with AADSTS75011.`,
      fix: 'If users hit AADSTS75011, ask JustCall support to drop RequestedAuthnContext or use Comparison="minimum"; meanwhile the user can sign out of Microsoft and sign in again with a password.',
      step: 'justcall-idp',
    },
  ];
}
