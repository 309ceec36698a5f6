/**
 * Resolves after the page has painted twice (or after `capMs`, since a hidden
 * tab runs no animation frames). Some widgets refresh their handlers only in
 * an animation frame: Fluent UI's CommandBar re-measures its items (and so
 * swaps in a Save whose handler sees the new values) in requestAnimationFrame.
 * Saying "filled" before that lets a quick Save send the old draft.
 */
export function nextPaint(root: ParentNode, capMs = 250): Promise<void> {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  const win = doc?.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      // One more task, so work scheduled from that frame's callbacks runs first.
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(finish, capMs);
    win.requestAnimationFrame(() => win.requestAnimationFrame(finish));
  });
}
