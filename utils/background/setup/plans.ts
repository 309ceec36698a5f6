import { featureById } from '@/utils/features';
import type { PlanSource } from '@/utils/features/types';
import type { FillPlan } from '@/utils/messages/fill-plan';
import type { FeatureId, ScimToken, SetupSession } from '@/utils/setup/session';
import { derToPem } from '@/utils/setup/metadata';
import { acceptable, expectedSource, expectedValue, missingText } from '@/utils/setup/value-keys';
import { describeSource } from '@/utils/setup/wizard/describe-source';

/**
 * What a content script may put into its page for one feature, built from the
 * feature's own plan (which setup value goes into which of its fields).
 * Values are checked by the value table before they are offered.
 */

interface Planned {
  value: string;
  source: string;
}

function planned(session: SetupSession, from: PlanSource): Planned | null {
  switch (from.from) {
    case 'constant':
      return { value: from.value, source: from.source };
    case 'setting':
      return { value: session.settings[from.key], source: 'Your setting in the assistant' };
    case 'value': {
      const value = expectedValue(session, from.key);
      const source = expectedSource(session, from.key);
      return value && source && acceptable(from.key, value) ? { value, source: describeSource(source) } : null;
    }
  }
}

function certificateFor(session: SetupSession): FillPlan['certificate'] {
  const cert = session.certificate;
  if (!cert) return null;
  const name = (session.values.appName?.value ?? 'JustCall').replace(/[^\w.-]+/g, '_');
  return { pem: derToPem(cert.der), fileName: `${name}.cer`, thumbprint: cert.sha1 };
}

const NEED_TEXT = {
  certificate: "Certificate: open the app's SAML page in Entra, or drop the Certificate (Base64) file on the assistant",
  secretToken: 'Secret Token: open JustCall Settings → Security → Provisioning and reveal it',
  secretTokenConfirm: "Secret Token: confirm in the assistant's side panel that it may go into this form",
  secretTokenForeign: "Secret Token: this form is not in the admin center's own page, so the assistant does not send the token here",
} as const;

/** Where the SCIM token stands for one frame: not read yet, read but not released to it, or released to it. */
/** `foreign`: the asking frame is not the admin center's own (a hosting frame): it never gets the token. */
export type TokenAccess = { token: null } | { token: ScimToken; released: boolean; foreign?: true };

/**
 * The plan for one feature in one frame. The secret token is in it only when
 * the admin released it to that frame (./secret-access.ts).
 */
export function buildPlan(session: SetupSession, feature: FeatureId, access: TokenAccess): FillPlan {
  const token = access.token;
  const spec = featureById(feature)?.fill;
  const values: Record<string, string> = {};
  const sources: Record<string, string> = {};
  const missing: string[] = [];
  for (const [field, from] of Object.entries(spec?.plan ?? {})) {
    const found = planned(session, from);
    if (found) {
      values[field] = found.value;
      sources[field] = found.source;
    } else if (from.from === 'value') missing.push(missingText(from.key));
  }
  let certificate: FillPlan['certificate'] = null;
  let secretToken: string | null = null;
  for (const need of spec?.needs ?? []) {
    if (need === 'certificate') {
      certificate = certificateFor(session);
      if (certificate && session.certificate) sources.certificate = describeSource(session.certificate.source);
      else missing.push(NEED_TEXT.certificate);
    } else if (token && access.token && access.foreign) {
      missing.push(NEED_TEXT.secretTokenForeign);
    } else if (token && access.token && !access.released) {
      missing.push(NEED_TEXT.secretTokenConfirm);
    } else if (token) {
      secretToken = token.value;
      sources.secretToken = describeSource({
        kind: 'page',
        portal: 'justcall',
        url: token.url,
        feature: 'justcall/provisioning',
        at: token.readAt,
      });
    } else missing.push(NEED_TEXT.secretToken);
  }
  const rowsSeen = spec?.rowsSeen?.(session).slice(0, 200);
  return {
    feature,
    values,
    sources,
    certificate,
    secretToken,
    clickSave: session.settings.clickSave,
    missing,
    ...(rowsSeen ? { rowsSeen } : {}),
  };
}
