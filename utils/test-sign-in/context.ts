import { expectedFromSession, toContext } from '@/utils/doctor/expected';
import type { AnalysisContext } from '@/utils/saml/types';

/** The doctor's expected values from the setup session alone (the wizard has no typed-in values). */
export function contextFromSession(session: unknown): AnalysisContext {
  const found = expectedFromSession(session);
  if (!found) return toContext({ entityId: '', acsUrl: '', tenantOrIssuer: '', certificates: [] });
  const extra: { replyUrls?: string[]; identifier?: string } = {};
  if (found.replyUrls.length) extra.replyUrls = found.replyUrls;
  if (found.identifier) extra.identifier = found.identifier;
  return toContext(found.values, extra);
}
