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
    // A field key is ours, never shown: a field without a label is named by its form.
    return l ? displayLabel(l) : (f?.title ?? 'this form');
  };
  const labelled = Object.keys(plan.values).map(label);
  if (plan.certificate) labelled.push(NEED_LABEL.certificate);
  const needsSecret = f?.fill?.needs?.includes('secretToken') ?? false;
  if (needsSecret && plan.secretToken) labelled.push(NEED_LABEL.secretToken);
  // Only the assistant's own settings and nothing from the other portal yet (JustCall's Default Role
  // before Entra is done): that is not "ready to fill", it is waiting for the other portal.
  const carried = Object.entries(f?.fill?.plan ?? {}).some(([field, from]) => from.from !== 'setting' && field in plan.values);
  const fills = carried || plan.certificate || plan.secretToken || plan.missing.length === 0 ? labelled : [];
  const step = deriveWizard(session, { hasScimToken: access.token !== null }).steps.find((s) => s.id === f?.step);
  return {
    fills,
    missing: plan.missing,
    step: { state: step?.state ?? 'not-started', summary: step?.summary ?? '' },
    problem: step?.problems[0]?.title ?? null,
    secret: !needsSecret ? 'none' : !access.token ? 'missing' : plan.secretToken ? 'released' : access.foreign ? 'withheld' : 'confirm',
  };
}
