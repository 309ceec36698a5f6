import type { z } from 'zod';
import type { StepId } from '@/utils/setup/steps';
import { PROFILE_VALIDATORS } from '@/utils/setup/profile';
import type { SetupSession, ValueKey } from '@/utils/setup/session';
import { derToPem } from '@/utils/setup/pem';
import type { ValueView, WizardContext } from './types';
import { expectedSource, expectedValue } from './expected';
import { describeSource } from './describe-source';

const VALUE_LABELS: Record<ValueKey, { label: string; step: StepId; validator?: z.ZodType<string> }> = {
  entityId: { label: 'Entity ID (Identifier)', step: 'justcall-sso', validator: PROFILE_VALIDATORS.entityId },
  acsUrl: { label: 'ACS URL (Reply URL)', step: 'justcall-sso', validator: PROFILE_VALIDATORS.acsUrl },
  signOnUrl: { label: 'Sign on URL', step: 'basic-saml', validator: PROFILE_VALIDATORS.signOnUrl },
  appName: { label: 'Application name', step: 'create-app' },
  appId: { label: 'Application (client) ID', step: 'create-app' },
  objectId: { label: 'Object ID', step: 'create-app' },
  tenantId: { label: 'Tenant ID', step: 'certificate', validator: PROFILE_VALIDATORS.tenantId },
  metadataUrl: { label: 'App Federation Metadata Url', step: 'certificate' },
  loginUrl: { label: 'Login URL (SSO URL)', step: 'certificate', validator: PROFILE_VALIDATORS.loginUrl },
  entraIdentifier: { label: 'Microsoft Entra Identifier (Issuer)', step: 'certificate', validator: PROFILE_VALIDATORS.issuer },
  logoutUrl: { label: 'Logout URL', step: 'certificate' },
  scimTenantUrl: { label: 'Tenant URL (SCIM)', step: 'scim', validator: PROFILE_VALIDATORS.scimTenantUrl },
};

const SHOWN_VALUES: ValueKey[] = [
  'entityId',
  'acsUrl',
  'signOnUrl',
  'appName',
  'loginUrl',
  'entraIdentifier',
  'metadataUrl',
  'scimTenantUrl',
];

/** The value rows: carried values with their source and validity, the certificate, and the SCIM token (never shown). */
export function valueViews(session: SetupSession, ctx: WizardContext): ValueView[] {
  const out: ValueView[] = [];
  for (const key of SHOWN_VALUES) {
    const value = expectedValue(session, key);
    const source = expectedSource(session, key);
    if (value === null || source === null) continue;
    const meta = VALUE_LABELS[key];
    const check = meta.validator?.safeParse(value);
    out.push({
      key,
      label: meta.label,
      value,
      sourceText: describeSource(source),
      valid: check ? check.success : true,
      ...(check && !check.success ? { problem: check.error.issues[0]?.message ?? 'Not valid.' } : {}),
      step: meta.step,
    });
  }
  const cert = session.certificate;
  if (cert) {
    const expired = Date.parse(cert.notAfter) < Date.now();
    out.push({
      key: 'certificate',
      label: 'Signing certificate',
      value: `Thumbprint ${cert.sha1}, expires ${cert.notAfter.slice(0, 10)}`,
      copyText: derToPem(cert.der),
      sourceText: describeSource(cert.source),
      valid: !expired,
      ...(expired ? { problem: 'This certificate has expired.' } : {}),
      step: 'certificate',
    });
  }
  if (ctx.hasScimToken) {
    out.push({
      key: 'scimSecretToken',
      label: 'Secret Token (SCIM)',
      value: '••••••••',
      sourceText: 'Read from JustCall; kept only until this browser closes or it is filled',
      valid: true,
      step: 'scim',
      secret: true,
    });
  }
  return out;
}
