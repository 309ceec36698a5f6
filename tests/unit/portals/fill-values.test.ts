import { describe, expect, it } from 'vitest';
import { runFill } from '@/utils/content/features';
import { createApp } from '@/utils/portals/entra/create-app';
import { ProvisioningValues } from '@/utils/portals/entra/provisioning';
import { JustCallSsoValues } from '@/utils/portals/justcall/sso';
import { plainText, requiredText, trimmedText } from '@/utils/portals/fill-values';

// zod/mini has no message locale: the fill schemas carry their own words.
describe('fill value schemas', () => {
  const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

  it('trims, and says plainly what is missing, empty or not text', () => {
    expect(requiredText().parse('  JustCall ')).toBe('JustCall');
    expect(trimmedText().parse('  ')).toBe('');
    expect(plainText().parse(' x ')).toBe(' x ');
    expect(firstMessage(requiredText().safeParse(undefined))).toBe('there is no value for it yet');
    expect(firstMessage(requiredText().safeParse('   '))).toBe('the value is empty');
    expect(firstMessage(plainText().safeParse(42))).toBe('the value is not text');
  });

  it('applies the defaults', () => {
    expect(ProvisioningValues.parse({})).toEqual({ mode: 'Automatic' });
    expect(firstMessage(ProvisioningValues.safeParse({ mode: 'Manual' }))).toBe('only Automatic provisioning is filled in');
    expect(
      JustCallSsoValues.parse({ ssoUrl: ' https://login.microsoftonline.com/t/saml2 ', issuer: 'https://sts.windows.net/t/' }),
    ).toEqual({
      ssoUrl: 'https://login.microsoftonline.com/t/saml2',
      issuer: 'https://sts.windows.net/t/',
      certificateFileName: 'JustCall.cer',
    });
  });

  it('turns a value that is not ready into a failed result naming the field, without touching the page', async () => {
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('the page was touched');
        },
      },
    ) as unknown as ParentNode;
    const results = await runFill(createApp, untouchable, { appName: ' ' }, { overwrite: false });
    expect(results).toEqual([
      { field: 'appName', label: 'appName', status: 'failed', expected: '', problem: 'The value is not ready: the value is empty.' },
    ]);
  });
});
