import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { handleWorkerRequest } from '@/utils/doctor/worker-handler';
import type { WorkerJob, WorkerReply } from '@/utils/doctor/worker-protocol';
import type { XmlTreeResult } from '@/utils/doctor/xml-tree';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import type { CaptureReadResult, CapturedItem } from '@/utils/saml/har';
import type { AnalysisContext } from '@/utils/saml/types';

/**
 * The doctor's heavy work, behind one interface: analysing captured items,
 * reading a capture file, building the XML tab's tree. The panel page gets
 * the Worker-backed service (./worker-service.ts, made in the entrypoint),
 * which keeps the page responsive and enforces a time budget per message;
 * anywhere else (the side panel's test sign-in, unit tests) the same work
 * runs inline.
 */
export interface Running<T> {
  done: Promise<T>;
  /** Stops the work; `done` then rejects with a Stopped error. */
  cancel(): void;
}

export interface DoctorService {
  analyse(items: readonly CapturedItem[], ctx: AnalysisContext): Promise<AnalysedItem[]>;
  read(file: Blob, onProgress: (bytesRead: number) => void): Running<CaptureReadResult>;
  xmlTree(xml: string): Promise<XmlTreeResult>;
  /** Reads and analyses a provisioning export (the Provisioning view's input). */
  provisioning(file: Blob, name: string): Running<ProvisioningAnalysis>;
}

/** Why a request ended without a result: cancelled by the user, or replaced by a newer one. */
export class Stopped extends Error {
  override name = 'Stopped';
}

let nextId = 1;

/** Runs one request through the Worker's handler in this thread, collecting its final reply. */
function inline(request: WorkerJob, onReply: (reply: WorkerReply) => void = () => undefined): Promise<WorkerReply> {
  const id = nextId++;
  let final: WorkerReply | null = null;
  return handleWorkerRequest({ ...request, id }, (reply) => {
    if (reply.type === 'item' || reply.type === 'bytes') onReply(reply);
    else final = reply;
  }).then(() => {
    if (!final) throw new Error('the analysis gave no answer');
    if (final.type === 'failed') throw new Error(final.error);
    return final;
  });
}

export const inlineDoctorService: DoctorService = {
  async analyse(items, ctx) {
    const reply = await inline({ type: 'analyse', items, ctx, overBudget: [], budgetMs: 0 });
    return reply.type === 'analysed' ? reply.entries : [];
  },
  read(file, onProgress) {
    let cancelled = false;
    const done = inline({ type: 'read', file }, (r) => r.type === 'bytes' && onProgress(r.bytes)).then((reply) => {
      if (cancelled) throw new Stopped('The import was cancelled.');
      if (reply.type !== 'read') throw new Error('the file could not be read');
      return reply.result;
    });
    return { done, cancel: () => (cancelled = true) };
  },
  async xmlTree(xml) {
    const reply = await inline({ type: 'xml-tree', xml });
    return reply.type === 'xml-tree' ? reply.tree : { ok: false, error: 'The XML could not be shown.' };
  },
  provisioning(file, name) {
    let cancelled = false;
    const done = inline({ type: 'provisioning', file, name }).then((reply) => {
      if (cancelled) throw new Stopped('The import was cancelled.');
      if (reply.type !== 'provisioning') throw new Error('the file could not be read');
      return reply.analysis;
    });
    return { done, cancel: () => (cancelled = true) };
  },
};

export const DoctorServiceContext = createContext<DoctorService>(inlineDoctorService);

export function useDoctorService(): DoctorService {
  return useContext(DoctorServiceContext);
}
