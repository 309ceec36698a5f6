import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { redactAnalysis } from '@/utils/provisioning/redact';

export const PROVISIONING_EXPORT_FORMAT = 'entra-sso-assistant-provisioning';

export interface ProvisioningExportOptions {
  /** Redact personal data (default true). */
  redact?: boolean;
  generatedAt?: string;
}

/**
 * The analysis as one JSON document, for a ticket or for reading back
 * later: normalised events, the job, findings with their evidence, the
 * summary and what could not be read. Redacted by default.
 */
export function buildProvisioningExport(analysis: ProvisioningAnalysis, options: ProvisioningExportOptions = {}) {
  const redact = options.redact ?? true;
  const a = redact ? redactAnalysis(analysis) : analysis;
  return {
    format: PROVISIONING_EXPORT_FORMAT,
    version: 1,
    generatedAt: options.generatedAt ?? null,
    redacted: redact,
    kind: a.kind,
    summary: a.summary,
    job: a.job,
    findings: a.findings,
    evidence: a.evidence,
    problems: a.problems,
    events: a.events,
  };
}
