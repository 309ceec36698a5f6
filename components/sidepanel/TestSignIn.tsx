/**
 * The wizard's last card: trying a real sign-in. The login doctor (devtools
 * panel and recorder) plugs in here: replace this component's body, or render
 * its own component in place of the placeholder below, to start a capture and
 * show the verdict. Until then it links to JustCall's SP-initiated login.
 */
export function TestSignIn({ ready }: { ready: boolean }) {
  return (
    <section class="test-sign-in" aria-labelledby="test-h" data-slot="test-sign-in">
      <h2 id="test-h">Test sign-in</h2>
      <p>
        {ready
          ? 'Everything the assistant can check is done. Sign in as an assigned user to prove it end to end.'
          : 'When the steps above are done, sign in as an assigned user to prove it end to end.'}
      </p>
      <a class="open-link" href="https://app.justcall.io/login" target="_blank" rel="noreferrer">
        Open JustCall's sign-in page
      </a>
      <p class="muted small">If it fails, open the browser's developer tools: the Entra SSO panel explains why.</p>
    </section>
  );
}
