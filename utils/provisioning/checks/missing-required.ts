import { makeFinding } from '@/utils/saml/finding';
import type { ProvisioningEvent } from '@/utils/provisioning/types';
import type { EventFacts } from './facts';
import { answerPhrase, codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { Rule } from './types';

/**
 * A user whose mail (or whatever feeds userName and the work e-mail) is
 * empty. Entra does not send empty attributes, so the user reaches JustCall
 * without userName/emails and is refused, or, when the empty attribute is the
 * matching one, is skipped at import (ImportSkipped).
 */

const NAMES_FIELD = /\b(?:username|emails?|mail|email address)\b/;
const SAYS_MISSING =
  /required|missing|mandatory|must (?:be|have|contain)|is empty|cannot be (?:empty|null|blank)|\bnull\b|blank|not provided|no value/;
const CODES = new Set(['MandatoryFieldsMissing', 'ImportSkipped']);

function matches(e: ProvisioningEvent, f: EventFacts): boolean {
  const code = f.match?.knowledge.code ?? '';
  if (CODES.has(code)) return true;
  if (!isTrouble(e)) return false;
  const rejected = f.http === 400 || f.http === 422 || f.scimType === 'invalidValue' || f.match?.knowledge.suffix === 'BadRequest';
  if (!rejected) return false;
  return (NAMES_FIELD.test(f.text) && SAYS_MISSING.test(f.text)) || (f.mail === 'empty' && e.action === 'create');
}

export const missingRequired: Rule = {
  name: 'missing-required',
  claims: matches,
  run(input, claimed) {
    if (claimed.length === 0) return [];
    const failed = claimed.filter((i) => input.events[i]?.status !== 'skipped');
    const emptyMail = claimed.filter((i) => input.facts[i]?.mail === 'empty').length;
    const mailNote =
      emptyMail > 0
        ? ` For ${emptyMail} of them the export shows the user’s mail as empty.`
        : ' The export does not show the attribute values, so check the users’ mail (and whatever feeds userName).';
    return [
      {
        finding: makeFinding(
          'provisioning.missing-required',
          failed.length > 0 ? 'error' : 'warning',
          'Users could not be provisioned because userName or the e-mail was empty',
          `The users lacked a value JustCall needs. ${eventsPhrase(input, claimed)}${answerPhrase(input, claimed)}${codesPhrase(input, claimed)}${mailNote} JustCall needs userName and a work e-mail for every user; with its guide’s mapping both come from the Entra mail attribute. Entra never sends an empty attribute, so a user without mail arrives without them (or, when that attribute is the matching one, is skipped before matching).`,
          'Give the users an e-mail in Entra (Users > the user > Properties > Email), or, if some users legitimately have no mail, map userName and emails[type eq "work"].value from an attribute every user has (for example userPrincipalName) in the JustCall app > Provisioning > Attribute mapping. Then use Provision on demand for one of them to check.',
          'scim',
        ),
        events: claimed,
        kind: failed.length > 0 ? 'problem' : 'skip',
      },
    ];
  },
};
