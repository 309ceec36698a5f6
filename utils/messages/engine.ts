import { z } from 'zod/mini';
import { PORTALS } from '@/utils/hosts';
import { parseWith } from './parse';

/**
 * A portal content script starts small: it asks the background to inject the
 * page engine (the features, the dom engine, the in-page control) into its
 * own frame once the frame shows something a feature could be made of,
 * naming the frame's page language so the engine gets that language's labels.
 */
export const ContentLoadEngine = z.object({
  type: z.literal('content:load-engine'),
  portal: z.enum(PORTALS),
  lang: z.optional(z.string().check(z.maxLength(35))),
});
export type ContentLoadEngine = z.infer<typeof ContentLoadEngine>;

export function parseEngineRequest(raw: unknown): ContentLoadEngine | null {
  return parseWith(ContentLoadEngine, raw);
}
