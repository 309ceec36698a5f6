import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { doctorSenderAllowed, handleDoctorMessage } from '@/utils/background/recorder';
import { handleTestSignInMessage } from '@/utils/background/test-sign-in';
import type { DoctorRequest } from '@/utils/messages/doctor';

const ext = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
const page: Runtime.MessageSender = {
  id: ext.id,
  url: `${ext.baseUrl}devtools-panel.html`,
  origin: ext.baseUrl.replace(/\/$/, ''),
} as Runtime.MessageSender;
const otherExtension: Runtime.MessageSender = { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' };
const webPage: Runtime.MessageSender = { id: ext.id, url: 'https://evil.example/', tab: { id: 3 } as Runtime.MessageSender['tab'] };
/** A content script of ours in a page that names our URL (sender.url is the page's, the origin too). */
const spoofed = { id: ext.id, url: `${ext.baseUrl}x`, origin: 'https://evil.example', tab: { id: 3 } } as unknown as Runtime.MessageSender;
const signIn = {
  id: ext.id,
  url: 'https://login.microsoftonline.com/t/saml2',
  origin: 'https://login.microsoftonline.com',
  tab: { id: 3 },
};

const list: DoctorRequest = { type: 'doctor:list', tabId: null };
const errorPage: DoctorRequest = {
  type: 'doctor:error-page',
  url: 'https://login.microsoftonline.com/t/saml2',
  code: 50105,
  message: 'AADSTS50105',
};

describe('who may talk to the doctor and the test sign-in', () => {
  it('reads captures only for the extension’s own pages, by id, URL and origin, never for a sender merely without a tab', () => {
    expect(doctorSenderAllowed(list, page, ext)).toBe(true);
    for (const sender of [otherExtension, webPage, spoofed, signIn as unknown as Runtime.MessageSender]) {
      expect(doctorSenderAllowed(list, sender, ext), JSON.stringify(sender)).toBe(false);
      expect(handleDoctorMessage(list, sender)).toBeUndefined();
      expect(handleTestSignInMessage({ type: 'test-sign-in:status' }, sender)).toBeUndefined();
    }
    expect(handleDoctorMessage(list, page)).toBeInstanceOf(Promise);
  });

  it('takes error-page reports only from a tab on Entra’s sign-in service', () => {
    expect(doctorSenderAllowed(errorPage, signIn as unknown as Runtime.MessageSender, ext)).toBe(true);
    const fromElsewhere = [
      webPage,
      page,
      { ...signIn, id: 'another-extension' },
      { ...signIn, tab: undefined },
      { ...signIn, origin: 'https://evil.example' },
      { ...signIn, url: 'https://login.microsoftonline.com.evil.example/x', origin: 'https://login.microsoftonline.com.evil.example' },
    ];
    for (const sender of fromElsewhere)
      expect(doctorSenderAllowed(errorPage, sender as Runtime.MessageSender, ext), JSON.stringify(sender)).toBe(false);
  });
});
