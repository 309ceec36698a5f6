import type { FieldResult } from '@/utils/dom/field-result';
import type { Highlight } from '@/utils/features/types';
import type { MountedControl } from './control-model';

/** What the controller remembers about one feature on this page, between scans. */
export interface FeatureState {
  /** The detected pane, or null when the feature is not on the page. */
  anchor: Element | null;
  control: MountedControl | null;
  /** The last observation sent, so an unchanged page is not reported again. */
  lastSent: string;
  lastSecret: string;
  results: FieldResult[];
  /** Fields the admin agreed to replace (the Replace button). */
  consent: Set<string>;
  busy: boolean;
  /** Filled but not yet seen saved: observations are drafts until this element is replaced. */
  dirtyAnchor: Element | null;
  /** Values the plan still lacks, in words. */
  missing: string[];
  error: string | null;
  commit: Highlight[];
  next: Highlight | null;
  notes: string[];
  canFill: boolean;
}

export function newFeatureState(): FeatureState {
  return {
    anchor: null,
    control: null,
    lastSent: '',
    lastSecret: '',
    results: [],
    consent: new Set(),
    busy: false,
    dirtyAnchor: null,
    missing: [],
    error: null,
    commit: [],
    next: null,
    notes: [],
    canFill: true,
  };
}

/** A closed pane leaves its results behind; a new pane starts fresh. */
export function forgetPane(s: FeatureState): void {
  s.control?.unmount();
  s.control = null;
  s.anchor = null;
  s.results = [];
  s.consent.clear();
}
