import { findField } from '@/utils/dom/find-field';
import { findSection } from '@/utils/dom/find-section';
import { findLabelElements } from '@/utils/dom/read-value';
import { valueIn } from '@/utils/portals/fields';
import { type LabelVariants, type PortalFeature, variantsFor } from '@/utils/portals/types';

/**
 * Entra: Single sign-on > SAML, section 3 "SAML Certificates" (older pages:
 * "SAML Signing Certificate"). Read-only: the App Federation Metadata Url is
 * where the certificate is fetched first (DESIGN decision 5); the
 * "Certificate (Base64)" link is the fallback.
 */

export const CERTIFICATES_LABELS = {
  section: { en: ['SAML Certificates', 'SAML Signing Certificate'] },
  status: { en: ['Status'] },
  thumbprint: { en: ['Thumbprint'] },
  expiration: { en: ['Expiration'] },
  notificationEmail: { en: ['Notification Email', 'Notification Email Addresses'] },
  metadataUrl: { en: ['App Federation Metadata Url', 'App Federation Metadata URL'] },
  certificateBase64: { en: ['Certificate (Base64)'] },
  certificateBase64Link: { en: ['Certificate (Base64) Download', 'Download Certificate (Base64)', 'Certificate (Base64)'] },
} as const;
const L = CERTIFICATES_LABELS;

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

function read(root: ParentNode): CertificatesRead {
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

export const certificates: PortalFeature<CertificatesRead> = {
  id: 'entra.certificates',
  portal: 'entra',
  step: 'certificate',
  page: 'Enterprise app > Single sign-on > SAML, section 3',
  labels: L,
  detect,
  read,
};
