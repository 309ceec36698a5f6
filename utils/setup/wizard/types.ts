import type { StepId } from '@/utils/setup/steps';
import type { PortalName } from '@/utils/hosts';
import type { FeatureId, ValueKey } from '@/utils/setup/session';
import type { StepLink } from '@/utils/setup/links';
import type { CloudId } from '@/utils/hosts';

/** The shapes the wizard view is made of; see ./derive for how they are filled. */

export type StepState = 'not-started' | 'in-progress' | 'done' | 'problem';

export interface Mismatch {
  id: string;
  step: StepId;
  title: string;
  detail: string;
  fix: string;
}

export interface ValueView {
  key: ValueKey | 'certificate' | 'scimSecretToken';
  label: string;
  value: string;
  /** "Read from … at …" or "JustCall's documented default". */
  sourceText: string;
  valid: boolean;
  problem?: string;
  step: StepId;
  /** Secrets are never shown, only copied. */
  secret?: boolean;
  /** What Copy puts on the clipboard when it is not `value` (the certificate's PEM). */
  copyText?: string;
}

/** A value a page showed that waits for the admin's yes or no. */
export interface PendingView {
  key: ValueKey;
  label: string;
  value: string;
  reason: 'changed' | 'unusual-host';
  note: string;
  sourceText: string;
  step: StepId;
}

export interface MissingField {
  feature: FeatureId;
  label: string;
  wanted: string;
  /** What the page holds now (conflicts). */
  current?: string;
  message?: string;
}

export interface StepView {
  id: StepId;
  guideStep: string;
  title: string;
  optional: boolean;
  state: StepState;
  summary: string;
  problems: Mismatch[];
  link: StepLink | null;
}

export interface WizardView {
  steps: StepView[];
  mismatches: Mismatch[];
  values: ValueView[];
  pending: PendingView[];
  missing: MissingField[];
  conflicts: MissingField[];
  /** Portals whose pages are not in English: fill is off there, copy buttons stay. */
  foreignPortals: { portal: PortalName; lang: string }[];
}

export interface WizardContext {
  hasScimToken: boolean;
  /** The cloud the admin chose; the step links go to its admin center. */
  cloud?: CloudId;
}
