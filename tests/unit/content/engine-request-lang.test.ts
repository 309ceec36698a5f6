// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { requestEngineWhenReady } from '@/utils/content/engine-request';
import { detectPageLanguage } from '@/utils/i18n/page-language';

/** The start-up script names the frame's page language in its engine request, as the portal sets it. */

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

function request(): unknown[] {
  const sent: unknown[] = [];
  requestEngineWhenReady(document, 'entra', (m) => {
    sent.push(m);
    return Promise.resolve();
  });
  return sent;
}

describe('the engine request carries the page language', () => {
  test('from <html lang>', () => {
    document.documentElement.lang = 'de-DE';
    document.body.innerHTML = '<h2>Grundlegende SAML-Konfiguration</h2>';
    expect(request()).toEqual([{ type: 'content:load-engine', portal: 'entra', lang: 'de' }]);
  });

  test('without one, from the browser (jsdom says en-US)', () => {
    document.body.innerHTML = '<button>Save</button>';
    expect(request()).toEqual([{ type: 'content:load-engine', portal: 'entra', lang: 'en' }]);
  });
});

describe('page language', () => {
  test('<html lang> first, then the locale the shell gives a React view (?l=ja-jp), then the browser', () => {
    document.documentElement.lang = 'fr';
    expect(detectPageLanguage(document, { language: 'de' }, 'https://x.reactblade.portal.azure.net/?l=ja-jp')).toEqual({
      lang: 'fr',
      from: 'document',
    });
    document.documentElement.removeAttribute('lang');
    expect(detectPageLanguage(document, { language: 'de' }, 'https://x.reactblade.portal.azure.net/?l=ja-jp')).toEqual({
      lang: 'ja',
      from: 'locale',
    });
    expect(detectPageLanguage(document, { language: 'de' }, 'https://x.reactblade.portal.azure.net/')).toEqual({
      lang: 'de',
      from: 'navigator',
    });
    expect(detectPageLanguage(document, { language: '' }, 'not a url')).toEqual({ lang: '', from: 'unknown' });
  });

  test('a value that is not a language tag is no language', () => {
    document.documentElement.lang = '"><script>';
    expect(detectPageLanguage(document, { language: 'pt-BR' }).lang).toBe('pt');
  });
});
