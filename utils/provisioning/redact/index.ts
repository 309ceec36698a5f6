import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { PersonalData } from './personal';
import { learnEvents, redactEvent, redactJob } from './redact-events';

export { PersonalData } from './personal';
export { learnEvents, redactEvent, redactJob } from './redact-events';

type Parts = Pick<ProvisioningAnalysis, 'job' | 'findings' | 'summary' | 'problems'>;

/**
 * Everything but the events, redacted with what `personal` has learned:
 * the job's messages, and the findings, summary and problems too, since
 * findings may quote Entra's reason texts.
 */
export function redactParts(a: ProvisioningAnalysis, personal: PersonalData): Parts {
  const t = (s: string) => personal.text(s);
  const top = a.summary.topCause;
  return {
    job: redactJob(personal, a.job),
    findings: a.findings.map((f) => ({ ...f, title: t(f.title), detail: t(f.detail), fix: t(f.fix) })),
    summary: { ...a.summary, headline: t(a.summary.headline), topCause: top ? { ...top, title: t(top.title), fix: t(top.fix) } : null },
    problems: a.problems.map((p) => ({ ...p, file: p.file === null ? null : t(p.file), message: t(p.message) })),
  };
}

/** A copy of an analysis with personal data replaced everywhere. Learns from every event first. */
export function redactAnalysis(a: ProvisioningAnalysis, personal: PersonalData = new PersonalData()): ProvisioningAnalysis {
  learnEvents(personal, a.events);
  return { ...a, ...redactParts(a, personal), events: a.events.map((e) => redactEvent(personal, e)) };
}
