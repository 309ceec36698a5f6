/**
 * The provisioning doctor's core: pure TypeScript (no browser API, no DOM),
 * so the CLI, the devtools panel, a Worker and the service worker all run the
 * same code. It reads what an admin can export from Entra about SCIM
 * provisioning to JustCall and explains it, as utils/saml does for sign-ins.
 *
 *   read/ + csv/ + model/   detect and parse any supported export, normalise (zod)
 *   knowledge/              every documented code, skip and quarantine reason,
 *                           RFC 7644 statuses and scimTypes, in our own words
 *   checks/                 one rule per file: events and job -> findings
 *   summary/                the last cycle and its top cause
 *   redact/ + report/       allow-list redaction, Markdown and JSON exports
 *
 * ## The one call
 *
 * ```ts
 * const a = analyseProvisioningText(text, fileName, { now });       // one file or paste
 * const a = analyseProvisioningFiles([{ name, text }, ...], { now }); // several (the CSV trio)
 * a.kind       // 'graph' | 'download-json' | 'download-csv' | 'on-demand' | 'job' | 'azure-monitor' | 'mixed' | 'unknown'
 * a.events     // ProvisioningEvent[] (normalised, capped)
 * a.job        // JobStatus | null
 * a.findings   // Finding[] {id, severity, title, detail, fix, step}: top cause first
 * a.evidence   // { [finding id]: indexes into a.events }
 * a.summary    // counts, last cycle, topCause, headline
 * a.problems   // ReadProblem[]: what could not be read, and where (never personal data)
 * provisioningExitCode(a)                  // 0 | 1 | 2, as the SAML doctor's
 * renderProvisioningReport(a, { redact })  // Markdown for a ticket, redacted by default
 * buildProvisioningExport(a, { redact })   // JSON, redacted by default
 * ```
 *
 * Nothing here throws on bad input: a file that cannot be read yields a
 * ReadProblem that says what is wrong. Inputs accepted (detected from the
 * content; the file name only tells the CSV download's three files apart):
 * - the admin center's Provisioning logs download, JSON (a top-level array)
 *   or CSV (ProvisioningLogs, _ProvisioningSteps, _ModifiedProperties, joined
 *   by change ID; headers matched loosely since they are undocumented);
 * - Graph `GET /auditLogs/provisioning` (`{ "@odata.context", "value": [...] }`);
 * - a Provision on demand result (stringKeyStringValuePair of JSON texts);
 * - a synchronizationJob, a list of jobs, or a job's `status` alone;
 * - AADProvisioningLogs rows exported from Log Analytics (JSON array, the
 *   query API's `{ tables }`, or CSV).
 *
 * ## Exit status (the CLI)
 *
 * 0 when no finding is an error, 1 when at least one is, 2 when a file given
 * could not be used at all (a ReadProblem of severity 'error'), matching
 * scripts/doctor/output.ts and scripts/doctor.ts for SAML.
 *
 * ## Measuring
 *
 * `npx tsx bench/provisioning.ts` generates a 100,000-record download and
 * times reading and analysing it against JSON.parse of the same text.
 */

export {
  analyseProvisioningFiles,
  analyseProvisioningInput,
  analyseProvisioningText,
  provisioningExitCode,
  type AnalyseOptions,
  type ProvisioningAnalysis,
} from './analyse';
export { readProvisioningInput, readProvisioningInputs, type InputFile } from './read';
export { DETECT_HEAD_CHARS, looksLikeProvisioning } from './read/detect';
export { RULES, runRules, type RuleResult } from './checks';
export { summarise, type ProvisioningSummary, type TopCause } from './summary';
export { PersonalData, redactAnalysis } from './redact';
export { PROVISIONING_EXPORT_FORMAT, buildProvisioningExport, renderProvisioningReport, type ProvisioningReportOptions } from './report';
export * from './types';
