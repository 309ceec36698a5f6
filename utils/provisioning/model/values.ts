import { LIMITS } from '@/utils/provisioning/limits';
import type { Details, ErrorCategory, ProvisioningAction, ProvisioningResult, StepType } from '@/utils/provisioning/types';

/**
 * Normalisers for the values Microsoft spells several ways: `Import` and
 * `import`, `failure` and `Failure`, `stagedDelete` and `stageddelete`,
 * "Create user" in old beta records. Unknown spellings become 'unknown'
 * (the caller keeps the raw label where it matters), never an exception.
 */

/** Counts what had to be shortened, so the reader can say so once. */
export interface TextBudget {
  truncated: number;
}

/** Text of a scalar; null for null, undefined, objects and empty strings. Capped. */
export function text(value: unknown, budget: TextBudget | null, max: number = LIMITS.maxText): string | null {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean') s = String(value);
  else return null;
  if (s === '') return null;
  if (s.length > max) {
    if (budget) budget.truncated++;
    return `${s.slice(0, max - 1)}…`;
  }
  return s;
}

/** Like text(), but keeps the empty string: an empty property value is a finding, not an absence. */
export function textKeepEmpty(value: unknown, budget: TextBudget | null, max: number = LIMITS.maxText): string | null {
  return value === '' ? '' : text(value, budget, max);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, '');
}

export function normAction(value: unknown): ProvisioningAction {
  if (typeof value !== 'string') return 'unknown';
  const s = squash(value);
  // Order matters: "stageddelete" before "delete"; "Create user" starts with "create".
  if (s.startsWith('stageddelete') || s.startsWith('softdelete')) return 'stagedDelete';
  if (s.startsWith('create') || s === 'add') return 'create';
  if (s.startsWith('update')) return 'update';
  if (s.startsWith('delete')) return 'delete';
  if (s.startsWith('disable')) return 'disable';
  if (s.startsWith('other')) return 'other';
  return 'unknown';
}

const RESULTS: Record<string, ProvisioningResult> = {
  success: 'success',
  succeeded: 'success',
  warning: 'warning',
  failure: 'failure',
  failed: 'failure',
  error: 'failure',
  skipped: 'skipped',
  skip: 'skipped',
};

export function normResult(value: unknown): ProvisioningResult {
  if (typeof value !== 'string') return 'unknown';
  return RESULTS[squash(value)] ?? 'unknown';
}

const STEP_TYPES: Record<string, StepType> = {
  import: 'import',
  scoping: 'scoping',
  matching: 'matching',
  processing: 'processing',
  referenceresolution: 'referenceResolution',
  export: 'export',
};

export function normStepType(value: unknown): StepType {
  if (typeof value !== 'string') return 'unknown';
  return STEP_TYPES[squash(value)] ?? 'unknown';
}

const CATEGORIES: Record<string, ErrorCategory> = {
  failure: 'failure',
  nonservicefailure: 'nonServiceFailure',
  success: 'success',
};

export function normCategory(value: unknown): ErrorCategory | null {
  if (typeof value !== 'string' || value === '') return null;
  return CATEGORIES[squash(value)] ?? 'unknown';
}

const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?$/i;

/**
 * An ISO time (UTC), or null. Microsoft's downloads are in UTC, so a time
 * without a zone is read as UTC, not as the reader's local time. The US
 * month/day form is what a spreadsheet re-save tends to leave behind.
 */
export function normTime(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const s = value.trim();
  if (s.startsWith('0001-01-01')) return null; // .NET's "never"
  let ms: number;
  const us = US_DATE.exec(s);
  if (us) {
    const [, mo, d, y, h, mi, se, ampm] = us;
    let hour = Number(h);
    if (ampm) hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(se ?? 0));
  } else {
    ms = Date.parse(ISO_NO_ZONE.test(s) ? `${s.replace(' ', 'T')}Z` : s);
  }
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A number from a number or numeric text. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** "True"/"False" (any case), true/false. */
export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const s = value.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : null;
}

/** A details bag: an object whose values become text (objects as JSON), capped in keys and length. */
export function details(value: unknown, budget: TextBudget | null): Details {
  const out: Details = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (n >= LIMITS.maxDetails) {
      if (budget) budget.truncated++;
      break;
    }
    const t = v !== null && typeof v === 'object' ? safeJson(v) : textKeepEmpty(v, budget);
    if (t === null) continue;
    out[k.slice(0, 200)] = t.length > LIMITS.maxText ? `${t.slice(0, LIMITS.maxText - 1)}…` : t;
    n++;
  }
  return out;
}

function safeJson(v: unknown): string | null {
  try {
    return JSON.stringify(v) ?? null;
  } catch {
    return null;
  }
}
