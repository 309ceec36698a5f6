import { z } from 'zod';

/**
 * What a provisioning record may look like on the wire, as loosely as the
 * real exports vary and no looser: every field optional and nullable, the
 * documented alternatives accepted side by side (`provisioningAction` and
 * `action`, `errorInformation` and `errorInfo`, `initiatorType` and
 * `initiatingType`, `provisioningStepType` and `type`, systems with
 * `displayName` or `name`, `servicePrincipal` as object or array). A field of
 * the wrong type fails the record, and the reader names the field.
 */

type ScalarValue = string | number | boolean | null | undefined;

/**
 * Text, a number or a flag, or absent. One predicate rather than a union of
 * three schemas: a 100,000-record download validates about 30 of these per
 * record, and the union's bookkeeping was the larger part of reading one.
 */
export const Scalar = z
  .custom<ScalarValue>((v) => v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean', {
    message: 'expected text, a number or true/false',
  })
  .optional();

/** An open property bag; Azure Monitor and some exports carry it as JSON text. */
export const Bag = z
  .custom<Record<string, unknown> | string | null | undefined>(
    (v) => v === null || v === undefined || typeof v === 'string' || (typeof v === 'object' && !Array.isArray(v)),
    { message: 'expected an object of details' },
  )
  .optional();

export const RawIdentity = z.object({ id: Scalar, displayName: Scalar, identityType: Scalar, type: Scalar, details: Bag }).nullish();
export type RawIdentity = z.infer<typeof RawIdentity>;

export const RawSystem = z.object({ id: Scalar, displayName: Scalar, name: Scalar, details: Bag }).nullish();
export type RawSystem = z.infer<typeof RawSystem>;

const RawServicePrincipalOne = z.object({ id: Scalar, displayName: Scalar, name: Scalar });
export const RawServicePrincipal = z.union([RawServicePrincipalOne, z.array(RawServicePrincipalOne)]).nullish();

export const RawErrorInfo = z
  .object({ errorCode: Scalar, errorCategory: Scalar, reason: Scalar, additionalDetails: Scalar, recommendedAction: Scalar })
  .nullish();
export type RawErrorInfo = z.infer<typeof RawErrorInfo>;

/** provisioningStatusInfo (v1.0, nested error) and statusInfo / statusDetails (beta, on-demand: flat). */
export const RawStatusInfo = z
  .object({
    status: Scalar,
    errorInformation: RawErrorInfo,
    errorInfo: RawErrorInfo,
    errorCode: Scalar,
    errorCategory: Scalar,
    reason: Scalar,
    additionalDetails: Scalar,
    recommendedAction: Scalar,
  })
  .nullish();
export type RawStatusInfo = z.infer<typeof RawStatusInfo>;

export const RawStep = z.object({
  name: Scalar,
  provisioningStepType: Scalar,
  type: Scalar,
  status: Scalar,
  description: Scalar,
  details: Bag,
});
export type RawStep = z.infer<typeof RawStep>;

export const RawModifiedProperty = z.object({ displayName: Scalar, name: Scalar, oldValue: Scalar, newValue: Scalar });
export type RawModifiedProperty = z.infer<typeof RawModifiedProperty>;

export const RawInitiator = z.object({ id: Scalar, displayName: Scalar, initiatorType: Scalar, initiatingType: Scalar }).nullish();

export const RawRecord = z.object({
  id: Scalar,
  activityDateTime: Scalar,
  /** On-demand results carry start and end instead. */
  startTime: Scalar,
  endTime: Scalar,
  tenantId: Scalar,
  jobId: Scalar,
  cycleId: Scalar,
  changeId: Scalar,
  provisioningAction: Scalar,
  action: Scalar,
  durationInMilliseconds: Scalar,
  provisioningStatusInfo: RawStatusInfo,
  statusInfo: RawStatusInfo,
  provisioningSteps: z.array(RawStep).nullish(),
  modifiedProperties: z.array(RawModifiedProperty).nullish(),
  servicePrincipal: RawServicePrincipal,
  sourceIdentity: RawIdentity,
  targetIdentity: RawIdentity,
  sourceSystem: RawSystem,
  targetSystem: RawSystem,
  initiatedBy: RawInitiator,
  reportableIdentifier: Scalar,
});
export type RawRecord = z.infer<typeof RawRecord>;

/** A zod failure as one line naming the fields: "provisioningSteps: expected array, received object". */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
    const message = i.message.replace(/^Invalid input: /, '');
    return path ? `${path.replace(/\.\[/g, '[')}: ${message}` : message;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
