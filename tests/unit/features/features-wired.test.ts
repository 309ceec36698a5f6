// @vitest-environment jsdom
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/utils/features';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { JUSTCALL_FEATURES } from '@/utils/features/justcall';
import { LABEL_PACKS } from '@/utils/features/i18n';
import { SHIPPED_LANGUAGES } from '@/utils/features/language';
import type { PortalFeature } from '@/utils/features/types';
import { FeatureId } from '@/utils/setup/feature-id';
import { emptySession } from '@/utils/setup/session';
import { STEP_IDS } from '@/utils/setup/steps';
import { VALUE_KEY_NAMES } from '@/utils/setup/value-keys';

/**
 * Every portal feature is wired (the model: refined-github's build/features.test.ts):
 * each feature file is registered, its id is known to the session, it can
 * detect, collect and (if it fills) plan and insert, its step exists, its
 * hints are labels, and every label has every shipped language, or is
 * listed below as matched in English only.
 */

/**
 * Entra labels that fall back to English at match time in every language
 * other than English: portal-i18n-and-clouds.md gives no localized form for
 * them, and the assistant does not invent one. On a page in another language
 * these are not found (the admin gets the Copy buttons for those fields).
 */
const ENGLISH_ONLY: Readonly<Record<string, readonly string[]>> = {
  'entra/create-app': ['appName', 'create'],
  'entra/basic-saml': ['addIdentifier', 'addReplyUrl', 'additionalUrls', 'isDefault'],
  'entra/claims': ['additionalClaims', 'requiredClaim'],
  'entra/certificates': ['status', 'notificationEmail'],
  'entra/setup-app': [],
  'entra/users-groups': ['objectType', 'role', 'noAssignments'],
  'entra/provisioning': ['mappingSource', 'mappingTarget', 'overview'],
  'entra/provisioning-credentials': ['authMethod', 'bearer', 'create'],
  'entra/provisioning-logs': [
    'action',
    'active',
    'assigned',
    'entitled',
    'errorCode',
    'inProvisioningScope',
    'inScope',
    'logs',
    'newValue',
    'onDemandSteps',
    'performAction',
    'property',
    'quarantine',
    'reason',
    'skipReason',
    'status',
    'testFailed',
    'testOk',
  ],
};

/** Where one language differs from ENGLISH_ONLY: a label it also lacks (-), or one only it has a source for (+). */
const LANGUAGE_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  fr: ['-entra/provisioning off'], // row 46: only "Activé" (On) was found
  nl: ['-entra/claims uniqueUserIdentifier'], // row 23: only a garbled machine-translated phrase
  ja: ['+entra/create-app create', '+entra/provisioning-credentials create'], // observation 6: 作成
};

/** JustCall's settings pages are English whatever the admin's language: its labels are English only, by design. */
const ENGLISH_PORTALS = new Set(['justcall']);

