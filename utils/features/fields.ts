import { type FieldRole, findField, findFields } from '@/utils/dom/find-field';
import { fillChoice, fillField, type FillFieldOptions } from '@/utils/dom/fill-field';
import type { FieldResult } from '@/utils/dom/field-result';
import { readLabelledValue } from '@/utils/dom/read-value';
import { displayLabel, type LabelVariants, variantsFor } from './labels';
import type { FillOptions } from './types';

/** Small glue between label data and the dom helpers, shared by the features. */

export function fieldIn(scope: ParentNode, label: LabelVariants, lang?: string, role?: FieldRole): Element | null {
  return findField(scope, variantsFor(label, lang), role ? { role } : {});
}

export function fieldsIn(scope: ParentNode, label: LabelVariants, lang?: string, role?: FieldRole): Element[] {
  return findFields(scope, variantsFor(label, lang), role ? { role } : {});
}

export function valueIn(scope: ParentNode, label: LabelVariants, lang?: string): string | null {
  return readLabelledValue(scope, variantsFor(label, lang));
}

/** The dom engine's options for one field: it may overwrite only what the admin agreed to replace. */
export function fillOpts(
  field: string,
  label: LabelVariants,
  opts: FillOptions,
  compare: FillFieldOptions['compare'] = 'exact',
): FillFieldOptions {
  return { field, label: displayLabel(label), overwrite: opts.replace.has(field), compare };
}

/** The same options with `field` agreed to be replaced: for a change that is the step itself, not an overwrite. */
export function replacing(opts: FillOptions, field: string): FillOptions {
  return { ...opts, replace: new Set([...opts.replace, field]) };
}

/** A text field by label. */
export function fillText(
  scope: ParentNode,
  field: string,
  label: LabelVariants,
  expected: string,
  opts: FillOptions,
  compare: FillFieldOptions['compare'] = 'exact',
): Promise<FieldResult> {
  return fillField(fieldIn(scope, label, opts.lang, 'textbox'), expected, fillOpts(field, label, opts, compare));
}

/** A choice drawn as a <select>, a searchable combobox or a listbox button, whichever the page has. */
export function fillChoiceByLabel(
  scope: ParentNode,
  field: string,
  label: LabelVariants,
  expected: string,
  opts: FillOptions,
): Promise<FieldResult> {
  const variants = variantsFor(label, opts.lang);
  const listbox = findField(scope, variants, { role: 'listbox-button' });
  const combobox = listbox ? null : findField(scope, variants, { role: 'combobox' });
  return fillChoice(listbox ?? combobox, expected, {
    ...fillOpts(field, label, opts),
    kind: listbox ? 'listbox' : 'combobox',
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  });
}

/** What the admin clicks by that name: a button, else a link (Knockout's "Add identifier" is an anchor; Fluent's is a button). */
export function buttonIn(scope: ParentNode, label: LabelVariants, lang?: string): Element | null {
  return fieldIn(scope, label, lang, 'button') ?? fieldIn(scope, label, lang, 'link');
}
