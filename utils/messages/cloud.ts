import { z } from 'zod/mini';
import { CLOUD_IDS } from '@/utils/hosts';
import { parseWith } from './parse';

/** The side panel's cloud setting: read the choice, or switch clouds (only from the extension's own pages). */
export const CloudRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cloud:get') }),
  z.object({ type: z.literal('cloud:set'), cloud: z.enum(CLOUD_IDS) }),
]);
export type CloudRequest = z.infer<typeof CloudRequest>;

export const CloudState = z.object({
  cloud: z.enum(CLOUD_IDS),
  /** Whether Chrome holds the chosen cloud's host permissions (always true for the public cloud). */
  granted: z.boolean(),
  /** Whether the content scripts for the chosen cloud are registered (always true for the public cloud). */
  registered: z.boolean(),
});
export type CloudState = z.infer<typeof CloudState>;

export const CloudReply = z.union([
  z.object({ ok: z.literal(true), state: CloudState }),
  z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(500)), state: CloudState }),
]);
export type CloudReply = z.infer<typeof CloudReply>;

export const parseCloudRequest = (raw: unknown): CloudRequest | null => parseWith(CloudRequest, raw);
export const parseCloudReply = (raw: unknown): CloudReply | null => parseWith(CloudReply, raw);
