/**
 * Resolves once the page has painted `frames` times, each frame followed by a
 * task (or after `capMs`, since a hidden tab runs no animation frames). Some
 * widgets refresh their handlers only after animation frames: Fluent UI's
 * CommandBar shows its items through a ResizeGroup, which measures in one
 * requestAnimationFrame, renders the measurement in a scheduler task, and
 * only then swaps in a Save whose handler sees the new values. Saying
 * "filled" (or clicking Save for the admin) before that sends the old draft.
 */
export function nextPaint(root: ParentNode, frames = 4, capMs = 1500): Promise<void> {
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
    // Widgets that lay themselves out from measurements (Fluent's ResizeGroup) re-measure on resize.
    win.dispatchEvent(new win.Event('resize'));
    let left = frames;
    const frame = () => {
      if (done) return;
      // A task after each frame, so work scheduled from that frame's callbacks (a React render) runs first.
      win.setTimeout(() => (--left <= 0 ? finish() : win.requestAnimationFrame(frame)), 0);
    };
    win.requestAnimationFrame(frame);
  });
}
