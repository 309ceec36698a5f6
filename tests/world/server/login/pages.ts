import { randomUUID } from 'node:crypto';
import { escapeHtml, page } from '../respond';
import type { EntraUser } from '../state';

/** The sign-in service's pages, laid out like Microsoft's. */

const CSS = `
.box{max-width:440px;margin:60px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}
.logo{font-weight:600;color:#5e5e5e;margin-bottom:16px;letter-spacing:.02em}
h1{font-size:24px;font-weight:600;margin:0 0 12px}
label{display:block;margin:12px 0 4px}
input[type=email],input[type=password],input[type=text]{width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px}
button,input[type=submit]{background:#0067b8;color:#fff;border:0;padding:8px 24px;font-size:15px;margin-top:20px;cursor:pointer}
.error{color:#e81123;margin:8px 0}
.hint{margin-top:24px;font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:12px}
.hint table{border-collapse:collapse}.hint td{padding:2px 8px 2px 0}
.details{margin-top:24px;font-size:13px;background:#f8f8f8;padding:12px;word-break:break-all}
.details h2{font-size:15px;margin:0 0 8px}
.details div{margin:4px 0}`;

function shell(title: string, inner: string, lang = 'en'): string {
  return page(title, `<div class="box" role="main"><div class="logo">Microsoft</div>${inner}</div>`, CSS, lang);
}

/**
 * The error page's texts. English is the page as it was; German and Japanese
 * are the world's own wording (no Microsoft document of this page was found);
 * the AADSTS message itself stays English.
 */
const ERROR_TEXTS = {
  en: {
    title: 'Sign in to your account',
    heading: 'Sign in',
    sorry: 'Sorry, but we’re having trouble signing you in.',
    details: 'Troubleshooting details',
    contact: 'If you contact your administrator, send this info to them.',
    requestId: 'Request Id',
    correlationId: 'Correlation Id',
    timestamp: 'Timestamp',
    message: 'Message',
  },
  de: {
    title: 'Bei Ihrem Konto anmelden',
    heading: 'Anmelden',
    sorry: 'Bei Ihrer Anmeldung ist leider ein Problem aufgetreten.',
    details: 'Details zur Problembehandlung',
    contact: 'Wenn Sie sich an Ihren Administrator wenden, senden Sie ihm diese Informationen.',
    requestId: 'Anforderungs-ID',
    correlationId: 'Korrelations-ID',
    timestamp: 'Zeitstempel',
    message: 'Nachricht',
  },
  ja: {
    title: 'アカウントにサインイン',
    heading: 'サインイン',
    sorry: '申し訳ございませんが、サインイン中に問題が発生しました。',
    details: 'トラブルシューティングの詳細',
    contact: '管理者に問い合わせる場合は、この情報を送信してください。',
    requestId: '要求 ID',
    correlationId: '相関 ID',
    timestamp: 'タイムスタンプ',
    message: 'メッセージ',
  },
} as const;
export type ErrorPageLang = keyof typeof ERROR_TEXTS;

export interface SignInPageInput {
  action: string;
  flow: string;
  appName: string;
  users: EntraUser[];
  password: string;
  error?: string;
  email?: string;
}

export function signInPage(p: SignInPageInput): string {
  const rows = p.users
    .map(
      (u) =>
        `<tr><td>${escapeHtml(u.displayName)}</td><td><code>${escapeHtml(u.userPrincipalName)}</code></td>` +
        `<td>${u.accountEnabled ? '' : '(disabled)'}</td></tr>`,
    )
    .join('');
  return shell(
    'Sign in to your account',
    `<h1 id="loginHeader">Sign in</h1>
<div>to continue to ${escapeHtml(p.appName)}</div>
${p.error ? `<div class="error" id="usernameError" role="alert">${escapeHtml(p.error)}</div>` : ''}
<form method="post" action="${escapeHtml(p.action)}" name="f1">
<input type="hidden" name="flow" value="${escapeHtml(p.flow)}">
<label for="i0116">Email, phone, or Skype</label>
<input type="email" id="i0116" name="loginfmt" autocomplete="username" value="${escapeHtml(p.email ?? '')}" required>
<label for="i0118">Password</label>
<input type="password" id="i0118" name="passwd" autocomplete="current-password" required>
<input type="submit" id="idSIButton9" value="Sign in">
</form>
<div class="hint" aria-label="Test users"><div>Simulated tenant. Test users (password <code>${escapeHtml(p.password)}</code>):</div>
<table>${rows}</table></div>`,
  );
}

export interface ErrorPageInput {
  code: string;
  message: string;
  status?: number;
  now: Date;
  lang?: ErrorPageLang;
}

/** Microsoft's "Sorry, but we're having trouble signing you in." page, in the admin's language. */
export function errorPage(p: ErrorPageInput): string {
  const t = ERROR_TEXTS[p.lang ?? 'en'];
  const requestId = randomUUID();
  const correlationId = randomUUID();
  const full = `${p.code}: ${p.message}`;
  return shell(
    t.title,
    `<h1>${t.heading}</h1>
<div id="errorTitle">${t.sorry}</div>
<p class="error" id="errorMessage" role="alert" data-error-code="${escapeHtml(p.code)}">${escapeHtml(full)}</p>
<div class="details" id="troubleshootingDetails"><h2>${t.details}</h2>
<div>${t.contact}</div>
<div>${t.requestId}: ${requestId}</div>
<div>${t.correlationId}: ${correlationId}</div>
<div>${t.timestamp}: ${p.now.toISOString()}</div>
<div>${t.message}: ${escapeHtml(full)}</div>
</div>`,
    p.lang ?? 'en',
  );
}

/** Posts the SAMLResponse to the ACS: automatically, or with the visible Continue button. */
export function autoPostPage(acsUrl: string, samlResponse: string, relayState: string | undefined): string {
  return page(
    'Working...',
    `<form method="POST" name="hiddenform" action="${escapeHtml(acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(samlResponse)}">
${relayState !== undefined && relayState !== '' ? `<input type="hidden" name="RelayState" value="${escapeHtml(relayState)}">` : ''}
<p>Signing you in to the application...</p>
<button type="submit" id="continue">Continue</button>
</form>
<script>window.setTimeout(function () { document.forms[0].submit(); }, 0);</script>`,
  );
}

export function signedOutPage(): string {
  return shell('Sign out', `<h1>You signed out of your account</h1><div>It’s a good idea to close all browser windows.</div>`);
}
