import type { Explained } from './types';

/**
 * Why a user was left out, read from the scoping step's details rather than
 * from a code: `Assigned`, `IsActive`, `IsInProvisioningScope…` and
 * `ScopeEvaluationResult` (or the human-readable keys of newer samples,
 * "Assigned to the application" and so on). These keys vary by connector and
 * version (facts §1.4, §2.3, §4.3), so the reading is ours ('inferred').
 */

export type ScopeReason = 'not-assigned' | 'scoping-filter' | 'source-disabled';

export const SCOPE_REASONS: Readonly<Record<ScopeReason, Explained>> = {
  'not-assigned': {
    title: 'The user is not assigned to the JustCall app',
    cause:
      'With the scope “Sync only assigned users and groups”, Entra provisions only users assigned to the app directly, or through a group they are a direct member of; members of nested groups do not count. Unassigned users show up as skipped, which is expected for people who should not have JustCall.',
    fix: 'If the user should have JustCall: in Entra, open the JustCall app > Users and groups > Add user/group and assign the user (or a security group they are a direct member of). To provision everyone instead, set Scope to “Sync all users and groups” in the provisioning settings (it takes effect after Restart provisioning).',
    step: 'assignment',
    evidence: 'inferred',
    source: '§1.4, §1.5, §4.3, §5.5 (scope), §6.1',
  },
  'scoping-filter': {
    title: 'A scoping filter leaves the user out',
    cause:
      'The user is assigned, but one of the provisioning scoping filters evaluated to false for them, so Entra does not provision them.',
    fix: 'In Entra, open the JustCall app > Provisioning > Attribute mapping > Provision Microsoft Entra ID Users > Source Object Scope, and correct the filter (or the user’s attribute it tests). Note that some attributes, such as userType and manager, are not supported in scoping filters.',
    step: 'scim',
    evidence: 'inferred',
    source: '§1.4, §4.3, §5.5',
  },
  'source-disabled': {
    title: 'The user is disabled or deleted in Entra',
    cause:
      'Entra does not provision users whose account is disabled or soft-deleted; for a user already in JustCall it sends a deactivation instead.',
    fix: 'Nothing, if the user should not have JustCall. Otherwise enable the account in Entra (Users > the user > Account enabled).',
    step: null,
    evidence: 'inferred',
    source: '§1.4, §5.5 (deprovisioning)',
  },
};
