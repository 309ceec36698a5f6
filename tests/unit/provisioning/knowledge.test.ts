import { describe, expect, it } from 'vitest';
import {
  ALL_CODES,
  HTTP_STATUSES,
  JOB_CODES,
  QUARANTINE_REASONS,
  SCIM_TYPE_KNOWLEDGE,
  SCIM_TYPES,
  SCOPE_REASONS,
  httpEvidence,
  httpKnowledge,
  lookupCode,
  quarantineReason,
  type Explained,
} from '@/utils/provisioning/knowledge';
import { StepId } from '@/utils/setup/steps';

/** Every code and skip reason of provisioning-facts.md §2.1, §2.2 and §2.3, as the facts spell them. */
const FACTS_CODES = [
  // §2.1
  'Conflict',
  'EntryConflict',
  'TooManyRequests',
  'InternalServerError',
  'InsufficientRights',
  'MethodNotAllowed',
  'NotPermitted',
  'Unauthorized',
  'UnprocessableEntity',
  'WebExceptionProtocolError',
  'InvalidAnchor',
  'NotImplemented',
  'MandatoryFieldsMissing',
  'MissingValues',
  'SchemaAttributeNotFound',
  'InternalError',
  'InvalidDomain',
  'Timeout',
  'LicenseLimitExceeded',
  'DuplicateTargetEntries',
  'DuplicateSourceEntries',
  'ImportSkipped',
  'EntrySynchronizationSkipped',
  'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse',
  'SystemForCrossDomainIdentityManagementServiceIncompatible',
  'SchemaPropertyCanOnlyAcceptValue',
  // §2.2 (the renamed rows in both forms)
  'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
  'AzureDirectoryB2BManagementPolicyCheckFailure',
  'QuotaLimitExceeded',
  'AzureActiveDirectoryQuotaLimitExceeded',
  'Microsoft Entra ID QuotaLimitExceeded',
  'InvitationCreationFailure',
  'InvitationCreationFailureUserAccountDisabled',
  'AzureActiveDirectoryForbidden',
  'InvitationCreationFailureInvalidPropertyValue',
  'InvitationCreationFailureAmbiguousUser',
  'CannotUpdateObjectsMasteredOnPremises',
  'AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises',
  'EntityTypeNotSupported',
  // §2.3 and §8.4
  'SystemForCrossDomainIdentityManagementBadRequest',
  'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
  'CredentialValidationUnavailable',
  'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable',
  'SystemForCrossDomainIdentityManagementInvalidCredentials',
  'RedundantExport',
  'NotEffectivelyEntitled',
  'UnableToResolveReferenceAttributeValue',
  'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure',
  'ExternalTenantNotFound',
  'AzureActiveDirectoryTokenExpired',
  'SystemForCrossDomainIdentityManagementEntryConflict',
  'SystemForCrossDomainIdentityManagementUnauthorized',
  'SystemForCrossDomainIdentityManagementServiceFailure',
  // the other spelling the brief names
  'EntitySynchronizationSkipped',
];

/** Sentences the facts file quotes from Microsoft or RFC 7644: our texts must say it in our own words. */
const QUOTED_ELSEWHERE = [
  'Request is unparsable, syntactically incorrect, or violates schema',
  'Authorization failure. The authorization header is invalid or missing',
  'Operation is not permitted based on the supplied authorization',
  'Specified resource (e.g., User) or endpoint does not exist',
  'One or more of the attribute values are already in use or are reserved',
  'Failed to update. Resource has changed on the server',
  'Implementers SHOULD provide descriptive debugging advice',
  'Service provider does not support the request operation',
  'more than 40% of provisioning events failed',
  'The state of the user in both the source and target systems already match',
  'Summarizes the status and describes why the status happened',
  'Provides the resolution for the corresponding error',
  'Guest invitations not allowed for your company',
  'Please provide a valid tenant URL for your application',
];

function allExplained(): Explained[] {
  return [
    ...ALL_CODES,
    ...Object.values(SCOPE_REASONS),
    ...Object.values(QUARANTINE_REASONS),
    ...Object.values(JOB_CODES),
    ...HTTP_STATUSES,
    ...Object.values(SCIM_TYPE_KNOWLEDGE),
  ];
}

