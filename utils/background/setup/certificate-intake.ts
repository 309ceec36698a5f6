import type { CertInfo } from '@/utils/saml/types';
import { certificatesFromInput, loadCertificate } from '@/utils/saml/cert';
import { pickSigningCert } from '@/utils/setup/metadata';
import type { ValueSource } from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { bladeThumbprint, certRecord, type Result } from './metadata-refresh';

/**
 * A signing certificate that did not come from the metadata: the page's
 * "Certificate (Base64)" download, or a file the admin dropped on the wizard.
 * Either must parse as a certificate; the one the blade shows active wins.
 */

async function useCertificateText(store: SessionStore, text: string, source: ValueSource): Promise<Result> {
  let certs: CertInfo[];
  try {
    certs = await certificatesFromInput(text);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'Not a certificate.' };
  }
  const cert = pickSigningCert(certs, bladeThumbprint(await store.read()));
  if (!cert) return { ok: false, error: 'No certificate found.' };
  await store.update((draft) => {
    draft.certificate = certRecord(cert, source);
  });
  return { ok: true };
}

/** The page's download, used only while the metadata has given no certificate. */
export async function takePageCertificate(store: SessionStore, text: string, url: string, at: string): Promise<Result> {
  const s = await store.read();
  if (s.certificate?.source.kind === 'metadata') return { ok: true };
  try {
    await loadCertificate(text);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'Not a certificate.' };
  }
  return useCertificateText(store, text, { kind: 'page', portal: 'entra', url, feature: 'entra/certificates', at });
}

export function takeCertificateFile(store: SessionStore, text: string, name: string, at: string): Promise<Result> {
  return useCertificateText(store, text, { kind: 'file', name, at });
}
