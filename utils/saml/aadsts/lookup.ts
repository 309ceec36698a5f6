import type { StepId } from '@/utils/setup/steps';
import { knowledgeFor } from './codes';
import { AADSTS_REFERENCE } from './reference-table';

/** An AADSTS code explained: ours when we know it, Microsoft's reference line otherwise. */
export interface AadstsExplanation {
  code: number;
  /** "AADSTS50011" */
  label: string;
  name: string;
  title: string;
  explanation: string;
  fix: string;
  step: StepId | null;
  /** 'ours' = written for this product; 'reference' = from Microsoft's table; 'unknown' = neither. */
  source: 'ours' | 'reference' | 'unknown';
}

const REFERENCE = new Map<number, readonly [number, string, string]>(AADSTS_REFERENCE.map((r) => [r[0], r]));

/** 50011 -> "AADSTS50011", as Entra writes it. */
export function aadstsLabel(code: number): string {
  return `AADSTS${code}`;
}

/** Accepts 50011, "50011" or "AADSTS50011". */
export function parseAadstsCode(input: number | string): number | null {
  if (typeof input === 'number') return Number.isInteger(input) && input > 0 ? input : null;
  const m = /^\s*(?:AADSTS)?(\d{4,9})\s*$/i.exec(input);
  return m?.[1] ? Number(m[1]) : null;
}

export function explainAadsts(input: number | string): AadstsExplanation | null {
  const code = parseAadstsCode(input);
  if (code === null) return null;
  const label = aadstsLabel(code);
  const ours = knowledgeFor(code);
  if (ours) {
    return {
      code,
      label,
      name: ours.name,
      title: ours.title,
      explanation: ours.explanation,
      fix: ours.fix,
      step: ours.step,
      source: 'ours',
    };
  }
  const ref = REFERENCE.get(code);
  if (ref) {
    const [, name, text] = ref;
    return {
      code,
      label,
      name,
      title: name ? `${label} ${name}` : label,
      explanation: `Microsoft describes it as: ${text}`,
      fix: `Look up ${label} in Microsoft’s error code reference, and the sign-in log entry for the Request Id, for the exact cause.`,
      step: null,
      source: 'reference',
    };
  }
  return {
    code,
    label,
    name: '',
    title: `${label} (not a code this tool knows)`,
    explanation: `Entra reported ${label}, which is not in this tool’s tables.`,
    fix: `Search for ${label} at learn.microsoft.com or look up the Request Id in Entra’s sign-in logs.`,
    step: null,
    source: 'unknown',
  };
}
