/**
 * The page engine is injected on request (./engine-request.ts); a second
 * request for the same frame (a reload of the start-up script, a race) must
 * not start a second controller. The flag lives in the extension's isolated
 * world, which page script cannot see or set.
 */
const FLAG = '__entraSsoAssistantEngine';

export function startOnce(start: () => void): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  start();
}
