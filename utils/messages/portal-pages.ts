import { z } from 'zod';
import { PORTALS } from '@/utils/hosts';
import { parseWith } from './parse';

/**
 * Every runtime message between content scripts, extension pages and the
 * background, as zod schemas. Receivers parse with `parseMessage`; anything
 * that does not parse is dropped, because a content script's sender can be
 * influenced by the page it runs in.
 */

/** The kind of page a content script runs on: a portal, or Entra's sign-in pages. */
export const Portal = z.enum([...PORTALS, 'login']);
export type Portal = z.infer<typeof Portal>;

export const ContentHello = z.object({
  type: z.literal('content-hello'),
  portal: Portal,
  url: z.string().url().max(4096),
  title: z.string().max(512),
  topFrame: z.boolean(),
});
export type ContentHello = z.infer<typeof ContentHello>;

export const GetSeenPages = z.object({ type: z.literal('get-seen-pages') });

export const DevtoolsReady = z.object({
  type: z.literal('devtools-ready'),
  tabId: z.number().int(),
});

export const RuntimeMessage = z.discriminatedUnion('type', [ContentHello, GetSeenPages, DevtoolsReady]);
export type RuntimeMessage = z.infer<typeof RuntimeMessage>;

export function parsePortalPageMessage(raw: unknown): RuntimeMessage | null {
  return parseWith(RuntimeMessage, raw);
}

/** A portal page a content script has announced, as the side panel lists it. */
export const SeenPage = z.object({
  portal: Portal,
  url: z.string(),
  title: z.string(),
  topFrame: z.boolean(),
  tabId: z.number().int().nullable(),
  at: z.string(),
});
export type SeenPage = z.infer<typeof SeenPage>;
export const SeenPages = z.array(SeenPage);
