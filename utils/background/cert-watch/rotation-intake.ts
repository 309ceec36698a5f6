import { certificatesFromInput } from '@/utils/saml/cert';
import type { CertInfo } from '@/utils/saml/types';
import { heldThumbprint } from '@/utils/cert-watch/held';
import type { RotationCert } from '@/utils/cert-watch/state';
import type { WatchStore } from '@/utils/cert-watch/watch-store';
import type { SessionStore } from '@/utils/setup/session-store';
import { sameThumbprint } from '@/utils/setup/wizard/compare';

/**
 * The rotation's new certificate, from the file the admin downloaded in Entra
 * and dropped on the side panel. It must be a certificate, still valid, and
 * not the one JustCall already holds (that would rotate nothing).
 */

export type Result = { ok: true } | { ok: false; error: string };

export async function takeRotationCert(store: SessionStore, watch: WatchStore, text: string, name: string, now: Date): Promise<Result> {
  let certs: CertInfo[];
  try {
    certs = await certificatesFromInput(text);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'Not a certificate.' };
  }
  const cert = certs.find((c) => !c.publicKeyOnly);
  if (!cert) return { ok: false, error: 'No certificate found in that file.' };
  if (Date.parse(cert.notAfter) <= now.getTime())
    return { ok: false, error: 'That certificate has already expired: create a new one in Entra.' };
  const session = await store.read();
  // Once a rotation is under way JustCall may already hold its new certificate: dropping that file again is fine.
  if (sameThumbprint(heldThumbprint(session), cert.sha1) && !(await watch.read()).rotation)
    return { ok: false, error: 'JustCall already holds that certificate: download the new one you created in Entra.' };
  const taken: RotationCert = {
    sha1: cert.sha1,
    sha256: cert.sha256,
    der: cert.der,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    subject: cert.subject.slice(0, 512),
    fileName: name.slice(0, 256) || 'certificate.cer',
  };
  await watch.update((w) => {
    w.rotation = { startedAt: now.toISOString(), cert: taken };
  });
  return { ok: true };
}
