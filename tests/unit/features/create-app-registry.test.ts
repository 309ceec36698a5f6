// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { createElement as h } from 'react';
import { createApp } from '@/utils/features/entra/create-app';
import { detectPageLanguage, languageSupport } from '@/utils/features/language';
import { FEATURES, featureById } from '@/utils/features';
import { runFill } from '@/utils/features/run-fill';
import { STEP_IDS } from '@/utils/setup/steps';
import { opts, planOf } from './support/plan';
import { render, TextField, unmountAll } from './support/react-widgets';

afterEach(() => {
  unmountAll();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

function createPane(): void {
  document.body.innerHTML = `<aside role="dialog" aria-labelledby="t"><h2 id="t">Create your own application</h2><div id="slot"></div>
    <div role="radiogroup" aria-labelledby="g"><div id="g">What are you looking to do with your application?</div>
      <label><input type="radio" name="k"><span>Configure Application Proxy for secure remote access to an on-premises application</span></label>
      <label><input type="radio" name="k"><span>Integrate any other application you don’t find in the gallery (Non-gallery)</span></label>
    </div><button type="button">Create</button></aside>`;
  const slot = document.getElementById('slot');
  if (!slot) throw new Error('no slot');
  render(h(TextField, { label: "What's the name of your app?" }), slot);
}

describe('Create your own application', () => {
  test('fills the name and picks Non-gallery (curly apostrophe on the page); Create is only found', async () => {
    createPane();
    const results = await createApp.fill?.insert(document, { appName: 'JustCall' }, opts());
    expect(results?.map((r) => [r.field, r.status])).toEqual([
      ['appName', 'filled'],
      ['nonGallery', 'filled'],
    ]);
    expect(createApp.collect(document)).toEqual({ appName: 'JustCall', nonGallerySelected: true });
    expect(document.querySelectorAll('input[type="radio"]:checked')).toHaveLength(1);
    expect(createApp.commit?.(document)[0]?.el.textContent).toBe('Create');
  });
});

describe('registry', () => {
  test('ids are unique and every step is a known one', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FEATURES) expect(STEP_IDS).toContain(f.step);
  });

  test('fill with values that do not parse is "not ready", naming the field, not a throw', async () => {
    createPane();
    const feature = featureById('entra/create-app');
    if (!feature) throw new Error('entra/create-app is not registered');
    const outcome = await runFill(feature, document, planOf('entra/create-app', {}), opts());
    expect(outcome).toEqual({ ready: false, field: "What's the name of your app?", problem: expect.any(String) });
    expect(featureById('entra/certificates')?.fill).toBeUndefined();
  });

  test('detection finds what is on the page', () => {
    createPane();
    expect(FEATURES.filter((f) => f.detect(document)).map((f) => f.id)).toEqual(['entra/create-app']);
    expect(FEATURES.filter((f) => f.portal === 'justcall' && f.detect(document))).toEqual([]);
  });
});

describe('page language', () => {
  test('from <html lang>, else the browser; English needs no note', () => {
    document.documentElement.setAttribute('lang', 'fr-FR');
    expect(detectPageLanguage(document)).toEqual({ lang: 'fr', from: 'document' });
    document.documentElement.removeAttribute('lang');
    expect(detectPageLanguage(document, { language: 'de-DE' })).toEqual({ lang: 'de', from: 'navigator' });
    expect(languageSupport('en')).toEqual({ supported: true });
    expect(languageSupport('fr')).toEqual({ supported: true });
    const sv = languageSupport('sv');
    expect(sv.supported).toBe(false);
    expect(sv.note).toMatch(/English/);
  });
});
