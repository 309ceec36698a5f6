/**
 * Resolves once the page has painted `frames` times, each frame followed by
 * the page going idle (its queued tasks run), or after `capMs`, since a hidden
 * tab runs no animation frames.
 *
 * Why: Fluent UI's CommandBar shows its items (and so Save's click handler)
 * through a ResizeGroup, which takes new items in an effect, renders that in a
 * scheduler task and measures in a requestAnimationFrame. If a second field is
 * written while the first field's measurement is still pending, a frame's
 * measurement of the older items lands after the newer ones and replaces them:
 * Save keeps a handler that sees the draft without the last field, although
 * the field shows it. Waiting for frame, idle, frame, idle after each write
 * lets that chain (task, frame, task) finish, as a person's pace does; a bare
 * task after each frame was not enough on a loaded machine
 * (tests/unit/dom/fill-field.test.ts; e2e setup-portal-stacks).
 */
export function nextPaint(root: ParentNode, frames = 2, capMs = 500): Promise<void> {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  const win = doc?.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') return Promise.resolve();
  // Idle callbacks run only once the page's queued tasks (a React scheduler's renders) are done; the timeout keeps a busy page moving.
  const idle = (next: () => void) =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(next, { timeout: 100 }) : win.setTimeout(next, 0);
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
      idle(() => (--left <= 0 ? finish() : win.requestAnimationFrame(frame)));
    };
    win.requestAnimationFrame(frame);
  });
}
