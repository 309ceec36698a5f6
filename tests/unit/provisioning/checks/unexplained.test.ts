import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run } from '@/tests/unit/provisioning/support';

describe('unexplained rule', () => {
  it('collects failures nothing else explains, with the failed step and Entra’s reason', () => {
    const r = result(run([failure(null, 'Something odd happened.')]), 'provisioning.unexplained');
    expect(r.finding.detail).toMatch(/Failed step: EntryExportAdd\. Entra’s reason: “Something odd happened\.”/);
  });

  it('never fires for successes or skips', () => {
    expect(ids(run([event(), event({ status: 'skipped' })]))).toEqual([]);
  });
});
