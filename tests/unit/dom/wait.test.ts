// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { observeAppearances, waitForElement } from '@/utils/dom/wait';

describe('waitForElement', () => {
  test('resolves at once when the element is there', async () => {
    document.body.innerHTML = '<h2>Manage claim</h2>';
    expect(await waitForElement(() => document.querySelector('h2'), { timeoutMs: 10 })).not.toBeNull();
  });

  test('resolves when a late pane renders', async () => {
    document.body.innerHTML = '';
    setTimeout(() => {
      const pane = document.createElement('div');
      pane.id = 'pane';
      document.body.append(pane);
    }, 30);
    const found = await waitForElement(() => document.getElementById('pane'), { timeoutMs: 2000 });
    expect(found?.id).toBe('pane');
  });

  test('resolves null after the timeout, never hangs', async () => {
    const started = Date.now();
    expect(await waitForElement(() => document.getElementById('never'), { timeoutMs: 60 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a finder that throws counts as not found', async () => {
    const result = await waitForElement<Element>(
      () => {
        throw new Error('detached');
      },
      { timeoutMs: 20 },
    );
    expect(result).toBeNull();
  });
});

describe('observeAppearances', () => {
  test('a burst of 1,000 mutations runs the check a handful of times, and stop() ends it', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    let checks = 0;
    const stop = observeAppearances(() => checks++, { root, debounceMs: 20 });
    for (let i = 0; i < 1000; i++) root.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 60));
    expect(checks).toBeGreaterThanOrEqual(1);
    expect(checks).toBeLessThanOrEqual(3);
    stop();
    const before = checks;
    root.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 60));
    expect(checks).toBe(before);
  });
});
