// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { accessibleName } from '@/utils/dom/accessible-name';

function el(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

describe('accessibleName', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <span id="l1">Identifier</span><span id="l2">(Entity ID)</span>
      <input id="a" aria-labelledby="l1 l2" aria-label="ignored">
      <input id="b" aria-label="Relay State">
      <label for="c">Sign on URL <span aria-hidden="true">ⓘ</span><span>*</span></label><input id="c">
      <label>Logout Url <input id="d"></label>
      <input id="e" title="Tenant URL" placeholder="https://">
      <input id="f" placeholder="Search">
      <button id="g"><span aria-hidden="true">✎</span> Save Configuration</button>
      <label for="elsewhere">Other <input id="h" aria-label="Own"></label>`;
  });
  test('aria-labelledby wins and joins the referenced texts', () => {
    expect(accessibleName(el('#a'))).toBe('Identifier (Entity ID)');
  });
  test('aria-label', () => expect(accessibleName(el('#b'))).toBe('Relay State'));
  test('<label for> without its aria-hidden icon', () => expect(accessibleName(el('#c'))).toBe('Sign on URL *'));
  test('wrapping <label>', () => expect(accessibleName(el('#d'))).toBe('Logout Url'));
  test('title before placeholder, placeholder last', () => {
    expect(accessibleName(el('#e'))).toBe('Tenant URL');
    expect(accessibleName(el('#f'))).toBe('Search');
  });
  test('buttons are named by their text', () => expect(accessibleName(el('#g'))).toBe('Save Configuration'));
  test('aria-label beats a wrapping label', () => expect(accessibleName(el('#h'))).toBe('Own'));
});
