import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference, identityAssertion } from './helpers';
import type { CheckInput } from './types';

/** The Audience is Entra's Identifier (Entity ID); it must be JustCall's Entity ID. */
export function checkAudience(input: CheckInput): Finding[] {
  const entityId = input.ctx.entityId;
  const source = identityAssertion(input);
  if (!entityId || !source) return [];
  const audiences = source.assertion.conditions?.audiences ?? [];
  if (audiences.length === 0) {
    return [
      {
        id: 'audience.missing',
        severity: 'warning',
        title: 'The assertion names no Audience',
        detail: 'Without an AudienceRestriction, the assertion is not bound to JustCall.',
        fix: 'In Entra, Basic SAML Configuration: set Identifier (Entity ID) to JustCall’s Entity ID.',
        step: 'basic-saml',
      },
    ];
  }
  if (audiences.some((a) => a === entityId)) return [];
  const closest = audiences.find((a) => compareExact(a, entityId) !== 'different') ?? audiences[0] ?? '';
  const diff = compareExact(closest, entityId);
  return [
    {
      id: 'audience.mismatch',
      severity: 'error',
      title: 'The Audience is not JustCall’s Entity ID',
      detail: `Entra puts the app’s Identifier (Entity ID) in the Audience, and JustCall accepts only its own Entity ID. ${describeDifference(diff, closest, entityId)}`,
      fix: 'In Entra, Basic SAML Configuration: set Identifier (Entity ID) to JustCall’s Entity ID exactly (copy it from JustCall’s Single Sign-On page).',
      step: 'basic-saml',
    },
  ];
}
