import { isChecked, setChecked } from './checked';
import { nextPaint } from './next-paint';
import { currentFileName, setFileInput } from './file-input';
import { chooseComboboxOption, chooseListboxOption } from './choose-option';
import { type FieldIdentity, type FieldResult, notFound } from './field-result';
import { labelMatches } from './labels';
import { readControlValue, setTextValue } from './set-value';

/**
 * The one place that decides filled / already-right / conflict (docs/ARCHITECTURE.md,
 * decision 3: never overwrite silently). Each control kind supplies how to
 * read and write; the decision is shared, so filling twice changes nothing.
 */

export type Comparison = 'exact' | 'url' | 'label';

export interface FillFieldOptions extends FieldIdentity {
  /** Replace a different existing value (only after the admin agreed). */
  overwrite: boolean;
  /** 'url': ignore surrounding spaces; 'label': option text, normalised; 'exact' by default. */
  compare?: Comparison;
}

export function valuesEqual(a: string, b: string, compare: Comparison = 'exact'): boolean {
  if (compare === 'url') return a.trim() === b.trim();
  if (compare === 'label') return labelMatches(a, [b]) || (a.trim() === '' && b.trim() === '');
  return a === b;
}

interface ControlAccess {
  read: () => string;
  /** Write and return a problem, or null when the control accepted it. */
  write: () => Promise<string | null>;
}

/**
 * Let the page catch up before the value is read back and before the next field is written: a framework that
 * renders later (batched state, a scheduler, a layout measured in an animation frame) would otherwise keep
 * handlers that close over an older render and lose the field (see next-paint.ts).
 */
function settle(el: Element): Promise<void> {
  return nextPaint(el);
}

async function decide(el: Element, access: ControlAccess, expected: string, opts: FillFieldOptions): Promise<FieldResult> {
  const id = { field: opts.field, label: opts.label };
  const before = access.read();
  if (valuesEqual(before, expected, opts.compare)) return { ...id, status: 'already-right', before, after: before, expected };
  if (before.trim() !== '' && !opts.overwrite) {
    return {
      ...id,
      status: 'conflict',
      before,
      expected,
      problem: `"${opts.label}" already holds a different value; it was left as it is.`,
    };
  }
  let problem: string | null;
  try {
    problem = await access.write();
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  await settle(el);
  const after = access.read();
  if (problem === null && valuesEqual(after, expected, opts.compare)) return { ...id, status: 'filled', before, after, expected };
  return { ...id, status: 'failed', before, after, expected, problem: problem ?? `"${opts.label}" shows "${after}" after filling.` };
}

/** A text field (input, textarea, role=textbox). */
export function fillField(el: Element | null, expected: string, opts: FillFieldOptions): Promise<FieldResult> {
  if (!el) return Promise.resolve(notFound(opts, expected));
  return decide(
    el,
    {
      read: () => readControlValue(el),
      write: () => {
        setTextValue(el, expected);
        return Promise.resolve(null);
      },
    },
    expected,
    opts,
  );
}

// Dropdowns show a prompt ("Select a role", "Choose…") until something is chosen; that is not a value.
const PROMPT = /^(?:select|choose|pick|--)(?:\b|\s|$)/i;

function chosenValue(el: Element): string {
  const value = readControlValue(el).trim();
  if (value === (el.getAttribute('placeholder') ?? '').trim() || PROMPT.test(value)) return '';
  return value;
}

/** A searchable combobox or a listbox button; option texts compare normalised. */
export function fillChoice(
  el: Element | null,
  expected: string,
  opts: FillFieldOptions & { kind: 'combobox' | 'listbox'; timeoutMs?: number },
): Promise<FieldResult> {
  if (!el) return Promise.resolve(notFound(opts, expected));
  const choose = opts.kind === 'combobox' ? chooseComboboxOption : chooseListboxOption;
  return decide(
    el,
    {
      read: () => chosenValue(el),
      write: async () => (await choose(el, expected, { timeoutMs: opts.timeoutMs })).problem ?? null,
    },
    expected,
    { ...opts, compare: 'label' },
  );
}

/** A file input; "the value" is the chosen file's name. */
export function fillFile(el: Element | null, file: File, opts: FillFieldOptions): Promise<FieldResult> {
  if (!el) return Promise.resolve(notFound(opts, file.name));
  return decide(
    el,
    {
      read: () => currentFileName(el),
      write: () => Promise.resolve(setFileInput(el, file).problem ?? null),
    },
    file.name,
    { ...opts, compare: 'exact' },
  );
}

/**
 * A checkbox or radio that should end up `want`. Turning on a radio is a
 * choice within a form being created, not an overwrite, so it never conflicts.
 */
export async function fillCheck(el: Element | null, want: boolean, opts: FieldIdentity): Promise<FieldResult> {
  const expected = want ? 'checked' : 'unchecked';
  if (!el) return notFound(opts, expected);
  const state = (): string => (isChecked(el) ? 'checked' : 'unchecked');
  const before = state();
  if (before === expected) return { ...opts, status: 'already-right', before, after: before, expected };
  setChecked(el, want);
  await settle(el);
  const after = state();
  return after === expected
    ? { ...opts, status: 'filled', before, after, expected }
    : { ...opts, status: 'failed', before, after, expected, problem: `"${opts.label}" did not change when clicked.` };
}
