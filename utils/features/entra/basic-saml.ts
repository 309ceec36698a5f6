import { z } from 'zod/mini';
import { isChecked } from '@/utils/dom/checked';
import { simulateClick } from '@/utils/dom/events';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillField, valuesEqual } from '@/utils/dom/fill-field';
import { findSections } from '@/utils/dom/find-section';
import { normaliseLabel, OPTIONAL_WORDS } from '@/utils/dom/labels';
import { readControlValue } from '@/utils/dom/set-value';
import { waitForElement } from '@/utils/dom/wait';
import type { SetupSession } from '@/utils/setup/session';
import { expectedValue } from '@/utils/setup/value-keys';
import { differsOnlyBySlash } from '@/utils/setup/wizard/compare';
import { list, text } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { buttonIn, fieldIn, fieldsIn, fillOpts, fillText, valueIn } from '@/utils/features/fields';
import { plainText, requiredText, trimmedText } from '@/utils/features/fill-values';
import { displayLabel, type LabelVariants, pageLabel, variantsFor } from '@/utils/features/labels';
import { compact, highlights, shownAs } from '@/utils/features/page-helpers';
import { defineFeature, type FillOptions } from '@/utils/features/types';

/**
 * Entra: Single sign-on > SAML > section 1 "Basic SAML Configuration" (the
 * Edit pane to fill; the section summary to read). Identifier and Reply URL
 * are lists of rows, each with a "Default" checkbox.
 * "Logout Url" here is the app's logout endpoint, not Entra's "Logout URL"
 * shown in section 4 (./setup-app.ts).
 */

const L = {
  pane: { en: ['Basic SAML Configuration'] },
  identifier: { en: ['Identifier (Entity ID)', 'Identifier'] },
  replyUrl: { en: ['Reply URL (Assertion Consumer Service URL)', 'Reply URL'] },
  signOnUrl: { en: ['Sign on URL', 'Sign-on URL', 'Sign On URL'] },
  relayState: { en: ['Relay State'] },
  logoutUrl: { en: ['Logout Url'] },
  addIdentifier: { en: ['Add identifier'] },
  addReplyUrl: { en: ['Add reply URL'] },
  additionalUrls: { en: ['Set additional URLs'] },
  isDefault: { en: ['Default'] },
  save: { en: ['Save'] },
  edit: { en: ['Edit'] },
} as const;

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

const Values = z.object({
  identifier: requiredText(),
  replyUrl: requiredText(),
  signOnUrl: z.optional(trimmedText()),
  relayState: z.optional(plainText()),
  logoutUrl: z.optional(plainText()),
});
type Values = z.infer<typeof Values>;

// Section 1 shows "Required" or "Optional" (in the page's language) in place of an empty value.
const isPlaceholder = (value: string): boolean => {
  const word = normaliseLabel(value);
  return word === 'required' || OPTIONAL_WORDS.includes(word);
};

// A new app's pane has no Identifier or Reply URL input until "Add identifier" is clicked.
function isPane(section: Element): boolean {
  return fieldIn(section, L.identifier, undefined, 'textbox') !== null || buttonIn(section, L.addIdentifier) !== null;
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
  return isPlaceholder(value) ? '' : value;
}

