import type { PortalName } from '@/utils/hosts';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const PORTAL = { entra: 'The Microsoft Entra admin center', justcall: 'JustCall' } as const;

/** A portal in another language: labels may not match, so filling is off there and Copy is the way. */
export function LanguageNotice({ portals }: { portals: { portal: PortalName; lang: string }[] }) {
  if (portals.length === 0) return null;
  return (
    <div class="notice" role="status">
      {portals.map((p) => (
        <p key={p.portal}>
          {PORTAL[p.portal]} is shown in <strong>{p.lang}</strong>. The assistant knows the field labels in English, so it may not find the
          fields there: use the Copy buttons, or switch the portal's language to English.
        </p>
      ))}
    </div>
  );
}

/** How to let the extension run in Incognito / InPrivate windows, shown when it may not. */
export function IncognitoNotice() {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.extension.isAllowedIncognitoAccess().then(setAllowed, () => setAllowed(null));
  }, []);
  if (allowed !== false) return null;
  const edge = /\bEdg\//.test(navigator.userAgent);
  return (
    <details class="notice">
      <summary>Setting up from a private window?</summary>
      <p>
        The assistant cannot see {edge ? 'InPrivate' : 'Incognito'} windows until you allow it:{' '}
        {edge ? (
          <>
            open <code>edge://extensions</code>, find Entra SSO Assistant, and turn on <strong>Allow in InPrivate</strong>.
          </>
        ) : (
          <>
            open <code>chrome://extensions</code>, click <strong>Details</strong> under Entra SSO Assistant, and turn on{' '}
            <strong>Allow in Incognito</strong>.
          </>
        )}
      </p>
    </details>
  );
}
