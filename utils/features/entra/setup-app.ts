import { findSections } from '@/utils/dom/find-section';
import { valueIn } from '@/utils/features/fields';
import { variantsFor } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: Single sign-on > SAML, section 4 "Set up <app name>". Read-only:
 * Login URL (JustCall's SSO URL), the Microsoft Entra Identifier (older
 * pages: Azure AD Identifier; JustCall's Issuer) and Entra's Logout URL,
 * which is not section 1's "Logout Url" input.
 */

const L = {
  section: { en: ['Set up {app}'] },
  notThisSection: { en: ['Set up Single Sign-On with SAML', 'Set up single sign-on'] },
  loginUrl: { en: ['Login URL'] },
  identifier: { en: ['Microsoft Entra Identifier', 'Azure AD Identifier'] },
  logoutUrl: { en: ['Logout URL'] },
} as const;

export interface SetupAppRead {
  loginUrl: string | null;
  identifier: string | null;
  logoutUrl: string | null;
}

function detect(root: ParentNode): Element | null {
  const sections = findSections(root, variantsFor(L.section), { exclude: variantsFor(L.notThisSection) });
  return sections.find((s) => valueIn(s, L.loginUrl) !== null) ?? null;
}

export const setupApp = defineFeature({
  id: 'entra/setup-app',
  portal: 'entra',
  step: 'certificate',
  page: 'Enterprise app > Single sign-on > SAML, section 4 "Set up <app>"',
  title: 'Set up JustCall',
  labels: L,
  hints: ['loginUrl'],
  detect,
  collect(root): SetupAppRead {
    const section = detect(root);
    if (!section) return { loginUrl: null, identifier: null, logoutUrl: null };
    return { loginUrl: valueIn(section, L.loginUrl), identifier: valueIn(section, L.identifier), logoutUrl: valueIn(section, L.logoutUrl) };
  },
  observe: (r) => ({
    saved: true,
    values: compact({ loginUrl: r.loginUrl ?? undefined, identifier: r.identifier ?? undefined, logoutUrl: r.logoutUrl ?? undefined }),
  }),
  carries: { loginUrl: 'loginUrl', identifier: 'entraIdentifier', logoutUrl: 'logoutUrl' },
});
