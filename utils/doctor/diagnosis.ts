import { stepInfo, type StepInfo } from '@/utils/setup/steps';
import type { Finding } from '@/utils/saml/types';
import { mainCause } from '@/utils/saml/report';
import { SIGN_IN_LOG_FIX, aadstsCodeOf, aadstsLabel, extractAadstsCodes, shortCauseFor } from '@/utils/saml/aadsts';
import type { AnalysedItem } from './analysed';

/**
 * The plain-language answer for one message: the decisive finding, named
 * (AADSTS code and a short cause when Entra gave one), with its fix and the
 * setup step that fixes it.
 */
export interface Diagnosis {
  tone: 'error' | 'warning' | 'ok' | 'info';
  headline: string;
  cause: string;
  fix: string;
  step: StepInfo | null;
  finding: Finding | null;
}

/** Short cause names for core findings whose own titles describe a symptom, not the cause. */
const FINDING_CAUSE: Record<string, string> = {
  'signature.wrapping': 'XML Signature Wrapping (XSW)',
  'signature.unknown-signer': 'Signing certificate mismatch',
  'signature.none': 'Unsigned SAML response',
};

/** The headline for an AADSTS code: the code table's short name for the commonest codes, so it reads like a cause. */
export function causeName(code: number, fallbackTitle: string): string {
  return `${aadstsLabel(code)} — ${shortCauseFor(code) ?? fallbackTitle}`;
}

/** The most decisive finding: the core's main cause among errors, else the first warning. */
export function primaryFinding(findings: readonly Finding[]): Finding | null {
  return mainCause(findings) ?? findings.find((f) => f.severity === 'warning') ?? null;
}

export function diagnose(entry: AnalysedItem): Diagnosis {
  if (entry.errorPage && entry.errorPage.code !== null) {
    const ex = entry.errorPage.explanation;
    const stepId = ex?.step ?? null;
    return {
      tone: 'error',
      headline: causeName(entry.errorPage.code, ex?.title ?? 'Entra sign-in error'),
      cause: ex ? ex.explanation : entry.errorPage.message,
      fix: ex?.fix ?? SIGN_IN_LOG_FIX,
      step: stepId ? stepInfo(stepId) : null,
      finding: entry.findings[0] ?? null,
    };
  }
  const f = primaryFinding(entry.findings);
  if (!f) {
    const good = entry.kind === 'Response' && entry.verdict === 'valid';
    return {
      tone: good ? 'ok' : 'info',
      headline: good
        ? 'No problem found — signed by a trusted certificate, and every check passed'
        : `No problem found in this ${entry.kind}`,
      cause: good
        ? 'The Response is signed with a certificate you trust, and every check passed.'
        : 'Nothing in this message explains a failed sign-in.',
      fix: '',
      step: null,
      finding: null,
    };
  }
  const code = aadstsCodeOf(f.id) ?? extractAadstsCodes(`${f.title} ${f.detail}`)[0];
  return {
    tone: f.severity === 'error' ? 'error' : 'warning',
    headline: code !== undefined ? causeName(code, f.title) : FINDING_CAUSE[f.id] ? `${FINDING_CAUSE[f.id]} — ${f.title}` : f.title,
    cause: f.detail,
    fix: f.fix,
    step: f.step ? stepInfo(f.step) : null,
    finding: f,
  };
}
