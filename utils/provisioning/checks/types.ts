import type { Finding, JobStatus, ProvisioningEvent } from '@/utils/provisioning/types';
import type { EventFacts } from './facts';

/** Everything a rule may look at. Rules are pure: same input, same findings. */
export interface CheckInput {
  events: readonly ProvisioningEvent[];
  /** facts[i] belongs to events[i]. */
  facts: readonly EventFacts[];
  job: JobStatus | null;
  /** The time to judge the job's quarantine against, ms since epoch. */
  nowMs: number;
}

/**
 * What a finding is about, for the summary: a 'problem' (something failed or
 * needs fixing), a 'skip' (users left out), or a 'success' worth reporting
 * (users deactivated as they should be, users already in sync).
 */
export type ResultKind = 'problem' | 'skip' | 'success';

export interface RuleResult {
  finding: Finding;
  /** Indexes (into input.events) of the events behind the finding. */
  events: readonly number[];
  kind: ResultKind;
  /** The finding explains the job's state (quarantine, last execution) as well as, or instead of, events. */
  explainsJob?: boolean;
}

export interface Rule {
  /** Stable name of the rule (its file name). */
  name: string;
  /**
   * Whether this rule explains an event. Each event goes to the first rule,
   * in registry order, that claims it, so counts never add up twice.
   * Rules about the job alone have none.
   */
  claims?: (event: ProvisioningEvent, facts: EventFacts) => boolean;
  run: (input: CheckInput, claimed: readonly number[]) => RuleResult[];
}
