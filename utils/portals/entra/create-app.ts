import { z } from 'zod/mini';
import { requiredText } from '@/utils/portals/fill-values';
import { findSection } from '@/utils/dom/find-section';
import { fillCheck } from '@/utils/dom/fill-field';
import { isChecked } from '@/utils/dom/checked';
import { readControlValue } from '@/utils/dom/set-value';
import { buttonIn, fieldIn, fillText } from '@/utils/portals/fields';
import { displayLabel, type PortalFeature, variantsFor } from '@/utils/portals/types';

/**
 * Entra: Enterprise applications > New application > "Create your own
 * application" pane. Fills the name and picks the Non-gallery option; the
 * admin clicks Create.
 */

export const CREATE_APP_LABELS = {
  pane: { en: ['Create your own application'] },
  appName: { en: ["What's the name of your app?", 'Input name'] },
  nonGallery: { en: ["Integrate any other application you don't find in the gallery (Non-gallery)"] },
  create: { en: ['Create'] },
} as const;

export const CreateAppValues = z.object({ appName: requiredText() });
export type CreateAppValues = z.infer<typeof CreateAppValues>;

export interface CreateAppRead {
  appName: string | null;
  nonGallerySelected: boolean | null;
}

const L = CREATE_APP_LABELS;

function detect(root: ParentNode): Element | null {
  const pane = findSection(root, variantsFor(L.pane));
  return pane && fieldIn(pane, L.appName, undefined, 'textbox') ? pane : null;
}

export const createApp: PortalFeature<CreateAppRead, CreateAppValues> = {
  id: 'entra.create-app',
  portal: 'entra',
  step: 'create-app',
  page: 'Enterprise applications > New application > Create your own application',
  labels: L,
  detect,
  read(root) {
    const pane = detect(root);
    if (!pane) return { appName: null, nonGallerySelected: null };
    const name = fieldIn(pane, L.appName, undefined, 'textbox');
    const radio = fieldIn(pane, L.nonGallery, undefined, 'radio');
    return { appName: name ? readControlValue(name) : null, nonGallerySelected: radio ? isChecked(radio) : null };
  },
  async fill(root, values, opts) {
    const pane = detect(root) ?? root;
    const name = await fillText(pane, 'appName', L.appName, values.appName, opts);
    const kind = await fillCheck(fieldIn(pane, L.nonGallery, opts.lang, 'radio'), true, {
      field: 'nonGallery',
      label: displayLabel(L.nonGallery),
    });
    return [name, kind];
  },
  fillSchema: CreateAppValues,
};

/** The Create button, to highlight; the admin clicks it. */
export function createAppButton(root: ParentNode): Element | null {
  const pane = createApp.detect(root);
  return pane ? buttonIn(pane, L.create) : null;
}
