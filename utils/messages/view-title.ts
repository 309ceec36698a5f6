import { z } from 'zod/mini';
import { parseWith } from './parse';

/**
 * A React view frame asks for the title the shell shows for it (the pane's
 * heading lives in the top frame, not in the view): it names itself by its
 * window name; the tab and frame come from the sender.
 */
export const ViewTitleRequest = z.object({
  type: z.literal('view:shell-title'),
  name: z.string().check(z.maxLength(300)),
  /** A frame nested in a view names the same-origin frames it sits in, innermost first. */
  parents: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(4))),
});
export type ViewTitleRequest = z.infer<typeof ViewTitleRequest>;

export const ViewTitleReply = z.object({ titles: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(4)) });
export type ViewTitleReply = z.infer<typeof ViewTitleReply>;

export const parseViewTitleRequest = (raw: unknown): ViewTitleRequest | null => parseWith(ViewTitleRequest, raw);
export const parseViewTitleReply = (raw: unknown): ViewTitleReply | null => parseWith(ViewTitleReply, raw);
