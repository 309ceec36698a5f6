import { describe, expect, it } from 'vitest';
import { failure, ids, result, run } from '@/tests/unit/provisioning/support';

describe('justcall-unavailable rule', () => {
  it('explains 5xx, InternalServerError, Timeout and protocol errors as JustCall’s side, retried in about 40 minutes', () => {
    const results = run([
      failure('InternalServerError', 'HTTP status code 500'),
      failure(null, 'StatusCode: ServiceUnavailable'),
      failure('Timeout', null),
      failure('WebExceptionProtocolError', null),
      failure('SystemForCrossDomainIdentityManagementServiceFailure', null),
    ]);
    const r = result(results, 'provisioning.justcall-unavailable');
    expect(r.events).toEqual([0, 1, 2, 3, 4]);
    expect(r.finding).toMatchObject({ severity: 'warning', step: null });
    expect(r.finding.detail).toMatch(/about 40 minutes/);
    expect(r.finding.detail).toMatch(/HTTP 500 \(Internal Server Error\) or HTTP 503 \(Service Unavailable\)/);
  });

  it('leaves 501 Not Implemented to the code and status rules', () => {
    expect(ids(run([failure('NotImplemented', 'HTTP status code 501')]))).toEqual(['provisioning.code.NotImplemented']);
  });
});
