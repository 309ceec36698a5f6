import { useState } from 'preact/hooks';
import type { SetupSettings } from '@/utils/setup/session';
import { DefaultRole } from '@/utils/setup/session';
import { LearnedLabels } from './LearnedLabels';
import { sendSetup } from './useSetupState';
import { useShownValue } from './useShownValue';
import { CloudSetting } from './CloudSetting';
import { PageShapeButton } from './PageShapeButton';

/** Default Role for new SSO users, "Click Save for me" (off by default), and Reset. */
export function SettingsPanel({ settings }: { settings: SetupSettings }) {
  const [confirming, setConfirming] = useState(false);
  const [role, setRole] = useShownValue(settings.defaultRole);
  const [clickSave, setClickSave] = useShownValue(settings.clickSave);
  return (
    <section class="settings" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      <label class="row">
        Default Role for new SSO users{' '}
        <select
          value={role}
          onChange={(e) => {
            const chosen = DefaultRole.safeParse((e.currentTarget as HTMLSelectElement).value);
            if (!chosen.success) return;
            setRole(chosen.data);
            void sendSetup({ type: 'setup:settings', defaultRole: chosen.data });
          }}
        >
          {DefaultRole.options.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={clickSave}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).checked;
            setClickSave(value);
            void sendSetup({ type: 'setup:settings', clickSave: value });
          }}
        />{' '}
        Click Save for me
      </label>
      <p class="muted small">
        {clickSave ? 'The assistant clicks Save after filling.' : 'Off: the assistant highlights the Save button and you click it.'}
      </p>
      <LearnedLabels />
      <CloudSetting />
      <PageShapeButton />
      {confirming ? (
        <div class="row" role="group" aria-label="Confirm reset">
          <span>Forget everything the assistant has read and written?</span>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              void sendSetup({ type: 'setup:reset' });
            }}
          >
            Yes, reset
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset the assistant
        </button>
      )}
    </section>
  );
}
