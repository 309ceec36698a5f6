import type { CapturedRecord } from '@/utils/recorder/record';
import type { CapturedItem } from '@/utils/saml/har';
import { explainAadsts, type EntraErrorPage } from '@/utils/saml/aadsts';

/** The recorder's records in the SAML core's capture-item shape, so captured and imported traffic share one analysis. */
export function recordsToItems(records: readonly CapturedRecord[]): CapturedItem[] {
  return records.map((r, seq): CapturedItem => {
    const base = { seq, time: new Date(r.at).toISOString(), url: r.url, method: r.method };
    if (r.kind === 'error-page' && r.errorPage) {
      const page: EntraErrorPage = {
        code: r.errorPage.code,
        message: r.errorPage.message,
        url: r.url,
        explanation: r.errorPage.code !== null ? explainAadsts(r.errorPage.code) : null,
      };
      if (r.errorPage.requestId) page.requestId = r.errorPage.requestId;
      if (r.errorPage.correlationId) page.correlationId = r.errorPage.correlationId;
      if (r.errorPage.timestamp) page.timestamp = r.errorPage.timestamp;
      return { ...base, type: 'entra-error', page };
    }
    if (r.body !== null) {
      return {
        ...base,
        type: 'saml',
        source: 'post',
        carrier: { via: 'post', body: r.body, contentType: 'application/x-www-form-urlencoded' },
      };
    }
    return { ...base, type: 'saml', source: 'query', carrier: { via: 'redirect', url: r.url } };
  });
}
