import { z } from 'zod/mini';
import { plainText, trimmedText, requiredText } from '@/utils/portals/fill-values';
import { isChecked } from '@/utils/dom/checked';
import { simulateClick } from '@/utils/dom/events';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillField, valuesEqual } from '@/utils/dom/fill-field';
import { findSections } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { waitForElement } from '@/utils/dom/wait';
import { buttonIn, fieldIn, fieldsIn, fillOpts, fillText, valueIn } from '@/utils/portals/fields';
import { displayLabel, type FillOptions, type LabelVariants, type PortalFeature, variantsFor } from '@/utils/portals/types';

/**
 * Entra: Single sign-on > SAML > section 1 "Basic SAML Configuration" (the
 * Edit pane to fill; the section summary to read). Identifier and Reply URL
 * are lists of rows, each with a "Default" checkbox.
 * "Logout Url" here is the app's logout endpoint, not Entra's "Logout URL"
 * shown in section 4 (setup-app.ts).
 */

export const BASIC_SAML_LABELS = {
  pane: { en: ['Basic SAML Configuration'] },
  identifier: { en: ['Identifier (Entity ID)', 'Identifier'] },
  replyUrl: { en: ['Reply URL (Assertion Consumer Service URL)', 'Reply URL'] },
  signOnUrl: { en: ['Sign on URL', 'Sign-on URL', 'Sign On URL'] },
  relayState: { en: ['Relay State'] },
  logoutUrl: { en: ['Logout Url'] },
  addIdentifier: { en: ['Add identifier'] },
  addReplyUrl: { en: ['Add reply URL'] },
  isDefault: { en: ['Default'] },
  save: { en: ['Save'] },
} as const;
const L = BASIC_SAML_LABELS;

export interface UrlRowRead {
  value: string;
  /** null when the page shows no Default checkbox (the section summary). */
  isDefault: boolean | null;
}

export interface BasicSamlRead {
  /** 'pane' when read from the Edit pane's inputs, 'summary' from section 1's table. */
  from: 'pane' | 'summary' | 'none';
  identifiers: UrlRowRead[];
  replyUrls: UrlRowRead[];
  signOnUrl: string | null;
  relayState: string | null;
  logoutUrl: string | null;
}

export const BasicSamlValues = z.object({
  identifier: requiredText(),
  replyUrl: requiredText(),
  signOnUrl: z.optional(trimmedText()),
  relayState: z.optional(plainText()),
  logoutUrl: z.optional(plainText()),
});
export type BasicSamlValues = z.infer<typeof BasicSamlValues>;

// Section 1 shows these words in place of an empty value.
const SUMMARY_PLACEHOLDERS = new Set(['required', 'optional']);

function isPane(section: Element): boolean {
  return fieldIn(section, L.identifier, undefined, 'textbox') !== null;
}

/** The Edit pane when open, else the section-1 summary. */
function detect(root: ParentNode): Element | null {
  const sections = findSections(root, variantsFor(L.pane));
  return sections.find(isPane) ?? sections[0] ?? null;
}

function rowOf(input: Element): Element {
  return input.closest('tr, [role="row"], li') ?? input.parentElement ?? input;
}

function readRows(pane: Element, label: LabelVariants): UrlRowRead[] {
  return fieldsIn(pane, label, undefined, 'textbox').map((input) => {
    const box = fieldIn(rowOf(input), L.isDefault, undefined, 'checkbox');
    return { value: readControlValue(input).trim(), isDefault: box ? isChecked(box) : null };
  });
}

function summaryValue(section: Element, label: LabelVariants): string | null {
  const value = valueIn(section, label);
  if (value === null) return null;
  return SUMMARY_PLACEHOLDERS.has(value.trim().toLowerCase()) ? '' : value;
}

function read(root: ParentNode): BasicSamlRead {
  const section = detect(root);
  if (!section) return { from: 'none', identifiers: [], replyUrls: [], signOnUrl: null, relayState: null, logoutUrl: null };
  if (isPane(section)) {
    const text = (label: LabelVariants): string | null => {
      const el = fieldIn(section, label, undefined, 'textbox');
      return el ? readControlValue(el) : null;
    };
    return {
      from: 'pane',
      identifiers: readRows(section, L.identifier),
      replyUrls: readRows(section, L.replyUrl),
      signOnUrl: text(L.signOnUrl),
      relayState: text(L.relayState),
      logoutUrl: text(L.logoutUrl),
    };
  }
  const row = (label: LabelVariants): UrlRowRead[] => {
    const v = summaryValue(section, label);
    return v ? [{ value: v, isDefault: null }] : [];
  };
  return {
    from: 'summary',
    identifiers: row(L.identifier),
    replyUrls: row(L.replyUrl),
    signOnUrl: summaryValue(section, L.signOnUrl),
    relayState: summaryValue(section, L.relayState),
    logoutUrl: summaryValue(section, L.logoutUrl),
  };
}

