import { describe, expect, test } from 'vitest';
import { labelMatches, normaliseLabel } from '@/utils/dom/labels';

describe('normaliseLabel', () => {
  test('folds case and collapses whitespace', () => {
    expect(normaliseLabel('  Reply   URL\n(Assertion Consumer Service URL) ')).toBe('reply url (assertion consumer service url)');
  });
  test('strips a trailing * and (Optional), in either order', () => {
    expect(normaliseLabel('Identifier (Entity ID) *')).toBe('identifier (entity id)');
    expect(normaliseLabel('Relay State (Optional)')).toBe('relay state');
    expect(normaliseLabel('Logout Url (Optional) *')).toBe('logout url');
    expect(normaliseLabel('Name*')).toBe('name');
  });
  test('keeps inner stars and parentheses', () => {
    expect(normaliseLabel('Certificate (Base64)')).toBe('certificate (base64)');
  });
  test('treats curly and straight apostrophes alike, and drops zero-width marks', () => {
    expect(normaliseLabel('What\u2019s the name\u200B of your app?')).toBe("what's the name of your app?");
  });
});

describe('labelMatches', () => {
  test('matches exactly after normalisation', () => {
    expect(labelMatches('Sign on URL *', ['Sign on URL', 'Sign-on URL'])).toBe(true);
    expect(labelMatches('SIGN-ON URL', ['Sign on URL', 'Sign-on URL'])).toBe(true);
  });
  test('never matches a substring or a superstring', () => {
    expect(labelMatches('Issuer / Entity ID', ['Entity ID'])).toBe(false);
    expect(labelMatches('Entity ID', ['Issuer / Entity ID'])).toBe(false);
    expect(labelMatches('Identifier (Entity ID)', ['Entity ID'])).toBe(false);
    expect(labelMatches('Name', ['Namespace'])).toBe(false);
    expect(labelMatches('Namespace', ['Name'])).toBe(false);
  });
  test('an empty text matches nothing', () => {
    expect(labelMatches('  * ', ['', 'Name'])).toBe(false);
  });
  test('{app} stands for an app name but stays anchored', () => {
    expect(labelMatches('Set up JustCall', ['Set up {app}'])).toBe(true);
    expect(labelMatches('Set up', ['Set up {app}'])).toBe(false);
    expect(labelMatches('Please Set up JustCall', ['Set up {app}'])).toBe(false);
  });
});

describe('label decorations the real portals add', () => {
  test('a trailing colon (Knockout aria-labels), a leading required mark, localized "(Optional)"', () => {
    expect(normaliseLabel('Identifier (Entity ID):')).toBe('identifier (entity id)');
    expect(normaliseLabel('Logout Url (Optional):')).toBe('logout url');
    expect(normaliseLabel('* Tenant URL')).toBe('tenant url');
    expect(normaliseLabel('Abmelde-URL (optional)')).toBe('abmelde-url');
    expect(normaliseLabel('サインオン URL (省略可能)')).toBe('サインオン url');
    expect(normaliseLabel('URL de connexion (facultatif)')).toBe('url de connexion');
  });
  test('but never words: "Provisioning Mode selector" is not "Provisioning Mode"', () => {
    expect(labelMatches('Provisioning Mode selector', ['Provisioning Mode'])).toBe(false);
  });
});
