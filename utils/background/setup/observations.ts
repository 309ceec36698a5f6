import { featureById } from '@/utils/features';
import type { FrameKind } from '@/utils/features/types';
import type { SetupObserved } from '@/utils/messages/setup';
import { featurePortal, type ObservedValue, type SetupSession, type ValueSource } from '@/utils/setup/session';
import { tenantIdFrom } from '@/utils/setup/validators';
import { acceptable, unexpectedHost, valueInfo, type ValueKey } from '@/utils/setup/value-keys';

/**
 * Folding what a content script saw into the session: the observation itself,
 * and the values it carries. A carried value is checked by the value table,
 * never outranks federation metadata for the IdP values, and is pinned to its
 * portal: a value on a host its portal does not use, or a different value
 * than one already carried, waits for the admin (`session.pending`) instead
 * of replacing anything silently.
 */

export function firstText(v: ObservedValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function carry(s: SetupSession, key: ValueKey, value: string, source: ValueSource): void {
  const current = s.values[key];
  // The metadata outranks the blade for the IdP values: it is what Entra signs with.
  if ((key === 'loginUrl' || key === 'entraIdentifier') && current?.source.kind === 'metadata') return;
  if (current?.value === value) {
    Reflect.deleteProperty(s.pending, key);
    return;
  }
  const info = valueInfo(key);
  const host = unexpectedHost(key, value);
  if (host) {
    s.pending[key] = {
      value,
      source,
      reason: 'unusual-host',
      note: `${info.label} on ${host}, which is not a ${info.expectedHost?.owner ?? ''} host (${info.expectedHost?.domain ?? ''}).`,
    };
    return;
  }
  if (current) {
    s.pending[key] = { value, source, reason: 'changed', note: `${info.label} is now "${value}"; the assistant uses "${current.value}".` };
    return;
  }
  s.values[key] = { value, source };
}

export function applyObservation(s: SetupSession, msg: SetupObserved, at: string, frame: FrameKind = 'top'): void {
  const portal = featurePortal(msg.feature);
  const previous = s.observations[msg.feature];
  // A form still being edited does not hide what was seen saved: "done" needs the saved view.
  const editing = !msg.saved && previous?.saved === true;
  // Nor does a read that knows less and agrees with it (a long list read in part).
  const knowsLess = previous !== undefined && featureById(msg.feature)?.keepsEarlier?.(previous.values, msg.values) === true;
  if (!editing && !knowsLess) s.observations[msg.feature] = { url: msg.url, at, saved: msg.saved, values: msg.values };
  const source = { kind: 'page' as const, portal, url: msg.url, feature: msg.feature, at };
  for (const [field, key] of Object.entries(featureById(msg.feature)?.carries ?? {})) {
    if (!key || (valueInfo(key).topFrameOnly && frame !== 'top')) continue;
    const value = firstText(msg.values[field])?.trim();
    if (!value || !acceptable(key, value)) continue;
    carry(s, key, value, source);
  }
  const login = s.values.loginUrl?.value;
  const tenant = login ? tenantIdFrom(login) : null;
  if (tenant && !s.values.tenantId) s.values.tenantId = { value: tenant, source };
}

/** The admin's answer to a pending value: use it (replacing what was carried), or drop it. */
export function settlePending(s: SetupSession, key: ValueKey, use: boolean): boolean {
  const pending = s.pending[key];
  if (!pending) return false;
  if (use) s.values[key] = { value: pending.value, source: pending.source };
  Reflect.deleteProperty(s.pending, key);
  return true;
}
