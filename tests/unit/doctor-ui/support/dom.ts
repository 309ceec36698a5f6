import { JSDOM } from 'jsdom';

/**
 * A jsdom window installed as globals for component tests. (Vitest's jsdom
 * environment trips over esbuild's TextEncoder check, so the DOM is set up
 * here inside the node environment instead.)
 */
export function installDom(): void {
  if (typeof (globalThis as { document?: unknown }).document !== 'undefined') return;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://doctor.test/' });
  const g = globalThis as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'HTMLInputElement',
    'HTMLDialogElement',
    'KeyboardEvent',
    'Event',
    'MouseEvent',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'getComputedStyle',
  ]) {
    const value = (dom.window as unknown as Record<string, unknown>)[key];
    if (value !== undefined)
      g[key] = typeof value === 'function' && /^[a-z]/.test(key) ? (value as (...a: unknown[]) => unknown).bind(dom.window) : value;
  }
  g.requestAnimationFrame ??= (cb: () => void) => setTimeout(cb, 0);
}
