import { z } from 'zod';
import { TENANT_ID, entraIssuerFor } from '@/utils/saml/entra-issuer';
import type { CloudId } from '@/utils/hosts';
import { AnalysisContext, type KnownCert } from '@/utils/saml/types';
import { SetupSession } from '@/utils/setup/session';

/**
 * What the login should look like. It comes from the setup assistant's
 * session (storage.local) when there is one, and from what the user types or
 * loads in the panel, which wins field by field.
 */
export const ExpectedValues = z.object({
  entityId: z.string().max(2048).default(''),
  acsUrl: z.string().max(2048).default(''),
  /** A tenant id (GUID) or a full issuer URL. */
  tenantOrIssuer: z.string().max(2048).default(''),
  /** PEM or base64 DER certificates the user loaded, with where they came from. */
  certificates: z
    .array(z.object({ label: z.string().max(200), cert: z.string().max(20_000) }))
    .max(10)
    .default([]),
});
export type ExpectedValues = z.infer<typeof ExpectedValues>;

export const EXPECTED_KEY = 'doctor.expected.v1';

export const EMPTY_EXPECTED: ExpectedValues = { entityId: '', acsUrl: '', tenantOrIssuer: '', certificates: [] };

/** A tenant id becomes Entra's SAML issuer in the admin's cloud; a URL is taken as the issuer itself. */
export function issuerFrom(tenantOrIssuer: string, cloud: CloudId = 'public'): string | undefined {
  const v = tenantOrIssuer.trim();
  if (!v) return undefined;
  if (TENANT_ID.test(v)) return entraIssuerFor(v.toLowerCase(), cloud);
  return v;
}

/** Expected values the setup session knows, or null when there is no usable session. */
export function expectedFromSession(raw: unknown): { values: ExpectedValues; replyUrls: string[]; identifier?: string } | null {
  const parsed = SetupSession.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  const v = s.values;
  const tenant = v.tenantId?.value ?? '';
  const values: ExpectedValues = {
    entityId: v.entityId?.value ?? '',
    acsUrl: v.acsUrl?.value ?? '',
    // The Microsoft Entra Identifier is the IdP's issuer; the tenant id alone implies the same issuer.
    tenantOrIssuer: v.entraIdentifier?.value ?? tenant,
    certificates: s.certificate ? [{ label: 'Entra signing certificate (from the setup assistant)', cert: s.certificate.der }] : [],
  };
  const out: { values: ExpectedValues; replyUrls: string[]; identifier?: string } = { values, replyUrls: [] };
  // What Entra's Basic SAML Configuration was seen to hold (the content script's observation keys).
  const basic = s.observations['entra/basic-saml']?.values;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((i): i is string => typeof i === 'string') : []);
  out.replyUrls = strings(basic?.replyUrl);
  const identifier = strings(basic?.identifier)[0];
  if (identifier) out.identifier = identifier;
  return out;
}

/** Field-by-field: a typed value wins over the session's. */
export function mergeExpected(session: ExpectedValues | null, typed: ExpectedValues): ExpectedValues {
  const s = session ?? EMPTY_EXPECTED;
  return {
    entityId: typed.entityId || s.entityId,
    acsUrl: typed.acsUrl || s.acsUrl,
    tenantOrIssuer: typed.tenantOrIssuer || s.tenantOrIssuer,
    certificates: typed.certificates.length ? typed.certificates : s.certificates,
  };
}

export function toContext(
  values: ExpectedValues,
  extra: { replyUrls?: string[]; identifier?: string; cloud?: CloudId } = {},
): AnalysisContext {
  const certificates: KnownCert[] = values.certificates.map((c) => ({ label: c.label, role: 'configured', cert: c.cert }));
  const input: z.input<typeof AnalysisContext> = { certificates };
  if (values.entityId.trim()) input.entityId = values.entityId.trim();
  if (values.acsUrl.trim()) input.acsUrl = values.acsUrl.trim();
  const issuer = issuerFrom(values.tenantOrIssuer, extra.cloud);
  if (issuer) input.issuer = issuer;
  if (extra.replyUrls?.length) input.replyUrls = extra.replyUrls;
  if (extra.identifier) input.identifier = extra.identifier;
  return AnalysisContext.parse(input);
}
