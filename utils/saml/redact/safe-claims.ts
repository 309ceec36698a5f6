/**
 * The claims whose values are safe by nature: they describe the tenant or
 * how the user signed in, never the user. Every other AttributeValue is
 * redacted, whatever its name (an employee id, a phone number, a claim this
 * list has never heard of). A value is kept only when it also has the shape
 * its claim gives it, so personal data sent under a safe name is still removed.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URI = /^(https?:\/\/[^\s@]+|urn:[A-Za-z0-9:._-]+)$/;

/** Local name (after the last / # or :, lower case) → the shape its values must have. */
const SAFE_CLAIMS: ReadonlyMap<string, RegExp> = new Map([
  ['tenantid', GUID],
  ['identityprovider', URI],
  ['authnmethodsreferences', URI],
  ['authenticationmethod', URI],
]);

export function claimLocalName(name: string): string {
  return (name.split(/[/#:]/).pop() ?? name).toLowerCase();
}

/** Whether this value of this claim may stay in a redacted export. */
export function isSafeClaimValue(claim: string | null, value: string): boolean {
  if (claim === null) return false;
  const shape = SAFE_CLAIMS.get(claimLocalName(claim));
  return shape !== undefined && shape.test(value.trim());
}
