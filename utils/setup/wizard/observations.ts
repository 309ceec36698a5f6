import type { Observation, ObservedValue } from '@/utils/setup/session';

/** Small readers that pull one typed value out of a page observation, or null/empty when it is absent. */

export function text(obs: Observation | undefined, key: string): string | null {
  const v: ObservedValue | undefined = obs?.values[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

export function list(obs: Observation | undefined, key: string): string[] {
  const v = obs?.values[key];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' && v !== '' ? [v] : [];
}

export function rows(obs: Observation | undefined, key: string): Record<string, string>[] {
  const v = obs?.values[key];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Record<string, string> => typeof x === 'object' && x !== null);
}

export function flag(obs: Observation | undefined, key: string): boolean | null {
  const v = obs?.values[key];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (/^(on|yes|true|enabled|success|succeeded|passed)$/i.test(v.trim())) return true;
    if (/^(off|no|false|disabled|failure|failed)$/i.test(v.trim())) return false;
  }
  return null;
}

export function num(obs: Observation | undefined, key: string): number | null {
  const v = obs?.values[key];
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.length;
  return null;
}
