/** @jsxImportSource react */
import { useEffect, type ReactElement } from 'react';
import { exposeJudge, markReady } from '@/tests/corpus/pages/kit/judge';
import { JustCallShell, mountJustCall } from '@/tests/corpus/pages/kit/justcall';

/**
 * JustCall without a Provisioning page (evidence 11: "User provisioning is
 * currently not supported", Okta article), by `?state=`: `unsupported` shows
 * that sentence on the page; `not-found` is the app's "Page not found", with no
 * Provisioning entry in the menu.
 */

const state = new URLSearchParams(location.search).get('state') ?? 'unsupported';

function Page(): ReactElement {
  useEffect(() => {
    exposeJudge(() => ({}));
    markReady();
  }, []);
  if (state === 'not-found') {
    return (
      <JustCallShell title="Page not found" provisioningInMenu={false}>
        <h1>Page not found</h1>
        <p>The page you are looking for does not exist or was moved.</p>
        <a href="/app/dashboard">Back to dashboard</a>
      </JustCallShell>
    );
  }
  return (
    <JustCallShell title="Provisioning">
      <h1>Provisioning</h1>
      <p>User provisioning is currently not supported.</p>
      <p>Add your team in Settings → Users, or let them sign in with SSO.</p>
    </JustCallShell>
  );
}

mountJustCall(<Page />);
