/**
 * Resolves once the page has painted `frames` times, each frame followed by a
 * task (or after `capMs`, since a hidden tab runs no animation frames).
 *
 * Why: Fluent UI's CommandBar shows its items (and so Save's click handler)
 * through a ResizeGroup, which takes new items in an effect and measures them
 * in a requestAnimationFrame. If a second field is written while the first
 * field's measurement is still pending, a frame's measurement of the older
 * items lands after the newer ones and replaces them: Save keeps a handler
 * that sees the draft without the last field, although the field shows it.
 * Writing one field per settled frame, as a person's pace does, never opens
 * that window (tests/unit/dom/fill-field.test.ts; e2e setup-portal-stacks).
 */
export function nextPaint(root: ParentNode, frames = 2, capMs = 500): Promise<void> {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  const win = doc?.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(finish, capMs);
    let left = frames;
    const frame = () => {
      if (done) return;
      // A task after each frame, so work scheduled from that frame's callbacks (a React render) runs first.
      win.setTimeout(() => (--left <= 0 ? finish() : win.requestAnimationFrame(frame)), 0);
    };
    win.requestAnimationFrame(frame);
  });
}
