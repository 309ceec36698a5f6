import type { FeatureId, ValueKey } from '@/utils/setup/session';

/**
 * One corpus variant: a small page in one shape the real portals may have
 * (../shared/reference/portal-dom-evidence.md), the admin's story on it, and
 * the fields the assistant should leave saved, each with its expected value.
 * The page keeps what is typed in its framework's state and reports it through
 * `window.__corpusJudge()`; the runner compares that, never the DOM.
 */

/** One document the corpus server answers with: a top page or a frame. */
export interface CorpusDocument {
  /** A real portal host name, e.g. entra.microsoft.com, sandbox-3.reactblade.portal.azure.net. */
  host: string;
  path: string;
  /** `<html lang>`, default "en". */
  lang?: string;
  title: string;
  /** Extra query parameters (before the corpus' own `corpus` and `doc`), e.g. the shell's `l=de-de`. */
  query?: Record<string, string>;
  /** Only for the top document: the portal's deep-link hash. */
  hash?: string;
  /** A page script under tests/corpus/pages, without extension, that draws this document. */
  script?: string;
  /** Static body HTML (the portal shell around a view); `url(name)` gives another document's address. */
  body?: (url: (doc: string) => string) => string;
}

/** What the admin does, in order. */
export type Step =
  /** A real click on a control of the page, found by role and accessible name in one document. */
  | { kind: 'click'; doc: string; role: 'button' | 'link' | 'menuitem'; name: string }
  /**
   * The admin presses the assistant's Fill button of one feature; with `confirmSecret`, first lets
   * the form have JustCall's SCIM Secret Token in the side panel when the side panel asks.
   */
  | { kind: 'fill'; feature: FeatureId; confirmSecret?: true }
  /** The admin only looks: the runner waits until the feature reported what it saw (a read-only feature). */
  | { kind: 'read'; feature: FeatureId };

/** Where a judged value comes from: the page's saved state, or what the extension read into its session. */
export type JudgeSource =
  | { from: 'page' }
  /** A value carried in the session from a page of `portal` (values[key], source kind "page"), or what the feature observed. */
  | { from: 'carried'; key: ValueKey; portal: 'entra' | 'justcall'; observed?: { feature: FeatureId; key: string } }
  /** A value the feature observed (observations[feature].values[key]). */
  | { from: 'observed'; feature: FeatureId; key: string }
  /** The session must NOT carry `key` from a page (the page shows no such value). */
  | { from: 'not-carried'; key: ValueKey }
  /** The side panel's step card says, in words matching `pattern`, what the page shows. */
  | { from: 'side-panel'; step: string; pattern: RegExp; wrongIfCarried: ValueKey };

export type JudgeValue = string | number | boolean | string[] | null;

export interface FieldSpec {
  feature: FeatureId;
  /** The judge's key (page) or a name for the read value (session). */
  field: string;
  expected: JudgeValue;
  source: JudgeSource;
  /**
   * The page already holds the expected value before the fill (Namespace empty,
   * Source = Attribute): it is judged only for being changed, which counts as wrong,
   * and left out of the fill rate.
   */
  keep?: boolean;
  /** Compare as a certificate: the Base64 body, whatever the line breaks and armour. */
  certificate?: boolean;
}

export interface SeedChoice {
  /** Values the seeded session does not carry (the variant's page is where they are read). */
  omit?: readonly ValueKey[];
  /** False: Entra's federation metadata was not fetched yet, so no Login URL, Identifier or certificate is carried. */
  metadata?: boolean;
  /** Whether storage.session holds JustCall's SCIM Secret Token (default: yes). */
  token?: boolean;
}

export type Stack = 'fluent' | 'knockout' | 'react' | 'frames';

export interface Variant {
  id: string;
  title: string;
  stack: Stack;
  /** The evidence points (portal-dom-evidence.md, portal-i18n-and-clouds.md) this shape comes from. */
  evidence: string;
  /** The admin's story, in words, for the README and the table. */
  story: string;
  top: string;
  documents: Record<string, CorpusDocument>;
  seed?: SeedChoice;
  steps: Step[];
  fields: FieldSpec[];
  /** How long the page may take to draw (default 15 s). */
  drawTimeoutMs?: number;
}

export function variantUrl(variant: Variant, doc: string, origin?: (host: string) => string): string {
  const d = variant.documents[doc];
  if (!d) throw new Error(`${variant.id}: no document "${doc}"`);
  const query = new URLSearchParams({ ...(d.query ?? {}), corpus: variant.id, doc });
  const base = origin ? origin(d.host) : `https://${d.host}`;
  return `${base}${d.path}?${query.toString()}${d.hash ?? ''}`;
}
