import { z } from 'zod';
import { parseWith } from './parse';

/** The certificate watch's messages: the side panel's "Check now", and the guided rotation's steps. Extension pages only. */

export const CertWatchMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('certwatch:check') }),
  /** The new certificate's file, downloaded from Entra and dropped on the panel. */
  z.object({ type: z.literal('certwatch:rotation-cert'), text: z.string().max(200_000), name: z.string().max(256) }),
  z.object({ type: z.literal('certwatch:end-rotation') }),
  /** The admin just allowed (or removed) system notifications: the current alert may be shown at once. */
  z.object({ type: z.literal('certwatch:notifications') }),
]);
export type CertWatchMessage = z.infer<typeof CertWatchMessage>;

export function parseCertWatchMessage(raw: unknown): CertWatchMessage | null {
  return parseWith(CertWatchMessage, raw);
}
