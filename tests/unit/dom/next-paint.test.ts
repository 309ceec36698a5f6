// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { nextPaint } from '@/utils/dom/next-paint';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('nextPaint', () => {
  it('waits for the given number of animation frames, each followed by a task', async () => {
    const frames: FrameRequestCallback[] = [];
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => (frames.push(cb), frames.length));
    let resolved = false;
    const p = nextPaint(document, 3, 10_000).then(() => (resolved = true));
    for (let i = 0; i < 2; i++) {
      await tick();
      expect(resolved).toBe(false);
      frames.shift()?.(0);
    }
    await tick();
    expect(resolved).toBe(false);
    frames.shift()?.(0);
    await p;
    expect(resolved).toBe(true);
    spy.mockRestore();
  });

  it('does not hang where no frame is painted (a hidden tab)', async () => {
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    await expect(nextPaint(document.body, 4, 20)).resolves.toBeUndefined();
    spy.mockRestore();
  });
});
