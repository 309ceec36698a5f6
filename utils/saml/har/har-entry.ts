import { z } from 'zod';

const NameValue = z.object({ name: z.string(), value: z.string().optional() });

/**
 * The parts of a HAR 1.2 entry that the doctor reads, from a HAR file or from
 * devtools.network (the recorder); everything else is ignored. One schema for
 * both, so an entry reads the same whichever way it arrived. Size caps are the
 * reader's: the recorder refuses what storage cannot hold, a file read skips
 * oversized entries.
 */
export const HarEntry = z.object({
  startedDateTime: z.string().optional(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    postData: z.object({ mimeType: z.string().optional(), text: z.string().optional(), params: z.array(NameValue).optional() }).optional(),
  }),
  response: z
    .object({
      status: z.number().int().optional(),
      redirectURL: z.string().optional(),
      content: z.object({ mimeType: z.string().optional(), text: z.string().optional(), encoding: z.string().optional() }).optional(),
    })
    .optional(),
});
export type HarEntry = z.infer<typeof HarEntry>;
