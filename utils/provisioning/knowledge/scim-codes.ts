import type { CodeKnowledge } from './types';

/**
 * Codes a SCIM app such as JustCall produces (facts §2.1, §2.3, §8.4).
 * Entra prefixes a SCIM target's codes with
 * "SystemForCrossDomainIdentityManagement"; Microsoft publishes no list of
 * them, so the entries seen only in public reports, or guessed from the
 * prefix pattern, say so in `evidence`.
 */

export const SCIM_PREFIX = 'SystemForCrossDomainIdentityManagement';

const TOKEN_FIX =
  'In JustCall, open Settings > Security > Provisioning and copy the current Secret Token (generating a new one there makes the old one stop working). In Entra, open the JustCall app > Provisioning > Admin Credentials, paste it into Secret Token, click Test Connection, then Save. If the job is in quarantine, click Restart provisioning.';

const URL_FIX =
  'In JustCall, open Settings > Security > Provisioning and copy the Tenant URL exactly (https, nothing added or cut off). In Entra, open the JustCall app > Provisioning > Admin Credentials, paste it into Tenant URL, click Test Connection, then Save; then Restart provisioning if the job is in quarantine.';

export const SCIM_CODES: readonly CodeKnowledge[] = [
  {
    code: `${SCIM_PREFIX}CredentialValidationFailure`,
    aliases: [],
    suffix: 'CredentialValidationFailure',
    kind: 'error',
    area: 'credentials',
    retry: null,
    title: 'JustCall rejected the Secret Token (HTTP 401)',
    cause:
      'Entra’s test request to JustCall’s SCIM endpoint came back 401 Unauthorized: the token Entra holds is not, or no longer, valid for JustCall. Most often it was regenerated in JustCall, which invalidates the old one, or it was pasted incompletely. Entra then puts the job in quarantine.',
    fix: TOKEN_FIX,
    step: 'scim',
    evidence: 'third-party',
    source: '§2.3 (Broadcom KB 430118), §4.2, §5.3',
  },
  {
    code: `${SCIM_PREFIX}Unauthorized`,
    aliases: [],
    suffix: null,
    kind: 'error',
    area: 'credentials',
    retry: null,
    title: 'JustCall rejected the Secret Token (HTTP 401)',
    cause:
      'JustCall answered 401 Unauthorized: the Secret Token is missing, wrong or no longer valid (it changes when regenerated in JustCall).',
    fix: TOKEN_FIX,
    step: 'scim',
    evidence: 'inferred',
    source: '§2.3 (naming pattern), §8.4',
  },
  {
    code: `${SCIM_PREFIX}InvalidCredentials`,
    aliases: [],
    suffix: 'InvalidCredentials',
    kind: 'error',
    area: 'credentials',
    retry: null,
    title: 'Entra could not validate the Tenant URL and Secret Token',
    cause:
      'The admin credentials did not work against JustCall. In Microsoft’s own example this code comes with the message asking for a valid tenant URL, and the job goes into quarantine.',
    fix: `${URL_FIX} Paste the Secret Token again at the same time.`,
    step: 'scim',
    evidence: 'sample',
    source: '§2.3, §3.3 (quarantined job sample)',
  },
  {
    code: `${SCIM_PREFIX}CredentialValidationUnavailable`,
    aliases: ['CredentialValidationUnavailable'],
    suffix: 'CredentialValidationUnavailable',
    kind: 'error',
    area: 'credentials',
    retry: null,
    title: 'Entra could not reach the Tenant URL',
    cause:
      'The test request did not get an answer at all (name, TLS or network failure) rather than a refusal of the token: the Tenant URL is most likely wrong or unreachable. The prefixed form and this reading are inferred from one public report.',
    fix: URL_FIX,
    step: 'scim',
    evidence: 'inferred',
    source: '§2.3 (bitwarden #7309), §4.2, §8.6',
  },
  {
    code: `${SCIM_PREFIX}BadRequest`,
    aliases: [],
    suffix: 'BadRequest',
    kind: 'error',
    area: 'data',
    retry: null,
    title: 'JustCall rejected the request as invalid (HTTP 400)',
    cause:
      'JustCall’s SCIM API found the request malformed or against its schema. The event’s reason usually carries JustCall’s own error (its scimType and detail), which names the attribute.',
    fix: 'Read the reason of the failed event for the attribute JustCall names, then correct that mapping or the user’s value (Provision on demand for the user shows what is sent). In Entra: the JustCall app > Provisioning > Attribute mapping.',
    step: 'scim',
    evidence: 'third-party',
    source: '§2.3 (1Password #82), §5.3',
  },
  {
    code: `${SCIM_PREFIX}ServiceFailure`,
    aliases: [],
    suffix: 'ServiceFailure',
    kind: 'error',
    area: 'target',
    retry: 'automatic',
    title: 'JustCall’s SCIM service failed',
    cause:
      'JustCall answered with a server error. The code is inferred from the prefix pattern; the documented equivalent is InternalServerError.',
    fix: 'Nothing to change in Entra: the operation is retried in about 40 minutes. If the same users keep failing, send JustCall support the time and change ID.',
    step: null,
    evidence: 'inferred',
    source: '§2.3 (naming pattern), §8.4',
  },
  {
    code: `${SCIM_PREFIX}MultipleEntriesInResponse`,
    aliases: [],
    suffix: 'MultipleEntriesInResponse',
    kind: 'error',
    area: 'target',
    retry: null,
    title: 'JustCall returned several users or groups where one was expected',
    cause:
      'A filtered lookup came back with more than one result, or with group members despite excludedAttributes=members. This is JustCall’s SCIM API not honouring the query.',
    fix: 'Report the change ID to JustCall support: their SCIM API must apply the filter and excludedAttributes. Meanwhile check that no two JustCall users share the matching value.',
    step: null,
    evidence: 'documented',
    source: '§2.1',
  },
  {
    code: `${SCIM_PREFIX}ServiceIncompatible`,
    aliases: [],
    suffix: 'ServiceIncompatible',
    kind: 'error',
    area: 'target',
    retry: null,
    title: 'Entra could not understand JustCall’s answer',
    cause:
      'The response from the SCIM endpoint is not in the form Entra’s SCIM client reads. A Tenant URL that points at a web page instead of the SCIM base also produces answers Entra cannot parse.',
    fix: 'First check the Tenant URL is exactly what JustCall shows under Settings > Security > Provisioning. If it is, this is for JustCall support: their SCIM responses must match what Entra expects.',
    step: 'scim',
    evidence: 'documented',
    source: '§2.1, §5.2',
  },
  {
    code: 'RedundantExport',
    aliases: [],
    suffix: null,
    kind: 'skip',
    area: 'scope',
    retry: null,
    title: 'Already in sync: nothing to change',
    cause: 'The user’s state in Entra and in JustCall already matches, so no change was sent.',
    fix: 'Nothing to do.',
    step: null,
    evidence: 'sample',
    source: '§1.7, §2.3',
  },
  {
    code: 'NotEffectivelyEntitled',
    aliases: [],
    suffix: null,
    kind: 'skip',
    area: 'scope',
    retry: null,
    title: 'Entra does not consider the user entitled to JustCall',
    cause:
      'Entra skipped the user as not effectively entitled: the user is not assigned to the app (directly, or through a group they are a direct member of), or the assignment record is broken, or (for apps set up before April 2020) the user holds only the Default Access role.',
    fix: 'In Entra, open the JustCall app > Users and groups. If the user (or a group they are a direct member of) is not there, assign them. If they are, remove that assignment and assign again with a real role. Then use Provision on demand to check.',
    step: 'assignment',
    evidence: 'documented',
    source: '§2.3',
  },
  {
    code: 'UnableToResolveReferenceAttributeValue',
    aliases: [],
    suffix: null,
    kind: 'error',
    area: 'scope',
    retry: null,
    title: 'A referenced user is not known in JustCall',
    cause:
      'A reference (a group member or a manager) points at a user that Entra has not provisioned to JustCall, so it cannot be resolved there.',
    fix: 'Assign the referenced user too (or the group they are in), or remove the manager or members mapping if JustCall does not need it.',
    step: 'assignment',
    evidence: 'documented',
    source: '§2.3, §1.8 (KQL sample)',
  },
];
