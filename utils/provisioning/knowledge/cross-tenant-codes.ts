import type { CodeKnowledge } from './types';

/**
 * Codes of cross-tenant synchronization (facts §2.2 and the Test Connection
 * codes of §2.3). They come from Entra-to-Entra sync, never from a SCIM app
 * like JustCall: seeing one in a JustCall export means the export holds
 * another job's events. Microsoft's table renders some with "Microsoft Entra
 * ID" in place of the wire prefix; the full `AzureActiveDirectory…` forms of
 * those are an inference (flagged).
 */

const NOT_JUSTCALL = 'This comes from cross-tenant synchronization (one Entra tenant to another), not from JustCall’s provisioning.';

function ct(
  code: string,
  aliases: string[],
  kind: CodeKnowledge['kind'],
  evidence: CodeKnowledge['evidence'],
  title: string,
  cause: string,
  fix: string,
): CodeKnowledge {
  return {
    code,
    aliases,
    suffix: null,
    kind,
    area: 'cross-tenant',
    retry: null,
    title,
    cause: `${cause} ${NOT_JUSTCALL}`,
    fix,
    step: null,
    evidence,
    source: '§2.2, §2.3',
  };
}

export const CROSS_TENANT_CODES: readonly CodeKnowledge[] = [
  ct(
    'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
    [],
    'error',
    'documented',
    'The target tenant does not let sync change this attribute',
    'The attribute is owned elsewhere in the target tenant: by Exchange Online (such as extensionAttribute1–15) or by Graph’s source-of-authority rules (Mail, showInAddressList).',
    'Change the attribute directly in the target tenant (for example with Set-MailUser); the sync may retry without it.',
  ),
  ct(
    'AzureDirectoryB2BManagementPolicyCheckFailure',
    [],
    'error',
    'documented',
    'Automatic redemption of invitations is not enabled',
    'The cross-tenant access policy does not allow invitations to be redeemed automatically.',
    'Turn on automatic redemption in the cross-tenant access settings of both the source and the target tenant.',
  ),
  ct(
    'AzureActiveDirectoryQuotaLimitExceeded',
    ['QuotaLimitExceeded', 'MicrosoftEntraIDQuotaLimitExceeded'],
    'error',
    'inferred',
    'The target tenant reached its directory object quota',
    'The target tenant holds as many objects as its quota allows.',
    'Have the target tenant’s quota raised.',
  ),
  ct(
    'InvitationCreationFailure',
    [],
    'error',
    'documented',
    'The guest invitation could not be created',
    'Creating the B2B invitation in the target tenant failed.',
    'Contact Microsoft support.',
  ),
  ct(
    'InvitationCreationFailureUserAccountDisabled',
    [],
    'error',
    'documented',
    'The target user is disabled with an invitation pending',
    'The user exists in the target tenant but is disabled, and an invitation is still open.',
    'Enable the account in the target tenant and let the sync retry.',
  ),
  ct(
    'AzureActiveDirectoryForbidden',
    ['MicrosoftEntraIDForbidden'],
    'error',
    'documented',
    'The target tenant does not allow guest invitations',
    'The external collaboration settings of the target tenant block invitations.',
    'Relax the external collaboration (guest invite) settings in the target tenant.',
  ),
  ct(
    'InvitationCreationFailureInvalidPropertyValue',
    [],
    'error',
    'documented',
    'An invitation value is invalid',
    'The primary SMTP address is invalid, the userType is neither guest nor member, or the e-mail collides with a group.',
    'Correct mail, the userType mapping, or the colliding e-mail.',
  ),
  ct(
    'InvitationCreationFailureAmbiguousUser',
    [],
    'error',
    'documented',
    'A proxy address collides with a user of the target tenant',
    'One of the user’s proxy addresses is already used by an internal user of the target tenant.',
    'Remove that user in the target tenant, or take the source user out of scope.',
  ),
  ct(
    'AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises',
    ['CannotUpdateObjectsMasteredOnPremises', 'MicrosoftEntraIDCannotUpdateObjectsMasteredOnPremises'],
    'error',
    'inferred',
    'The target user is managed on-premises',
    'The target tenant’s user is still synchronised from on-premises Active Directory, so cloud sync cannot change it.',
    'Change it on-premises, or move the user’s source of authority to the cloud.',
  ),
  ct(
    'EntityTypeNotSupported',
    [],
    'skip',
    'documented',
    'This kind of object is not synchronised',
    'The object is a group, which this connector does not sync; the event is a skip.',
    'Nothing to do; for Provision on demand, pick a user.',
  ),
  ct(
    'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure',
    [],
    'error',
    'documented',
    'The cross-tenant sync policy does not allow this',
    'Test Connection found that the target tenant’s cross-tenant access policy does not permit synchronization from this tenant.',
    'Allow inbound user synchronization in the target tenant’s cross-tenant access settings.',
  ),
  ct(
    'ExternalTenantNotFound',
    [],
    'error',
    'documented',
    'The target tenant was not found',
    'Test Connection could not find the tenant given, possibly because it is in another cloud.',
    'Check the tenant ID and that both tenants are in the same cloud.',
  ),
  ct(
    'AzureActiveDirectoryTokenExpired',
    [],
    'error',
    'documented',
    'The token for the target tenant expired',
    'Test Connection used an expired token.',
    'Sign in again and repeat Test Connection.',
  ),
];
