import { buildInput, runRules, type RuleResult } from './checks';
import { readProvisioningInputs, type InputFile } from './read';
import { summarise, type ProvisioningSummary } from './summary';
import type { Finding, InputKind, JobStatus, ProvisioningEvent, ProvisioningInput, ReadProblem } from './types';

/**
 * The pipeline: read (detect, parse, normalise) -> facts per event -> rules
 * -> summary. Pure apart from the clock default, so it runs in Node, the
 * service worker, a Worker and pages alike.
 */

export interface AnalyseOptions {
  /** ISO time to judge the job's quarantine against; defaults to the clock. */
  now?: string;
}

export interface ProvisioningAnalysis {
  kind: InputKind;
  events: ProvisioningEvent[];
  /** The job status given (the first, when several were). */
  job: JobStatus | null;
  /** The top cause first, then errors, warnings, information. */
  findings: Finding[];
  /** For each finding id, the indexes into `events` it is based on. */
  evidence: Record<string, number[]>;
  summary: ProvisioningSummary;
  /** What could not be read, or only in part. Never personal data. */
  problems: ReadProblem[];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function nowOf(options: AnalyseOptions): number {
  const t = options.now ? Date.parse(options.now) : NaN;
  return Number.isNaN(t) ? Date.now() : t;
}

function ordered(results: readonly RuleResult[], topId: string | null): RuleResult[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Number(b.r.finding.id === topId) - Number(a.r.finding.id === topId) ||
        RANK[a.r.finding.severity] - RANK[b.r.finding.severity] ||
        b.r.events.length - a.r.events.length ||
        a.i - b.i,
    )
    .map((x) => x.r);
}

/** Analyses what the readers produced. */
export function analyseProvisioningInput(input: ProvisioningInput, options: AnalyseOptions = {}): ProvisioningAnalysis {
  const problems = [...input.problems];
  const job = input.jobs[0] ?? null;
  if (input.jobs.length > 1)
    problems.push({
      file: null,
      severity: 'info',
      message: `${input.jobs.length} provisioning jobs were given; the first${job?.jobId ? ` (${job.jobId.slice(0, 120)})` : ''} is the one analysed.`,
    });
  let results: RuleResult[];
  try {
    results = runRules(buildInput(input.events, job, nowOf(options)));
  } catch (err) {
    problems.push({
      file: null,
      severity: 'error',
      message: `The analysis failed (${err instanceof Error ? err.name : 'error'}). Please report it with the redacted export.`,
    });
    results = [];
  }
  const summary = summarise(input.events, results, job);
  const sorted = ordered(results, summary.topCause?.findingId ?? null);
  const evidence: Record<string, number[]> = {};
  for (const r of sorted) evidence[r.finding.id] = [...r.events];
  return { kind: input.kind, events: input.events, job, findings: sorted.map((r) => r.finding), evidence, summary, problems };
}

/** Several files given together: the CSV trio of one download, or a log plus the job. */
export function analyseProvisioningFiles(files: readonly InputFile[], options: AnalyseOptions = {}): ProvisioningAnalysis {
  return analyseProvisioningInput(readProvisioningInputs(files), options);
}

/** One pasted or loaded text; `name` is its file name when known (it helps only with CSV parts). */
export function analyseProvisioningText(text: string, name: string | null = null, options: AnalyseOptions = {}): ProvisioningAnalysis {
  return analyseProvisioningFiles([{ name, text }], options);
}

/**
 * The doctor's exit status, as for SAML: 2 when a file given could not be
 * used at all, 1 when a finding is an error, 0 otherwise.
 */
export function provisioningExitCode(analysis: Pick<ProvisioningAnalysis, 'findings' | 'problems'>): 0 | 1 | 2 {
  if (analysis.problems.some((p) => p.severity === 'error')) return 2;
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
