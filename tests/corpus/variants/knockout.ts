import type { FieldSpec, Variant } from '@/tests/corpus/variant';
import { ENTRA_PAGE, SEEDED, SIGN_ON_URL } from '@/tests/corpus/values';
import { basicSamlFields, credentialFields, modeField } from './fields';
import { samlSummaryHtml } from './saml-summary';
import { adminCenter, BLADE_MOUNT, fxsShell, HOSTING_DOCS } from './shell';

/** Knockout azc blades drawn in the admin center's top document (evidence 1, 4, 6, 8). */

function basicSamlPane(shape: 'add-links' | 'other-words' | 'ja'): Variant['documents'] {
  const ja = shape === 'ja';
  return {
    top: adminCenter({
      title: 'JustCall | SAML-based Sign-on - Microsoft Entra admin center',
      blade: 'SignOn',
      script: 'knockout/basic-saml',
      query: { shape },
      ...(ja ? { lang: 'ja' } : {}),
      body: fxsShell({
        blade: ja ? 'JustCall | SAML ベースのサインオン' : 'JustCall | SAML-based Sign-on',
        bladeSubtitle: ja ? 'エンタープライズ アプリケーション' : 'Enterprise Application',
        bladeContent: () => samlSummaryHtml(ja ? 'ja' : 'en'),
        pane: ja ? '基本的な SAML 構成' : 'Basic SAML Configuration',
        paneContent: () => BLADE_MOUNT,
      }),
    }),
    ...HOSTING_DOCS,
  };
}

/** The SAML page itself (no pane), with its saved section 1 and the "Set up JustCall" section. */
function samlPage(lang: 'en' | 'de' | 'ja'): Variant['documents'] {
  const blade = {
    en: 'JustCall | SAML-based Sign-on',
    de: 'JustCall | SAML-basiertes einmaliges Anmelden',
    ja: 'JustCall | SAML ベースのサインオン',
  }[lang];
  return {
    top: adminCenter({
      title: `${blade} - Microsoft Entra admin center`,
      blade: 'SignOn',
      script: 'knockout/saml-page',
      query: {
        lang,
        identifier: SEEDED.entityId,
        replyUrl: SEEDED.acsUrl,
        signOnUrl: SIGN_ON_URL,
        loginUrl: ENTRA_PAGE.loginUrl,
        entraIdentifier: ENTRA_PAGE.identifier,
      },
      ...(lang === 'en' ? {} : { lang }),
      body: fxsShell({
        blade,
        bladeSubtitle: { en: 'Enterprise Application', de: 'Unternehmensanwendung', ja: 'エンタープライズ アプリケーション' }[lang],
        bladeContent: () => BLADE_MOUNT,
      }),
    }),
    ...HOSTING_DOCS,
  };
}

/** What the extension must read from "Set up JustCall": the section's Login URL and Identifier, carried from the Entra page. */
const setupSectionFields: FieldSpec[] = [
  {
    feature: 'entra/setup-app',
    field: 'loginUrl',
    expected: ENTRA_PAGE.loginUrl,
    source: { from: 'carried', key: 'loginUrl', portal: 'entra', observed: { feature: 'entra/setup-app', key: 'loginUrl' } },
  },
  {
    feature: 'entra/setup-app',
    field: 'identifier',
    expected: ENTRA_PAGE.identifier,
    source: { from: 'carried', key: 'entraIdentifier', portal: 'entra', observed: { feature: 'entra/setup-app', key: 'identifier' } },
  },
];

