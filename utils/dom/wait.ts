/**
 * Waiting for late-rendered panes without polling the whole page.
 * One MutationObserver per waiter, checks coalesced to at most one per
 * `debounceMs`, childList only unless attributes are asked for:
 * a busy portal (thousands of nodes, bursts of mutations) must not feel it.
 */

export interface ObserveOptions {
  /** Node to observe; defaults to the current document. */
  root?: Node;
  /** Coalesce bursts: run the check once, this long after the first change of a burst. */
  debounceMs?: number;
  /** Also react to attribute changes (aria-expanded, hidden, value). Costlier. */
  attributes?: boolean;
}

export interface WaitOptions extends ObserveOptions {
  /** Give up after this long and resolve null; never hangs. */
  timeoutMs?: number;
}

function defaultRoot(): Node | null {
  return typeof document === 'undefined' ? null : document;
}

/**
 * Call `check` (debounced) whenever the subtree under `root` changes.
 * Returns a function that stops observing.
 */
export function observeAppearances(check: () => void, opts: ObserveOptions = {}): () => void {
  const root = opts.root ?? defaultRoot();
  if (!root) return () => undefined;
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  const Observer = win?.MutationObserver ?? (typeof MutationObserver === 'undefined' ? undefined : MutationObserver);
  if (!Observer) return () => undefined;
  const debounceMs = opts.debounceMs ?? 50;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = (): void => {
    timer = undefined;
    if (!stopped) check();
  };
  // Throttle rather than pure debounce: a page that never stops mutating
  // (a spinner, a clock) would otherwise starve the check forever.
  const observer = new Observer(() => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(run, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: opts.attributes ?? false, characterData: false });
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Resolve with the first non-null result of `find`, checked now and after
 * changes under `root`; resolve null after `timeoutMs` (default 5 s).
 */
export function waitForElement<T>(find: () => T | null, opts: WaitOptions = {}): Promise<T | null> {
  const first = safeFind(find);
  if (first !== null) return Promise.resolve(first);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null): void => {
      if (done) return;
      done = true;
      stop();
      clearTimeout(timeout);
      resolve(value);
    };
    const stop = observeAppearances(
      () => {
        const found = safeFind(find);
        if (found !== null) finish(found);
      },
      { ...opts, debounceMs: opts.debounceMs ?? 10 },
    );
    const timeout = setTimeout(() => finish(safeFind(find)), opts.timeoutMs ?? 5000);
  });
}

// A finder that throws (a detached frame, say) counts as "not there yet".
function safeFind<T>(find: () => T | null): T | null {
  try {
    return find();
  } catch {
    return null;
  }
}
