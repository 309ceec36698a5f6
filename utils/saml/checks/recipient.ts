import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference, identityAssertion } from './helpers';
import type { CheckInput } from './types';

/** SubjectConfirmationData Recipient must be JustCall's ACS URL. */
export function checkRecipient(input: CheckInput): Finding[] {
  const acs = input.ctx.acsUrl;
  const source = identityAssertion(input);
  if (!acs || !source) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const sc of source.assertion.subjectConfirmations) {
    const recipient = sc.recipient;
    if (!recipient || seen.has(recipient)) continue;
    seen.add(recipient);
    const diff = compareExact(recipient, acs);
    if (diff === 'equal') continue;
    findings.push({
      id: 'recipient.mismatch',
      severity: 'error',
      title: 'The assertion’s Recipient is not JustCall’s ACS URL',
      detail: `JustCall accepts an assertion only if its SubjectConfirmationData Recipient is its own ACS URL. ${describeDifference(diff, recipient, acs)}`,
      fix: 'In Entra, Basic SAML Configuration: set the Reply URL (Assertion Consumer Service URL) to JustCall’s ACS URL exactly, and mark it Default.',
      step: 'basic-saml',
    });
  }
  return findings;
}
