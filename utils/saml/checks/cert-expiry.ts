import type { CertInfo, Finding } from '@/utils/saml/types';
import { parseTime } from './helpers';
import type { CheckInput } from './types';

const THIRTY_DAYS = 30 * 24 * 3600 * 1000;

/** The signing certificate (or, failing that, the configured ones) expired or expiring within 30 days. */
export function checkCertExpiry(input: CheckInput): Finding[] {
  const candidates: { cert: CertInfo; label: string }[] = [];
  const s = input.signature;
  if (s?.signer) candidates.push({ cert: s.signer.cert, label: `the signing certificate “${s.signer.label}”` });
  else if (s?.embeddedCert) candidates.push({ cert: s.embeddedCert, label: 'the certificate in the message' });
  for (const k of input.knownCerts) {
    if (k.info && !candidates.some((c) => c.cert.sha1 === k.info?.sha1)) {
      candidates.push({ cert: k.info, label: `the configured certificate “${k.known.label}”` });
    }
  }
  const findings: Finding[] = [];
  for (const { cert, label } of candidates) {
    const notAfter = parseTime(cert.notAfter);
    if (notAfter === null) continue;
    const left = notAfter - input.nowMs;
    if (left <= 0) {
      findings.push({
        id: 'cert.expired',
        severity: 'error',
        title: 'A signing certificate has expired',
        detail: `${capitalise(label)} (thumbprint ${cert.sha1}) expired on ${cert.notAfter}.`,
        fix: 'In Entra, SAML Certificates: create a new certificate, make it Active, download Certificate (Base64) and upload it to JustCall.',
        step: 'certificate',
      });
    } else if (left <= THIRTY_DAYS) {
      findings.push({
        id: 'cert.expiring',
        severity: 'warning',
        title: 'A signing certificate expires within 30 days',
        detail: `${capitalise(label)} (thumbprint ${cert.sha1}) expires on ${cert.notAfter}, in ${Math.ceil(left / 86_400_000)} days.`,
        fix: 'Plan the rollover: in Entra, SAML Certificates, add a new certificate; upload it to JustCall at the moment you make it Active in Entra.',
        step: 'certificate',
      });
    }
  }
  return findings;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
