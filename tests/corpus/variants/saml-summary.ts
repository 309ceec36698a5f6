/**
 * The SAML page under a context pane, as the shell's Knockout blade draws it
 * in the top document (evidence 1: a scraper reads it from the top document's
 * text): section headings with their Edit buttons, values not set yet.
 */

const WORDS = {
  en: {
    page: 'Set up Single Sign-On with SAML',
    basic: 'Basic SAML Configuration',
    rows: [
      'Identifier (Entity ID)',
      'Reply URL (Assertion Consumer Service URL)',
      'Sign on URL',
      'Relay State (Optional)',
      'Logout Url (Optional)',
    ],
    required: 'Required',
    optional: 'Optional',
    claims: 'Attributes & Claims',
    edit: 'Edit',
  },
  de: {
    page: 'Einmaliges Anmelden (SSO) mit SAML einrichten',
    basic: 'Grundlegende SAML-Konfiguration',
    rows: ['Bezeichner (Entitäts-ID)', 'Antwort-URL (Assertionsverbraucherdienst-URL)', 'Anmelde-URL', 'Relayzustand', 'Abmelde-URL'],
    required: 'Erforderlich',
    optional: 'Optional',
    claims: 'Benutzerattribute und Ansprüche',
    edit: 'Bearbeiten',
  },
  ja: {
    page: 'SAML でのシングル サインオンの設定',
    basic: '基本的な SAML 構成',
    rows: ['識別子 (エンティティ ID)', '応答 URL (Assertion Consumer Service URL)', 'サインオン URL', 'リレー状態', 'ログアウト URL'],
    required: '必須',
    optional: '省略可能',
    claims: '属性とクレーム',
    edit: '編集',
  },
} as const;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function samlSummaryHtml(lang: keyof typeof WORDS = 'en'): string {
  const w = WORDS[lang];
  const rows = w.rows.map((r, i) => `<tr><td>${esc(r)}</td><td>${i < 2 ? w.required : w.optional}</td></tr>`).join('');
  const edit = `<div role="button" class="fxs-button" title="${esc(w.edit)}" tabindex="0">${esc(w.edit)}</div>`;
  return `<div class="fxs-part" role="region" aria-label="${esc(w.page)}"><h3>${esc(w.page)}</h3>
<div class="fxs-part"><h4>${esc(w.basic)}</h4>${edit}<table role="presentation">${rows}</table></div>
<div class="fxs-part"><h4>${esc(w.claims)}</h4>${edit}</div></div>`;
}
