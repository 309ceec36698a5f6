import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run } from '@/tests/unit/provisioning/support';

describe('rate-limited rule', () => {
  it('explains TooManyRequests and a 429 as throttling that Entra retries', () => {
    const results = run([failure('TooManyRequests', null), failure('ContosoTooManyRequests', null), failure(null, 'HTTP status code 429')]);
    const r = result(results, 'provisioning.rate-limited');
    expect(r.events).toEqual([0, 1, 2]);
    expect(r.finding).toMatchObject({ severity: 'warning', step: null });
    expect(r.finding.detail).toContain('retries them by itself');
  });

  it('is silent for successes', () => {
    expect(
      ids(
        run([
          event({
            error: { errorCode: 'TooManyRequests', errorCategory: null, reason: null, additionalDetails: null, recommendedAction: null },
          }),
        ]),
      ),
    ).toEqual([]);
  });
});