function collect(root: ParentNode): BasicSamlRead {
  const section = detect(root);
  if (!section) return { from: 'none', identifiers: [], replyUrls: [], signOnUrl: null, relayState: null, logoutUrl: null };
  if (isPane(section)) {
    const textOf = (label: LabelVariants): string | null => {
      const el = fieldIn(section, label, undefined, 'textbox');
      return el ? readControlValue(el) : null;
    };
    return {
      from: 'pane',
      identifiers: readRows(section, L.identifier),
      replyUrls: readRows(section, L.replyUrl),
      signOnUrl: textOf(L.signOnUrl),
      relayState: textOf(L.relayState),
      logoutUrl: textOf(L.logoutUrl),
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
 * empty row; else, with `addRow`, a new row via "Add …"; else the first row
 * when the admin agreed to replace it; otherwise a conflict naming the values
 * that are there. With no row at all, "Add …" makes one.
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
    const result = await fillField(inputs[0] ?? null, expected, base);
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

/** Gallery apps keep Sign on URL, Relay State and Logout Url behind "Set additional URLs": open it, as the admin would. */
async function showAdditionalUrls(pane: Element, opts: FillOptions): Promise<void> {
  if (fieldIn(pane, L.signOnUrl, opts.lang, 'textbox')) return;
  const expander = buttonIn(pane, L.additionalUrls, opts.lang);
  if (!expander || expander.getAttribute('aria-expanded') === 'true') return;
  simulateClick(expander);
  await waitForElement(() => fieldIn(pane, L.signOnUrl, opts.lang, 'textbox'), { root: pane, timeoutMs: opts.timeoutMs ?? 3000 });
}

async function insert(root: ParentNode, values: Values, opts: FillOptions): Promise<FieldResult[]> {
  const section = detect(root);
  if (!section || !isPane(section)) {
    const problem = `Open the ${pageLabel(L.pane)} pane (the ${pageLabel(L.edit)} button in section 1) first.`;
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
  if (values.signOnUrl !== undefined) await showAdditionalUrls(section, opts);
  if (values.signOnUrl !== undefined) results.push(await fillText(section, 'signOnUrl', L.signOnUrl, values.signOnUrl, opts, 'url'));
  if (values.relayState !== undefined) results.push(await fillText(section, 'relayState', L.relayState, values.relayState, opts));
  if (values.logoutUrl !== undefined) results.push(await fillText(section, 'logoutUrl', L.logoutUrl, values.logoutUrl, opts, 'url'));
  return results;
}

/** Entra's saved Basic SAML Configuration against JustCall's Entity ID, ACS URL and the guide's sign-on URL. */
function mismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/basic-saml'];
  if (!obs?.saved) return [];
  const out: Mismatch[] = [];
  const entityId = expectedValue(session, 'entityId') ?? '';
  const acsUrl = expectedValue(session, 'acsUrl') ?? '';
  const signOn = expectedValue(session, 'signOnUrl') ?? '';
  const identifiers = list(obs, 'identifier');
  const replyUrls = list(obs, 'replyUrl');
  if (identifiers.length > 0 && !identifiers.includes(entityId)) {
    const slash = identifiers.find((i) => differsOnlyBySlash(i, entityId));
    out.push({
      id: 'identifier-mismatch',
      step: 'basic-saml',
      title: slash ? 'Identifier differs from the Entity ID by a trailing slash' : 'Identifier (Entity ID) does not match JustCall',
      detail: `Entra has "${identifiers.join('", "')}"; JustCall's Entity ID is "${entityId}". Sign-in fails with AADSTS700016.`,
      fix: `Edit ${pageLabel(L.pane)} and set ${pageLabel(L.identifier)} to exactly "${entityId}".`,
    });
  }
  if (replyUrls.length > 0 && !replyUrls.includes(acsUrl)) {
    out.push({
      id: 'reply-url-mismatch',
      step: 'basic-saml',
      title: "Reply URL in Entra is not JustCall's ACS URL",
      detail: `Entra has "${replyUrls.join('", "')}"; JustCall's ACS URL is "${acsUrl}". Sign-in fails with AADSTS50011.`,
      fix: `Edit ${pageLabel(L.pane)} and set ${pageLabel(L.replyUrl)} to exactly "${acsUrl}".`,
    });
  }
  const seenSignOn = text(obs, 'signOnUrl');
  if (seenSignOn !== null && seenSignOn !== '' && seenSignOn !== signOn) {
    out.push({
      id: 'sign-on-url-mismatch',
      step: 'basic-saml',
      title: "Sign on URL is not JustCall's login page",
      detail: `Entra has "${seenSignOn}"; the guide gives "${signOn}".`,
      fix: `Edit ${pageLabel(L.pane)} and set ${pageLabel(L.signOnUrl)} to "${signOn}".`,
    });
  }
  return out;
}

export const basicSaml = defineFeature({
  id: 'entra/basic-saml',
  portal: 'entra',
  step: 'basic-saml',
  page: 'Enterprise app > Single sign-on > SAML, section 1 (Edit pane)',
  title: 'Basic SAML Configuration',
  labels: L,
  hints: ['pane'],
  detect,
  collect,
  observe: (r) =>
    r.from === 'none'
      ? null
      : {
          // The section summary shows what Entra saved; the Edit pane shows a draft.
          saved: r.from === 'summary',
          values: compact({
            identifier: r.identifiers.map((i) => i.value).filter(Boolean),
            replyUrl: r.replyUrls.map((i) => i.value).filter(Boolean),
            signOnUrl: r.signOnUrl ?? undefined,
          }),
        },
  fill: {
    from: 'JustCall',
    plan: {
      identifier: { from: 'value', key: 'entityId' },
      replyUrl: { from: 'value', key: 'acsUrl' },
      signOnUrl: { from: 'value', key: 'signOnUrl' },
    },
    schema: Values,
    insert,
    // Section 1's summary is read-only: Fill applies once its Edit pane is open.
    canFill: (root) => {
      const section = detect(root);
      return section !== null && isPane(section);
    },
  },
  // An empty section 1 is where the admin starts: point at its Edit button.
  nextClick: (root) => {
    const section = detect(root);
    if (!section || isPane(section)) return null;
    const r = collect(root);
    const edit = r.identifiers.length === 0 || r.replyUrls.length === 0 ? buttonIn(section, L.edit) : null;
    return edit ? { label: `${shownAs(L.edit, edit)[0]} on ${pageLabel(L.pane)}`, el: edit } : null;
  },
  commit: (root) => {
    const section = detect(root);
    return highlights(shownAs(L.save, section && isPane(section) ? buttonIn(section, L.save) : null));
  },
  mismatches,
});
