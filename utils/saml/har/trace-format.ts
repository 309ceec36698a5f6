import { z } from 'zod';
import { Binding, Finding, Verdict } from '@/utils/saml/types';

/**
 * Our own trace export. Each message keeps the verdict and findings it had
 * when it was captured, because a redacted message (NameID, names and
 * SignatureValue replaced) can no longer be verified again.
 */
export const TRACE_FORMAT = 'entra-sso-assistant-trace';

export const TraceMessage = z.object({
  time: z.string(),
  url: z.string(),
  method: z.string(),
  /** sp-to-idp: a request to Entra; idp-to-sp: Entra's answer (a Response or an error page). */
  direction: z.enum(['sp-to-idp', 'idp-to-sp']),
  /** null for an Entra error page. */
  binding: Binding.nullable(),
  /** The SAML kind (Response, AuthnRequest, ...), 'EntraError' for an error page, 'Unknown' if undecodable. */
  kind: z.string(),
  /** The message as carried (base64 / query value); base64 of the redacted XML when redacted. */
  encoded: z.string(),
  xml: z.string().optional(),
  redacted: z.boolean(),
  verdict: Verdict.nullable(),
  findings: z.array(Finding),
});
export type TraceMessage = z.infer<typeof TraceMessage>;

export const TraceExport = z.object({
  format: z.literal(TRACE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  messages: z.array(TraceMessage),
});
export type TraceExport = z.infer<typeof TraceExport>;