describe('provisioning knowledge', () => {
  it('explains every code and skip reason of the facts file', () => {
    const missing = FACTS_CODES.filter((c) => lookupCode(c) === null);
    expect(missing).toEqual([]);
  });

  it('matches target-prefixed codes by their suffix, preferring the longest', () => {
    expect(lookupCode('ContosoEntryConflict')).toMatchObject({
      knowledge: { code: 'EntryConflict' },
      matchedBy: 'suffix',
      prefix: 'Contoso',
    });
    expect(lookupCode('BoxEntryConflict')?.knowledge.code).toBe('EntryConflict');
    expect(lookupCode('SystemForCrossDomainIdentityManagementEntryConflict')).toMatchObject({
      knowledge: { code: 'EntryConflict' },
      prefix: 'SystemForCrossDomainIdentityManagement',
    });
    expect(lookupCode('ContosoInternalServerError')?.knowledge.code).toBe('InternalServerError');
    expect(lookupCode('ContosoBadRequest')?.knowledge.code).toBe('SystemForCrossDomainIdentityManagementBadRequest');
    expect(lookupCode('entryconflict')).toMatchObject({ knowledge: { code: 'EntryConflict' }, matchedBy: 'exact' });
    // Exact-only entries do not swallow look-alikes.
    expect(lookupCode('SystemForCrossDomainIdentityManagementForbidden')).toBeNull();
    expect(lookupCode('BoxInsufficientPermissions')).toBeNull();
    expect(lookupCode('')).toBeNull();
    expect(lookupCode(null)).toBeNull();
  });

  it('flags the entries the facts file marks as inferred or seen only in public reports', () => {
    const evidence = (c: string) => lookupCode(c)?.knowledge.evidence;
    expect(evidence('SystemForCrossDomainIdentityManagementUnauthorized')).toBe('inferred');
    expect(evidence('SystemForCrossDomainIdentityManagementServiceFailure')).toBe('inferred');
    expect(evidence('CredentialValidationUnavailable')).toBe('inferred');
    expect(evidence('AzureActiveDirectoryQuotaLimitExceeded')).toBe('inferred');
    expect(evidence('AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises')).toBe('inferred');
    expect(evidence('SystemForCrossDomainIdentityManagementBadRequest')).toBe('third-party');
    expect(evidence('SystemForCrossDomainIdentityManagementCredentialValidationFailure')).toBe('third-party');
    expect(evidence('SystemForCrossDomainIdentityManagementInvalidCredentials')).toBe('sample');
    expect(evidence('EntryConflict')).toBe('documented');
  });

  it('covers every HTTP status of RFC 7644 Table 8 and every scimType of Table 9', () => {
    const table8 = [307, 308, 400, 401, 403, 404, 409, 412, 413, 500, 501];
    expect(HTTP_STATUSES.filter((s) => s.inTable8).map((s) => s.status)).toEqual(table8);
    expect(httpKnowledge(429)?.inTable8).toBe(false);
    expect(httpKnowledge(503)).toMatchObject({ status: 503, inTable8: false, step: null });
    expect(httpKnowledge(418)).toBeNull();
    expect([...SCIM_TYPES].sort()).toEqual(
      [
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
      ].sort(),
    );
  });

  it('knows every quarantine reason of §3.1 and §3.3, with the documentation’s spelling too', () => {
    for (const r of [
      'EncounteredBaseEscrowThreshold',
      'EncounteredTotalEscrowThreshold',
      'EncounteredEscrowProportionThreshold',
      'EncounteredQuarantineException',
      'Unknown',
      'QuarantinedOnDemand',
      'QuarantineOnDemand',
      'TooManyDeletes',
      'IngestionInterrupted',
    ])
      expect(quarantineReason(r), r).not.toBeNull();
    expect(quarantineReason('QuarantineOnDemand')).toBe(QUARANTINE_REASONS.QuarantinedOnDemand);
    expect(quarantineReason('Bored')).toBeNull();
    expect(Object.keys(JOB_CODES).sort()).toEqual(['Active', 'NotConfigured', 'NotRun', 'Paused', 'Quarantine']);
  });

  it('gives every entry a title, a cause, a fix, a real step or null, and a source', () => {
    for (const k of allExplained()) {
      expect(k.title.length, k.title).toBeGreaterThan(5);
      expect(k.cause.length, k.title).toBeGreaterThan(20);
      expect(k.fix.length, k.title).toBeGreaterThan(5);
      expect(k.step === null || StepId.safeParse(k.step).success, k.title).toBe(true);
      expect(k.source, k.title).toMatch(/§\d/);
    }
  });

  it('is written in our own words, not Microsoft’s or the RFC’s', () => {
    const ours = allExplained()
      .flatMap((k) => [k.title, k.cause, k.fix])
      .join('\n')
      .toLowerCase();
    for (const quote of QUOTED_ELSEWHERE) expect(ours, quote).not.toContain(quote.toLowerCase());
  });

  it('has no code or alias twice', () => {
    const names = ALL_CODES.flatMap((k) => [k.code, ...k.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('what JustCall answered, read from Entra’s texts', () => {
  it('reads the status in each form Entra writes it, and the scimType of a SCIM error body', () => {
    expect(httpEvidence(['Message: Contoso returned an error response with the HTTP status code 409.  This response…'])).toEqual({
      status: 409,
      scimType: null,
    });
    expect(httpEvidence(['Error: … StatusCode: BadRequest Message: Processing of the HTTP request resulted in an exception.'])).toEqual({
      status: 400,
      scimType: null,
    });
    expect(httpEvidence(['Response Status Code: Unauthorized'])).toEqual({ status: 401, scimType: null });
    expect(
      httpEvidence(['Web Response: {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness"}']),
    ).toEqual({
      status: 409,
      scimType: 'uniqueness',
    });
    expect(httpEvidence([null, 'nothing here', 'HTTP/1.1 503 Service Unavailable'])).toEqual({ status: 503, scimType: null });
    expect(httpEvidence(['scimType: INVALIDVALUE'])).toEqual({ status: null, scimType: 'invalidValue' });
    expect(httpEvidence(['retried 0 times; took 200 ms'])).toEqual({ status: null, scimType: null });
  });
});
