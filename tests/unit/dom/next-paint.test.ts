// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { nextPaint } from '@/utils/dom/next-paint';

describe('nextPaint', () => {
  it('waits for two animation frames, then a task', async () => {
    const order: string[] = [];
    const frames: FrameRequestCallback[] = [];
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => (frames.push(cb), frames.length));
    const p = nextPaint(document, 10_000).then(() => order.push('resolved'));
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]);
    frames.shift()?.(0);
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]);
    frames.shift()?.(0);
    await p;
    expect(order).toEqual(['resolved']);
    spy.mockRestore();
  });

  it('does not hang where no frame is painted (a hidden tab)', async () => {
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    await expect(nextPaint(document.body, 20)).resolves.toBeUndefined();
    spy.mockRestore();
  });
});
