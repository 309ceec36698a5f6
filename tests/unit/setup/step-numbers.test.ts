import { describe, expect, it } from 'vitest';
import { STEPS } from '@/utils/setup/steps';
import { stepNumbers, stepsCount } from '@/utils/setup/wizard/step-numbers';

describe('step numbers and the count (issue 13, point 5)', () => {
  it('no two cards share a number; the guide’s step 3 reads 3a, 3b, 3c', () => {
    const numbers = [...stepNumbers(STEPS).values()];
    expect(numbers).toEqual(['1', '2', '3a', '3b', '3c', '4', '5', '6 (optional)']);
    expect(new Set(numbers).size).toBe(STEPS.length);
  });

  it('counts the required steps, and says when the optional SCIM is done too', () => {
    const all = (state: string) => STEPS.map((s) => ({ optional: s.optional, state }));
    expect(stepsCount(all('not-started'))).toBe('0 of 7 required steps done; SCIM optional');
    const requiredDone = STEPS.map((s) => ({ optional: s.optional, state: s.optional ? 'in-progress' : 'done' }));
    expect(stepsCount(requiredDone)).toBe('7 of 7 required steps done; SCIM optional');
    expect(stepsCount(all('done'))).toBe('7 of 7 required steps done; optional SCIM done');
  });
});
