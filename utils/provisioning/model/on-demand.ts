import { z } from 'zod';
import { LIMITS } from '@/utils/provisioning/limits';
import { parseJsonLenient } from '@/utils/provisioning/read/json-lenient';
import type { ProvisioningEvent } from '@/utils/provisioning/types';
import { eventFromUnknown } from './graph-record';
import { Scalar, describeIssues } from './raw';
import { normResult, text, type TextBudget } from './values';

/**
 * The provisionOnDemand result: a stringKeyStringValuePair whose `key` and
 * `value` are JSON *texts* to be parsed again. `key` holds the verdict
 * (`result`, `details.errorCode`, `details.errorMessage`); `value` holds a
 * record in the on-demand dialect (steps with `type`, capitalised statuses,
 * a flat `statusInfo`, systems with `name`), which graph-record reads.
 */

const Envelope = z.object({ key: z.unknown(), value: z.unknown() });

const Verdict = z.object({
  result: Scalar,
  details: z.object({ errorCode: Scalar, errorMessage: Scalar }).nullish(),
});

export type OnDemandResult = { ok: true; event: ProvisioningEvent } | { ok: false; reason: string };

function nested(value: unknown, what: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (typeof value !== 'string') return { ok: true, value };
  if (value.length > LIMITS.maxNestedJsonChars)
    return { ok: false, reason: `${what} is longer than ${LIMITS.maxNestedJsonChars} characters` };
  const parsed = parseJsonLenient(value);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: `${what} is not JSON text: ${parsed.message}` };
}

export function isOnDemandEnvelope(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const context = typeof o['@odata.context'] === 'string' ? o['@odata.context'] : '';
  // A result someone decoded already has objects in both; its key still carries the verdict.
  const decodedVerdict = o.key !== null && typeof o.key === 'object' && 'result' in o.key;
  return (
    'key' in o &&
    'value' in o &&
    (/stringKeyStringValuePair/i.test(context) || typeof o.key === 'string' || typeof o.value === 'string' || decodedVerdict)
  );
}

export function eventFromOnDemand(envelope: unknown, budget: TextBudget): OnDemandResult {
  const env = Envelope.safeParse(envelope);
  if (!env.success) return { ok: false, reason: describeIssues(env.error) };
  const key = nested(env.data.key, 'key');
  if (!key.ok) return key;
  const value = nested(env.data.value, 'value');
  if (!value.ok) return value;
  const read = eventFromUnknown(value.value, 'on-demand', budget);
  if (!read.ok) return { ok: false, reason: `value: ${read.reason}` };
  const event = read.event;
  const verdict = Verdict.safeParse(key.value ?? {});
  if (verdict.success) {
    // The verdict in `key` is what the portal shows; it fills what the record leaves out.
    if (event.status === 'unknown') event.status = normResult(verdict.data.result);
    const code = text(verdict.data.details?.errorCode, budget, 200);
    const message = text(verdict.data.details?.errorMessage, budget, LIMITS.maxLongText);
    if (code || message) {
      const error = event.error ?? { errorCode: null, errorCategory: null, reason: null, additionalDetails: null, recommendedAction: null };
      error.errorCode ??= code;
      error.reason ??= message;
      event.error = error;
    }
  }
  return { ok: true, event };
}
