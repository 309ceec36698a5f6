import type { Runtime } from 'webextension-polyfill';

/**
 * A background feature handles the runtime messages it understands (after
 * zod-parsing them itself) and returns undefined for everything else, so
 * features stay in their own files and the entrypoint only wires them.
 */
export type MessageHandler = (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export function routeMessage(
  handlers: readonly MessageHandler[],
  raw: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> | undefined {
  for (const handle of handlers) {
    const reply = handle(raw, sender);
    if (reply !== undefined) return reply;
  }
  return undefined;
}
