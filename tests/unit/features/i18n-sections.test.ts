// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { basicSaml } from '@/utils/features/entra/basic-saml';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { setupApp } from '@/utils/features/entra/setup-app';
import { LABEL_PACKS } from '@/utils/features/i18n';
import { installLabelPack } from '@/utils/features/label-pack';
import { installLabelVariants } from '@/utils/features/labels';

/**
 * One label naming two fields (portal-i18n-and-clouds.md, observation 1): in
 * de, es, pt-BR, it, nl and zh (and French tutorials) section 4's "Login URL"
 * reads the same as section 1's "Sign on URL", and both logout fields may
 * read alike. The section decides which is which. The page texts here are
 * the reference's strings, written out, not taken from the packs.
 */

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SIGN_ON = 'https://app.justcall.io/login';
const LOGIN = `https://login.microsoftonline.com/${TENANT}/saml2`;
const APP_LOGOUT = 'https://app.justcall.io/logout';
const ISSUER = `https://sts.windows.net/${TENANT}/`;

interface Words {
  page: string;
  basic: string;
  identifier: string;
  replyUrl: string;
  signOnUrl: string;
  logoutUrlInput: string;
  setup: string;
  loginUrl: string;
  entraIdentifier: string;
  logoutUrl: string;
}

const WORDS: Record<string, Words> = {
  de: {
    page: 'Einmaliges Anmelden (SSO) mit SAML einrichten',
    basic: 'Grundlegende SAML-Konfiguration',
    identifier: 'Bezeichner (Entitäts-ID)',
    replyUrl: 'Antwort-URL',
    signOnUrl: 'Anmelde-URL',
    logoutUrlInput: 'Abmelde-URL',
    setup: 'JustCall einrichten',
    loginUrl: 'Anmelde-URL',
    entraIdentifier: 'Azure AD-Bezeichner',
    logoutUrl: 'Abmelde-URL',
  },
  es: {
    page: 'Configurar el inicio de sesión único con SAML',
    basic: 'Configuración básica de SAML',
    identifier: 'Identificador (id. de entidad)',
    replyUrl: 'URL de respuesta',
    signOnUrl: 'URL de inicio de sesión',
    logoutUrlInput: 'Dirección URL de cierre de sesión',
    setup: 'Configurar JustCall',
    loginUrl: 'URL de inicio de sesión',
    entraIdentifier: 'Identificador de Azure AD',
    logoutUrl: 'Dirección URL de cierre de sesión',
  },
  pt: {
    page: 'Configurar logon único com SAML',
    basic: 'Configuração Básica de SAML',
    identifier: 'Identificador (ID da Entidade)',
    replyUrl: 'URL de Resposta',
    signOnUrl: 'URL de Logon',
    logoutUrlInput: 'URL de logoff',
    setup: 'Configurar o JustCall',
    loginUrl: 'URL de Logon',
    entraIdentifier: 'Identificador do Azure AD',
    logoutUrl: 'URL de Logoff',
  },
  it: {
    page: "Configura l'accesso Single Sign-On con SAML",
    basic: 'Configurazione SAML di base',
    identifier: 'Identificatore (ID entità)',
    replyUrl: 'URL di risposta',
    signOnUrl: 'URL di accesso',
    logoutUrlInput: 'URL di disconnessione',
    setup: 'Configura JustCall',
    loginUrl: 'URL di accesso',
    entraIdentifier: 'Identificatore Azure AD',
    logoutUrl: 'URL di disconnessione',
  },
  nl: {
    page: 'Eenmalige aanmelding met SAML instellen',
    basic: 'Basis-SAML-configuratie',
    identifier: 'Id (Entiteits-id)',
    replyUrl: 'Antwoord-URL',
    signOnUrl: 'Aanmeldings-URL',
    logoutUrlInput: 'Afmeldings-URL',
    setup: 'JustCall instellen',
    loginUrl: 'Aanmeldings-URL',
    entraIdentifier: 'Azure AD-id',
    logoutUrl: 'Afmeldings-URL',
  },
  zh: {
    page: '使用 SAML 设置单一登录',
    basic: '基本 SAML 配置',
    identifier: '标识符(实体 ID)',
    replyUrl: '回复 URL',
    signOnUrl: '登录 URL',
    logoutUrlInput: '注销 URL',
    setup: '设置 JustCall',
    loginUrl: '登录 URL',
    entraIdentifier: 'Azure AD 标识符',
    logoutUrl: '注销 URL',
  },
  fr: {
    page: 'Configurer l’authentification unique avec SAML',
    basic: 'Configuration SAML de base',
    identifier: 'Identificateur (ID d’entité)',
    replyUrl: 'URL de réponse',
    signOnUrl: 'URL de connexion',
    logoutUrlInput: 'URL de déconnexion',
    setup: 'Configurer JustCall',
    loginUrl: 'URL de connexion',
    entraIdentifier: 'Identificateur Azure AD',
    logoutUrl: 'URL de déconnexion',
  },
  // Distinct words for the two fields: the section still decides.
  ja: {
    page: 'SAML でのシングル サインオンの設定',
    basic: '基本的な SAML 構成',
    identifier: '識別子 (エンティティ ID)',
    replyUrl: '応答 URL (Assertion Consumer Service URL)',
    signOnUrl: 'サインオン URL',
    logoutUrlInput: 'ログアウト URL',
    setup: 'JustCall のセットアップ',
    loginUrl: 'ログイン URL',
    entraIdentifier: 'Microsoft Entra 識別子',
    logoutUrl: 'ログアウト URL',
  },
  ko: {
    page: 'SAML로 Single Sign-On 설정',
    basic: '기본 SAML 구성',
    identifier: '식별자(엔터티 ID)',
    replyUrl: '회신 URL',
    signOnUrl: '로그온 URL',
    logoutUrlInput: '로그아웃 URL',
    setup: 'JustCall 설정',
    loginUrl: '로그인 URL',
    entraIdentifier: 'Azure AD 식별자',
    logoutUrl: '로그아웃 URL',
  },
};

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The SAML page with section 1 (summary rows) before section 4 (read-only inputs), as the portal orders them. */
function samlPage(w: Words, lang: string): void {
  document.documentElement.lang = lang;
  document.body.innerHTML = `
<div class="page">
  <h2>${esc(w.page)}</h2>
  <section aria-labelledby="s1"><header><h3 id="s1">${esc(w.basic)}</h3></header>
    <table><tbody>
      <tr><th scope="row">${esc(w.identifier)}</th><td>JustCall</td></tr>
      <tr><th scope="row">${esc(w.replyUrl)}</th><td>https://bifrost.justcall.io/passport/login/callback</td></tr>
      <tr><th scope="row">${esc(w.signOnUrl)}</th><td>${SIGN_ON}</td></tr>
      <tr><th scope="row">${esc(w.logoutUrlInput)}</th><td>${APP_LOGOUT}</td></tr>
    </tbody></table>
  </section>
  <section aria-labelledby="s4"><header><h3 id="s4">${esc(w.setup)}</h3></header>
    <div class="field"><label for="c1">${esc(w.loginUrl)}</label><div><input id="c1" readonly value="${LOGIN}"></div></div>
    <div class="field"><label for="c2">${esc(w.entraIdentifier)}</label><div><input id="c2" readonly value="${ISSUER}"></div></div>
    <div class="field"><label for="c3">${esc(w.logoutUrl)}</label><div><input id="c3" readonly value="${LOGIN}"></div></div>
  </section>
</div>`;
}

