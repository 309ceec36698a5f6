import { describe, expect, it } from 'vitest';
import { failure, result, run } from '@/tests/unit/provisioning/support';

describe('http-status rule', () => {
  it('explains a failure with no code by its HTTP status', () => {
    const r = result(run([failure(null, 'HTTP status code 413')]), 'provisioning.http.413');
    expect(r.finding.title).toContain('HTTP 413');
    expect(r.finding.step).toBeNull();
  });
});
