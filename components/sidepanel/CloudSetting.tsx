import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLOUD_IDS, CLOUDS, cloudOrigins, type CloudId } from '@/utils/hosts';
import { CloudIdSchema } from '@/utils/cloud/choice';
import { switchCloudFromClick, type OptInDeps } from '@/utils/cloud/opt-in';
import { parseCloudReply, type CloudState } from '@/utils/messages/cloud';

const REAL_DEPS: OptInDeps = {
  request: (p) => chrome.permissions.request(p),
  send: (m) => browser.runtime.sendMessage(m),
};

function describe(state: CloudState): string {
  const { label } = CLOUDS[state.cloud];
  if (state.cloud === 'public') return `${label}: the hosts the extension was installed with.`;
  if (!state.granted) return `${label}: Chrome no longer grants its hosts; switch again to ask.`;
  return state.registered
    ? `${label}: its portal and sign-in hosts are granted and the assistant runs there.`
    : `${label}: granted, not yet active.`;
}

/**
 * Which Microsoft cloud the admin works in. A sovereign cloud's hosts are
 * asked for only here, on the admin's click; going back to the public cloud
 * gives them back.
 */
export function CloudSetting({ deps = REAL_DEPS }: { deps?: OptInDeps }) {
  const [state, setState] = useState<CloudState | null>(null);
  const [chosen, setChosen] = useState<CloudId>('public');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  useEffect(() => {
    void deps
      .send({ type: 'cloud:get' })
      .then((raw) => {
        const reply = parseCloudReply(raw);
        if (!reply) return;
        setState(reply.state);
        setChosen(reply.state.cloud);
      })
      .catch(() => undefined);
  }, [deps]);
  const hosts = cloudOrigins(chosen);
  return (
    <div class="cloud-setting" role="group" aria-labelledby="cloud-h">
      <h3 id="cloud-h">Microsoft cloud</h3>
      <div class="row">
        <label for="cloud-select">Cloud</label>{' '}
        <select
          id="cloud-select"
          value={chosen}
          onChange={(e) => {
            const picked = CloudIdSchema.safeParse((e.currentTarget as HTMLSelectElement).value);
            if (picked.success) setChosen(picked.data);
          }}
        >
          {CLOUD_IDS.map((id) => (
            <option key={id} value={id}>
              {CLOUDS[id].label}
            </option>
          ))}
        </select>
      </div>
      {hosts.length > 0 && chosen !== state?.cloud && (
        <p class="muted small">
          Chrome will ask to let the assistant read and change: {hosts.map((h) => h.replace(/\/\*$/, '')).join(', ')}.
        </p>
      )}
      <button
        type="button"
        disabled={chosen === state?.cloud && (state.cloud === 'public' || (state.granted && state.registered))}
        onClick={() => {
          setMessage(null);
          void switchCloudFromClick(chosen, deps).then((r) => {
            if (r.state) setState(r.state);
            setMessage(
              r.ok ? { text: `Now working in: ${CLOUDS[r.state.cloud].label}.`, problem: false } : { text: r.error, problem: true },
            );
          });
        }}
      >
        Use this cloud
      </button>
      {state && (
        <p class="muted small" data-testid="cloud-state">
          {describe(state)}
        </p>
      )}
      {message && (
        <p class={message.problem ? 'value-problem' : 'muted small'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
