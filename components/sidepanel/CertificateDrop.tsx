import { useState } from 'preact/hooks';
import { sendSetup } from './useSetupState';
import { useFileDrop } from '@/components/useFileDrop';

const MAX_FILE = 200_000;

/** Last resort for the certificate: the admin drops (or picks) the downloaded Certificate (Base64) file. */
export function CertificateDrop() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE) {
      setMessage({ ok: false, text: 'That file is too large to be a certificate.' });
      return;
    }
    const reply = await sendSetup({ type: 'setup:import-cert', text: await file.text(), name: file.name.slice(0, 256) });
    setMessage(
      reply.ok ? { ok: true, text: `Certificate taken from ${file.name}.` } : { ok: false, text: reply.error ?? 'Not a certificate.' },
    );
  };
  const drop = useFileDrop((file) => void take(file));
  const over = drop.over;

  return (
    <div class={`drop ${over ? 'over' : ''}`} {...drop.handlers}>
      <label>
        Drop the downloaded <em>Certificate (Base64)</em> or <em>Federation Metadata XML</em> here, or choose it:{' '}
        <input
          type="file"
          accept=".cer,.pem,.crt,.xml,.txt"
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
