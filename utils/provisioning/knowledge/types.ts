import type { StepId } from '@/utils/setup/steps';

/**
 * How the provisioning knowledge is written down. Every text is ours,
 * written for an admin connecting JustCall; the facts behind each entry are
 * in ../shared/reference/provisioning-facts.md, cited by section in `source`.
 */

/**
 * How sure the entry is:
 * - 'documented': in Microsoft's error-code tables or reference pages;
 * - 'sample': seen verbatim in a Microsoft sample response;
 * - 'third-party': seen only in vendor guides or public issues;
 * - 'inferred': not seen verbatim; guessed from the naming pattern or a
 *   neighbouring fact (the facts file flags each such guess).
 */
export type Evidence = 'documented' | 'sample' | 'third-party' | 'inferred';

export interface Explained {
  /** One line: what went wrong (or happened). */
  title: string;
  /** Why, in plain words. */
  cause: string;
  /** What to do, concretely. */
  fix: string;
  /** The setup step that fixes it; null when no setup step does (JustCall's side, Microsoft's side, or nothing to do). */
  step: StepId | null;
  evidence: Evidence;
  /** Section of provisioning-facts.md the entry rests on. */
  source: string;
}

/** 'error': the change failed; 'skip': nothing was done, by design; 'info': worth knowing. */
export type CodeKind = 'error' | 'skip' | 'info';

export type CodeArea =
  | 'credentials' // the Secret Token or the Tenant URL
  | 'target' // JustCall's service answered with an error or not at all
  | 'data' // a value of the user or the mapping
  | 'matching' // Entra and JustCall disagree on who is who
  | 'scope' // assignment and scoping
  | 'service' // Entra's own service
  | 'cross-tenant'; // codes of Entra-to-Entra synchronization, not of SCIM apps

export interface CodeKnowledge extends Explained {
  /** Microsoft's spelling. */
  code: string;
  /** Other spellings matched exactly (case-insensitively). */
  aliases: readonly string[];
  /**
   * The condition part that a target prefix may precede: "EntryConflict"
   * matches "ContosoEntryConflict" and "SystemForCrossDomainIdentityManagementEntryConflict".
   * Null: matched only exactly.
   */
  suffix: string | null;
  kind: CodeKind;
  area: CodeArea;
  /** Entra retries it by itself soon ('automatic'), or nothing is retried (null). */
  retry: 'automatic' | null;
}
