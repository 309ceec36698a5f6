import type { Finding } from '@/utils/saml/types';
import { checkAssertionCount } from './assertion-count';
import { checkAudience } from './audience';
import { checkBearerConfirmation } from './bearer-confirmation';
import { checkCertExpiry } from './cert-expiry';
import { checkCertThumbprint } from './cert-thumbprint';
import { checkClaimsUntrusted } from './claims-untrusted';
import { checkEmailLooksLikeUpn } from './claims-email-upn';
import { checkRequiredClaims } from './claims-required';
import { checkDestination } from './destination';
import { checkEncryptedAssertion } from './encrypted-assertion';
import { checkInResponseTo } from './in-response-to';
import { checkIssuer } from './issuer';
import { checkNameId } from './name-id';
import { checkNameIdQualifier } from './name-id-qualifier';
import { checkRecipient } from './recipient';
import { checkRequestAcs } from './request-acs';
import { checkRequestAuthnContext } from './request-authn-context';
import { checkRequestIssuer } from './request-issuer';
import { checkRequestUnsupported } from './request-unsupported';
import { checkRequiredParts } from './required-parts';
import { checkSignatureCoverage } from './signature-coverage';
import { checkSignaturePosition } from './signature-position';
import { checkSignatureSha1 } from './signature-sha1';
import { checkStatus } from './status';
import { checkTimeWindow } from './time-window';
import type { Check, CheckInput } from './types';

export type { Check, CheckFn, CheckInput, KnownCertInfo } from './types';

/** Every rule, in the order their findings are shown (most decisive first). */
export const CHECKS: readonly Check[] = [
  { name: 'status', run: checkStatus },
  { name: 'encrypted-assertion', run: checkEncryptedAssertion },
  { name: 'assertion-count', run: checkAssertionCount },
  { name: 'required-parts', run: checkRequiredParts },
  { name: 'issuer', run: checkIssuer },
  { name: 'destination', run: checkDestination },
  { name: 'recipient', run: checkRecipient },
  { name: 'audience', run: checkAudience },
  { name: 'bearer-confirmation', run: checkBearerConfirmation },
  { name: 'time-window', run: checkTimeWindow },
  { name: 'in-response-to', run: checkInResponseTo },
  { name: 'request-acs', run: checkRequestAcs },
  { name: 'request-issuer', run: checkRequestIssuer },
  { name: 'request-authn-context', run: checkRequestAuthnContext },
  { name: 'request-unsupported', run: checkRequestUnsupported },
  { name: 'claims-untrusted', run: checkClaimsUntrusted },
  { name: 'claims-required', run: checkRequiredClaims },
  { name: 'claims-email-upn', run: checkEmailLooksLikeUpn },
  { name: 'name-id', run: checkNameId },
  { name: 'name-id-qualifier', run: checkNameIdQualifier },
  { name: 'signature-position', run: checkSignaturePosition },
  { name: 'signature-coverage', run: checkSignatureCoverage },
  { name: 'signature-sha1', run: checkSignatureSha1 },
  { name: 'cert-thumbprint', run: checkCertThumbprint },
  { name: 'cert-expiry', run: checkCertExpiry },
];

/**
 * Runs every check. A check that throws (a bug, or a model shape it did not
 * expect) becomes one finding instead of breaking the whole analysis.
 */
export function runChecks(input: CheckInput, checks: readonly Check[] = CHECKS): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(input));
    } catch (err) {
      out.push({
        id: `check-failed.${check.name}`,
        severity: 'info',
        title: `The “${check.name}” check could not run`,
        detail: err instanceof Error ? err.message : String(err),
        fix: 'Report this to the extension’s maintainers with the redacted export.',
        step: null,
      });
    }
  }
  return out;
}
