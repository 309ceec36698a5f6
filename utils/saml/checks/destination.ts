import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference } from './helpers';
import type { CheckInput } from './types';

/** The Response's Destination is the Reply URL Entra used; it must be JustCall's ACS URL, and it may not be present but empty. */
export function checkDestination(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind === 'Response' && m.destination !== undefined && m.destination.trim() === '') {
    return [
      {
        id: 'destination.empty',
        severity: 'error',
        title: 'The response’s Destination is empty',
        detail:
          'A signed response that has a Destination attribute must name the URL it was sent to; strict service providers refuse an empty one, since it cannot be compared with their own ACS URL.',
        fix: 'In Entra, Basic SAML Configuration: make sure the Reply URL (Assertion Consumer Service URL) is JustCall’s ACS URL, then sign in again.',
        step: 'basic-saml',
      },
    ];
  }
  const acs = input.ctx.acsUrl;
  if (m?.kind !== 'Response' || !acs || !m.destination) return [];
  const diff = compareExact(m.destination, acs);
  if (diff === 'equal') return [];
  return [
    {
      id: 'destination.mismatch',
      severity: 'error',
      title: 'The response was addressed to a different URL than JustCall’s ACS URL',
      detail: `Destination is the Reply URL Entra used for this sign-in. ${describeDifference(diff, m.destination, acs)}`,
      fix: 'In Entra, Basic SAML Configuration: make JustCall’s ACS URL the (default) Reply URL, exactly as JustCall shows it, and remove wrong entries.',
      step: 'basic-saml',
    },
  ];
}
