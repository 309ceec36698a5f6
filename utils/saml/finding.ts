import type { Finding, Severity } from './types';
import type { StepId } from '@/utils/setup/steps';

/** Builds a Finding; keeps call sites short and the field order fixed. */
export function makeFinding(
  id: string,
  severity: Severity,
  title: string,
  detail: string,
  fix: string,
  step: StepId | null = null,
): Finding {
  return { id, severity, title, detail, fix, step };
}
