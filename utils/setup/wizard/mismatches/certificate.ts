import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { text } from '@/utils/setup/wizard/observations';
import { sameThumbprint } from '@/utils/setup/wizard/compare';

/** The federation metadata against the SAML page's active certificate and Login URL. */
export function certificateMismatches(session: SetupSession): Mismatch[] {
  const out: Mismatch[] = [];
  const blade = session.observations['entra/certificates'];
  const active = text(blade, 'thumbprint');
  const meta = session.metadata;
  if (meta && !meta.ok) {
    out.push({
      id: 'metadata-unavailable',
      step: 'certificate',
      title: 'Could not read the federation metadata',
      detail: meta.error ?? 'The metadata request failed.',
      fix: 'Use "Certificate (Base64)" on the SAML Certificates section, or drop the downloaded file on this panel.',
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
  const setupApp = session.observations['entra/setup-app'];
  const bladeLogin = text(setupApp, 'loginUrl');
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
