import { featureById } from '@/utils/features';
import type { SetupObserved } from '@/utils/messages/setup';
import { featurePortal, type ObservedValue, type SetupSession } from '@/utils/setup/session';
import { tenantIdFrom } from '@/utils/setup/validators';
import { acceptable } from '@/utils/setup/value-keys';

/**
 * Folding what a content script saw into the session: the observation itself,
 * and the values it carries (each checked by the value table, and never
 * outranking federation metadata for the IdP values).
 */

export function firstText(v: ObservedValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

export function applyObservation(s: SetupSession, msg: SetupObserved, at: string): void {
  const portal = featurePortal(msg.feature);
  const previous = s.observations[msg.feature];
  // A form still being edited does not hide what was seen saved: "done" needs the saved view.
  if (msg.saved || !previous?.saved) s.observations[msg.feature] = { url: msg.url, at, saved: msg.saved, values: msg.values };
  const source = { kind: 'page' as const, portal, url: msg.url, feature: msg.feature, at };
  for (const [field, key] of Object.entries(featureById(msg.feature)?.carries ?? {})) {
    if (!key) continue;
    const value = firstText(msg.values[field])?.trim();
    if (!value || !acceptable(key, value)) continue;
    // The metadata outranks the blade for the IdP values: it is what Entra signs with.
    if ((key === 'loginUrl' || key === 'entraIdentifier') && s.values[key]?.source.kind === 'metadata') continue;
    if (s.values[key]?.value === value) continue;
    s.values[key] = { value, source };
  }
  const login = s.values.loginUrl?.value;
  const tenant = login ? tenantIdFrom(login) : null;
  if (tenant && !s.values.tenantId) s.values.tenantId = { value: tenant, source };
}