/**
 * A list field: already right if any row holds the value; else the first
 * empty row; else, with `addRow`, a new row via "Add …"; with `overwrite`,
 * the first row; otherwise a conflict naming the values that are there.
 */
async function fillRows(
  pane: Element,
  field: string,
  label: LabelVariants,
  addLabel: LabelVariants,
  expected: string,
  opts: FillOptions,
): Promise<FieldResult> {
  const base = fillOpts(field, label, opts, 'url');
  const inputs = fieldsIn(pane, label, opts.lang, 'textbox');
  const same = inputs.find((i) => valuesEqual(readControlValue(i), expected, 'url'));
  if (same) return fillField(same, expected, base);
  const empty = inputs.find((i) => readControlValue(i).trim() === '');
  if (empty) return fillField(empty, expected, base);
  if (inputs.length > 0 && !opts.addRow) {
    const result = await fillField(inputs[0] ?? null, expected, { ...base, overwrite: opts.overwrite });
    if (result.status !== 'conflict') return result;
    const existing = inputs.map((i) => readControlValue(i).trim());
    return {
      ...result,
      before: existing.join(', '),
      problem: `"${base.label}" already holds ${existing.map((v) => `"${v}"`).join(', ')}; add a row or agree to replace the first.`,
    };
  }
  const add = buttonIn(pane, addLabel, opts.lang);
  if (!add) return fillField(null, expected, base);
  const count = inputs.length;
  simulateClick(add);
  const fresh = await waitForElement(
    () =>
      fieldsIn(pane, label, opts.lang, 'textbox')
        .slice(count)
        .find((i) => readControlValue(i).trim() === '') ?? null,
    { root: pane, timeoutMs: opts.timeoutMs ?? 3000 },
  );
  if (!fresh) return { ...base, status: 'failed', expected, problem: `"${displayLabel(addLabel)}" did not add an empty row.` };
  return fillField(fresh, expected, base);
}

async function fill(root: ParentNode, values: BasicSamlValues, opts: FillOptions): Promise<FieldResult[]> {
  const section = detect(root);
  if (!section || !isPane(section)) {
    const problem = 'Open the Basic SAML Configuration pane (the Edit button in section 1) first.';
    const missing = (field: string, label: LabelVariants, expected: string): FieldResult => ({
      field,
      label: displayLabel(label),
      status: 'not-found',
      expected,
      problem,
    });
    return [missing('identifier', L.identifier, values.identifier), missing('replyUrl', L.replyUrl, values.replyUrl)];
  }
  const results = [
    await fillRows(section, 'identifier', L.identifier, L.addIdentifier, values.identifier, opts),
    await fillRows(section, 'replyUrl', L.replyUrl, L.addReplyUrl, values.replyUrl, opts),
  ];
  if (values.signOnUrl !== undefined) results.push(await fillText(section, 'signOnUrl', L.signOnUrl, values.signOnUrl, opts, 'url'));
  if (values.relayState !== undefined) results.push(await fillText(section, 'relayState', L.relayState, values.relayState, opts));
  if (values.logoutUrl !== undefined) results.push(await fillText(section, 'logoutUrl', L.logoutUrl, values.logoutUrl, opts, 'url'));
  return results;
}

export const basicSaml: PortalFeature<BasicSamlRead, BasicSamlValues> = {
  id: 'entra.basic-saml',
  portal: 'entra',
  step: 'basic-saml',
  page: 'Enterprise app > Single sign-on > SAML, section 1 (Edit pane)',
  labels: L,
  detect,
  read,
  fillSchema: BasicSamlValues,
  fill,
};

/** The pane's Save button, to highlight. */
export function basicSamlSaveButton(root: ParentNode): Element | null {
  const section = detect(root);
  return section && isPane(section) ? buttonIn(section, L.save) : null;
}
