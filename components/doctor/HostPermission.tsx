import { useState } from 'preact/hooks';
import { requestAcsOrigin } from './platform';

/** Lets the admin have an ACS on another host recorded too (Chrome asks them to allow that one origin). */
export function HostPermission() {
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <details class="host-permission">
      <summary>Record an ACS on another host</summary>
      <div class="row-actions">
        <input
          type="url"
          placeholder="https://sso.example.com/acs"
          aria-label="ACS URL or origin"
          value={value}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          onClick={() =>
            void requestAcsOrigin(value).then((r) =>
              setStatus(r.ok ? { ok: true, text: `Recording POSTs to ${r.pattern} from now on.` } : { ok: false, text: r.error }),
            )
          }
        >
          Allow and record
        </button>
      </div>
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role="status">
          {status.text}
        </p>
      )}
    </details>
  );
}
