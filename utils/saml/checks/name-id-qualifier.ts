import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference, identityAssertion, untrustedNote } from './helpers';
import type { CheckInput } from './types';

/** A NameID scoped to an SP (SPNameQualifier) must be scoped to JustCall: strict SPs refuse an identifier meant for another app. */
export function checkNameIdQualifier(input: CheckInput): Finding[] {
  const entityId = input.ctx.entityId;
  const source = identityAssertion(input);
  const qualifier = source?.assertion.nameId?.spNameQualifier;
  if (!entityId || !source || qualifier === undefined) return [];
  const diff = compareExact(qualifier, entityId);
  if (diff === 'equal') return [];
  return [
    {
      id: 'nameid.sp-name-qualifier',
      severity: 'error',
      title: 'The user identifier is meant for another application (SPNameQualifier)',
      detail: `The NameID’s SPNameQualifier names the service provider it was issued for, and it is not JustCall’s Entity ID. ${describeDifference(diff, qualifier, entityId)}${source.trusted ? '' : untrustedNote(input)}`,
      fix: 'In Entra, Basic SAML Configuration: set Identifier (Entity ID) to JustCall’s Entity ID exactly, so the NameID is issued for JustCall.',
      step: 'basic-saml',
    },
  ];
}