afterEach(() => {
  installLabelVariants('', []);
  document.documentElement.removeAttribute('lang');
});

describe('the section decides which field a shared label names', () => {
  for (const [lang, w] of Object.entries(WORDS)) {
    test(`${lang}: "${w.loginUrl}" is the Login URL in "${w.setup}" and the Sign on URL in "${w.basic}"`, () => {
      const pack = LABEL_PACKS[lang];
      if (!pack) throw new Error(`no ${lang} pack`);
      installLabelPack(ENTRA_FEATURES, { lang, labels: pack });
      samlPage(w, lang);
      expect(setupApp.collect(document)).toEqual({ loginUrl: LOGIN, identifier: ISSUER, logoutUrl: LOGIN });
      const basic = basicSaml.collect(document);
      expect(basic.from).toBe('summary');
      expect(basic.signOnUrl).toBe(SIGN_ON);
      expect(basic.logoutUrl).toBe(APP_LOGOUT);
      expect(basic.identifiers).toEqual([{ value: 'JustCall', isDefault: null }]);
    });
  }

  test('ja: a summary row showing 省略可能 (Optional) is empty, not a value', () => {
    const pack = LABEL_PACKS.ja;
    const ja = WORDS.ja;
    if (!pack || !ja) throw new Error('no ja');
    installLabelPack(ENTRA_FEATURES, { lang: 'ja', labels: pack });
    samlPage(ja, 'ja');
    const cell = [...document.querySelectorAll('th')].find((th) => th.textContent === ja.signOnUrl)?.nextElementSibling;
    if (!cell) throw new Error('no Sign on URL row');
    cell.textContent = '省略可能';
    expect(basicSaml.collect(document).signOnUrl).toBe('');
  });

  test('without the page language installed, the same German page yields nothing rather than a wrong field', () => {
    const de = WORDS.de;
    if (!de) throw new Error('no de words');
    samlPage(de, 'de');
    expect(setupApp.collect(document)).toEqual({ loginUrl: null, identifier: null, logoutUrl: null });
    expect(basicSaml.collect(document).from).toBe('none');
  });
});
