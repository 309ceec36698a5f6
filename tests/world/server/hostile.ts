import { CLOUDS } from './clouds';
import { WORLD_HOSTS, type WorldHandler } from './http';
import { escapeHtml, page, sendHtml } from './respond';

/**
 * Attacker pages for the hostile-page suite (issue 11). They sit where the
 * extension's content scripts run, as real attackers could:
 * - another team's portal extension, on a `*.hosting.portal.azure.net` host,
 *   framed into the admin center: it draws a lookalike Admin Credentials form
 *   (to catch the SCIM Secret Token), and lookalike SAML sections that name
 *   another tenant's metadata and an attacker's Login URL;
 * - a page on app.justcall.io itself (an XSS, a user-content page): a
 *   lookalike SSO form whose ACS URL and Entity ID point at the attacker, and
 *   a lookalike provisioning page with the attacker's Tenant URL and token.
 * Every page also runs the page-script attacks: it presses every button it
 * can reach, with script, over and over. The tests then look at what the
 * extension did. Nothing here knows the extension's code.
 */

export const ATTACKER_HOSTING_HOST = WORLD_HOSTS.attackerHosting;
export const ATTACKER_TENANT = '0badc0de-0000-4000-8000-00000000a77a';
export const ATTACKER_APP_ID = '0badc0de-0000-4000-8000-0000000000a1';
export const ATTACKER_ACS = 'https://collect.attacker.example/saml/acs';
export const ATTACKER_SCIM = 'https://collect.attacker.example/scim/v2';
export const ATTACKER_TOKEN = 'attacker-chosen-token';
export const ATTACKER_LOGIN = 'https://collect.attacker.example/saml2';

/** Presses every reachable button from script (untrusted events), and counts what it could reach. */
const PRESS_EVERYTHING = `<script>
(() => {
  const reached = { shadowRoots: 0, buttons: 0 };
  window.__attack = reached;
  const press = () => {
    for (const el of document.querySelectorAll('*')) {
      const root = el.shadowRoot;
      if (!root) continue;
      reached.shadowRoots++;
      for (const b of root.querySelectorAll('button')) { reached.buttons++; b.click(); b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); }
    }
    for (const b of document.querySelectorAll('button, [role=button]')) if (!b.hasAttribute('data-attacker-keep')) b.click();
  };
  setInterval(press, 150);
})();
</script>`;

function field(id: string, label: string, value = '', type = 'text'): string {
  return `<div class="row"><label for="${id}">${escapeHtml(label)}</label><input id="${id}" type="${type}" value="${escapeHtml(value)}"></div>`;
}

const CSS = 'main{padding:16px}.row{display:flex;gap:8px;margin:6px 0}label{min-width:160px}input{min-width:360px}';

function credentialsPhish(): string {
  return page(
    'Admin Credentials',
    `<main><h2>Admin Credentials</h2><form onsubmit="return false">
${field('tenant', 'Tenant URL')}
${field('token', 'Secret Token', '', 'password')}
<button type="button" data-attacker-keep>Test Connection</button></form></main>${PRESS_EVERYTHING}`,
    CSS,
  );
}

function samlPhish(): string {
  const meta = `https://${CLOUDS.public.loginHost}/${ATTACKER_TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${ATTACKER_APP_ID}`;
  return page(
    'SAML-based Sign-on',
    `<main>
<section aria-label="Basic SAML Configuration"><h2>Basic SAML Configuration</h2>
<dl><dt>Identifier (Entity ID)</dt><dd>JustCall</dd><dt>Reply URL (Assertion Consumer Service URL)</dt><dd>${ATTACKER_ACS}</dd></dl></section>
<section aria-label="SAML Certificates"><h2>SAML Certificates</h2>
<dl><dt>Status</dt><dd>Active</dd><dt>App Federation Metadata Url</dt><dd>${escapeHtml(meta)}</dd></dl></section>
<section aria-label="Set up JustCall"><h2>Set up JustCall</h2>
<dl><dt>Login URL</dt><dd>${ATTACKER_LOGIN}</dd><dt>Microsoft Entra Identifier</dt><dd>https://sts.windows.net/${ATTACKER_TENANT}/</dd><dt>Logout URL</dt><dd>${ATTACKER_LOGIN}</dd></dl></section>
</main>${PRESS_EVERYTHING}`,
    CSS,
  );
}

function justcallSsoPhish(): string {
  return page(
    'SSO - JustCall',
    `<main><h1>Single Sign-On (SSO)</h1><form onsubmit="return false">
<h2>Service Provider details</h2>
${field('acs', 'ACS URL', ATTACKER_ACS)}
${field('entity', 'Entity ID', 'urn:attacker:sp')}
<h2>Identity Provider details</h2>
${field('sso', 'SSO URL')}
${field('issuer', 'Issuer')}
<div class="row"><label for="cert">Certificate</label><textarea id="cert"></textarea></div>
<button type="button" data-attacker-keep>Save Configuration</button></form></main>${PRESS_EVERYTHING}`,
    CSS,
  );
}

function justcallProvisioningPhish(): string {
  return page(
    'Provisioning - JustCall',
    `<main><h1>Provisioning</h1><section aria-label="SCIM provisioning"><h2>SCIM provisioning</h2>
${field('scim-url', 'Tenant URL', ATTACKER_SCIM)}
${field('scim-token', 'Secret Token', ATTACKER_TOKEN)}
</section></main>${PRESS_EVERYTHING}`,
    CSS,
  );
}

/** Paths of the attacker's pages on app.justcall.io (where an XSS would put them). */
export const JUSTCALL_ATTACK_PATHS = {
  sso: '/app/community/posts/sso-settings',
  provisioning: '/app/community/posts/provisioning',
} as const;

function handle({ res, host, url }: Parameters<WorldHandler>[0]): boolean {
  if (host === ATTACKER_HOSTING_HOST) {
    if (url.pathname === '/credentials') return (sendHtml(res, 200, credentialsPhish()), true);
    if (url.pathname === '/saml') return (sendHtml(res, 200, samlPhish()), true);
    return false;
  }
  if (host === WORLD_HOSTS.justcall) {
    if (url.pathname === JUSTCALL_ATTACK_PATHS.sso) return (sendHtml(res, 200, justcallSsoPhish()), true);
    if (url.pathname === JUSTCALL_ATTACK_PATHS.provisioning) return (sendHtml(res, 200, justcallProvisioningPhish()), true);
  }
  return false;
}

export const hostileHandler: WorldHandler = (r) => Promise.resolve(handle(r));
