import { z } from 'zod/mini';
import { isChecked } from '@/utils/dom/checked';
import { findSection } from '@/utils/dom/find-section';
import { labelMatches } from '@/utils/dom/labels';
import { readTable } from '@/utils/dom/read-table';
import { findLabelElements } from '@/utils/dom/read-value';
import { readControlValue } from '@/utils/dom/set-value';
import { PROVISIONING_MAPPINGS } from '@/utils/setup/profile';
import { fieldIn, fillChoiceByLabel, replacing, valueIn } from '@/utils/features/fields';
import { pageLabel, variantsFor, type LabelVariants } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: Enterprise app > Provisioning, the React blade: Provisioning Mode,
 * Mappings, Scope, Provisioning Status; after Save, the overview ("Current
 * cycle status"). The Admin Credentials form, often in its own Knockout
 * frame, is ./provisioning-credentials.ts. The assistant fills the mode; the
 * admin clicks Save.
 */

const L = {
  page: { en: ['Provisioning'] },
  mode: { en: ['Provisioning Mode'] },
  mappingSource: { en: ['Microsoft Entra ID Attribute', 'Azure Active Directory Attribute', 'Source attribute'] },
  mappingTarget: { en: ['{app} Attribute', 'customappsso Attribute', 'Target attribute'] },
  scope: { en: ['Scope'] },
  status: { en: ['Provisioning Status'] },
  overview: { en: ['Current cycle status'] },
  save: { en: ['Save'] },
  // Option and state words the assistant picks or quotes.
  automatic: { en: ['Automatic'] },
  on: { en: ['On'] },
  off: { en: ['Off'] },
} as const;

export interface ProvisioningRead {
  /** 'editor' while editing; 'overview' after Save (Entra shows it only for automatic provisioning). */
  from: 'editor' | 'overview' | 'none';
  mode: string | null;
  scope: string | null;
  /** "On" / "Off" as shown. */
  status: string | null;
  mappings: { source: string; target: string }[];
}

const Values = z.object({
  mode: z._default(z.literal('Automatic', { error: 'only Automatic provisioning is filled in' }), 'Automatic'),
});

const modeControl = (scope: ParentNode): Element | null =>
  fieldIn(scope, L.mode, undefined, 'listbox-button') ?? fieldIn(scope, L.mode, undefined, 'combobox');

function detectEditor(root: ParentNode): Element | null {
  const mode = modeControl(root);
  if (!mode) return null;
  return findSection(root, variantsFor(L.page)) ?? mode.closest('form, [role="dialog"], main, body');
}

function detectOverview(root: ParentNode): Element | null {
  const section = findSection(root, variantsFor(L.overview));
  if (section && valueIn(section, L.status) !== null) return section;
  // A plain-text title (Fluent's Text): the smallest block under it that also shows the status.
  const title = findLabelElements(root, variantsFor(L.overview))[0];
  for (let el = title?.parentElement ?? null; el; el = el.parentElement) if (valueIn(el, L.status) !== null) return el;
  return null;
}

/** Status is a pair of pressed-state buttons, a radio group, a switch or plain text. */
function readStatus(scope: ParentNode): string | null {
  // Fluent's Toggle: a role=switch named by its label; its On/Off text is a separate label.
  const toggle = fieldIn(scope, L.status, undefined, 'checkbox');
  if (toggle) return isChecked(toggle) ? 'On' : 'Off';
  const group = findSection(scope, variantsFor(L.status));
  if (group) {
    const pressed = group.querySelector('[aria-pressed="true"], [aria-checked="true"], input:checked');
    if (pressed) return onOff(pressed.getAttribute('value') ?? pressed.textContent?.trim() ?? null);
  }
  return onOff(valueIn(scope, L.status));
}

/** The wizard reads "Automatic": the page's word for it ("Automatisch") is mapped. */
function automatic(shown: string | null): string | null {
  return shown !== null && labelMatches(shown, variantsFor(L.automatic)) ? 'Automatic' : shown;
}

/** The wizard reads "On"/"Off": the page's own words for them ("Ein", "オフ") are mapped; anything else is kept as shown. */
function onOff(shown: string | null): string | null {
  if (shown === null) return null;
  if (labelMatches(shown, variantsFor(L.on))) return 'On';
  if (labelMatches(shown, variantsFor(L.off))) return 'Off';
  return shown;
}

function collect(root: ParentNode): ProvisioningRead {
  const editor = detectEditor(root);
  if (editor) {
    const choice = (label: LabelVariants): string | null => {
      const el = fieldIn(editor, label, undefined, 'listbox-button') ?? fieldIn(editor, label, undefined, 'combobox');
      return el ? readControlValue(el) : valueIn(editor, label);
    };
    const rows = readTable(editor, { source: L.mappingSource.en, target: L.mappingTarget.en }, ['source', 'target']) ?? [];
    return {
      from: 'editor',
      mode: automatic(choice(L.mode)),
      scope: choice(L.scope),
      status: readStatus(editor),
      mappings: rows.map((r) => ({ source: r.cells.source ?? '', target: r.cells.target ?? '' })),
    };
  }
  const overview = detectOverview(root);
  if (!overview) return { from: 'none', mode: null, scope: null, status: null, mappings: [] };
  return {
    from: 'overview',
    mode: 'Automatic',
    scope: valueIn(overview, L.scope),
    status: onOff(valueIn(overview, L.status)),
    mappings: [],
  };
}

export const provisioning = defineFeature({
  id: 'entra/provisioning',
  portal: 'entra',
  step: 'scim',
  page: 'Enterprise app > Provisioning (edit view, and the overview after Save)',
  title: 'Provisioning',
  labels: L,
  hints: ['mode', 'overview'],
  detect: (root) => detectEditor(root) ?? detectOverview(root),
  collect,
  // Opened from saved data, or re-mounted by Save, the editor shows what Entra stored; the
  // controller marks it a draft while anything was changed in it since.
  observe: (r) =>
    r.from === 'none'
      ? null
      : {
          saved: true,
          values: compact({
            mode: r.mode ?? undefined,
            scope: r.scope ?? undefined,
            status: r.status ?? undefined,
            ...(r.from === 'editor' ? { mappings: r.mappings.map((m) => ({ source: m.source, target: m.target })) } : {}),
          }),
        },
  fill: {
    from: 'JustCall',
    plan: { mode: { from: 'constant', value: 'Automatic', source: 'The setup guide' } },
    schema: Values,
    // Manual → Automatic is the step itself, not an overwrite of the admin's data.
    insert: async (root, values, opts) => [
      // The option as the page words it ("Automatisch").
      await fillChoiceByLabel(detectEditor(root) ?? root, 'mode', L.mode, pageLabel(L.automatic), replacing(opts, 'mode')),
    ],
    canFill: (root) => detectEditor(root) !== null,
  },
  // Save re-mounts the editor: a new Provisioning Mode control means the draft was stored.
  draftMarker: (root) => {
    const editor = detectEditor(root);
    return editor ? modeControl(editor) : null;
  },
  draftScope: (root) => detectEditor(root),
  // Saving after only the mode is wrong: Admin Credentials and their Test Connection come first, in
  // their own frame (entra/provisioning-credentials points at its Test Connection). Save stays the admin's, as the notes say.
  commit: () => [],
  notes: (root) =>
    detectEditor(root) === null
      ? []
      : [
          'Admin Credentials: use "Fill from JustCall" in that section, then Test Connection. Save only after the test passes.',
          `Mappings: check ${PROVISIONING_MAPPINGS.map((m) => `${m.scim} → ${m.justcall}`).join(', ')}.`,
          `${pageLabel(L.scope)}: "Sync only assigned users and groups" is the usual choice. Then set ${pageLabel(L.status)} to ${pageLabel(L.on)} and click ${pageLabel(L.save)}.`,
        ],
});
