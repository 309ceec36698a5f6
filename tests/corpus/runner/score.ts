import type { FieldSpec, JudgeValue } from '@/tests/corpus/variant';
import type { SetupSession } from '@/utils/setup/session';

/**
 * Per field, one outcome: filled correctly, wrong (a wrong value or the value
 * of another field: worse than none), not filled, or, for a field that held
 * the right value before the fill, kept (left out of the fill rate).
 */

export type Outcome = 'correct' | 'wrong' | 'not-filled' | 'kept';

export interface FieldOutcome {
  feature: string;
  field: string;
  outcome: Outcome;
  /** Counted in the fill rate (not a field that was already right). */
  counted: boolean;
  expected: JudgeValue;
  got: JudgeValue | undefined;
  /** What the assistant's control said about the field, if it listed it. */
  claimed?: string;
}

export type Judged = Record<string, JudgeValue>;

/** A certificate's Base64 body, whatever its armour and line breaks. */
export function certificateBody(v: string): string {
  return v.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

function normal(v: JudgeValue | undefined, spec: FieldSpec): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => x.trim()).filter((x) => x !== ''));
  if (typeof v === 'string') return spec.certificate ? certificateBody(v) : v.trim();
  return String(v);
}

function same(a: JudgeValue | undefined, b: JudgeValue | undefined, spec: FieldSpec): boolean {
  return normal(a, spec) === normal(b, spec);
}

function fromPage(spec: FieldSpec, before: Judged, after: Judged): { outcome: Outcome; got: JudgeValue | undefined } {
  const got = after[spec.field];
  if (spec.keep) return { outcome: same(got, spec.expected, spec) ? 'kept' : 'wrong', got };
  if (same(got, spec.expected, spec)) return { outcome: 'correct', got };
  if (got === undefined || same(got, before[spec.field], spec)) return { outcome: 'not-filled', got };
  return { outcome: 'wrong', got };
}

function observed(session: SetupSession | null, feature: string, key: string): JudgeValue | undefined {
  const v = session?.observations[feature as keyof SetupSession['observations']]?.values[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return v;
  const texts = v.filter((x): x is string => typeof x === 'string');
  return texts.length === v.length ? texts : JSON.stringify(v);
}

export interface SessionFacts {
  session: SetupSession | null;
  /** Text of each side-panel step card, by step id. */
  steps: Record<string, string>;
}

function fromSession(spec: FieldSpec, facts: SessionFacts): { outcome: Outcome; got: JudgeValue | undefined } {
  const s = facts.session;
  const src = spec.source;
  switch (src.from) {
    case 'page':
      throw new Error('not a session field');
    case 'carried': {
      const carried = s?.values[src.key];
      const seen = src.observed ? observed(s, src.observed.feature, src.observed.key) : undefined;
      const fromItsPage = carried?.source.kind === 'page' && carried.source.portal === src.portal;
      if (carried && fromItsPage && same(carried.value, spec.expected, spec)) {
        // Right value carried; still wrong if the feature reported another one for it.
        return { outcome: seen !== undefined && !same(seen, spec.expected, spec) ? 'wrong' : 'correct', got: carried.value };
      }
      if (carried && !same(carried.value, spec.expected, spec)) return { outcome: 'wrong', got: carried.value };
      if (seen !== undefined && !same(seen, spec.expected, spec)) return { outcome: 'wrong', got: seen };
      return { outcome: 'not-filled', got: carried?.value ?? seen };
    }
    case 'observed': {
      const seen = observed(s, src.feature, src.key);
      if (seen === undefined) return { outcome: 'not-filled', got: undefined };
      return { outcome: same(seen, spec.expected, spec) ? 'correct' : 'wrong', got: seen };
    }
    case 'not-carried': {
      const carried = s?.values[src.key];
      return carried?.source.kind === 'page' ? { outcome: 'wrong', got: carried.value } : { outcome: 'kept', got: null };
    }
    case 'side-panel': {
      const text = facts.steps[src.step] ?? '';
      const carried = s?.values[src.wrongIfCarried];
      // The seed carries no such value: one carried from a page now was taken from this one, which shows none.
      if (carried?.source.kind === 'page') return { outcome: 'wrong', got: carried.value };
      return { outcome: src.pattern.test(text) ? 'correct' : 'not-filled', got: text.slice(0, 200) };
    }
  }
}

export function scoreField(spec: FieldSpec, before: Judged, after: Judged, facts: SessionFacts, claimed?: string): FieldOutcome {
  const { outcome, got } = spec.source.from === 'page' ? fromPage(spec, before, after) : fromSession(spec, facts);
  return {
    feature: spec.feature,
    field: spec.field,
    outcome,
    counted: !spec.keep,
    expected: spec.expected,
    got,
    ...(claimed ? { claimed } : {}),
  };
}
