import { cloudOrigins, type CloudId } from '@/utils/hosts';
import { parseCloudReply, type CloudRequest, type CloudState } from '@/utils/messages/cloud';

/**
 * The side panel's half of switching clouds. Chrome shows its permission
 * prompt only for a request made during the admin's click, so the request is
 * made first, synchronously, before anything is awaited; the background then
 * registers the content scripts (utils/cloud/registration.ts). The public
 * cloud asks for nothing: its hosts are the manifest's.
 */

export interface OptInDeps {
  request(p: { origins: string[] }): Promise<boolean>;
  send(message: CloudRequest): Promise<unknown>;
}

export type OptInResult = { ok: true; state: CloudState } | { ok: false; error: string; state?: CloudState };

export function switchCloudFromClick(cloud: CloudId, deps: OptInDeps): Promise<OptInResult> {
  const origins = cloudOrigins(cloud);
  let asked: Promise<boolean>;
  try {
    asked = origins.length ? deps.request({ origins }) : Promise.resolve(true);
  } catch (e) {
    asked = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  return asked.then(
    async (granted): Promise<OptInResult> => {
      if (!granted) return { ok: false, error: 'Chrome did not grant access to that cloud’s hosts; nothing changed.' };
      const reply = parseCloudReply(await deps.send({ type: 'cloud:set', cloud }).catch(() => null));
      if (!reply) return { ok: false, error: 'The extension did not answer; nothing changed.' };
      return reply.ok ? { ok: true, state: reply.state } : { ok: false, error: reply.error, state: reply.state };
    },
    (e: unknown): OptInResult => ({ ok: false, error: `Chrome refused the request (${e instanceof Error ? e.message : String(e)}).` }),
  );
}
