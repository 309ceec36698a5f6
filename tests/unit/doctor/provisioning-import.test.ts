import { describe, expect, it } from 'vitest';
import { inlineDoctorService } from '@/components/doctor/service';
import { handleWorkerRequest } from '@/utils/doctor/worker-handler';
import type { WorkerReply } from '@/utils/doctor/worker-protocol';
import { fixture } from '@/tests/unit/provisioning/support';

/** The panel's import of a provisioning export: the Worker reads and analyses it whole, and answers with the analysis. */
describe('provisioning import through the doctor service', () => {
  it('answers a provisioning request with the analysis of the file', async () => {
    const replies: WorkerReply[] = [];
    const file = new Blob([fixture('download-secret-token.json')]);
    await handleWorkerRequest({ id: 7, type: 'provisioning', file, name: 'logs.json' }, (r) => replies.push(r));
    expect(replies).toHaveLength(1);
    const reply = replies[0];
    if (reply?.type !== 'provisioning') throw new Error(`unexpected reply ${reply?.type}`);
    expect(reply.id).toBe(7);
    expect(reply.analysis.kind).toBe('download-json');
    expect(reply.analysis.summary.topCause?.findingId).toBe('provisioning.secret-token');
  });

  it('runs inline where there is no Worker, and a file that is not an export says why', async () => {
    const ok = await inlineDoctorService.provisioning(new Blob([fixture('graph-entry-conflict.json')]), 'graph.json').done;
    expect(ok.findings[0]?.id).toBe('provisioning.entry-conflict');
    const bad = await inlineDoctorService.provisioning(new Blob(['not json at all']), 'x.txt').done;
    expect(bad.kind).toBe('unknown');
    expect(bad.problems[0]).toMatchObject({ severity: 'error' });
  });
});
