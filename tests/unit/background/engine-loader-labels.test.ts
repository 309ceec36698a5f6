import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleEngineRequest } from '@/utils/background/engine-loader';
import { de } from '@/utils/features/i18n/de';
import { LABEL_PACK_GLOBAL } from '@/utils/features/label-pack';

/**
 * The engine request names the frame's page language; the background puts
 * that one language's label pack into the frame's isolated world before the
 * engine, and nothing for English, an unknown language or JustCall.
 */

type Injection = { target: { tabId: number; frameIds?: number[] }; files?: string[]; func?: (pack: unknown) => void; args?: unknown[] };

function sender(url: string) {
  return { id: browser.runtime.id, tab: { id: 7 } as never, frameId: 3, url };
}

let calls: Injection[] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    calls.push(injection);
    return [];
  }) as never);
});

describe('engine request with a page language', () => {
  it('German Entra: the de pack first, then the engine, into the asking frame only', async () => {
    const result = await handleEngineRequest(
      { type: 'content:load-engine', portal: 'entra', lang: 'de-DE' },
      sender('https://entra.microsoft.com/'),
    );
    expect(result).toEqual({ ok: true });
    expect(calls.map((c) => c.files ?? 'func')).toEqual(['func', ['/entra-engine.js']]);
    expect(calls[0]?.target).toEqual({ tabId: 7, frameIds: [3] });
    expect(calls[0]?.args).toEqual([{ lang: 'de', labels: de }]);
    // The injected function leaves the pack where the engine looks for it.
    const func = calls[0]?.func;
    if (!func) throw new Error('no function injected');
    const scope = globalThis as unknown as Record<string, unknown>;
    func(calls[0]?.args?.[0]);
    expect(scope[LABEL_PACK_GLOBAL]).toEqual({ lang: 'de', labels: de });
    Reflect.deleteProperty(scope, LABEL_PACK_GLOBAL);
  });

  for (const [what, msg, url] of [
    ['English', { type: 'content:load-engine', portal: 'entra', lang: 'en' }, 'https://entra.microsoft.com/'],
    ['no language', { type: 'content:load-engine', portal: 'entra' }, 'https://entra.microsoft.com/'],
    ['a language without labels', { type: 'content:load-engine', portal: 'entra', lang: 'sv' }, 'https://entra.microsoft.com/'],
    ['JustCall in German', { type: 'content:load-engine', portal: 'justcall', lang: 'de' }, 'https://app.justcall.io/app/settings'],
  ] as const) {
    it(`${what}: the engine alone`, async () => {
      expect(await handleEngineRequest(msg, sender(url))).toEqual({ ok: true });
      expect(calls.map((c) => c.files ?? 'func')).toEqual([[msg.portal === 'entra' ? '/entra-engine.js' : '/justcall-engine.js']]);
    });
  }

  it('a language tag that is not one is refused at the boundary or ignored', async () => {
    const long = await handleEngineRequest(
      { type: 'content:load-engine', portal: 'entra', lang: 'x'.repeat(36) },
      sender('https://entra.microsoft.com/'),
    );
    expect(long).toBeUndefined();
    await handleEngineRequest({ type: 'content:load-engine', portal: 'entra', lang: '__proto__' }, sender('https://entra.microsoft.com/'));
    expect(calls.map((c) => c.files ?? 'func')).toEqual([['/entra-engine.js']]);
  });
});
