import { z } from 'zod';
import { CapturedRecord } from '@/utils/recorder/record';
import { TestRun } from '@/utils/test-sign-in/run';

/**
 * Runtime messages of the wizard's "Test sign-in": the side panel asks the
 * background to open JustCall's login in a new window, then asks what the
 * recorder captured in that window. Only extension pages may send them.
 */

export const TestSignInStart = z.object({
  type: z.literal('test-sign-in:start'),
  /** An Incognito / InPrivate window, to sign in as another user than the admin. */
  incognito: z.boolean(),
});

export const TestSignInStatus = z.object({ type: z.literal('test-sign-in:status') });

export const TestSignInRequest = z.discriminatedUnion('type', [TestSignInStart, TestSignInStatus]);
export type TestSignInRequest = z.infer<typeof TestSignInRequest>;

export const TestSignInStartReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), run: TestRun }),
  z.object({ ok: z.literal(false), error: z.string().max(1000) }),
]);
export type TestSignInStartReply = z.infer<typeof TestSignInStartReply>;

export const TestSignInStatusReply = z.object({
  run: TestRun.nullable(),
  /** False once the test window was closed. */
  windowOpen: z.boolean(),
  /** What the recorder captured in the window's tabs since the run started, oldest first. */
  records: z.array(CapturedRecord).max(1000),
});
export type TestSignInStatusReply = z.infer<typeof TestSignInStatusReply>;
