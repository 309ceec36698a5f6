import type { FieldSpec } from '@/tests/corpus/variant';
import { SEEDED, SIGN_ON_URL } from '@/tests/corpus/values';

/** Field expectations shared by several variants. */

const page = { from: 'page' } as const;

/** Basic SAML Configuration: one identifier, one reply URL, the guide's sign-on URL; Relay State and Logout Url stay empty. */
export function basicSamlFields(opts: { relayAndLogout?: boolean } = {}): FieldSpec[] {
  const out: FieldSpec[] = [
    { feature: 'entra/basic-saml', field: 'identifier', expected: [SEEDED.entityId], source: page },
    { feature: 'entra/basic-saml', field: 'replyUrl', expected: [SEEDED.acsUrl], source: page },
    { feature: 'entra/basic-saml', field: 'signOnUrl', expected: SIGN_ON_URL, source: page },
  ];
  if (opts.relayAndLogout !== false) {
    out.push(
      { feature: 'entra/basic-saml', field: 'relayState', expected: '', source: page, keep: true },
      { feature: 'entra/basic-saml', field: 'logoutUrl', expected: '', source: page, keep: true },
    );
  }
  return out;
}

/** Admin Credentials: JustCall's Tenant URL and Secret Token. */
export const credentialFields: FieldSpec[] = [
  { feature: 'entra/provisioning-credentials', field: 'tenantUrl', expected: SEEDED.scimTenantUrl, source: page },
  { feature: 'entra/provisioning-credentials', field: 'secretToken', expected: SEEDED.secretToken, source: page },
];

export const modeField: FieldSpec = { feature: 'entra/provisioning', field: 'mode', expected: 'Automatic', source: page };
