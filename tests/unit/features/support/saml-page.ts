/** The "Set up Single Sign-On with SAML" page as the simulated Entra draws it (static parts). */
export const SAML_PAGE = `
<div class="page saml-page">
  <h2>Set up Single Sign-On with SAML</h2>
  <section aria-labelledby="sec1"><header><span aria-hidden="true">1</span><h3 id="sec1">Basic SAML Configuration</h3>
    <button type="button"><span aria-hidden="true">✎</span> Edit</button></header>
    <table><tbody>
      <tr><th scope="row">Identifier (Entity ID)</th><td>JustCall</td></tr>
      <tr><th scope="row">Reply URL (Assertion Consumer Service URL)</th><td><span class="muted">Required</span></td></tr>
      <tr><th scope="row">Sign on URL</th><td><span class="muted">Optional</span></td></tr>
      <tr><th scope="row">Relay State (Optional)</th><td><span class="muted">Optional</span></td></tr>
      <tr><th scope="row">Logout Url (Optional)</th><td>https://app.example.test/logout</td></tr>
    </tbody></table>
  </section>
  <section aria-labelledby="sec2"><header><h3 id="sec2">Attributes &amp; Claims</h3></header>
    <table><tbody>
      <tr><th scope="row">givenname</th><td>user.givenname</td></tr>
      <tr><th scope="row">Unique User Identifier</th><td>user.userprincipalname</td></tr>
    </tbody></table>
  </section>
  <section aria-labelledby="sec3"><header><h3 id="sec3">SAML Certificates</h3></header>
    <h4>Token signing certificate</h4>
    <table><tbody>
      <tr><th scope="row">Status</th><td>Active</td></tr>
      <tr><th scope="row">Thumbprint</th><td><span class="mono">AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12</span></td></tr>
      <tr><th scope="row">Expiration</th><td>11/28/28, 9:00 PM UTC</td></tr>
      <tr><th scope="row">Notification Email</th><td>admin@contoso.onmicrosoft.com</td></tr>
    </tbody></table>
    <div class="field"><label for="meta">App Federation Metadata Url</label>
      <div><input id="meta" type="text" readonly value="https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/federationmetadata/2007-06/federationmetadata.xml?appid=a1"><button aria-label="Copy to clipboard">⧉</button></div></div>
    <div class="download-row"><span id="dl1">Certificate (Base64)</span><a id="dl1l" href="/api/entra/apps/o1/certificates/c1/base64" aria-labelledby="dl1 dl1l" download="">Download</a></div>
    <div class="download-row"><span id="dl2">Certificate (Raw)</span><a id="dl2l" href="/api/entra/apps/o1/certificates/c1/raw" aria-labelledby="dl2 dl2l" download="">Download</a></div>
  </section>
  <section aria-labelledby="sec4"><header><h3 id="sec4">Set up JustCall</h3></header>
    <div class="field"><label for="c1">Login URL</label><div><input id="c1" readonly value="https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2"></div></div>
    <div class="field"><label for="c2">Microsoft Entra Identifier</label><div><input id="c2" readonly value="https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/"></div></div>
    <div class="field"><label for="c3">Logout URL</label><div><input id="c3" readonly value="https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2"></div></div>
  </section>
  <section aria-labelledby="sec5"><header><h3 id="sec5">Test single sign-on with JustCall</h3></header><button>Test</button></section>
</div>`;
