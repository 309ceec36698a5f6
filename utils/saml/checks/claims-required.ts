import type { Finding } from '@/utils/saml/types';
import { REQUIRED_CLAIMS, findExact, hasNamespace, localName, nonEmptyValues, type RequiredClaim } from './claims-common';
import { identityAssertion, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const ADD_CLAIM = (c: RequiredClaim) =>
  `In Entra, Attributes & Claims > Add new claim: Name "${c.name}", Namespace left EMPTY, Source Attribute, Source attribute ${c.source}. Save.`;

/** email, firstName and lastName must arrive under exactly those names, with a value. */
export function checkRequiredClaims(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const attrs = source.assertion.attributes;
  const note = source.trusted ? '' : untrustedNote(input);
  const findings: Finding[] = [];
  for (const claim of REQUIRED_CLAIMS) {
    const exact = findExact(attrs, claim.name);
    if (exact) {
      if (nonEmptyValues(exact).length === 0) {
        findings.push({
          id: `claims.empty.${claim.name}`,
          severity: claim.severity,
          title: `The "${claim.name}" claim is empty`,
          detail: `The claim is sent but has no value: the user has no ${claim.source} in Entra${claim.name === 'email' ? ' (the Email field of the user is blank)' : ''}.${note}`,
          fix:
            claim.name === 'email'
              ? 'Fill in the user’s Email (mail) in Entra’s user profile, or, only if every user’s UPN is their real e-mail address, use user.userprincipalname as the source.'
              : `Fill in the user’s ${claim.source.replace('user.', '')} in Entra’s user profile.`,
          step: 'claims',
        });
      }
      continue;
    }
    const caseVariant = attrs.find((a) => a.name.toLowerCase() === claim.name.toLowerCase());
    if (caseVariant) {
      findings.push({
        id: `claims.case.${claim.name}`,
        severity: claim.severity,
        title: `The claim is named "${caseVariant.name}", but JustCall reads "${claim.name}"`,
        detail: `Claim names are compared exactly, including upper and lower case.${note}`,
        fix: `In Entra, Attributes & Claims: rename the claim to "${claim.name}" exactly.`,
        step: 'claims',
      });
      continue;
    }
    const namespaced = attrs.find((a) => hasNamespace(a.name) && localName(a.name).toLowerCase() === claim.name.toLowerCase());
    if (namespaced) {
      const ns = namespaced.name.slice(0, namespaced.name.length - localName(namespaced.name).length);
      findings.push({
        id: `claims.namespaced.${claim.name}`,
        severity: claim.severity,
        title: `The "${claim.name}" claim arrives with a namespace`,
        detail: `It arrives as "${namespaced.name}", not "${claim.name}": the claim’s Namespace field in Entra is filled in (${ns}), so JustCall does not find it.${note}`,
        fix: `In Entra, Attributes & Claims: open the "${localName(namespaced.name)}" claim (Manage claim), clear the Namespace field so it is EMPTY, and Save.`,
        step: 'claims',
      });
      continue;
    }
    const defaultClaim = attrs.find((a) => hasNamespace(a.name) && claim.synonyms.includes(localName(a.name).toLowerCase()));
    findings.push({
      id: `claims.missing.${claim.name}`,
      severity: claim.severity,
      title: `The "${claim.name}" claim is missing`,
      detail: defaultClaim
        ? `Entra’s default claim "${defaultClaim.name}" is there, but JustCall reads a claim named exactly "${claim.name}" (no namespace).${note}`
        : `No attribute named "${claim.name}" is in the assertion; JustCall needs it to match or create the user.${note}`,
      fix: ADD_CLAIM(claim),
      step: 'claims',
    });
  }
  return mergeNamespaced(findings);
}

const quoted = (names: readonly string[]): string => {
  const q = names.map((n) => `"${n}"`);
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q.at(-1) ?? ''}`;
};

/**
 * Entra's namespace is one setting repeated on each claim: when several claims
 * carry it, one finding names them all, so the headline and the fix do not
 * speak of "email" alone while firstName and lastName are just as broken.
 */
function mergeNamespaced(findings: Finding[]): Finding[] {
  const namespaced = findings.filter((f) => f.id.startsWith('claims.namespaced.'));
  if (namespaced.length < 2) return findings;
  const names = namespaced.map((f) => f.id.slice('claims.namespaced.'.length));
  const shown = namespaced.map((f) => /open the "([^"]+)" claim/.exec(f.fix)?.[1] ?? '');
  const merged: Finding = {
    id: 'claims.namespaced',
    severity: namespaced.some((f) => f.severity === 'error') ? 'error' : 'warning',
    title: `The ${quoted(names)} claims arrive with a namespace`,
    detail: namespaced.map((f) => f.detail).join(' '),
    fix: `In Entra, Attributes & Claims: open each of the claims ${quoted(shown)} (Manage claim), clear the Namespace field so it is EMPTY, and Save each.`,
    step: 'claims',
  };
  const first = findings.indexOf(namespaced[0] as Finding);
  return findings.flatMap((f, i) => (i === first ? [merged] : namespaced.includes(f) ? [] : [f]));
}
