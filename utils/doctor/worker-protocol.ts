import { z } from 'zod';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import type { AnalysisContext } from '@/utils/saml/types';
import type { CaptureReadResult, CapturedItem } from '@/utils/saml/har';
import type { AnalysedItem } from './analysed';
import type { XmlTreeResult } from './xml-tree';

/**
 * The messages between the doctor's page and its analysis Worker. A
 * dedicated Worker's port belongs to the page that made it, so only our own
 * code posts here; the envelope is still checked with zod on both sides,
 * and the payloads are the core's own plain-data types (structured clone).
 */

export type WorkerRequest =
  | {
      id: number;
      type: 'analyse';
      items: readonly CapturedItem[];
      ctx: AnalysisContext;
      /** Indices a watchdog stopped in an earlier run: they get an over-budget finding. */
      overBudget: readonly number[];
      budgetMs: number;
    }
  | { id: number; type: 'read'; file: Blob }
  | { id: number; type: 'xml-tree'; xml: string }
  /** A provisioning export (detected by the page from the file's head): read and analysed whole. */
  | { id: number; type: 'provisioning'; file: Blob; name: string };

export type WorkerReply =
  | { id: number; type: 'item'; index: number }
  | { id: number; type: 'bytes'; bytes: number }
  | { id: number; type: 'analysed'; entries: AnalysedItem[] }
  | { id: number; type: 'read'; result: CaptureReadResult }
  | { id: number; type: 'xml-tree'; tree: XmlTreeResult }
  | { id: number; type: 'provisioning'; analysis: ProvisioningAnalysis }
  | { id: number; type: 'failed'; error: string };

export const WorkerRequestEnvelope = z.object({
  id: z.number().int(),
  type: z.enum(['analyse', 'read', 'xml-tree', 'provisioning']),
});

export const WorkerReplyEnvelope = z.object({
  id: z.number().int(),
  type: z.enum(['item', 'bytes', 'analysed', 'read', 'xml-tree', 'provisioning', 'failed']),
});

/** A request before the channel gives it an id. */
export type WorkerJob = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
