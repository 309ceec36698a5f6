import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { text } from '@/utils/setup/wizard/observations';
import { differsOnlyBySlash, sameThumbprint } from '@/utils/setup/wizard/compare';
import { expectedValue } from '@/utils/setup/wizard/expected';

/** JustCall's saved IdP settings against Entra's Login URL, Identifier and active certificate. */
export function justcallMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['justcall/sso'];
  if (!obs?.saved) return [];
  const out: Mismatch[] = [];
  const loginUrl = expectedValue(session, 'loginUrl');
  const issuer = expectedValue(session, 'entraIdentifier');
  const ssoUrl = text(obs, 'ssoUrl');
  const seenIssuer = text(obs, 'issuer');
  if (loginUrl && ssoUrl && ssoUrl !== loginUrl) {
    out.push({
      id: 'sso-url-mismatch',
      step: 'justcall-idp',
      title: "JustCall's SSO URL is not Entra's Login URL",
      detail: `JustCall has "${ssoUrl}"; Entra's Login URL is "${loginUrl}".`,
      fix: `Set SSO URL in JustCall to "${loginUrl}" and click Save Configuration.`,
    });
  }
  if (issuer && seenIssuer && seenIssuer !== issuer) {
    out.push({
      id: 'issuer-mismatch',
      step: 'justcall-idp',
      title: differsOnlyBySlash(seenIssuer, issuer)
        ? "JustCall's Issuer differs by a trailing slash"
        : "JustCall's Issuer is not Entra's Identifier",
      detail: `JustCall has "${seenIssuer}"; Entra's Identifier is "${issuer}".`,
      fix: `Set Issuer / Entity ID in JustCall to "${issuer}" (with the trailing slash) and click Save Configuration.`,
    });
  }
  const jcThumb = text(obs, 'certificateThumbprint');
  const activeThumb = text(session.observations['entra/certificates'], 'thumbprint') ?? session.certificate?.sha1 ?? null;
  if (jcThumb && activeThumb && !sameThumbprint(jcThumb, activeThumb)) {
    out.push({
      id: 'certificate-mismatch',
      step: 'justcall-idp',
      title: 'JustCall trusts a different certificate than Entra signs with',
      detail: `JustCall's certificate thumbprint is ${jcThumb}; Entra's active certificate is ${activeThumb}. Sign-ins fail the signature check (for example after a certificate rotation).`,
      fix: 'Upload Entra\'s active certificate in JustCall ("Fill from Entra" does it) and click Save Configuration.',
    });
  }
  return out;
}
