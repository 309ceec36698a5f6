import { useState } from 'react';
import { z } from 'zod';
import { api, errorText } from '../shared/api';
import { useDomId } from '../shared/ids';
import { go, PATHS } from './router';
import { Alert } from './ui';

/** JustCall's login page: email + password, or "Log in with SSO". */
export function Login() {
  const emailId = useDomId('email');
  const passwordId = useDomId('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const login = async () => {
    setError('');
    setBusy(true);
    try {
      await api(z.object({ ok: z.literal(true) }), 'POST', '/api/justcall/login', { email, password });
      go(PATHS.sso);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const sso = () => {
    if (!email.trim()) {
      setError('Enter your work email to log in with SSO.');
      return;
    }
    window.location.href = `/saml/login?email=${encodeURIComponent(email.trim())}`;
  };

  return (
    <div className="jc-login">
      <form
        className="jc-login-card"
        onSubmit={(e) => {
          e.preventDefault();
          void login();
        }}
      >
        <div className="jc-logo dark">
          <span className="jc-logo-mark" aria-hidden="true">
            ☎
          </span>
          JustCall
        </div>
        <h1>Log in to JustCall</h1>
        <div className="jc-field">
          <label htmlFor={emailId}>Email</label>
          <input
            id={emailId}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            placeholder="you@company.com"
          />
        </div>
        <div className="jc-field">
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error && <Alert kind="error">{error}</Alert>}
        <button type="submit" className="jc-btn primary wide" disabled={busy}>
          Log In
        </button>
        <div className="jc-or">or</div>
        <button type="button" className="jc-btn outline wide" onClick={sso}>
          Log in with SSO
        </button>
      </form>
    </div>
  );
}
