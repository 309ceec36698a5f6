import type { Explained } from './types';

/**
 * The `scimType` keywords of RFC 7644 Table 9 (facts §5.1): the detail a
 * SCIM server may give with a 400 or 409. Each says what JustCall objected to
 * and what to change on the Entra side.
 */

export const SCIM_TYPES = [
  'invalidFilter',
  'tooMany',
  'uniqueness',
  'mutability',
  'invalidSyntax',
  'invalidPath',
  'noTarget',
  'invalidValue',
  'invalidVers',
  'sensitive',
] as const;
export type ScimType = (typeof SCIM_TYPES)[number];

const MAPPING = 'In Entra: the JustCall app > Provisioning > Attribute mapping.';

function t(e: Omit<Explained, 'evidence' | 'source'>): Explained {
  return { ...e, evidence: 'documented', source: '§5.1 (RFC 7644 Table 9)' };
}

export const SCIM_TYPE_KNOWLEDGE: Readonly<Record<ScimType, Explained>> = {
  invalidFilter: t({
    title: 'JustCall could not apply Entra’s lookup filter',
    cause:
      'Entra looks users up with a filter on the matching attribute (only eq and and). JustCall rejected the filter: its syntax, or filtering on that attribute, is not supported.',
    fix: `Make the matching attribute one JustCall can filter on (userName). ${MAPPING} Special characters in the matching value can also break the filter.`,
    step: 'scim',
  }),
  tooMany: t({
    title: 'JustCall’s lookup returned too many results',
    cause: 'The filter Entra sent would return more results than JustCall is willing to give.',
    fix: 'Make the matching attribute unique per user (userName).',
    step: 'scim',
  }),
  uniqueness: t({
    title: 'The value is already used by another JustCall user',
    cause: 'JustCall refused the change because one of the values (normally userName or the e-mail) is already taken or reserved there.',
    fix: `Make the matching attribute agree with the JustCall user’s value, so Entra updates that user instead of creating a new one (userName, matching precedence 1). ${MAPPING} Or remove the duplicate in JustCall.`,
    step: 'scim',
  }),
  mutability: t({
    title: 'Entra tried to change a value JustCall does not allow to change',
    cause: 'The change targets an attribute JustCall treats as read-only or fixed after creation.',
    fix: `Set that mapping’s “Apply this mapping” to “Only during creation”, or remove it. ${MAPPING}`,
    step: 'scim',
  }),
  invalidSyntax: t({
    title: 'JustCall could not parse the request body',
    cause: 'The body of the create or replace request was malformed for JustCall.',
    fix: 'Report the change ID to JustCall support; check that no mapping produces an unusual value (for example an expression that emits JSON).',
    step: null,
  }),
  invalidPath: t({
    title: 'JustCall rejected the attribute path of an update',
    cause: 'A PATCH named an attribute path JustCall does not understand, typically a custom or extension attribute.',
    fix: `Remove or correct the mapping to that target attribute. ${MAPPING}`,
    step: 'scim',
  }),
  noTarget: t({
    title: 'The attribute to update does not exist on the JustCall user',
    cause: 'A PATCH path (such as a filtered e-mail entry) matched nothing on the JustCall user.',
    fix: 'Usually harmless for one-off cases; if frequent, report it to JustCall support with the change ID.',
    step: null,
  }),
  invalidValue: t({
    title: 'A value was missing or not acceptable to JustCall',
    cause: 'A required value was empty (Entra does not send empty attributes) or a value had a form JustCall does not accept.',
    fix: `Give the user the missing value in Entra (often mail), or map the field from an attribute that always has a suitable value. ${MAPPING}`,
    step: 'scim',
  }),
  invalidVers: t({
    title: 'JustCall does not support the SCIM version used',
    cause: 'The request used a protocol version JustCall’s endpoint does not accept.',
    fix: 'Check that the Tenant URL is the SCIM 2.0 base JustCall shows; otherwise report it to JustCall support.',
    step: 'scim',
  }),
  sensitive: t({
    title: 'JustCall refused sensitive data in the request URL',
    cause: 'The lookup placed a value JustCall considers sensitive in the URL.',
    fix: 'Use a non-sensitive matching attribute (userName). Report it to JustCall support if it persists.',
    step: 'scim',
  }),
};

export function scimTypeOf(value: string): ScimType | null {
  const v = value.trim().toLowerCase();
  return SCIM_TYPES.find((s) => s.toLowerCase() === v) ?? null;
}
