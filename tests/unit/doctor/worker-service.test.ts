import { describe, expect, it } from 'vitest';
import { createWorkerService, type WorkerLike } from '@/components/doctor/worker-service';
import { Stopped } from '@/components/doctor/service';
import { handleWorkerRequest } from '@/utils/doctor/worker-handler';
import type { WorkerReply } from '@/utils/doctor/worker-protocol';
import { toContext, EMPTY_EXPECTED } from '@/utils/doctor/expected';
import type { CapturedItem } from '@/utils/saml/har';
import { readSample } from '@/tests/helpers/samples';
import { signInHar } from '@/tests/unit/saml/har-fixtures';

/**
 * A Worker stand-in that runs the real handler, as the panel's Worker does,
 * and can be made to hang on one item (it goes quiet once it starts it, as a
 * Worker stuck in a long parse would), or to be slow to read.
 */
function fakeWorkers(opts: { hangOn?: (item: CapturedItem) => boolean } = {}) {
  const made: Array<{ terminated: boolean }> = [];
  const factory = (): WorkerLike => {
    const state = { terminated: false };
    made.push(state);
    const worker = {
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: unknown) {
        const request = message as { type: string; items?: CapturedItem[]; overBudget?: number[] };
        let hung = false;
        const deliver = (reply: WorkerReply) => {
          if (state.terminated || hung) return;
          // An item the page already left out is skipped by the handler, so it cannot hang again.
          const index = reply.type === 'item' ? reply.index : -1;
          const item = request.items?.[index];
          if (item && opts.hangOn?.(item) && !request.overBudget?.includes(index)) hung = true;
          const data = reply.type === 'read' ? reply : structuredClone(reply);
          setTimeout(() => !state.terminated && worker.onmessage?.call(worker as unknown as Worker, { data } as MessageEvent), 0);
        };
        setTimeout(() => void handleWorkerRequest(request.type === 'read' ? message : structuredClone(message), deliver), 0);
      },
      terminate() {
        state.terminated = true;
      },
    };
    return worker as WorkerLike;
  };
  return { factory, made };
}

function xmlItem(seq: number, xml: string): CapturedItem {
  return {
    type: 'saml',
    seq,
    url: 'https://bifrost.justcall.io/passport/login/callback',
    method: 'POST',
    source: 'file',
    carrier: { via: 'xml', xml },
  };
}

const ctx = toContext(EMPTY_EXPECTED);
const HOSTILE = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_slow"/>';

describe('the doctor’s Worker service', () => {
  it('gives a message that goes over its budget a clear finding, restarts the Worker, and analyses the rest', async () => {
    const workers = fakeWorkers({ hangOn: (item) => item.type === 'saml' && item.carrier.via === 'xml' && item.carrier.xml === HOSTILE });
    const service = createWorkerService(workers.factory, 1_000);
    const good = readSample('entra/tercen_entra_response_2022_app_cert.xml');
    const entries = await service.analyse([xmlItem(0, good), xmlItem(1, HOSTILE), xmlItem(2, good)], ctx);
    expect(entries.map((e) => e.kind)).toEqual(['Response', 'Unknown', 'Response']);
    expect(entries[1]?.findings.map((f) => f.id)).toEqual(['analysis.over-budget']);
    expect(entries[1]?.findings[0]?.detail).toContain('within 1 s');
    expect(entries[0]?.findings.length).toBeGreaterThan(0);
    // The hung Worker was ended, and a new one finished the analysis.
    expect(workers.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('runs one analysis at a time, and a newer one replaces those still waiting', async () => {
    const service = createWorkerService(fakeWorkers().factory, 5_000);
    const item = xmlItem(0, readSample('entra/tercen_entra_response_2022_app_cert.xml'));
    const first = service.analyse([item], ctx);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first one is now running
    const replaced = service.analyse([item], ctx);
    const last = service.analyse([item, item], ctx);
    expect((await first).length).toBe(1);
    await expect(replaced).rejects.toBeInstanceOf(Stopped);
    expect((await last).length).toBe(2);
  });

  it('reads a file with progress, and a cancelled read ends its Worker', async () => {
    const workers = fakeWorkers();
    const service = createWorkerService(workers.factory);
    const file = new Blob([await signInHar()]);
    const seen: number[] = [];
    const read = service.read(file, (bytes) => seen.push(bytes));
    const result = await read.done;
    expect(result.format).toBe('har');
    expect(result.items.length).toBeGreaterThan(0);
    expect(workers.made.at(-1)?.terminated).toBe(true);
    const cancelled = service.read(file, () => undefined);
    cancelled.cancel();
    await expect(cancelled.done).rejects.toBeInstanceOf(Stopped);
  });

  it('lays out the XML tab’s tree in the Worker', async () => {
    const tree = await createWorkerService(fakeWorkers().factory).xmlTree('<a x="1"><b>t</b></a>');
    expect(tree.ok && tree.root.type === 'element' ? tree.root.name : null).toBe('a');
  });
});
