import { describe, expect, it } from 'vitest';
import { runFill } from '@/utils/features/run-fill';
import { createApp } from '@/utils/features/entra/create-app';
import { provisioning } from '@/utils/features/entra/provisioning';
import { justcallSso } from '@/utils/features/justcall/sso';
import { plainText, requiredText, trimmedText } from '@/utils/features/fill-values';
import { opts, planOf } from './support/plan';

function schemaOf(spec: { fill?: { schema: { parse(v: unknown): unknown; safeParse(v: unknown): unknown } } }) {
  if (!spec.fill) throw new Error('not a filling feature');
  return spec.fill.schema as {
    parse(v: unknown): unknown;
    safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } };
  };
}
const ProvisioningValues = schemaOf(provisioning);
const JustCallSsoValues = schemaOf(justcallSso);

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

  it('calls a plan whose value is not ready "not ready", naming the field by its label, without touching the page', async () => {
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('the page was touched');
        },
      },
    ) as unknown as ParentNode;
    const outcome = await runFill(createApp, untouchable, planOf('entra/create-app', { appName: ' ' }), opts());
    expect(outcome).toEqual({ ready: false, field: "What's the name of your app?", problem: 'the value is empty' });
  });
});