function expectedMissing(featureId: string, lang: string): string[] {
  const base = new Set(ENGLISH_ONLY[featureId] ?? []);
  for (const e of LANGUAGE_EXCEPTIONS[lang] ?? []) {
    const [id, key] = e.slice(1).split(' ');
    if (id !== featureId || !key) continue;
    if (e.startsWith('-')) base.add(key);
    else base.delete(key);
  }
  return [...base].sort();
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Files in a portal folder that are not features (the list itself, pure helpers). */
const NOT_FEATURES = new Set(['index.ts', 'claims-rules.ts']);

function featureFiles(portal: 'entra' | 'justcall'): string[] {
  return readdirSync(path.join(ROOT, 'utils/features', portal)).filter((f) => f.endsWith('.ts') && !NOT_FEATURES.has(f));
}

async function exportedFeatures(portal: 'entra' | 'justcall', file: string): Promise<PortalFeature[]> {
  const mod = (await import(`@/utils/features/${portal}/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
  return Object.values(mod).filter((v): v is PortalFeature => typeof v === 'object' && v !== null && 'id' in v && 'detect' in v);
}

describe('every feature file is registered in its portal list', () => {
  for (const [portal, list] of [
    ['entra', ENTRA_FEATURES],
    ['justcall', JUSTCALL_FEATURES],
  ] as const) {
    for (const file of featureFiles(portal)) {
      it(`${portal}/${file}`, async () => {
        const exported = await exportedFeatures(portal, file);
        expect(exported.length, `${file} exports a feature`).toBeGreaterThan(0);
        for (const f of exported) {
          expect(list).toContain(f);
          expect(f.id).toBe(`${portal}/${file.replace(/\.ts$/, '')}`);
          expect(f.portal).toBe(portal);
        }
      });
    }
  }

  it('the registries hold exactly the session’s feature ids, each once', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...FeatureId.options].sort());
  });
});

describe('label packs', () => {
  it('one per shipped language but English, and none for a language not shipped', () => {
    expect(Object.keys(LABEL_PACKS).sort()).toEqual(SHIPPED_LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it('every pack names only registered Entra features', () => {
    const entra = ENTRA_FEATURES.map((f) => f.id as string);
    for (const pack of Object.values(LABEL_PACKS)) for (const id of Object.keys(pack)) expect(entra).toContain(id);
  });
});

describe.each(FEATURES.map((f) => [f.id, f] as const))('%s', (_id, f) => {
  it('names its page, title and step', () => {
    expect(f.page.length).toBeGreaterThan(0);
    expect(f.title.length).toBeGreaterThan(0);
    expect(STEP_IDS).toContain(f.step);
    for (const step of f.alsoSteps ?? []) expect(STEP_IDS).toContain(step);
  });

  it('has labels in every shipped language (or is listed as English only), and its hints are its labels', () => {
    for (const [key, label] of Object.entries(f.labels)) expect(label.en.length, `${key} in en`).toBeGreaterThan(0);
    for (const lang of SHIPPED_LANGUAGES.filter((l) => l !== 'en')) {
      const own = LABEL_PACKS[lang]?.[f.id] ?? {};
      for (const key of Object.keys(own)) expect(Object.keys(f.labels), `${lang} pack names a label ${f.id} has`).toContain(key);
      for (const variants of Object.values(own)) expect(variants.length).toBeGreaterThan(0);
      const missing = Object.keys(f.labels)
        .filter((key) => !own[key])
        .sort();
      expect(missing, `${f.id} labels matched in English only on a ${lang} page`).toEqual(
        ENGLISH_PORTALS.has(f.portal) ? Object.keys(f.labels).sort() : expectedMissing(f.id, lang),
      );
    }
    expect(f.hints.length).toBeGreaterThan(0);
    for (const hint of f.hints) expect(Object.keys(f.labels)).toContain(hint);
  });

  it('detects nothing and collects without throwing on a page without it', () => {
    document.body.innerHTML = '<main><h1>Elsewhere</h1><p>Nothing here.</p></main>';
    expect(f.detect(document)).toBeNull();
    expect(() => f.collect(document)).not.toThrow();
    expect(() => f.notes?.(document)).not.toThrow();
    expect(f.commit?.(document) ?? []).toEqual([]);
  });

  it('carries and plans only known values; fills from the other portal', () => {
    for (const key of Object.values(f.carries ?? {})) expect(VALUE_KEY_NAMES).toContain(key);
    if (!f.fill) return;
    expect(f.fill.from).toBe(f.portal === 'entra' ? 'JustCall' : 'Entra');
    expect(Object.keys(f.fill.plan).length + (f.fill.needs?.length ?? 0)).toBeGreaterThan(0);
    for (const source of Object.values(f.fill.plan)) if (source.from === 'value') expect(VALUE_KEY_NAMES).toContain(source.key);
  });

  it('its wizard rules find nothing wrong in an empty session', () => {
    expect(f.mismatches?.(emptySession(new Date('2026-01-01T00:00:00Z'))) ?? []).toEqual([]);
  });
});
