import type { FeatureId, SetupSession } from '@/utils/setup/session';
import type { MissingField } from './types';

/** Fill results with one of `statuses` (the SCIM secret is left out: it is never shown). */
export function fillIssues(session: SetupSession, statuses: readonly string[]): MissingField[] {
  const out: MissingField[] = [];
  for (const [feature, report] of Object.entries(session.fills) as [FeatureId, NonNullable<SetupSession['fills'][FeatureId]>][]) {
    for (const r of report.results) {
      if (!statuses.includes(r.status) || r.field === 'secretToken') continue;
      out.push({
        feature,
        label: r.label,
        wanted: r.expected,
        ...(r.before !== undefined ? { current: r.before } : {}),
        ...(r.problem ? { message: r.problem } : {}),
      });
    }
  }
  return out;
}
