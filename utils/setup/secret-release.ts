import { z } from 'zod/mini';

/**
 * Where the SCIM Secret Token may go. A provisioning form asking for it only
 * files a request; the token is released to that one frame (tab, frame and
 * URL) once the admin confirms in the side panel, which shows where it will
 * go, and only for a few minutes. Kept in storage.session beside the token.
 */

export const SECRET_RELEASE_KEY = 'setupSecretRelease';
export const RELEASE_MINUTES = 5;

const Url = z.string().check(z.maxLength(4096));
const Iso = z.string().check(z.maxLength(64));

export const SecretDestination = z.object({
  tabId: z.number(),
  frameId: z.number(),
  /** The frame's URL, and the tab's top-level page, as the browser reported them. */
  url: Url,
  topUrl: Url,
  /** What the destination is, in words ("Entra admin center, Provisioning > Admin Credentials"). */
  what: z.string().check(z.maxLength(256)),
});
export type SecretDestination = z.infer<typeof SecretDestination>;

export const SecretRelease = z.object({
  request: z.nullable(z.object({ to: SecretDestination, at: Iso })),
  grant: z.nullable(z.object({ to: SecretDestination, at: Iso, until: Iso })),
});
export type SecretRelease = z.infer<typeof SecretRelease>;

export const NO_RELEASE: SecretRelease = { request: null, grant: null };

export function parseRelease(raw: unknown): SecretRelease {
  const parsed = SecretRelease.safeParse(raw);
  return parsed.success ? parsed.data : NO_RELEASE;
}

function parts(url: string): { origin: string; page: string } {
  try {
    const u = new URL(url);
    return { origin: u.origin, page: `${u.origin}${u.pathname}` };
  } catch {
    return { origin: url, page: url };
  }
}

/** The same destination: the same tab, frame and page (the query and hash may differ), under the same top-level site. */
export function sameDestination(a: SecretDestination, b: Pick<SecretDestination, 'tabId' | 'frameId' | 'url' | 'topUrl'>): boolean {
  return (
    a.tabId === b.tabId &&
    a.frameId === b.frameId &&
    parts(a.url).page === parts(b.url).page &&
    parts(a.topUrl).origin === parts(b.topUrl).origin
  );
}

export function grantHolds(
  release: SecretRelease,
  to: Pick<SecretDestination, 'tabId' | 'frameId' | 'url' | 'topUrl'>,
  now: Date,
): boolean {
  const g = release.grant;
  return g !== null && sameDestination(g.to, to) && Date.parse(g.until) > now.getTime();
}
