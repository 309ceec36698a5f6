import { describe, expect, it } from 'vitest';
import { analyseProvisioningText } from '@/utils/provisioning/analyse';

/** A 100,000-record download, as large as the admin center makes one file (correctness only; speed is in npm run bench). */
function download(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const failed = i % 10 === 0;
    parts.push(
      JSON.stringify({
        id: `a${i}`,
        activityDateTime: `2025-03-04T10:${String(Math.floor(i / 2000) % 60).padStart(2, '0')}:00Z`,
        cycleId: i < 50_000 ? 'cycle-1' : 'cycle-2',
        changeId: `c${i}`,
        provisioningAction: failed ? 'create' : 'update',
        sourceIdentity: { id: `u${i}`, displayName: `User ${i}`, identityType: 'User' },
        provisioningStatusInfo: failed
          ? { status: 'failure', errorInformation: { errorCode: 'TooManyRequests', reason: 'HTTP status code 429' } }
          : { status: 'success', errorInformation: null },
        provisioningSteps: [
          {
            name: 'EntryExportUpdate',
            provisioningStepType: 'export',
            status: failed ? 'failure' : 'success',
            description: '',
            details: {},
          },
        ],
      }),
    );
  }
  return `[${parts.join(',')}]`;
}

describe('a 100,000-record download', () => {
  it('is read and analysed whole', () => {
    const a = analyseProvisioningText(download(100_000), 'big.json', { now: '2025-03-05T00:00:00Z' });
    expect(a.problems).toEqual([]);
    expect(a.events).toHaveLength(100_000);
    expect(a.summary.byStatus).toMatchObject({ failure: 10_000, success: 90_000 });
    expect(a.summary.lastCycle).toMatchObject({ cycleId: 'cycle-2', events: 50_000 });
    expect(a.evidence['provisioning.rate-limited']).toHaveLength(10_000);
    expect(a.summary.topCause).toMatchObject({ findingId: 'provisioning.rate-limited', events: 5_000 });
  });
});
