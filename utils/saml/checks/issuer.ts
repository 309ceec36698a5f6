import { isEntraIssuer } from '@/utils/saml/entra-issuer';
import type { Finding } from '@/utils/saml/types';
import { compareExact, describeDifference, isIdpMessage } from './helpers';
import type { CheckInput } from './types';

/** The IdP's Issuer must equal what JustCall has as "Issuer / Entity ID" (https://sts.windows.net/{tenant}/). */
export function checkIssuer(input: CheckInput): Finding[] {
  const m = input.model;
  if (!m || !isIdpMessage(m) || (m.kind !== 'Response' && m.kind !== 'Assertion')) return [];
  const assertionIssuers =
    m.kind === 'Response' ? m.assertions.map((a) => a.issuer).filter((i): i is string => !!i) : [m.assertion.issuer ?? m.issuer ?? ''];
  const issuer = m.issuer ?? assertionIssuers[0];
  if (!issuer) {
    return [
      {
        id: 'issuer.missing',
        severity: 'error',
        title: 'The message names no Issuer',
        detail: 'Without an Issuer, JustCall cannot tell which identity provider sent the message.',
        fix: 'Capture the sign-in again from JustCall’s login page.',
        step: null,
      },
    ];
  }
  const expected = input.ctx.issuer;
  if (!expected) {
    if (isEntraIssuer(issuer)) return [];
    return [
      {
        id: 'issuer.not-entra',
        severity: 'info',
        title: 'This message was not issued by Microsoft Entra ID',
        detail: `The Issuer is "${issuer}", which is not of the form https://sts.windows.net/{tenant-id}/ (or a sovereign cloud’s, such as https://sts.chinacloudapi.cn/{tenant-id}/).`,
        fix: 'If this sign-in should go through Entra, check that JustCall’s SSO URL is Entra’s Login URL.',
        step: 'justcall-idp',
      },
    ];
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const value of [issuer, ...assertionIssuers]) {
    if (seen.has(value)) continue;
    seen.add(value);
    const diff = compareExact(value, expected);
    if (diff === 'equal') continue;
    findings.push({
      id: diff === 'trailing-slash' ? 'issuer.trailing-slash' : 'issuer.mismatch',
      severity: 'error',
      title:
        diff === 'trailing-slash'
          ? 'The Issuer differs from the expected one by a trailing slash'
          : 'The Issuer is not the expected Entra Identifier',
      detail: `The message’s Issuer is compared with the Issuer configured in JustCall. ${describeDifference(diff, value, expected)}`,
      fix: 'In JustCall’s SSO settings, paste the “Microsoft Entra Identifier” from Entra’s “Set up JustCall” section into “Issuer / Entity ID” exactly, including the trailing “/”.',
      step: 'justcall-idp',
    });
  }
  return findings;
}
