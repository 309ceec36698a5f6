import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference } from './helpers';
import type { CheckInput } from './types';

/** The Response's Destination is the Reply URL Entra used; it must be JustCall's ACS URL. */
export function checkDestination(input: CheckInput): Finding[] {
  const m = input.model;
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
