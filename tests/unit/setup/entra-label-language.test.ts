import { afterEach, describe, expect, it } from 'vitest';
import { installLabelVariants } from '@/utils/features/labels';
import { followEntraLanguage } from '@/utils/setup/entra-label-language';
import { deriveWizard } from '@/utils/setup/wizard/derive';
import { T0, session } from './helpers';

/** The panel's fixes stay English but quote Entra's labels in the language its pages were seen in. */

const obs = (values: Record<string, unknown>) => ({
  url: 'https://entra.microsoft.com/',
  at: T0.toISOString(),
  saved: true,
  values: values as never,
});

function wrongReplyUrl(lang?: string) {
  return session((x) => {
    x.observations['entra/basic-saml'] = obs({
      identifier: ['JustCall'],
      replyUrl: ['https://bifrost.justcall.io/passport/login/callbak'],
    });
    x.observations['entra/users-groups'] = obs({ assigned: 0, names: [] });
    if (lang) x.languages.entra = { lang, english: false, at: T0.toISOString(), url: 'https://entra.microsoft.com/' };
  });
}

const fixes = (s: ReturnType<typeof wrongReplyUrl>) =>
  deriveWizard(s, { hasScimToken: false })
    .steps.flatMap((step) => step.problems)
    .map((p) => p.fix);

afterEach(() => installLabelVariants('', []));

describe('fixes quote the page language', () => {
  it('German Entra: the German labels, in an English sentence', () => {
    const s = wrongReplyUrl('de');
    expect(followEntraLanguage(s)).toBe('de');
    expect(fixes(s)).toEqual(
      expect.arrayContaining([
        'Edit Grundlegende SAML-Konfiguration and set Antwort-URL (Assertionsverbraucherdienst-URL) to exactly "https://bifrost.justcall.io/passport/login/callback".',
        'Users and groups → Benutzer/Gruppe hinzufügen → select users or groups → Zuweisen.',
      ]),
    );
  });

  it('English, or a language without labels: the English labels', () => {
    for (const lang of [undefined, 'sv']) {
      const s = wrongReplyUrl(lang);
      expect(followEntraLanguage(s)).toBe('');
      expect(fixes(s)).toContain(
        'Edit Basic SAML Configuration and set Reply URL (Assertion Consumer Service URL) to exactly "https://bifrost.justcall.io/passport/login/callback".',
      );
    }
  });

  it('follows a change of language', () => {
    expect(followEntraLanguage(wrongReplyUrl('ja'))).toBe('ja');
    expect(fixes(wrongReplyUrl('ja'))).toContain(
      'Edit 基本的な SAML 構成 and set 応答 URL (Assertion Consumer Service URL) to exactly "https://bifrost.justcall.io/passport/login/callback".',
    );
    expect(followEntraLanguage(wrongReplyUrl())).toBe('');
  });
});
