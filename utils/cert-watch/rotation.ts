import type { CertificateRecord, SetupSession } from '@/utils/setup/session';
import { sameThumbprint } from '@/utils/setup/wizard/compare';
import { text } from '@/utils/setup/wizard/observations';
import { heldThumbprint } from './held';
import type { RotationCert, WatchState } from './state';
import type { WatchStore } from './watch-store';

/**
 * The guided rotation, in the only order that keeps users signing in: make the
 * new certificate in Entra (inactive, so Entra still signs with the old one),
 * give it to JustCall, make it active in Entra, then prove it with Test sign-in.
 * Each step's state comes from what the assistant saw, never from a click.
 */

export type RotationStepId = 'create' | 'upload' | 'activate' | 'test';
export interface RotationStep {
  id: RotationStepId;
  title: string;
  state: 'done' | 'current' | 'todo';
  detail: string;
}

export function rotationCertRecord(cert: RotationCert, at: string): CertificateRecord {
  return {
    der: cert.der,
    sha1: cert.sha1,
    sha256: cert.sha256,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    subject: cert.subject,
    source: { kind: 'file', name: cert.fileName, at },
  };
}

/** Entra signs with the new certificate: the watch's last metadata says so, or the SAML page shows it active. */
function activeInEntra(session: SetupSession, watch: WatchState, sha1: string): boolean {
  const blade = text(session.observations['entra/certificates'], 'thumbprint');
  return sameThumbprint(watch.active?.sha1, sha1) || sameThumbprint(blade, sha1);
}

export function rotationSteps(session: SetupSession, watch: WatchState): RotationStep[] {
  const cert = watch.rotation?.cert ?? null;
  const created = cert !== null;
  const uploaded = created && sameThumbprint(heldThumbprint(session), cert.sha1);
  const active = created && activeInEntra(session, watch, cert.sha1);
  const done = [created, uploaded, active, false];
  const firstOpen = done.indexOf(false);
  const steps: Omit<RotationStep, 'state'>[] = [
    {
      id: 'create',
      title: 'Create the new certificate in Entra',
      detail:
        'On the app\'s SAML page, SAML Certificates → Edit → New Certificate, then Save. Leave it inactive for now: Entra keeps signing with the old one. Download it ("Base64 certificate download") and drop the file here.',
    },
    {
      id: 'upload',
      title: 'Upload it to JustCall',
      detail:
        'Open JustCall\'s Settings → Security → Single Sign-On. "Fill from Entra" puts the new certificate in (Replace, since the old one is there); click Save Configuration. Sign-ins fail from here until the next step, so do it straight after.',
    },
    {
      id: 'activate',
      title: 'Make it active in Entra',
      detail:
        'Back in SAML Certificates → Edit: the new certificate\'s "…" → Make certificate active, then Save. Then "Check now" here confirms Entra signs with it.',
    },
    {
      id: 'test',
      title: 'Test sign-in',
      detail:
        cert && sameThumbprint(session.certificate?.sha1, cert.sha1)
          ? `Run Test sign-in below: the login doctor checks the response's signature against the new certificate (${cert.sha1}).`
          : "Run Test sign-in below once Entra signs with the new certificate. The login doctor still expects the old one: open the app's SAML page in Entra so the assistant reads the active certificate.",
    },
  ];
  return steps.map((s, i) => ({ ...s, state: done[i] ? 'done' : i === firstOpen ? 'current' : 'todo' }));
}

/** The certificate JustCall is filled with during a rotation, or null when none is under way. */
export async function rotationCertificate(watch: WatchStore): Promise<CertificateRecord | null> {
  const rotation = (await watch.read()).rotation;
  return rotation ? rotationCertRecord(rotation.cert, rotation.startedAt) : null;
}
