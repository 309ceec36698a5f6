import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WorldState } from './state';
import type { CertPool } from './certs';
import { cloudHostNames } from './clouds';
import type { WorldUiOptions } from './ui-options';

/**
 * One request to the world, already routed by host name. Every part of the
 * world (portal pages and their API, sign-in service, ACS, SCIM, test API)
 * exports a handler of this shape; the server tries them in turn.
 */
export interface WorldRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** Lower-case host name without port, e.g. "entra.microsoft.com". */
  host: string;
  url: URL;
  method: string;
  /** The raw body (empty for GET). */
  body: Buffer;
  world: WorldRuntime;
}

/** The live world: its state plus the means to change it. */
export interface WorldRuntime {
  state: WorldState;
  /** Now, as the world's clock sees it (tests may offset it). */
  now(): Date;
  /** Replace the whole state with a fresh one (keeps the certificates made at start). */
  reset(): Promise<void>;
  /** Issues signing certificates quickly from keys made at world start. */
  certs: CertPool;
  /** The port the world listens on (0 before it listens); the world calls itself through it (e.g. SCIM). */
  port: number;
  /** How the portals are drawn (UI stack, language, delays, layouts); a reset keeps it. */
  ui: WorldUiOptions;
}

/** Returns true when it handled (and ended) the response. */
export type WorldHandler = (r: WorldRequest) => Promise<boolean>;

/** The named hosts of the classic drawing, JustCall and the public sign-in service; clouds.ts adds the rest. */
export const WORLD_HOSTS = {
  entra: 'entra.microsoft.com',
  azurePortal: 'portal.azure.com',
  reactblade: 'sso.reactblade.portal.azure.net',
  hosting: 'provisioning.hosting.portal.azure.net',
  /** The classic drawing's Admin Credentials frame: a React-view host, since the evidence has hosting frames empty. */
  adminCredentials: 'provisioning.reactblade.portal.azure.net',
  login: 'login.microsoftonline.com',
  justcall: 'app.justcall.io',
  justcallAcs: 'bifrost.justcall.io',
  justcallApi: 'api.justcall.io',
  /** Another team's portal extension, turned hostile (./hostile.ts). */
  attackerHosting: 'partner-ext.hosting.portal.azure.net',
} as const;

/** Host names the world serves; the browser maps all of them to the world's port. */
export function allWorldHostNames(): string[] {
  return [...new Set<string>([...Object.values(WORLD_HOSTS), ...cloudHostNames()])];
}
