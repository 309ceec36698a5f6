import type { WorldRuntime } from '../http';

/**
 * What JustCall, as a careful SP, remembers between messages: the IDs of the
 * AuthnRequests it sent (for InResponseTo) and the assertion IDs it has
 * accepted (so a response cannot be replayed).
 */

const MAX = 1000;
const REQUEST_TTL_MS = 30 * 60_000;

interface SpMemory {
  requests: Map<string, number>;
  usedAssertions: Set<string>;
}

const memory = new WeakMap<WorldRuntime, SpMemory>();

function mem(world: WorldRuntime): SpMemory {
  let m = memory.get(world);
  if (!m) {
    m = { requests: new Map(), usedAssertions: new Set() };
    memory.set(world, m);
  }
  return m;
}

function trim<T>(s: { size: number; keys(): IterableIterator<T>; delete(k: T): boolean }): void {
  while (s.size > MAX) {
    const first = s.keys().next();
    if (first.done) break;
    s.delete(first.value);
  }
}

export function rememberRequest(world: WorldRuntime, id: string): void {
  const m = mem(world);
  m.requests.set(id, Date.now());
  trim(m.requests);
}

export function isOutstandingRequest(world: WorldRuntime, id: string): boolean {
  const at = mem(world).requests.get(id);
  return at !== undefined && Date.now() - at < REQUEST_TTL_MS;
}

export function consumeRequest(world: WorldRuntime, id: string): void {
  mem(world).requests.delete(id);
}

export function wasAssertionUsed(world: WorldRuntime, assertionId: string): boolean {
  return mem(world).usedAssertions.has(assertionId);
}

export function markAssertionUsed(world: WorldRuntime, assertionId: string): void {
  const m = mem(world);
  m.usedAssertions.add(assertionId);
  trim(m.usedAssertions);
}

/** Forget everything (world reset). */
export function forgetSpMemory(world: WorldRuntime): void {
  memory.delete(world);
}
