import { describe, expect, it } from 'vitest';
import { parseEntraErrorPage } from '@/utils/saml/aadsts';

/**
 * Entra's sign-in error page in the admin's language. No Microsoft document
 * gives its "Request Id", "Correlation Id" and "Timestamp" per language
 * (portal-i18n-and-clouds.md covers the admin center only), so the reader
 * must not depend on those words: these pages use the simulated world's
 * German and Japanese wording and others of our own, and the reader must get
 * the same answer from each. The AADSTS line is Microsoft's, in English.
 */

const REQUEST = '0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CORRELATION = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const TIME = '2026-12-01T17:20:29.123Z';
const ERROR =
  "AADSTS50011: The redirect URI 'https://bifrost.justcall.io/passport/login/callback' specified in the request does not match the redirect URIs configured for the application 'JustCall'.";

function page(
  lang: string,
  w: { sorry: string; details: string; request: string; correlation: string; time: string; message: string },
  colon = ':',
): string {
  return `<!doctype html><html lang="${lang}"><body><div class="box" role="main">
<div id="errorTitle">${w.sorry}</div>
<p class="error" id="errorMessage" role="alert">${ERROR}</p>
<div class="details"><h2>${w.details}</h2>
<div>${w.request}${colon} ${REQUEST}</div>
<div>${w.correlation}${colon} ${CORRELATION}</div>
<div>${w.time}${colon} ${TIME}</div>
<div>${w.message}${colon} ${ERROR}</div>
</div></div></body></html>`;
}

const LOCALIZED = {
  de: {
    sorry: 'Bei Ihrer Anmeldung ist leider ein Problem aufgetreten.',
    details: 'Details zur Problembehandlung',
    request: 'Anforderungs-ID',
    correlation: 'Korrelations-ID',
    time: 'Zeitstempel',
    message: 'Nachricht',
  },
  ja: {
    sorry: '申し訳ございませんが、サインイン中に問題が発生しました。',
    details: 'トラブルシューティングの詳細',
    request: '要求 ID',
    correlation: '相関 ID',
    time: 'タイムスタンプ',
    message: 'メッセージ',
  },
  fr: {
    sorry: 'Désolé, nous ne pouvons pas vous connecter.',
    details: 'Détails de résolution des problèmes',
    request: 'ID de demande',
    correlation: 'ID de corrélation',
    time: 'Horodatage',
    message: 'Message',
  },
  ko: {
    sorry: '죄송합니다. 로그인하는 데 문제가 있습니다.',
    details: '문제 해결 세부 정보',
    request: '요청 ID',
    correlation: '상관 관계 ID',
    time: '타임스탬프',
    message: '메시지',
  },
} as const;

describe('a localized AADSTS error page', () => {
  for (const [lang, words] of Object.entries(LOCALIZED)) {
    it(`${lang}: code, message, Request Id, Correlation Id and Timestamp`, () => {
      const read = parseEntraErrorPage(page(lang, words), 'https://login.microsoftonline.com/t/saml2');
      expect(read?.code).toBe(50011);
      expect(read?.message).toBe(ERROR);
      expect(read?.requestId).toBe(REQUEST);
      expect(read?.correlationId).toBe(CORRELATION);
      expect(read?.timestamp).toBe(TIME);
      expect(read?.explanation?.step).toBe('basic-saml');
    });
  }

  it('a full-width colon, as CJK pages may print it', () => {
    const read = parseEntraErrorPage(page('zh', { ...LOCALIZED.ja, request: '请求 ID', correlation: '关联 ID', time: '时间戳' }, '：'));
    expect([read?.requestId, read?.correlationId, read?.timestamp]).toEqual([REQUEST, CORRELATION, TIME]);
  });

  it('guesses nothing from a single unnamed id, and ignores ids above the error line', () => {
    const one = `<html lang="de"><body><div>Mandant: 11111111-2222-4333-8444-555555555555</div><p>${ERROR}</p><div>Anforderungs-ID: ${REQUEST}</div></body></html>`;
    const read = parseEntraErrorPage(one);
    expect(read?.code).toBe(50011);
    expect(read?.requestId).toBeUndefined();
    expect(read?.correlationId).toBeUndefined();
  });

  it('English words still win over position', () => {
    const en = page('en', {
      sorry: 'Sorry',
      details: 'Troubleshooting details',
      request: 'Correlation Id',
      correlation: 'Request Id',
      time: 'Timestamp',
      message: 'Message',
    });
    const read = parseEntraErrorPage(en);
    // The labels are swapped on purpose: the words decide, not the order.
    expect(read?.requestId).toBe(CORRELATION);
    expect(read?.correlationId).toBe(REQUEST);
  });
});
