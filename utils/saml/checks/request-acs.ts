import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference } from './helpers';
import type { CheckInput } from './types';

/** The AuthnRequest's ACS URL must be one of the app's Reply URLs (else AADSTS50011). */
export function checkRequestAcs(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'AuthnRequest' || !m.acsUrl) return [];
  const acs = m.acsUrl;
  const replyUrls = input.ctx.replyUrls;
  if (replyUrls && replyUrls.length > 0) {
    if (replyUrls.includes(acs)) return [];
    const closest = replyUrls.find((r) => compareExact(acs, r) !== 'different');
    return [
      {
        id: 'request.acs-not-reply-url',
        severity: 'error',
        title: 'JustCall’s ACS URL is not among Entra’s Reply URLs (AADSTS50011)',
        detail: `The request asks Entra to answer at "${acs}". ${
          closest
            ? describeDifference(compareExact(acs, closest), acs, closest)
            : `The app’s Reply URLs are: ${replyUrls.map((r) => `"${r}"`).join(', ')}.`
        } Entra will stop with AADSTS50011.`,
        fix: 'In Entra, Basic SAML Configuration: add this exact URL under Reply URL (Assertion Consumer Service URL) and Save.',
        step: 'basic-saml',
      },
    ];
  }
  const expected = input.ctx.acsUrl;
  if (!expected) return [];
  const diff = compareExact(acs, expected);
  if (diff === 'equal') return [];
  return [
    {
      id: 'request.acs-unexpected',
      severity: 'warning',
      title: 'The request’s ACS URL differs from the expected ACS URL',
      detail: `${describeDifference(diff, acs, expected)} Entra’s Reply URL must match what the request sends (the first value), or Entra answers AADSTS50011.`,
      fix: 'In Entra, Basic SAML Configuration: make sure the Reply URL equals the ACS URL that JustCall sends, character for character.',
      step: 'basic-saml',
    },
  ];
}
