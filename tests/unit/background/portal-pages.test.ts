import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { helloRecord } from '@/utils/background/portal-pages';
import type { ContentHello } from '@/utils/messages/portal-pages';

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const AT = new Date('2026-12-01T10:00:00Z');
const hello = (over: Partial<ContentHello> = {}): ContentHello => ({
  type: 'content-hello',
  portal: 'entra',
  url: 'https://entra.microsoft.com/#home',
  title: 'Home',
  topFrame: true,
  ...over,
});
const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as NonNullable<
  Runtime.MessageSender['tab']
>;
const sender = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: SELF.id,
  tab,
  frameId: 0,
  url: 'https://entra.microsoft.com/#home',
  ...over,
});

describe('a content script hello is believed only as the browser describes its sender', () => {
  it('records the URL and frame the browser gives, not the ones the message claims', () => {
    const record = helloRecord(
      hello({ url: 'https://entra.microsoft.com/#elsewhere', topFrame: true }),
      sender({ frameId: 3, url: 'https://sandbox-1.reactblade.portal.azure.net/x' }),
      SELF,
      AT,
    );
    expect(record).toMatchObject({ portal: 'entra', url: 'https://sandbox-1.reactblade.portal.azure.net/x', topFrame: false, tabId: 4 });
  });

  it('refuses a hello naming another portal than the page is on', () => {
    expect(helloRecord(hello({ portal: 'justcall' }), sender(), SELF, AT)).toBeNull();
    expect(helloRecord(hello({ portal: 'entra' }), sender({ url: 'https://evil.example/' }), SELF, AT)).toBeNull();
  });

  it('refuses another extension, and senders outside a tab', () => {
    expect(helloRecord(hello(), sender({ id: 'other' }), SELF, AT)).toBeNull();
    expect(helloRecord(hello(), sender({ tab: undefined }), SELF, AT)).toBeNull();
  });

  it("accepts Entra's sign-in pages as 'login'", () => {
    const record = helloRecord(hello({ portal: 'login' }), sender({ url: 'https://login.microsoftonline.com/t/saml2' }), SELF, AT);
    expect(record?.portal).toBe('login');
  });
});
