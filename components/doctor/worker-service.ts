import type { AnalysedItem } from '@/utils/doctor/analysed';
import { WorkerReplyEnvelope, type WorkerJob, type WorkerReply } from '@/utils/doctor/worker-protocol';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import type { CaptureReadResult } from '@/utils/saml/har';
import { Stopped, type DoctorService, type Running } from './service';

/** What the service needs of a Worker (a test passes a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

export type WorkerFactory = () => WorkerLike;

/** How long one message may take before the Worker is restarted without it (a real message takes milliseconds). */
export const MESSAGE_BUDGET_MS = 2_000;

interface Pending {
  onReply(reply: WorkerReply): void;
  fail(error: Error): void;
}

/** One Worker, made when first needed, with requests matched to replies by id; restarting it fails what was pending. */
class Channel {
  private worker: WorkerLike | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly factory: WorkerFactory) {}

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      const envelope = WorkerReplyEnvelope.safeParse(data);
      if (!envelope.success) return;
      this.pending.get(envelope.data.id)?.onReply(data as WorkerReply);
    };
    worker.onerror = (event: ErrorEvent) => {
      const why = typeof event.message === 'string' && event.message ? event.message : 'it stopped unexpectedly';
      this.restart(new Error(`The analysis worker failed: ${why}.`));
    };
    this.worker = worker;
    return worker;
  }

  send(job: WorkerJob, pending: Pending): number {
    const id = this.nextId++;
    this.pending.set(id, pending);
    this.ensure().postMessage({ ...job, id });
    return id;
  }

  settle(id: number): void {
    this.pending.delete(id);
  }

  /** Ends the Worker (a hung or cancelled job cannot be interrupted any other way); the next request starts a new one. */
  restart(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.fail(reason);
  }
}

type RunOutcome = { entries: AnalysedItem[] } | { stalled: number };

/**
 * The doctor's work in dedicated Workers: analysis, the XML tab's trees, and
 * one Worker per file import. Analyses run one at a time (a newer one
 * replaces any still waiting), and each message has a time budget: when the
 * Worker goes quiet on one for longer, it is ended and the analysis runs
 * again with that message marked over budget, so one hostile message costs
 * its budget and no more, and the panel never waits on it.
 */
export function createWorkerService(factory: WorkerFactory, budgetMs = MESSAGE_BUDGET_MS): DoctorService {
  const analysis = new Channel(factory);
  const trees = new Channel(factory);
  let latest = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function runOnce(items: Parameters<DoctorService['analyse']>[0], ctx: Parameters<DoctorService['analyse']>[1], over: Set<number>) {
    return new Promise<RunOutcome>((resolve, reject) => {
      let current = -1;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let id = 0;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          analysis.settle(id);
          resolve({ stalled: current });
          analysis.restart(new Stopped('A message went over its time budget.'));
        }, budgetMs);
      };
      arm();
      id = analysis.send(
        { type: 'analyse', items, ctx, overBudget: [...over], budgetMs },
        {
          onReply(reply) {
            if (reply.type === 'item') {
              current = reply.index;
              arm();
              return;
            }
            clearTimeout(timer);
            analysis.settle(id);
            if (reply.type === 'analysed') resolve({ entries: reply.entries });
            else reject(new Error(reply.type === 'failed' ? reply.error : 'unexpected reply'));
          },
          fail(error) {
            clearTimeout(timer);
            reject(error);
          },
        },
      );
    });
  }

  async function analyseWithBudget(...[items, ctx]: Parameters<DoctorService['analyse']>): Promise<AnalysedItem[]> {
    const over = new Set<number>();
    for (;;) {
      const outcome = await runOnce(items, ctx, over);
      if ('entries' in outcome) return outcome.entries;
      // Quiet before any message started (or twice on one): nothing left to leave out.
      if (outcome.stalled < 0 || over.has(outcome.stalled))
        throw new Error('The analysis went over its time budget before it could start.');
      over.add(outcome.stalled);
    }
  }

  return {
    analyse(items, ctx) {
      const ticket = ++latest;
      const run = queue.then(() =>
        ticket === latest ? analyseWithBudget(items, ctx) : Promise.reject(new Stopped('A newer analysis replaced this one.')),
      );
      queue = run.catch(() => undefined);
      return run;
    },

    read(file, onProgress): Running<CaptureReadResult> {
      const reader = new Channel(factory);
      let id = 0;
      const done = new Promise<CaptureReadResult>((resolve, reject) => {
        id = reader.send(
          { type: 'read', file },
          {
            onReply(reply) {
              if (reply.type === 'bytes') return onProgress(reply.bytes);
              reader.settle(id);
              // The reading Worker holds the file's buffers: end it as soon as it has answered.
              reader.restart(new Stopped('done'));
              if (reply.type === 'read') resolve(reply.result);
              else reject(new Error(reply.type === 'failed' ? reply.error : 'unexpected reply'));
            },
            fail: reject,
          },
        );
      });
      return { done, cancel: () => reader.restart(new Stopped('The import was cancelled.')) };
    },

    provisioning(file, name): Running<ProvisioningAnalysis> {
      // Its own Worker, like a capture import: ending it is the only way to cancel, and it frees the file's text.
      const reader = new Channel(factory);
      let id = 0;
      const done = new Promise<ProvisioningAnalysis>((resolve, reject) => {
        id = reader.send(
          { type: 'provisioning', file, name },
          {
            onReply(reply) {
              reader.settle(id);
              reader.restart(new Stopped('done'));
              if (reply.type === 'provisioning') resolve(reply.analysis);
              else reject(new Error(reply.type === 'failed' ? reply.error : 'unexpected reply'));
            },
            fail: reject,
          },
        );
      });
      return { done, cancel: () => reader.restart(new Stopped('The import was cancelled.')) };
    },

    xmlTree(xml) {
      return new Promise((resolve, reject) => {
        let id = 0;
        const timer = setTimeout(() => {
          trees.settle(id);
          trees.restart(new Stopped('The XML took too long to lay out.'));
          resolve({ ok: false, error: 'The XML took too long to lay out; it is unusually large or complex.' });
        }, budgetMs);
        id = trees.send(
          { type: 'xml-tree', xml },
          {
            onReply(reply) {
              clearTimeout(timer);
              trees.settle(id);
              if (reply.type === 'xml-tree') resolve(reply.tree);
              else reject(new Error(reply.type === 'failed' ? reply.error : 'unexpected reply'));
            },
            fail(error) {
              clearTimeout(timer);
              reject(error);
            },
          },
        );
      });
    },
  };
}
