import { z } from 'zod/mini';

/** The background's reply to `setup:observed`: the certificates section may be asked for the page's Base64 download. */
export const SetupObserveReply = z.object({ ok: z.boolean(), fetchCertificate: z.optional(z.literal(true)) });
export type SetupObserveReply = z.infer<typeof SetupObserveReply>;
