/**
 * Each provisioning scenario of the world with the doctor's finding and a
 * phrase of its fix: shared by the e2e spec and the world's unit test, so
 * both hold the world, the panel, the wizard and the CLI to the same answer.
 */
export interface ProvisioningCase {
  scenario: string;
  finding: string;
  /** Words the finding's fix must contain. */
  fixSays: string;
  quarantine: boolean;
  exitCode: 0 | 1;
  /**
   * The record the admin opens in the detail pane, and its tab, for the wizard to
   * name the same cause (it reads the grid, the opened record's error code and
   * reason, its scoping details and whether userName had the #EXT# form). By
   * default the first failed row's Troubleshooting tab, where a row failed.
   */
  opens?: { status: 'skipped'; tab: 'Steps' } | { identity: string; tab: 'Modified Properties' };
}

export const PROVISIONING_CASES: readonly ProvisioningCase[] = [
  {
    scenario: 'provisioning-invalid-token',
    finding: 'provisioning.secret-token',
    fixSays: 'Secret Token',
    quarantine: true,
    exitCode: 1,
  },
  {
    scenario: 'provisioning-wrong-tenant-url',
    finding: 'provisioning.tenant-url',
    fixSays: 'Tenant URL',
    quarantine: true,
    exitCode: 1,
  },
  {
    scenario: 'provisioning-empty-mail',
    finding: 'provisioning.missing-required',
    fixSays: 'Properties > Email',
    quarantine: false,
    exitCode: 1,
  },
  {
    scenario: 'provisioning-already-in-justcall',
    finding: 'provisioning.entry-conflict',
    fixSays: 'matching',
    quarantine: false,
    exitCode: 1,
  },
  {
    scenario: 'provisioning-out-of-scope',
    finding: 'provisioning.not-assigned',
    fixSays: 'Users and groups',
    quarantine: false,
    exitCode: 0,
    opens: { status: 'skipped', tab: 'Steps' },
  },
  {
    scenario: 'provisioning-justcall-5xx',
    finding: 'provisioning.justcall-unavailable',
    fixSays: 'JustCall support',
    quarantine: false,
    exitCode: 0,
  },
  {
    scenario: 'provisioning-justcall-429',
    finding: 'provisioning.rate-limited',
    fixSays: 'SCIM rate limit',
    quarantine: false,
    exitCode: 0,
  },
  {
    scenario: 'provisioning-guest-ext-upn',
    finding: 'provisioning.guest-upn',
    fixSays: 'source of userName to mail',
    quarantine: false,
    exitCode: 0,
    opens: { identity: 'Pradeep Gupta', tab: 'Modified Properties' },
  },
  {
    scenario: 'provisioning-disabled-user',
    finding: 'provisioning.deprovisioned',
    fixSays: 'Nothing to do',
    quarantine: false,
    exitCode: 0,
  },
];
