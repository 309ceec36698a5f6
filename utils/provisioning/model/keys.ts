/**
 * Member names as Graph spells them (camelCase), for exports that use
 * PascalCase: Azure Monitor's JSON-text columns, and Graph PowerShell's
 * `Get-MgAuditLogProvisioning | ConvertTo-Json` (that second shape is not in
 * the facts file; only its casing is assumed). Details bags keep their keys,
 * which are data ("SkipReason", "IsActive"); a bag the SDK wrapped in
 * AdditionalProperties is unwrapped.
 */
export function camelKeys(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => camelKeys(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = /^[A-Z][a-z]/.test(k) ? k.charAt(0).toLowerCase() + k.slice(1) : k;
    out[key] = key === 'details' ? unwrapBag(v) : camelKeys(v, depth + 1);
  }
  return out;
}

function unwrapBag(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  const inner = (v as Record<string, unknown>).AdditionalProperties;
  return keys.length === 1 && keys[0] === 'AdditionalProperties' && inner !== null && typeof inner === 'object' ? inner : v;
}

/** A provisioning record whose members are PascalCase (and that is not an Azure Monitor row). */
export function isPascalRecord(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return (
    ('ProvisioningSteps' in o || 'ProvisioningStatusInfo' in o || 'ActivityDateTime' in o) &&
    !('ResultSignature' in o) &&
    !('TimeGenerated' in o)
  );
}
