import { describe, expect, it } from 'vitest';
import { errorPageMessage } from '@/utils/recorder/error-page-reading';
import { recordFromErrorPage } from '@/utils/recorder/error-page-record';
import { DoctorErrorPage } from '@/utils/messages/doctor';

const LONG = 'x'.repeat(300);
const page = `<html><body><div>AADSTS50105: The signed in user is not assigned. ${'Sorry. '.repeat(400)}</div><script>$Config={"timestamp":"${LONG}"};</script></body></html>`;
const URL = 'https://login.microsoftonline.com/t/saml2';

describe('an Entra error page, from the content script or from devtools', () => {
  it('is capped the same way on both paths, so the message parses and the record can be stored', () => {
    const msg = errorPageMessage(page, URL);
    expect(msg).not.toBeNull();
    expect(DoctorErrorPage.safeParse(msg).success).toBe(true);
    expect(msg?.timestamp).toHaveLength(100);
    expect(msg?.message.length).toBeLessThanOrEqual(2000);
    const fromDevtools = recordFromErrorPage({ url: URL, code: 50105, message: 'm'.repeat(3000), timestamp: LONG }, 1, 'devtools', 1);
    expect(fromDevtools.errorPage?.timestamp).toBe(msg?.timestamp);
    expect(fromDevtools.errorPage?.message).toHaveLength(2000);
  });
});
