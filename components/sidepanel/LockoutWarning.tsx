import { sendSetup } from './useSetupState';
import { useShownValue } from './useShownValue';

/**
 * Enabling SSO in JustCall sends every admin and member through SSO, so a
 * half-finished Entra side locks the whole team out. Said before step 1 counts as done.
 */
export function LockoutWarning({ acknowledged }: { acknowledged: boolean }) {
  const [checked, setChecked] = useShownValue(acknowledged);
  return (
    <div class="lockout" role="note" aria-label="Sign-in warning">
      <strong>Before you enforce SSO in JustCall</strong>
      <p>
        Once SSO is enabled, every JustCall admin and member must sign in through Microsoft Entra. If the Entra side is not finished, nobody
        can sign in.
      </p>
      <ul>
        <li>
          Finish the Entra steps (2, 3 and 5) and pass <em>Test Connection</em> in JustCall before you enforce SSO.
        </li>
        <li>Keep this JustCall owner session open in one tab until a test user has signed in through SSO.</li>
        <li>
          Make sure the account owner is assigned to the Entra app, and know how to reach JustCall support to turn SSO off if you are locked
          out.
        </li>
      </ul>
      <label class="ack">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).checked;
            setChecked(value);
            void sendSetup({ type: 'setup:ack-lockout', value });
          }}
        />{' '}
        I understand, and I have a way back in
      </label>
    </div>
  );
}
