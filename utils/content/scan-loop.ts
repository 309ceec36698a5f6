import { clearPageChanges, createPageChanges, noteMutations, type PageChanges } from './page-changes';

/**
 * When to scan: after DOM changes, text rewritten in place included (noted per batch, scanned at most once per
 * throttle period), after the admin's own clicks and keys (frameworks often
 * change only a value or an attribute, which a childList observer misses),
 * and on hash or history navigation. Everything stops with `signal`.
 */
export function startScanLoop(
  doc: Document,
  scan: (changes: PageChanges) => void,
  opts: { throttleMs: number; signal: AbortSignal },
): { scanNow(): void } {
  const win = doc.defaultView;
  const changes = createPageChanges();
  const { signal } = opts;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(t);
  };
  const run = () => {
    if (signal.aborted) return;
    scan(changes);
    clearPageChanges(changes);
  };
  const full = () => {
    changes.fullScan = true;
    run();
  };

  let scheduled = false;
  const Observer = win?.MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        noteMutations(changes, records);
        if (scheduled) return;
        scheduled = true;
        later(() => {
          scheduled = false;
          run();
        }, opts.throttleMs);
      })
    : null;
  const OBSERVED = { childList: true, subtree: true, characterData: true } as const;
  observer?.observe(doc, OBSERVED);
  // A form drawn into a same-origin child frame (about:blank, srcdoc, or one added late) has no content
  // script of its own or none that knows the pane: watch its document from here too.
  const watchedFrames = new WeakSet<Document>();
  const watchFrames = (): void => {
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      let child: Document | null;
      try {
        child = frame.contentDocument;
      } catch {
        child = null;
      }
      if (!child || watchedFrames.has(child)) continue;
      watchedFrames.add(child);
      observer?.observe(child, OBSERVED);
    }
  };
  watchFrames();
  doc.addEventListener(
    'load',
    (e) => {
      if ((e.target as Element | null)?.tagName !== 'IFRAME') return;
      watchFrames();
      full();
    },
    { capture: true, signal },
  );

  let userPending = false;
  const onUser = () => {
    if (userPending) return;
    userPending = true;
    later(() => {
      userPending = false;
      full();
    }, 250);
  };
  // A navigation swaps panes wholesale: look at everything again.
  win?.addEventListener('hashchange', full, { signal });
  win?.addEventListener('popstate', full, { signal });
  for (const type of ['click', 'change', 'keyup']) doc.addEventListener(type, onUser, { capture: true, passive: true, signal });

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    for (const t of timers) clearTimeout(t);
    timers.clear();
  });
  run();
  return { scanNow: full };
}
