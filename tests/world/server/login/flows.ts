import { randomUUID } from 'node:crypto';
import type { WorldRuntime } from '../http';

/**
 * Sign-ins in progress: what the request asked for, kept server-side between
 * the request and the credentials form (the form carries only the flow id).
 */

export interface SignInFlow {
  appObjectId: string;
  acsUrl: string;
  audience: string;
  inResponseTo?: string;
  relayState?: string;
  createdAt: number;
}

const MAX_FLOWS = 500;
const FLOW_TTL_MS = 60 * 60_000;
const flowsByWorld = new WeakMap<WorldRuntime, Map<string, SignInFlow>>();

function flows(world: WorldRuntime): Map<string, SignInFlow> {
  let m = flowsByWorld.get(world);
  if (!m) {
    m = new Map();
    flowsByWorld.set(world, m);
  }
  return m;
}

export function startFlow(world: WorldRuntime, flow: Omit<SignInFlow, 'createdAt'>): string {
  const m = flows(world);
  // Drop the oldest when full; Map iterates in insertion order.
  while (m.size >= MAX_FLOWS) {
    const oldest = m.keys().next().value;
    if (oldest === undefined) break;
    m.delete(oldest);
  }
  const id = randomUUID();
  m.set(id, { ...flow, createdAt: Date.now() });
  return id;
}

export function getFlow(world: WorldRuntime, id: string): SignInFlow | undefined {
  const f = flows(world).get(id);
  if (!f || Date.now() - f.createdAt > FLOW_TTL_MS) return undefined;
  return f;
}
