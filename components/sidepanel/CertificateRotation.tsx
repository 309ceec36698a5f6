import { useState } from 'preact/hooks';
import { useFileDrop } from '@/components/useFileDrop';
import { rotationSteps } from '@/utils/cert-watch/rotation';
import type { WatchState } from '@/utils/cert-watch/state';
import type { SetupSession } from '@/utils/setup/session';
import { sendSetup } from './useSetupState';

const MAX_FILE = 200_000;

function NewCertificateDrop() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE) {
      setMessage({ ok: false, text: 'That file is too large to be a certificate.' });
      return;
    }
    const reply = await sendSetup({ type: 'certwatch:rotation-cert', text: await file.text(), name: file.name.slice(0, 256) });
    setMessage(
      reply.ok ? { ok: true, text: `New certificate taken from ${file.name}.` } : { ok: false, text: reply.error ?? 'Not a certificate.' },
    );
  };
  const drop = useFileDrop((file) => void take(file));
  return (
    <div class={`drop ${drop.over ? 'over' : ''}`} {...drop.handlers}>
      <label>
        The new certificate (<em>Base64 certificate download</em>):{' '}
        <input
          type="file"
          accept=".cer,.pem,.crt,.txt"
          data-testid="rotation-cert-input"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {message && (
        <div class={message.ok ? 'ok' : 'value-problem'} role="status">
          {message.text}
        </div>
      )}
    </div>
  );
}

/** The guided rotation: four steps in the order that keeps sign-ins working, each ticked from what the assistant saw. */
export function CertificateRotation({ session, watch, onClose }: { session: SetupSession; watch: WatchState; onClose: () => void }) {
  const steps = rotationSteps(session, watch);
  const cert = watch.rotation?.cert;
  const end = async () => {
    await sendSetup({ type: 'certwatch:end-rotation' });
    onClose();
  };
  return (
    <div class="rotation" data-testid="cert-rotation">
      <h3>Rotate the signing certificate</h3>
      {cert && (
        <p class="small">
          New certificate: <code>{cert.sha1}</code>, valid until {new Date(cert.notAfter).toLocaleDateString()}.
        </p>
      )}
      <ol class="rotation-steps">
        {steps.map((s) => (
          <li key={s.id} data-rotation-step={s.id} data-state={s.state} class={`rotation-step ${s.state}`}>
            <strong>{s.title}</strong>{' '}
            <span class={`badge ${s.state === 'done' ? 'done' : 'not-started'}`}>
              {s.state === 'done' ? 'done' : s.state === 'current' ? 'next' : 'later'}
            </span>
            <p class="small">{s.detail}</p>
            {s.id === 'create' && s.state !== 'done' && <NewCertificateDrop />}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void end()}>
        {steps.slice(0, 3).every((s) => s.state === 'done') ? 'Finish the rotation' : 'Cancel the rotation'}
      </button>
    </div>
  );
}
