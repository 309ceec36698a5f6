import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { list, text } from '@/utils/setup/wizard/observations';
import { differsOnlyBySlash } from '@/utils/setup/wizard/compare';
import { expectedValue } from '@/utils/setup/wizard/expected';

/** Entra's saved Basic SAML Configuration against JustCall's Entity ID, ACS URL and the guide's sign-on URL. */
export function basicSamlMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/basic-saml'];
  if (!obs?.saved) return [];
  const out: Mismatch[] = [];
  const entityId = expectedValue(session, 'entityId') ?? '';
  const acsUrl = expectedValue(session, 'acsUrl') ?? '';
  const signOn = expectedValue(session, 'signOnUrl') ?? '';
  const identifiers = list(obs, 'identifier');
  const replyUrls = list(obs, 'replyUrl');
  if (identifiers.length > 0 && !identifiers.includes(entityId)) {
    const slash = identifiers.find((i) => differsOnlyBySlash(i, entityId));
    out.push({
      id: 'identifier-mismatch',
      step: 'basic-saml',
      title: slash ? 'Identifier differs from the Entity ID by a trailing slash' : 'Identifier (Entity ID) does not match JustCall',
      detail: `Entra has "${identifiers.join('", "')}"; JustCall's Entity ID is "${entityId}". Sign-in fails with AADSTS700016.`,
      fix: `Edit Basic SAML Configuration and set Identifier (Entity ID) to exactly "${entityId}".`,
    });
  }
  if (replyUrls.length > 0 && !replyUrls.includes(acsUrl)) {
    out.push({
      id: 'reply-url-mismatch',
      step: 'basic-saml',
      title: "Reply URL in Entra is not JustCall's ACS URL",
      detail: `Entra has "${replyUrls.join('", "')}"; JustCall's ACS URL is "${acsUrl}". Sign-in fails with AADSTS50011.`,
      fix: `Edit Basic SAML Configuration and set Reply URL (Assertion Consumer Service URL) to exactly "${acsUrl}".`,
    });
  }
  const seenSignOn = text(obs, 'signOnUrl');
  if (seenSignOn !== null && seenSignOn !== '' && seenSignOn !== signOn) {
    out.push({
      id: 'sign-on-url-mismatch',
      step: 'basic-saml',
      title: "Sign on URL is not JustCall's login page",
      detail: `Entra has "${seenSignOn}"; the guide gives "${signOn}".`,
      fix: `Edit Basic SAML Configuration and set Sign on URL to "${signOn}".`,
    });
  }
  return out;
}
