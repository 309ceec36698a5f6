import { featureById } from '@/utils/features';
import { displayLabel } from '@/utils/features/labels';
import type { FeatureReadiness } from '@/utils/messages/readiness';
import type { FeatureId, SetupSession } from '@/utils/setup/session';
import { deriveWizard } from '@/utils/setup/wizard/derive';
import { buildPlan, type TokenAccess } from './plans';

/**
 * A feature's readiness for its in-page control, from the same plan the fill
 * uses and the same wizard the side panel shows, so the two agree.
 */

const NEED_LABEL = { certificate: 'Certificate', secretToken: 'Secret Token' } as const;

export function readinessOf(session: SetupSession, feature: FeatureId, access: TokenAccess): FeatureReadiness {
  const f = featureById(feature);
  const plan = buildPlan(session, feature, access);
  const label = (field: string): string => {
    const l = f?.labels[field];
    return l ? displayLabel(l) : field;
  };
  const fills = Object.keys(plan.values).map(label);
  if (plan.certificate) fills.push(NEED_LABEL.certificate);
  const needsSecret = f?.fill?.needs?.includes('secretToken') ?? false;
  if (needsSecret && plan.secretToken) fills.push(NEED_LABEL.secretToken);
  const step = deriveWizard(session, { hasScimToken: access.token !== null }).steps.find((s) => s.id === f?.step);
  return {
    fills,
    missing: plan.missing,
    step: { state: step?.state ?? 'not-started', summary: step?.summary ?? '' },
    problem: step?.problems[0]?.title ?? null,
    secret: !needsSecret ? 'none' : !access.token ? 'missing' : plan.secretToken ? 'released' : access.foreign ? 'withheld' : 'confirm',
  };
}
