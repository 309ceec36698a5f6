// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { findField } from '@/utils/dom/find-field';
import { findSection } from '@/utils/dom/find-section';
import { readLabelledValue } from '@/utils/dom/read-value';

const PAGE = `
  <h1>Set up Single Sign-On with SAML</h1>
  <section id="s1">
    <h2>1 Basic SAML Configuration</h2>
    <label for="logout1">Logout Url (Optional)</label><input id="logout1" value="">
    <label for="ident">Identifier (Entity ID) *</label><input id="ident">
  </section>
  <section id="s4">
    <h2>4 Set up JustCall</h2>
    <dl><dt>Login URL</dt><dd>https://login.microsoftonline.com/t/saml2</dd>
        <dt>Logout URL</dt><dd>https://login.microsoftonline.com/t/saml2/logout</dd></dl>
  </section>
  <div role="dialog" aria-label="Single Sign-On">
    <div><label>Entity ID</label></div><div><input readonly value="JustCall"></div>
    <label for="iss">Issuer / Entity ID</label><input id="iss" value="">
  </div>`;

function byId(id: string): Element {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

describe('findSection and findField', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  test('finds a section by its numbered heading and a dialog by aria-label', () => {
    expect(findSection(document, ['Basic SAML Configuration'])?.id).toBe('s1');
    expect(findSection(document, ['Set up {app}'], { exclude: ['Set up Single Sign-On with SAML'] })?.id).toBe('s4');
    expect(findSection(document, ['Single Sign-On'])?.getAttribute('role')).toBe('dialog');
    expect(findSection(document, ['Attributes & Claims'])).toBeNull();
  });

  test('"Logout Url" in section 1 is the input; section 4 "Logout URL" is a value, found only there', () => {
    const s1 = findSection(document, ['Basic SAML Configuration']);
    const s4 = findSection(document, ['Set up {app}'], { exclude: ['Set up Single Sign-On with SAML'] });
    if (!s1 || !s4) throw new Error('sections missing');
    expect(findField(s1, ['Logout Url'], { role: 'textbox' })?.id).toBe('logout1');
    expect(findField(s4, ['Logout URL'], { role: 'textbox' })).toBeNull();
    expect(readLabelledValue(s4, ['Logout URL'])).toBe('https://login.microsoftonline.com/t/saml2/logout');
    expect(readLabelledValue(s4, ['Login URL'])).toBe('https://login.microsoftonline.com/t/saml2');
  });

  test('"Entity ID" and "Issuer / Entity ID" are different fields', () => {
    const dialog = findSection(document, ['Single Sign-On']);
    if (!dialog) throw new Error('dialog missing');
    expect(findField(dialog, ['Issuer / Entity ID'])?.id).toBe('iss');
    expect(findField(dialog, ['Entity ID'])).toBeNull();
    expect(readLabelledValue(dialog, ['Entity ID'])).toBe('JustCall');
    expect(readLabelledValue(dialog, ['Issuer / Entity ID'])).toBe('');
    expect(findField(document, ['Identifier'])).toBeNull();
  });

  test('reaches into open shadow roots but not closed ones', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Tenant URL" id="open">';
    const closedHost = document.createElement('div');
    document.body.append(closedHost);
    closedHost.attachShadow({ mode: 'closed' }).innerHTML = '<input aria-label="Secret Token">';
    expect(findField(document, ['Tenant URL'])?.id).toBe('open');
    expect(findField(document, ['Secret Token'])).toBeNull();
  });

  test('reaches into same-origin iframes', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentDocument;
    if (!inner) throw new Error('no frame document');
    inner.body.innerHTML =
      '<h2>Manage claim</h2><label for="n">Name *</label><input id="n"><label for="ns">Namespace</label><input id="ns">';
    const pane = findSection(document, ['Manage claim']);
    expect(pane).not.toBeNull();
    expect(findField(document, ['Name'])?.id).toBe('n');
    expect(findField(document, ['Namespace'])?.id).toBe('ns');
  });

  test('roles keep a combobox input apart from a textbox', () => {
    document.body.innerHTML = '<input role="combobox" aria-label="Source attribute" id="cb">';
    expect(findField(document, ['Source attribute'], { role: 'textbox' })).toBeNull();
    expect(findField(document, ['Source attribute'], { role: 'combobox' })?.id).toBe('cb');
    expect(byId('cb').tagName).toBe('INPUT');
  });
});
