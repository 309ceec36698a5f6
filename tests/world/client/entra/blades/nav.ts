import { formatHash, type Route } from '../route';

/** The shell's origin, from the iframe URL; only portal origins are trusted. */
function parentOrigin(): string | null {
  const raw = new URLSearchParams(window.location.search).get('parent') ?? '';
  try {
    const u = new URL(raw);
    return u.hostname === 'entra.microsoft.com' || u.hostname === 'portal.azure.com' ? u.origin : null;
  } catch {
    return null;
  }
}

const inFrame = window.parent !== window;

/** Ask the shell to navigate (the hash lives on the top page); standalone, reload ourselves. */
export function navigate(route: Route): void {
  const hash = formatHash(route);
  const origin = parentOrigin();
  if (inFrame && origin) window.parent.postMessage({ type: 'world:navigate', hash }, origin);
  else window.location.search = `?hash=${encodeURIComponent(hash)}`;
}

/** Tell the shell the app changed (its name/menu may depend on it). */
export function notifyAppChanged(): void {
  const origin = parentOrigin();
  if (inFrame && origin) window.parent.postMessage({ type: 'world:appChanged' }, origin);
}

export function hrefFor(route: Route): string {
  return formatHash(route);
}
