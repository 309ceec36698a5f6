import * as ko from 'knockout';
import { azcButton, azcInput, labelContainer, mountBlade, tsxId } from '@/tests/corpus/pages/kit/azc';

/**
 * The SAML page ("Set up Single Sign-On with SAML") as a Knockout blade in
 * the top document (evidence 1), in English, German or Japanese (`?lang=`).
 * Section 1 shows the saved Basic SAML values; section 4 "Set up JustCall"
 * shows Login URL, the Identifier and Logout URL in read-only copy fields
 * (sibling azc labels, no aria-label). In German, section 1's Sign on URL and
 * section 4's Login URL are both "Anmelde-URL", and both logout fields
 * "Abmelde-URL" (portal-i18n-and-clouds.md observation 1): only the section
 * tells them apart. Section 3 (certificates) is left out, so the
 * background's metadata fetch does not run (it would leave the corpus' hosts).
 */

type Lang = 'en' | 'de' | 'ja';
const params = new URLSearchParams(location.search);
const lang = (params.get('lang') ?? 'en') as Lang;

const WORDS = {
  en: {
    page: 'Set up Single Sign-On with SAML',
    basic: 'Basic SAML Configuration',
    identifier: 'Identifier (Entity ID)',
    replyUrl: 'Reply URL (Assertion Consumer Service URL)',
    signOnUrl: 'Sign on URL',
    relayState: 'Relay State (Optional)',
    logoutUrlInput: 'Logout Url (Optional)',
    claims: 'Attributes & Claims',
    setup: 'Set up JustCall',
    setupHelp: "You'll need to configure the application to link with Microsoft Entra ID.",
    loginUrl: 'Login URL',
    entraIdentifier: 'Microsoft Entra Identifier',
    logoutUrl: 'Logout URL',
    test: 'Test single sign-on with JustCall',
    edit: 'Edit',
    copy: 'Copy to clipboard',
    optional: 'Optional',
  },
  de: {
    page: 'Einmaliges Anmelden (SSO) mit SAML einrichten',
    basic: 'Grundlegende SAML-Konfiguration',
    identifier: 'Bezeichner (Entitäts-ID)',
    replyUrl: 'Antwort-URL (Assertionsverbraucherdienst-URL)',
    signOnUrl: 'Anmelde-URL',
    relayState: 'Relayzustand',
    logoutUrlInput: 'Abmelde-URL',
    claims: 'Benutzerattribute und Ansprüche',
    setup: 'JustCall einrichten',
    setupHelp: 'Sie müssen die Anwendung für die Verknüpfung mit Microsoft Entra ID konfigurieren.',
    loginUrl: 'Anmelde-URL',
    entraIdentifier: 'Azure AD-Bezeichner',
    logoutUrl: 'Abmelde-URL',
    test: 'Einmaliges Anmelden mit JustCall testen',
    edit: 'Bearbeiten',
    copy: 'In die Zwischenablage kopieren',
    optional: 'Optional',
  },
  ja: {
    page: 'SAML でのシングル サインオンの設定',
    basic: '基本的な SAML 構成',
    identifier: '識別子 (エンティティ ID)',
    replyUrl: '応答 URL (Assertion Consumer Service URL)',
    signOnUrl: 'サインオン URL',
    relayState: 'リレー状態',
    logoutUrlInput: 'ログアウト URL',
    claims: '属性とクレーム',
    setup: 'JustCall のセットアップ',
    setupHelp: 'Microsoft Entra ID とリンクするようにアプリケーションを構成する必要があります。',
    loginUrl: 'ログイン URL',
    entraIdentifier: 'Microsoft Entra 識別子',
    logoutUrl: 'ログアウト URL',
    test: 'JustCall でシングル サインオンをテストする',
    edit: '編集',
    copy: 'クリップボードにコピー',
    optional: '省略可能',
  },
} as const;
const w = WORDS[lang];

const saved = {
  identifier: params.get('identifier') ?? '',
  replyUrl: params.get('replyUrl') ?? '',
  signOnUrl: params.get('signOnUrl') ?? '',
  loginUrl: params.get('loginUrl') ?? '',
  entraIdentifier: params.get('entraIdentifier') ?? '',
};

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A saved value in section 1: label and text side by side. */
const summaryRow = (label: string, value: string): string =>
  `<div class="fxs-essentials-row"><div class="fxs-essentials-label">${esc(label)}</div><div class="fxs-essentials-value">${esc(value || w.optional)}</div></div>`;

/** A read-only copy field of section 4: the azc label beside a readonly input, and a copy button. */
const copyField = (label: string, key: 'loginUrl' | 'entraIdentifier' | 'logoutUrl'): string =>
  `<div class="fxc-weave-pccontrol fxc-copyable">${labelContainer({ label })}${azcInput({ bind: `value: ${key}`, readonly: true })}${azcButton(w.copy)}</div>`;

const section = (n: number, title: string, content: string): string => {
  const id = tsxId();
  return `<div class="fxs-part msportalfx-saml-section" role="group" aria-labelledby="${id}"><h3 id="${id}"><span class="fxs-section-number">${n}</span> ${esc(title)}</h3>${content}</div>`;
};

const html = `<h2 class="fxs-blade-page-title">${esc(w.page)}</h2>
${section(1, w.basic, azcButton(w.edit) + summaryRow(w.identifier, saved.identifier) + summaryRow(w.replyUrl, saved.replyUrl) + summaryRow(w.signOnUrl, saved.signOnUrl) + summaryRow(w.relayState, '') + summaryRow(w.logoutUrlInput, ''))}
${section(2, w.claims, azcButton(w.edit) + summaryRow('givenname', 'user.givenname') + summaryRow('emailaddress', 'user.mail'))}
${section(4, w.setup, `<p>${esc(w.setupHelp)}</p>${copyField(w.loginUrl, 'loginUrl')}${copyField(w.entraIdentifier, 'entraIdentifier')}${copyField(w.logoutUrl, 'logoutUrl')}`)}
${section(5, w.test, azcButton('Test'))}`;

const vm = {
  loginUrl: ko.observable(saved.loginUrl),
  entraIdentifier: ko.observable(saved.entraIdentifier),
  logoutUrl: ko.observable(saved.loginUrl),
};
mountBlade('corpus-blade', html, vm, () => ({}));
