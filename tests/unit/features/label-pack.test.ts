// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { basicSaml } from '@/utils/features/entra/basic-saml';
import { provisioning } from '@/utils/features/entra/provisioning';
import { usersGroups } from '@/utils/features/entra/users-groups';
import { de } from '@/utils/features/i18n/de';
import { ja } from '@/utils/features/i18n/ja';
import { installInjectedLabels, installLabelPack, LABEL_PACK_GLOBAL } from '@/utils/features/label-pack';
import { installedLanguage, installLabelVariants, pageLabel, variantsFor } from '@/utils/features/labels';

/**
 * The page engine installs the one label pack the background left for its
 * frame; the features then find German fields by their German labels and
 * quote the page's words, while English stays matched and a missing or
 * malformed pack leaves English only.
 */

const GERMAN_PANE = `
<aside role="dialog" aria-labelledby="t"><h2 id="t">Grundlegende SAML-Konfiguration</h2>
  <div><label for="i1">Bezeichner (Entitäts-ID)</label><input id="i1" type="text"></div>
  <div><label for="r1">Antwort-URL (Assertionsverbraucherdienst-URL)</label><input id="r1" type="text"></div>
  <div><label for="s1">Anmelde-URL</label><input id="s1" type="text"></div>
  <button type="button">Speichern</button>
</aside>`;

const scope = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  installLabelVariants('', []);
  Reflect.deleteProperty(scope, LABEL_PACK_GLOBAL);
  document.body.innerHTML = '';
});

describe('installing the page language', () => {
  test('the pack the background left: German fields found, filled, and the page\'s "Speichern" quoted', async () => {
    scope[LABEL_PACK_GLOBAL] = { lang: 'de', labels: de };
    expect(installInjectedLabels(ENTRA_FEATURES)).toBe('de');
    expect(installedLanguage()).toBe('de');
    document.body.innerHTML = GERMAN_PANE;
    const results = await basicSaml.fill?.insert(
      document,
      {
        identifier: 'JustCall',
        replyUrl: 'https://bifrost.justcall.io/passport/login/callback',
        signOnUrl: 'https://app.justcall.io/login',
      },
      { replace: new Set() },
    );
    expect(results?.map((r) => `${r.field} ${r.status}`)).toEqual(['identifier filled', 'replyUrl filled', 'signOnUrl filled']);
    // The report names fields in English (the assistant's own language); the button to click in the page's words.
    expect(results?.[0]?.label).toBe('Identifier (Entity ID)');
    expect(basicSaml.commit?.(document).map((h) => h.label)).toEqual(['Speichern']);
  });

  test('no pack, or a malformed one: English only, and the German pane is not taken for anything', () => {
    for (const bad of [
      undefined,
      { lang: 'de' },
      { lang: 'de', labels: { 'entra/basic-saml': { pane: 'Grundlegende SAML-Konfiguration' } } },
    ]) {
      scope[LABEL_PACK_GLOBAL] = bad;
      expect(installInjectedLabels(ENTRA_FEATURES)).toBe('');
      document.body.innerHTML = GERMAN_PANE;
      expect(basicSaml.detect(document)).toBeNull();
    }
  });

  test('English labels still match on a German page, the German variants first', () => {
    installLabelPack(ENTRA_FEATURES, { lang: 'de', labels: de });
    const save = basicSaml.labels.save;
    if (!save) throw new Error('no save label');
    expect(variantsFor(save)).toEqual(['Speichern', 'Save']);
    expect(pageLabel(save)).toBe('Speichern');
  });

  test('a second language replaces the first; labels the pack leaves out keep English', () => {
    installLabelPack(ENTRA_FEATURES, { lang: 'de', labels: de });
    installLabelPack(ENTRA_FEATURES, { lang: 'ja', labels: ja });
    const save = basicSaml.labels.save;
    const addIdentifier = basicSaml.labels.addIdentifier;
    if (!save || !addIdentifier) throw new Error('labels missing');
    expect(variantsFor(save)).toEqual(['保存', 'Save']);
    expect(variantsFor(addIdentifier)).toEqual(['Add identifier']);
    expect(pageLabel(addIdentifier)).toBe('Add identifier');
  });
});

describe('words the wizard reads stay its own', () => {
  test('German provisioning: "Automatisch" and "Ein" are reported as Automatic and On', () => {
    installLabelPack(ENTRA_FEATURES, { lang: 'de', labels: de });
    document.body.innerHTML = `
<main><h1>Bereitstellung</h1>
  <label for="m">Bereitstellungsmodus</label><select id="m"><option>Manuell</option><option selected>Automatisch</option></select>
  <div role="radiogroup" aria-labelledby="st"><span id="st">Bereitstellungsstatus</span>
    <button type="button" aria-pressed="true">Ein</button><button type="button" aria-pressed="false">Aus</button></div>
  <button type="button">Speichern</button>
</main>`;
    const read = provisioning.collect(document) as { mode: string | null; status: string | null };
    expect(read.mode).toBe('Automatic');
    expect(read.status).toBe('On');
    // No Save after only the mode (Admin Credentials and Test Connection come first); the note quotes Speichern.
    expect(provisioning.commit?.(document)).toEqual([]);
    expect(provisioning.notes?.(document).at(-1)).toBe(
      'Bereich: "Sync only assigned users and groups" is the usual choice. Then set Bereitstellungsstatus to Ein and click Speichern.',
    );
  });

  test('a note quotes the German command', () => {
    installLabelPack(ENTRA_FEATURES, { lang: 'de', labels: de });
    document.body.innerHTML = `<main><button type="button">Benutzer/Gruppe hinzufügen</button>
      <p>No application assignments found</p></main>`;
    expect(usersGroups.notes?.(document)).toEqual([
      'Nobody is assigned: every sign-in will fail with AADSTS50105. Click "Benutzer/Gruppe hinzufügen", pick users or groups, then Zuweisen. Nested groups do not count.',
    ]);
  });
});