export const KNOCKOUT_VARIANTS: Variant[] = [
  {
    id: 'ko-basic-saml-add-links',
    title: 'Basic SAML (Knockout azc), new non-gallery app: no rows until the Add links',
    stack: 'knockout',
    evidence:
      '1 (top document, empty hosting frames), 4 (azc sibling labels, required and info balloons, aria-label with a trailing colon, li[title] toolbar), 6 (no input until "Add identifier" / "Add reply URL")',
    story: 'The admin opens Basic SAML Configuration of the new app and clicks Fill, without clicking the Add links.',
    top: 'top',
    documents: basicSamlPane('add-links'),
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'ko-basic-saml-other-words',
    title: 'Basic SAML (Knockout azc), one row each; inputs named in other words than their labels',
    stack: 'knockout',
    evidence:
      '1, 4 (aria-label differs from the visible label: other words, "Sign-on URL:", "Logout URL:"; Save as div[role=button]); Knockout value binding updates on change only',
    story: 'The admin opens Basic SAML Configuration (one empty row each) and clicks Fill.',
    top: 'top',
    documents: basicSamlPane('other-words'),
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'ko-basic-saml-ja',
    title: 'Basic SAML (Knockout azc) in Japanese, one row each',
    stack: 'knockout',
    evidence:
      '1, 4; portal-i18n-and-clouds.md rows 7–12, 14 (ja-Learn: 識別子 (エンティティ ID), 応答 URL (Assertion Consumer Service URL) with the English parenthetical, サインオン URL)',
    story: 'The admin, whose portal is in Japanese, opens 基本的な SAML 構成 and clicks Fill.',
    top: 'top',
    documents: basicSamlPane('ja'),
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'ko-provisioning-classic',
    title: 'Provisioning, classic layout (Knockout azc): Mode combobox with treeitem options, Admin Credentials',
    stack: 'knockout',
    evidence:
      '1, 4 (div[role=combobox] with div[role=treeitem] options, aria-label in other words, aria-label "Tenant URL:", div[role=button] Test Connection, li[title] Save), 8 (classic layout); value binding on change only',
    story:
      'The admin opens Provisioning (Mode: Manual), clicks Fill for the mode, lets the form have the token in the side panel, and clicks Fill for the credentials.',
    top: 'top',
    documents: {
      top: adminCenter({
        title: 'JustCall | Provisioning - Microsoft Entra admin center',
        blade: 'Provisioning',
        script: 'knockout/provisioning-classic',
        body: fxsShell({ blade: 'JustCall | Provisioning', bladeSubtitle: 'Enterprise Application', bladeContent: () => BLADE_MOUNT }),
      }),
      ...HOSTING_DOCS,
    },
    steps: [
      { kind: 'fill', feature: 'entra/provisioning' },
      { kind: 'fill', feature: 'entra/provisioning-credentials', confirmSecret: true },
    ],
    fields: [modeField, ...credentialFields],
  },
  {
    id: 'ko-setup-section',
    title: 'SAML page (Knockout azc): "Set up JustCall" copy fields with sibling labels',
    stack: 'knockout',
    evidence:
      '1 (the SAML page in the top document), 4 (sibling azc labels, readonly inputs with no name of their own); portal-facts.md section 4',
    story: 'The admin opens the SAML page (metadata not fetched yet); the assistant reads Login URL and the Identifier from section 4.',
    top: 'top',
    documents: samlPage('en'),
    seed: { metadata: false },
    steps: [{ kind: 'read', feature: 'entra/setup-app' }],
    fields: setupSectionFields,
  },
  {
    id: 'ko-setup-section-de',
    title: 'SAML page in German: "Anmelde-URL" is both Sign on URL (section 1) and Login URL (section 4)',
    stack: 'knockout',
    evidence:
      '1, 4; portal-i18n-and-clouds.md observation 1 and rows 10, 29–32 (de: Anmelde-URL for both, Azure AD-Bezeichner, JustCall einrichten)',
    story:
      'The admin, whose portal is in German, opens the SAML page; the assistant must read the Login URL from "JustCall einrichten", not section 1\'s Anmelde-URL.',
    top: 'top',
    documents: samlPage('de'),
    seed: { metadata: false },
    steps: [{ kind: 'read', feature: 'entra/setup-app' }],
    fields: setupSectionFields,
  },
  {
    id: 'ko-setup-section-ja',
    title: 'SAML page in Japanese: "JustCall のセットアップ" with ログイン URL and Microsoft Entra 識別子',
    stack: 'knockout',
    evidence: '1, 4; portal-i18n-and-clouds.md rows 29–31 (ja-Learn: "<app> のセットアップ", ログイン URL, Microsoft Entra 識別子)',
    story: 'The admin, whose portal is in Japanese, opens the SAML page; the assistant reads Login URL and the Identifier.',
    top: 'top',
    documents: samlPage('ja'),
    seed: { metadata: false },
    steps: [{ kind: 'read', feature: 'entra/setup-app' }],
    fields: setupSectionFields,
  },
];
