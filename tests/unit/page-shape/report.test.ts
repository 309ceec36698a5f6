import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectPageShape } from '@/utils/page-shape/collect';
import { buildPageShapeReport } from '@/utils/page-shape/report';
import { portalTab } from '@/utils/page-shape/from-tab';

/**
 * The page-shape report keeps the page's labels and drops what the page
 * holds: a Basic SAML pane with values typed in, a dropdown showing its
 * choice, a users grid and the shell's account menu with names and e-mails.
 */

const TYPED_ENTITY = 'urn:typed:entity-7731';
const TYPED_REPLY = 'https://typed-reply.example/acs-5519';
const TYPED_NOTE = 'Typed note for Zoltan Quist';
const ATTRIBUTE_VALUE = 'https://prefilled.example/attr-value-4410';
const USER_NAME = 'Adele Vance';
const USER_MAIL = 'adele.vance@contoso.onmicrosoft.com';
const ADMIN_MAIL = 'admin@contoso.onmicrosoft.com';
const OTHER_USER = 'Megan Bowen';
const OTHER_UPN = 'MeganB@contoso.onmicrosoft.com';

const VIEW_HTML = `<!doctype html><html lang="de"><head><title>Grundlegende SAML-Konfiguration</title></head><body>
  <h2>Basic SAML Configuration</h2>
  <div role="group" aria-label="Identifier (Entity ID)">
    <label for="ident">Identifier (Entity ID) <span class="tooltip" style="display:none">The unique ID that identifies your application to Microsoft Entra ID.</span></label>
    <input id="ident" type="text">
  </div>
  <label for="reply">Reply URL (Assertion Consumer Service URL)</label><input id="reply" type="text">
  <label for="signon">Sign on URL (Optional)</label><input id="signon" type="text" value="${ATTRIBUTE_VALUE}">
  <label id="mode-label">Provisioning Mode</label>
  <div role="combobox" id="mode" aria-labelledby="mode-label mode-option"><span id="mode-option">Automatic-Choice-8812</span></div>
  <label for="note">Notes</label><textarea id="note"></textarea>
  <div contenteditable="true" role="textbox" aria-label="Rich text">${'Editable secret 9931'}</div>
  <button type="button">Save</button><button type="button" aria-label="Close">×</button>
  <div role="grid" aria-label="Users and groups">
    <div role="row"><div role="columnheader">Display Name</div><div role="columnheader">User principal name</div></div>
    <div role="row"><div role="gridcell"><a href="#u1">${USER_NAME}</a></div><div role="gridcell">${USER_MAIL}</div>
      <div role="gridcell"><input type="checkbox" aria-label="Select ${USER_NAME}"></div></div>
    <div role="row"><div role="gridcell">${OTHER_USER}</div><div role="gridcell">${OTHER_UPN}</div></div>
  </div>
  <h3>Signed in: ${USER_NAME}</h3>
  <ul role="listbox" aria-label="Picker"><li role="option">${OTHER_USER}</li></ul>
  <script>var secret = "${USER_MAIL}";</script>
  <div hidden><button>Hidden ${USER_NAME}</button></div>
</body></html>`;

const TOP_HTML = `<!doctype html><html lang="de"><head><title>JustCall | ${TYPED_ENTITY}</title></head><body>
  <div class="fxs-avatarmenu"><span>${ADMIN_MAIL}</span><span>CONTOSO</span></div>
  <nav aria-label="Resource menu"><ul><li><a href="#sso">Single sign-on</a></li><li><a href="#users">Users and groups</a></li></ul></nav>
  <button type="button" aria-label="Account manager for ${ADMIN_MAIL}">A</button>
  <iframe name="BasicSamlConfiguration.ReactView" src="https://sandbox-3.reactblade.portal.azure.net/view?l=de-de"></iframe>
</body></html>`;

function frame(html: string, url: string, name = '') {
  const dom = new JSDOM(html, { url });
  if (name) dom.window.name = name;
  return dom;
}

function type(dom: JSDOM, selector: string, value: string): void {
  // What typing leaves: the value property, not the attribute.
  const el = dom.window.document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  el.value = value;
}

