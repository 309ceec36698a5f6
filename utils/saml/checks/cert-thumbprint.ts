import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/**
 * Who signed, compared with the configured certificates: an unknown
 * certificate after Entra rolled over, or an inactive one.
 */
export function checkCertThumbprint(input: CheckInput): Finding[] {
  const s = input.signature;
  if (!s || s.verdict === 'unsigned') return [];
  const configured = input.knownCerts.filter((k) => k.info);
  if (configured.length === 0) return [];
  // verify reports these itself when it can; one finding per fact.
  const fromVerify = new Set(s.findings.map((f) => f.id));
  const findings: Finding[] = [];
  if (s.signer) {
    if (s.signer.role === 'entra-inactive' && !fromVerify.has('certificate.signed-with-inactive')) {
      findings.push({
        id: 'cert.inactive-signer',
        severity: 'warning',
        title: 'Signed with a certificate marked inactive',
        detail: `The signature verifies with “${s.signer.label}” (thumbprint ${s.signer.cert.sha1}), which is not Entra’s active certificate.`,
        fix: 'In Entra, SAML Certificates: make sure the certificate JustCall has is the Active one, and upload the active one to JustCall.',
        step: 'certificate',
      });
    }
    return findings;
  }
  const embedded = s.embeddedCert;
  if (!embedded || fromVerify.has('signature.unknown-signer') || fromVerify.has('certificate.justcall-holds-old')) return findings;
  const match = configured.find((k) => k.info?.sha1 === embedded.sha1);
  if (match) return findings;
  const list = configured.map((k) => `${k.known.label} ${k.info?.sha1 ?? ''}`).join('; ');
  findings.push({
    id: 'cert.unknown-signer',
    severity: s.verdict === 'valid' ? 'warning' : 'error',
    title: 'Signed by a certificate that is not the configured one (rollover?)',
    detail: `The message carries certificate ${embedded.sha1} (${embedded.subject}, valid until ${embedded.notAfter}), but the configured certificates are: ${list}. Entra has probably rolled over to a new signing certificate, or JustCall still has an old one.`,
    fix: 'In Entra, SAML Certificates: download Certificate (Base64) of the Active certificate, and upload it in JustCall’s SSO settings (Certificate). Save Configuration.',
    step: 'justcall-idp',
  });
  return findings;
}
