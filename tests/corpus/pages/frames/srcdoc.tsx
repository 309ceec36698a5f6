/** @jsxImportSource react */
import { Spinner, Stack, Text } from '@fluentui/react';
import { useEffect, useState, useSyncExternalStore, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';

/**
 * A React view whose Admin Credentials form is drawn into an about:blank
 * `srcdoc` frame (no URL of its own, no content script of its own): the view
 * keeps the values in its own store and renders a second React root into the
 * frame's document, so the frame's events reach React there.
 */

interface Creds {
  tenantUrl: string;
  secretToken: string;
  message: string;
}

let creds: Creds = { tenantUrl: '', secretToken: '', message: '' };
const listeners = new Set<() => void>();
const store = {
  get: () => creds,
  set: (patch: Partial<Creds>) => {
    creds = { ...creds, ...patch };
    for (const l of listeners) l();
  },
  subscribe: (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

function CredentialsForm(): ReactElement {
  const c = useSyncExternalStore(store.subscribe, store.get);
  return (
    <form onSubmit={(e) => e.preventDefault()} style={{ fontFamily: 'Segoe UI, sans-serif', display: 'grid', gap: 8, maxWidth: 520 }}>
      <h3>Admin Credentials</h3>
      <label htmlFor="tenant">Tenant URL *</label>
      <input id="tenant" value={c.tenantUrl} onChange={(e) => store.set({ tenantUrl: e.target.value })} />
      <label htmlFor="token">Secret Token</label>
      <input id="token" type="password" value={c.secretToken} onChange={(e) => store.set({ secretToken: e.target.value })} />
      <button
        type="button"
        onClick={() =>
          store.set({
            message: c.tenantUrl && c.secretToken ? 'The supplied credentials are authorized to enable provisioning' : 'Enter both values.',
          })
        }
      >
        Test Connection
      </button>
      <div role="status">{c.message}</div>
    </form>
  );
}

function View(): ReactElement {
  const c = useSyncExternalStore(store.subscribe, store.get);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const [drawn, setDrawn] = useState(false);
  useJudge(() => ({ tenantUrl: c.tenantUrl, secretToken: c.secretToken }), drawn);
  useEffect(() => {
    if (!frame) return;
    const draw = () => {
      const doc = frame.contentDocument;
      if (!doc?.body || doc.getElementById('creds-root')) return;
      const host = doc.createElement('div');
      host.id = 'creds-root';
      doc.body.append(host);
      createRoot(host).render(<CredentialsForm />);
      setDrawn(true);
    };
    if (frame.contentDocument?.readyState === 'complete') draw();
    frame.addEventListener('load', draw);
    return () => frame.removeEventListener('load', draw);
  }, [frame]);
  return (
    <Stack tokens={{ childrenGap: 10 }} styles={{ root: { padding: 16 } }}>
      <Text variant="large" as="h2">
        Provisioning Mode: Automatic
      </Text>
      {!drawn && <Spinner label="Loading..." />}
      <iframe
        ref={setFrame}
        title="Admin Credentials"
        srcDoc="<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>"
        style={{ border: 0, width: '100%', height: 360 }}
      />
    </Stack>
  );
}

mountFluent(<View />);