function report() {
  const top = frame(TOP_HTML, 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade');
  const view = frame(VIEW_HTML, 'https://sandbox-3.reactblade.portal.azure.net/view?l=de-de', 'BasicSamlConfiguration.ReactView');
  type(view, '#ident', TYPED_ENTITY);
  type(view, '#reply', TYPED_REPLY);
  type(view, '#note', TYPED_NOTE);
  const results = [
    { frameId: 7, result: collectPageShape(view.window.document, view.window as unknown as Window) },
    { frameId: 0, result: collectPageShape(top.window.document, top.window as unknown as Window) },
  ];
  return buildPageShapeReport(results, new Date('2026-12-01T12:00:00Z'));
}

describe('the page-shape report', () => {
  it('holds no value typed into the page, and no user name or e-mail shown on it', () => {
    const r = report();
    const json = JSON.stringify(r).toLowerCase();
    // As in the doctor's exports, an e-mail keeps its domain (the tenant's), never its user.
    expect(r.frames[0]?.nodes.find((n) => n.role === 'button')?.name).toMatch(
      /^Account manager for redacted-user-\d+@contoso\.onmicrosoft\.com$/,
    );
    for (const secret of [
      TYPED_ENTITY,
      TYPED_REPLY,
      TYPED_NOTE,
      'Zoltan',
      ATTRIBUTE_VALUE,
      'Automatic-Choice-8812',
      'Editable secret 9931',
      USER_NAME,
      'Adele',
      'Vance',
      USER_MAIL,
      ADMIN_MAIL,
      OTHER_USER,
      OTHER_UPN,
    ])
      expect(json, secret).not.toContain(secret.toLowerCase());
  });

  it('keeps the roles, the names of labels, headings, buttons and links, the label texts and the frame hosts', () => {
    const r = report();
    expect(r.page).toBe('entra.microsoft.com');
    expect(r.frames.map((f) => [f.frameId, f.host])).toEqual([
      [0, 'entra.microsoft.com'],
      [7, 'sandbox-3.reactblade.portal.azure.net'],
    ]);
    const [top, view] = r.frames;
    expect(top?.nodes).toContainEqual(
      expect.objectContaining({
        role: 'frame',
        frameHost: 'sandbox-3.reactblade.portal.azure.net',
        frameName: 'BasicSamlConfiguration.ReactView',
      }),
    );
    expect(top?.nodes).toContainEqual(expect.objectContaining({ role: 'link', name: 'Single sign-on' }));
    expect(view?.lang).toBe('de');
    expect(view?.frameName).toBe('BasicSamlConfiguration.ReactView');
    const named = (role: string) => view?.nodes.filter((n) => n.role === role).map((n) => n.name);
    expect(named('heading')).toContain('Basic SAML Configuration');
    expect(named('textbox')).toEqual(
      expect.arrayContaining(['Identifier (Entity ID)', 'Reply URL (Assertion Consumer Service URL)', 'Sign on URL (Optional)', 'Notes']),
    );
    expect(named('button')).toEqual(['Save', 'Close']);
    expect(named('columnheader')).toEqual(['Display Name', 'User principal name']);
    const ident = view?.nodes.find((n) => n.name === 'Identifier (Entity ID)' && n.role === 'textbox');
    expect(ident?.labels?.[0]).toContain('The unique ID that identifies your application');
    // The dropdown keeps its label, without its choice.
    expect(view?.nodes.find((n) => n.role === 'combobox')?.name).toMatch(/^Provisioning Mode\b/);
    // Rows, cells and options are in the shape, unnamed; nothing hidden or scripted is.
    expect(view?.nodes.filter((n) => n.role === 'gridcell').every((n) => n.name === undefined)).toBe(true);
    expect(view?.nodes.filter((n) => n.role === 'option')).toEqual([expect.objectContaining({ role: 'option' })]);
    expect(JSON.stringify(r)).not.toContain('Hidden');
    expect(JSON.stringify(r)).not.toContain('secrets');
  });

  it('a frame that answers something other than a shape is counted, not trusted', () => {
    const r = buildPageShapeReport([
      { frameId: 0, result: { host: 'entra.microsoft.com', nodes: 'oops' } },
      { frameId: 2, result: null },
    ]);
    expect(r.frames).toEqual([]);
    expect(r.unreadableFrames).toBe(2);
  });

  it('is taken from the active portal tab, or the portal tab used last when the side panel is a tab of its own', () => {
    const tabs = [
      { id: 1, url: 'chrome-extension://x/sidepanel.html', active: true, lastAccessed: 30 },
      { id: 2, url: 'https://app.justcall.io/app/settings', lastAccessed: 10 },
      { id: 3, url: 'https://entra.microsoft.com/#home', lastAccessed: 20 },
      { id: 4, url: 'https://example.com/', lastAccessed: 40 },
    ];
    expect(portalTab(tabs)?.id).toBe(3);
    expect(portalTab([...tabs, { id: 5, url: 'https://app.justcall.io/x', active: true, lastAccessed: 1 }])?.id).toBe(5);
    expect(portalTab([tabs[0]!, tabs[3]!])).toBeNull();
  });
});
