import { isShipped } from '@/utils/features/language';
import { primarySubtag } from '@/utils/i18n/page-language';
import { PORTALS, type PortalName } from '@/utils/hosts';
import { STEPS, type StepId } from '@/utils/setup/steps';
import type { SetupSession } from '@/utils/setup/session';
import { stepLink } from '@/utils/setup/links';
import type { StepView, WizardContext, WizardView } from './types';
import { deriveMismatches } from './mismatches';
import { pendingViews, valueViews } from './values';
import { fillIssues } from './fill-issues';
import {
  evalAssignment,
  evalBasicSaml,
  evalCertificate,
  evalClaims,
  evalCreateApp,
  evalJustcallIdp,
  evalJustcallSso,
  evalScim,
  type StepEval,
} from './step-states';

/**
 * Pure derivation of what the wizard shows from the session: each step's
 * state, the cross-portal mismatches (each with its fix), and every carried
 * value with source and validity. A step is DONE only when a content script
 * has seen the result on a page; a click or a fill is never enough.
 */

export function deriveWizard(session: SetupSession, ctx: WizardContext): WizardView {
  const mismatches = deriveMismatches(session);
  const of = (step: StepId) => mismatches.filter((m) => m.step === step);
  const evals: Record<StepId, StepEval> = {
    'justcall-sso': evalJustcallSso(session),
    'create-app': evalCreateApp(session),
    'basic-saml': evalBasicSaml(session, of('basic-saml')),
    claims: evalClaims(session, of('claims')),
    certificate: evalCertificate(session, of('certificate')),
    'justcall-idp': evalJustcallIdp(session, of('justcall-idp')),
    assignment: evalAssignment(session, of('assignment')),
    scim: evalScim(session, of('scim'), ctx),
  };
  const steps = STEPS.map((info): StepView => ({
    ...info,
    ...evals[info.id],
    problems: of(info.id),
    link: stepLink(info.id, session, ctx.cloud),
  }));
  const foreignPortals = PORTALS.map((portal) => ({ portal, lang: session.languages[portal] }))
    .filter((p): p is { portal: PortalName; lang: NonNullable<typeof p.lang> } => !!p.lang && !p.lang.english)
    // Entra's labels ship in these languages; JustCall's pages are English, so any other language there is worth a word.
    .filter((p) => !(p.portal === 'entra' && isShipped(primarySubtag(p.lang.lang))))
    .map((p) => ({ portal: p.portal, lang: p.lang.lang }));
  return {
    steps,
    mismatches,
    values: valueViews(session, ctx),
    pending: pendingViews(session),
    missing: fillIssues(session, ['not-found', 'failed']),
    conflicts: fillIssues(session, ['conflict']),
    foreignPortals,
  };
}
