import { useState } from 'preact/hooks';
import type { SecretRelease } from '@/utils/setup/secret-release';
import { sendSetup } from './useSetupState';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * A form asked for JustCall's SCIM Secret Token. The token goes only where the
 * admin says here, to the one frame this names: a page cannot ask for it
 * and get it on its own.
 */
export function SecretReleasePrompt({ release }: { release: SecretRelease }) {
  const [error, setError] = useState<string | null>(null);
  const request = release.request;
  if (!request) return null;
  const { to } = request;
  const sameSite = hostOf(to.url) === hostOf(to.topUrl);
  return (
    <div class="secret-release" role="alertdialog" aria-labelledby="secret-release-h" data-secret-request="">
      <strong id="secret-release-h">A form asks for JustCall's Secret Token</strong>
      <p>It would go into {to.what}.</p>
      <dl>
        <dt>The page</dt>
        <dd>
          <code>{hostOf(to.topUrl)}</code>
        </dd>
        {!sameSite && (
          <>
            <dt>The frame that holds the form</dt>
            <dd>
              <code>{to.url}</code>
            </dd>
          </>
        )}
      </dl>
      <p class="muted">Fill it only if this is Entra's Provisioning page you opened yourself. The permission lasts a few minutes.</p>
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            const r = await sendSetup({ type: 'setup:release-secret' });
            setError(r.ok ? null : (r.error ?? 'Failed.'));
          }}
        >
          Let this form have the token
        </button>
        <button type="button" onClick={() => void sendSetup({ type: 'setup:decline-secret' })}>
          Not now
        </button>
      </div>
      {error && (
        <p class="value-problem" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
