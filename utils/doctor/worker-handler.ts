import { analyseProvisioningText } from '@/utils/provisioning/analyse';
import { readCapture } from '@/utils/saml/har/read-capture';
import { analyseItems } from './analyse-items';
import { WorkerRequestEnvelope, type WorkerReply, type WorkerRequest } from './worker-protocol';
import { buildXmlTree } from './xml-tree';

/** Progress about reading a file is sent at most this often, so the page is not flooded. */
const PROGRESS_EVERY_MS = 50;

/**
 * What the doctor's Worker does with each request: analyse captured items
 * (announcing each item as it starts, for the page's watchdog), read a HAR or
 * trace file as a stream (announcing bytes read), or build the XML tab's
 * tree. Runs anywhere: in the Worker, or inline where there is none.
 */
export async function handleWorkerRequest(raw: unknown, post: (reply: WorkerReply) => void): Promise<void> {
  const envelope = WorkerRequestEnvelope.safeParse(raw);
  if (!envelope.success) return;
  const request = raw as WorkerRequest;
  const { id } = request;
  try {
    switch (request.type) {
      case 'analyse': {
        const entries = await analyseItems(request.items, request.ctx, {
          onItem: (index) => post({ id, type: 'item', index }),
          overBudget: new Set(request.overBudget),
          budgetMs: request.budgetMs,
        });
        post({ id, type: 'analysed', entries });
        return;
      }
      case 'read': {
        let last = 0;
        const result = await readCapture(request.file.stream(), {
          onProgress: (bytes) => {
            const now = Date.now();
            if (now - last < PROGRESS_EVERY_MS) return;
            last = now;
            post({ id, type: 'bytes', bytes });
          },
        });
        post({ id, type: 'read', result });
        return;
      }
      case 'provisioning':
        post({ id, type: 'provisioning', analysis: analyseProvisioningText(await request.file.text(), request.name) });
        return;
      case 'xml-tree':
        post({ id, type: 'xml-tree', tree: buildXmlTree(request.xml) });
        return;
    }
  } catch (e) {
    post({ id, type: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
}
