import { FEATURES } from '@/utils/features';
import type { SetupSession } from '@/utils/setup/session';
import { STEP_IDS } from '@/utils/setup/steps';
import type { Mismatch } from './types';

/** Every cross-portal mismatch the features' rules find, in step order; each comes with its fix. */
export function deriveMismatches(session: SetupSession): Mismatch[] {
  const found = FEATURES.flatMap((f) => f.mismatches?.(session) ?? []);
  return found
    .map((m, i) => ({ m, i }))
    .sort((a, b) => STEP_IDS.indexOf(a.m.step) - STEP_IDS.indexOf(b.m.step) || a.i - b.i)
    .map((x) => x.m);
}
