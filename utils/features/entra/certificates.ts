import { findField } from '@/utils/dom/find-field';
import { findSection } from '@/utils/dom/find-section';
import { findLabelElements } from '@/utils/dom/read-value';
import type { SetupSession } from '@/utils/setup/session';
import { sameThumbprint } from '@/utils/setup/wizard/compare';
import { text } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { valueIn } from '@/utils/features/fields';
import { type LabelVariants, pageLabel, variantsFor } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: Single sign-on > SAML, section 3 "SAML Certificates" (older pages:
 * "SAML Signing Certificate"). Read-only: the App Federation Metadata Url is
 * where the background fetches the certificate first; the "Certificate
 * (Base64)" link is the fallback the content script fetches when asked.
 */

const L = {
  section: { en: ['SAML Certificates', 'SAML Signing Certificate'] },
  status: { en: ['Status'] },
  thumbprint: { en: ['Thumbprint'] },
  expiration: { en: ['Expiration'] },
  notificationEmail: { en: ['Notification Email', 'Notification Email Addresses'] },
  metadataUrl: { en: ['App Federation Metadata Url', 'App Federation Metadata URL'] },
  certificateBase64: { en: ['Certificate (Base64)'] },
  certificateBase64Link: { en: ['Certificate (Base64) Download', 'Download Certificate (Base64)', 'Certificate (Base64)'] },
} as const;

export interface CertificatesRead {
  status: string | null;
  thumbprint: string | null;
  expiration: string | null;
  notificationEmail: string | null;
  metadataUrl: string | null;
  /** Absolute URL of the "Certificate (Base64)" download, or null. */
  certificateBase64Url: string | null;
}

function detect(root: ParentNode): Element | null {
  return findSection(root, variantsFor(L.section));
}

/** A download link named by the label, or the first link in the label's row. */
function linkHref(scope: ParentNode, link: LabelVariants, label: LabelVariants): string | null {
  const named = findField(scope, variantsFor(link), { role: 'link' });
  const anchor =
    named ??
    findLabelElements(scope, variantsFor(label))
      .map((el) => el.parentElement?.querySelector('a[href]') ?? null)
      .find((a) => a !== null) ??
    null;
  if (!anchor) return null;
  const href = (anchor as HTMLAnchorElement).href || anchor.getAttribute('href');
  return href ? href : null;
}

function collect(root: ParentNode): CertificatesRead {
  const section = detect(root);
  if (!section) {
    return { status: null, thumbprint: null, expiration: null, notificationEmail: null, metadataUrl: null, certificateBase64Url: null };
  }
  return {
    status: valueIn(section, L.status),
    thumbprint: valueIn(section, L.thumbprint)?.replace(/\s+/g, '') ?? null,
    expiration: valueIn(section, L.expiration),
    notificationEmail: valueIn(section, L.notificationEmail),
    metadataUrl: valueIn(section, L.metadataUrl),
    certificateBase64Url: linkHref(section, L.certificateBase64Link, L.certificateBase64),
  };
}

/** The federation metadata against the SAML page's active certificate and Login URL. */
function mismatches(session: SetupSession): Mismatch[] {
  const out: Mismatch[] = [];
  const active = text(session.observations['entra/certificates'], 'thumbprint');
  const meta = session.metadata;
  if (meta && !meta.ok) {
    out.push({
      id: 'metadata-unavailable',
      step: 'certificate',
      title: 'Could not read the federation metadata',
      detail: meta.error ?? 'The metadata request failed.',
      fix: `Use "${pageLabel(L.certificateBase64)}" on the ${pageLabel(L.section)} section, or drop the downloaded file on this panel.`,
    });
  }
  if (meta?.ok && active && meta.thumbprints.length > 0 && !meta.thumbprints.some((t) => sameThumbprint(t, active))) {
    out.push({
      id: 'metadata-cert-mismatch',
      step: 'certificate',
      title: "The metadata certificate is not the blade's active one",
      detail: `The SAML Certificates section shows ${active}; the metadata carries ${meta.thumbprints.join(', ')}.`,
      fix: 'Reload the SAML page so both show the same certificate, then read it again.',
    });
  }
  const bladeLogin = text(session.observations['entra/setup-app'], 'loginUrl');
  if (meta?.ok && meta.loginUrl && bladeLogin && meta.loginUrl !== bladeLogin) {
    out.push({
      id: 'metadata-login-mismatch',
      step: 'certificate',
      title: 'The Login URL differs between the blade and the metadata',
      detail: `Blade: ${bladeLogin}; metadata: ${meta.loginUrl}.`,
      fix: 'Check that the metadata URL belongs to this application and tenant.',
    });
  }
  return out;
}

export const certificates = defineFeature({
  id: 'entra/certificates',
  portal: 'entra',
  step: 'certificate',
  page: 'Enterprise app > Single sign-on > SAML, section 3',
  title: 'SAML Certificates',
  labels: L,
  hints: ['section'],
  detect,
  collect,
  observe: (r) => ({
    saved: true,
    values: compact({
      status: r.status ?? undefined,
      thumbprint: r.thumbprint ?? undefined,
      expiration: r.expiration ?? undefined,
      metadataUrl: r.metadataUrl ?? undefined,
      certificateBase64Url: r.certificateBase64Url ?? undefined,
    }),
  }),
  carries: { metadataUrl: 'metadataUrl' },
  download: (r) => r.certificateBase64Url,
  mismatches,
});
