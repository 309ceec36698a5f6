/**
 * A React view's host: the shell in the parent window, reached by postMessage
 * at the origin the shell named (trustedAuthority), and only if that is a
 * portal host of this cloud. Messages from the shell are parsed on receipt.
 */
import { CLOUDS, type CloudId } from '../../../server/clouds';
import { ToViewSchema, type ToShell, type ViewHost } from '../ibiza/protocol';

export function trustedShellOrigin(raw: string | null, cloud: CloudId): string | null {
  try {
    const u = new URL(raw ?? '');
    return u.protocol === 'https:' && CLOUDS[cloud].portalHosts.includes(u.hostname) ? u.origin : null;
  } catch {
    return null;
  }
}

export function frameHost(shellOrigin: string | null): ViewHost {
  const appChanged = new Set<() => void>();
  const paneResult = new Set<(data: unknown) => void>();
  const send = (msg: ToShell) => {
    if (shellOrigin && window.parent !== window) window.parent.postMessage(msg, shellOrigin);
  };
  window.addEventListener('message', (e) => {
    if (!shellOrigin || e.origin !== shellOrigin || e.source !== window.parent) return;
    const msg = ToViewSchema.safeParse(e.data);
    if (!msg.success) return;
    if (msg.data.type === 'fx:appChanged') for (const fn of appChanged) fn();
    else for (const fn of paneResult) fn(msg.data.data);
  });
  return {
    navigate: (hash) => send({ type: 'fx:navigate', hash }),
    openPane: (view, params) => send({ type: 'fx:openPane', view, params: params ?? {} }),
    closePane: () => send({ type: 'fx:closePane' }),
    paneResult: (data) => send({ type: 'fx:paneResult', data }),
    notify: (notice) => send({ type: 'fx:notify', notice }),
    appChanged: () => send({ type: 'fx:appChanged' }),
    onAppChanged: (fn) => {
      appChanged.add(fn);
      return () => appChanged.delete(fn);
    },
    onPaneResult: (fn) => {
      paneResult.add(fn);
      return () => paneResult.delete(fn);
    },
    ready: () => send({ type: 'fx:ready' }),
  };
}
