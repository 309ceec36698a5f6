import { z } from 'zod/mini';
import { isChecked } from '@/utils/dom/checked';
import { fillCheck } from '@/utils/dom/fill-field';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { buttonIn, fieldIn, fillText } from '@/utils/features/fields';
import { requiredText } from '@/utils/features/fill-values';
import { displayLabel, variantsFor } from '@/utils/features/labels';
import { compact, highlights, shownAs } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: Enterprise applications > New application > "Create your own
 * application" pane. Fills the name and picks the Non-gallery option; the
 * admin clicks Create. The app's ids, once it exists, are read from the URL
 * by the controller (utils/content/page-facts.ts).
 */

const L = {
  pane: { en: ['Create your own application'] },
  appName: { en: ["What's the name of your app?", 'Input name'] },
  nonGallery: { en: ["Integrate any other application you don't find in the gallery (Non-gallery)"] },
  create: { en: ['Create'] },
} as const;

export interface CreateAppRead {
  appName: string | null;
  nonGallerySelected: boolean | null;
}

const Values = z.object({ appName: requiredText() });

function detect(root: ParentNode): Element | null {
  const pane = findSection(root, variantsFor(L.pane));
  return pane && fieldIn(pane, L.appName, undefined, 'textbox') ? pane : null;
}

export const createApp = defineFeature({
  id: 'entra/create-app',
  portal: 'entra',
  step: 'create-app',
  page: 'Enterprise applications > New application > Create your own application',
  title: 'Create your own application',
  labels: L,
  hints: ['pane'],
  detect,
  collect(root): CreateAppRead {
    const pane = detect(root);
    if (!pane) return { appName: null, nonGallerySelected: null };
    const name = fieldIn(pane, L.appName, undefined, 'textbox');
    const radio = fieldIn(pane, L.nonGallery, undefined, 'radio');
    return { appName: name ? readControlValue(name) : null, nonGallerySelected: radio ? isChecked(radio) : null };
  },
  observe: (r) => ({ saved: false, values: compact({ appNameDraft: r.appName, nonGallerySelected: r.nonGallerySelected }) }),
  carries: { appId: 'appId', objectId: 'objectId', appName: 'appName' },
  fill: {
    from: 'JustCall',
    plan: { appName: { from: 'value', key: 'appName' } },
    schema: Values,
    async insert(root, values, opts) {
      const pane = detect(root) ?? root;
      const name = await fillText(pane, 'appName', L.appName, values.appName, opts);
      const kind = await fillCheck(fieldIn(pane, L.nonGallery, opts.lang, 'radio'), true, {
        field: 'nonGallery',
        label: displayLabel(L.nonGallery),
      });
      return [name, kind];
    },
  },
  commit: (root) => {
    const pane = detect(root);
    return highlights(shownAs(L.create, pane ? buttonIn(pane, L.create) : null));
  },
});
