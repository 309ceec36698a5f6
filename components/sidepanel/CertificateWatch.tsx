import { useState } from 'preact/hooks';
import { describeAlert } from '@/utils/cert-watch/describe';
import { daysLeft } from '@/utils/cert-watch/schedule';
import { CertificateRotation } from './CertificateRotation';
import { useCertWatch, useNotificationsPermission } from './useCertWatch';
import { sendSetup, type SetupState } from './useSetupState';
import './CertificateWatch.css';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function Notifications() {
  const { granted, request, remove } = useNotificationsPermission();
  if (granted === null) return null;
  return granted ? (
    <p class="small muted" data-testid="cert-watch-notifications">
      System notifications are on.{' '}
      <button type="button" class="link" onClick={() => void remove()}>
        Turn them off
      </button>
    </p>
  ) : (
    <button type="button" data-testid="cert-watch-notifications" onClick={() => void request()}>
      Also warn me with a system notification
    </button>
  );
}

/**
 * The certificate watch after setup: what the daily check last found (the
 * same warning the toolbar badge shows), "Check now", the optional system
 * notifications, and the guided rotation.
 */
export function CertificateWatch({ setup }: { setup: SetupState }) {
  const watch = useCertWatch();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rotating, setRotating] = useState(false);
  // Nothing to watch before the assistant has seen the app's metadata URL.
  if (!setup.session.values.metadataUrl) return null;
  const words = watch.alert ? describeAlert(watch.alert) : null;
  const left = watch.active ? daysLeft(watch.active.notAfter, new Date()) : null;

  const check = async () => {
    setBusy(true);
    const r = await sendSetup({ type: 'certwatch:check' });
    setBusy(false);
    setError(r.ok ? null : (r.error ?? 'The check failed.'));
  };

  return (
    <section class="cert-watch" aria-labelledby="cert-watch-h" data-alert={watch.alert?.kind ?? 'none'}>
      <h2 id="cert-watch-h">Certificate watch</h2>
      {words ? (
        <div class={`cert-alert ${words.urgent ? 'urgent' : ''}`} role="alert" data-testid="cert-watch-alert" data-kind={watch.alert?.kind}>
          <strong>{words.title}</strong>
          <p>{words.detail}</p>
        </div>
      ) : watch.lastCheck?.ok && watch.active ? (
        <p class="ok" data-testid="cert-watch-ok">
          JustCall holds the certificate Entra signs with{left !== null ? `; it expires in ${left} days` : ''}.
        </p>
      ) : null}
      <p class="small muted">
        Checked daily from Entra&apos;s public federation metadata.{' '}
        {watch.lastCheck ? `Last check: ${when(watch.lastCheck.at)}.` : 'Not checked yet.'}
      </p>
      {(error ?? (watch.lastCheck && !watch.lastCheck.ok ? watch.lastCheck.error : null)) && (
        <p class="value-problem" role="status" data-testid="cert-watch-error">
          {error ?? watch.lastCheck?.error}
        </p>
      )}
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void check()}>
          Check now
        </button>
        {!watch.rotation && !rotating && (
          <button type="button" onClick={() => setRotating(true)}>
            Rotate the certificate
          </button>
        )}
        <Notifications />
      </div>
      {(watch.rotation || rotating) && <CertificateRotation session={setup.session} watch={watch} onClose={() => setRotating(false)} />}
    </section>
  );
}
