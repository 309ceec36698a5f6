// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { chooseComboboxOption } from '@/utils/dom/choose-option';
import { findSection, findSections } from '@/utils/dom/find-section';
import { readPairs } from '@/utils/dom/read-pairs';
import { readTable } from '@/utils/dom/read-table';
import { readLabelledValue } from '@/utils/dom/read-value';
import { shellFrameTitles } from '@/utils/dom/shell-frame-titles';
import { setViewTitles } from '@/utils/dom/view-titles';

/**
 * The dom engine on the shapes of the real portal's two stacks
 * (../shared/reference/portal-dom-evidence.md): Knockout "azc" blades in the
 * shell's document, and Fluent UI v8 views in React iframes.
 */

afterEach(() => {
  document.body.innerHTML = '';
  setViewTitles(document, []);
});

describe('sections', () => {
  test('a Knockout section is titled by a title-classed div, not a heading', () => {
    document.body.innerHTML = `
      <div class="ext-saml-page">
        <div class="fxc-section" id="s1"><div class="hdr"><span>1</span><div class="ext-saml-section-title">Basic SAML Configuration</div></div>
          <div class="row"><span>Identifier (Entity ID)</span><span>JustCall</span></div></div>
        <div class="fxc-section" id="s2"><div class="hdr"><span>2</span><div class="ext-saml-section-title">Attributes &amp; Claims</div></div></div>
      </div>`;
    expect(findSection(document, ['Basic SAML Configuration'])?.id).toBe('s1');
    expect(findSection(document, ['Attributes & Claims'])?.id).toBe('s2');
  });

  test('in a flat list (a header, then its grid), the content after the title is the section', () => {
    document.body.innerHTML = `
      <div class="blade">
        <div class="fxc-section-header">Required claim</div><table id="t1" role="grid"><tr><th>Claim name</th></tr></table>
        <div class="fxc-section-header">Additional claims</div><table id="t2" role="grid"><tr><th>Claim name</th></tr></table>
      </div>`;
    expect(findSection(document, ['Additional claims'])?.id).toBe('t2');
    expect(findSection(document, ['Required claim'])?.id).toBe('t1');
  });

  test('a grid named by aria-label and a shell blade named by data-contenttitle name themselves', () => {
    document.body.innerHTML = `
      <section class="fxs-blade" id="blade" data-contenttitle="Manage claim"><input aria-label="Name"></section>
      <div role="grid" id="grid" aria-label="Additional claims"></div>`;
    expect(findSection(document, ['Manage claim'])?.id).toBe('blade');
    expect(findSection(document, ['Additional claims'])?.id).toBe('grid');
  });

  test('a shell blade that only wraps the active React view is not a section: its fields are in the frame', () => {
    document.body.innerHTML = `
      <section class="fxs-blade" data-contenttitle="Basic SAML Configuration">
        <h2 class="fxs-blade-title-titleText">Basic SAML Configuration</h2>
        <iframe class="fxs-reactview-frame fxs-reactview-frame-active" name="BasicSamlConfiguration.ReactView"></iframe>
      </section>`;
    expect(findSections(document, ['Basic SAML Configuration'])).toEqual([]);
  });

  test('in a React view, the title the shell gave it makes the whole view the section', () => {
    document.body.innerHTML = `<div><input aria-label="Sign on URL"></div>`;
    expect(findSection(document, ['Basic SAML Configuration'])).toBeNull();
    setViewTitles(document, ['Basic SAML Configuration']);
    expect(findSection(document, ['Basic SAML Configuration'])).toBe(document.body);
  });
});

describe('the shell names its React views', () => {
  test('by the frame name, from the enclosing blade; an inactive view has no title', () => {
    document.body.innerHTML = `
      <section class="fxs-blade" data-contenttitle="JustCall | SAML-based Sign-on">
        <h2 class="fxs-blade-title-titleText">JustCall | SAML-based Sign-on</h2>
        <iframe class="fxs-reactview-frame" name="Old.ReactView" src="https://sandbox-1.reactblade.portal.azure.net/a"></iframe>
        <iframe class="fxs-reactview-frame fxs-reactview-frame-active" name="SamlConfiguration.ReactView" src="https://sandbox-1.reactblade.portal.azure.net/b"></iframe>
      </section>`;
    expect(shellFrameTitles('SamlConfiguration.ReactView', '')).toEqual(['JustCall | SAML-based Sign-on']);
    expect(shellFrameTitles('', 'https://sandbox-1.reactblade.portal.azure.net/b')).toEqual(['JustCall | SAML-based Sign-on']);
    expect(shellFrameTitles('Old.ReactView', '')).toEqual([]);
    expect(shellFrameTitles('Unknown.ReactView', 'https://elsewhere.example/')).toEqual([]);
  });
});

describe('grids and summaries', () => {
  test('a Fluent DetailsList: cells inside DetailsRowFields after a check cell, columns by aria-colindex; the scope may be the grid', () => {
    document.body.innerHTML = `
      <div role="grid" id="g" aria-label="Additional claims">
        <div role="row"><div role="columnheader" aria-colindex="1">Claim name</div><div role="columnheader" aria-colindex="2">Type</div><div role="columnheader" aria-colindex="3">Value</div></div>
        <div role="row"><div role="gridcell" class="check"></div>
          <div role="presentation" data-automationid="DetailsRowFields">
            <div role="gridcell" aria-colindex="3">user.mail</div><div role="gridcell" aria-colindex="1">email</div>
          </div></div>
      </div>`;
    const grid = document.getElementById('g');
    if (!grid) throw new Error('no grid');
    const rows = readTable(grid, { name: ['Claim name'], value: ['Value'] }, ['name', 'value']);
    expect(rows?.map((r) => r.cells)).toEqual([{ name: 'email', value: 'user.mail' }]);
  });

  test('a Knockout summary of label and value spans, and a "Label: value" line', () => {
    document.body.innerHTML = `
      <div id="s"><div class="hdr"><span>2</span><div class="title">Attributes &amp; Claims</div><div role="button">Edit</div></div>
        <div class="row"><span>givenname</span><span>user.givenname</span></div>
        <div class="row"><span>Unique User Identifier</span><span>user.userprincipalname</span></div>
        <p>Provisioning Status: On</p></div>`;
    const s = document.getElementById('s');
    if (!s) throw new Error('no section');
    expect(readPairs(s)).toEqual([
      { label: 'givenname', value: 'user.givenname' },
      { label: 'Unique User Identifier', value: 'user.userprincipalname' },
    ]);
    expect(readLabelledValue(s, ['Provisioning Status'])).toBe('On');
  });
});

describe('dropdowns', () => {
  test('a Knockout dropdown offers tree items', async () => {
    document.body.innerHTML = `<div role="combobox" id="c" tabindex="0">Manual</div><div role="tree" hidden id="list"></div>`;
    const combo = document.getElementById('c');
    const list = document.getElementById('list');
    if (!combo || !list) throw new Error('no dropdown');
    combo.addEventListener('click', () => {
      list.hidden = false;
      list.innerHTML = '<div role="treeitem">Manual</div><div role="treeitem">Automatic</div>';
      for (const item of Array.from(list.children))
        item.addEventListener('click', () => {
          combo.textContent = item.textContent;
          list.hidden = true;
        });
    });
    const result = await chooseComboboxOption(combo, 'Automatic', { timeoutMs: 500 });
    expect(result).toEqual({ ok: true, value: 'Automatic' });
  });

  test('a Fluent ComboBox opens only from its chevron, named like its input', async () => {
    document.body.innerHTML = `
      <label id="lbl">Source attribute</label>
      <div class="ms-ComboBox"><input role="combobox" id="in" aria-labelledby="lbl" aria-expanded="false">
        <button class="ms-ComboBox-CaretDown-button" aria-labelledby="lbl" tabindex="-1"></button></div>
      <button id="other">Copy</button>`;
    const input = document.getElementById('in') as HTMLInputElement;
    const chevron = document.querySelector('.ms-ComboBox-CaretDown-button');
    let copied = false;
    document.getElementById('other')?.addEventListener('click', () => (copied = true));
    chevron?.addEventListener('click', () => {
      const layer = document.createElement('div');
      layer.innerHTML = '<button role="option">user.mail</button><button role="option">user.mailnickname</button>';
      document.body.append(layer);
      for (const o of Array.from(layer.querySelectorAll('button')))
        o.addEventListener('click', () => {
          input.value = o.textContent ?? '';
          layer.remove();
        });
    });
    const result = await chooseComboboxOption(input, 'user.mail', { timeoutMs: 1000 });
    expect(result.ok).toBe(true);
    expect(input.value).toBe('user.mail');
    expect(copied).toBe(false);
  });
});

describe('a flat run of fields under a heading', () => {
  test('keeps every field of the run (Knockout Admin Credentials between Mappings and Settings headings)', () => {
    document.body.innerHTML = `
      <div class="fxs-section" id="all">
        <div class="fxs-section-title" role="heading" aria-level="3">Admin Credentials</div>
        <p>Microsoft Entra needs the following information.</p>
        <div class="fxc-weave-pccontrol"><input aria-label="Tenant URL:"></div>
        <div class="fxc-weave-pccontrol"><input type="password" aria-label="Secret Token:"></div>
        <div class="fxs-section-title" role="heading" aria-level="3">Mappings</div>
      </div>`;
    const section = findSection(document, ['Admin Credentials']);
    expect(section?.querySelectorAll('input')).toHaveLength(2);
  });

  test('a value shown with a Copy button beside it is the value alone', () => {
    document.body.innerHTML = `<dl><dt>ACS URL</dt><dd><code>https://bifrost.justcall.io/passport/login/callback</code> <button>Copy</button></dd></dl>`;
    expect(readLabelledValue(document, ['ACS URL'])).toBe('https://bifrost.justcall.io/passport/login/callback');
  });
});
