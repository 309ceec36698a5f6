import { withScanMemo } from '@/utils/features/page-helpers';
import type { PortalFeature } from '@/utils/features/types';
import { createContext, type ControllerDeps } from './context';
import { renderControl, type ControlActions } from './control-view';
import { createDraftWatcher } from './drafts';
import { fillFeature } from './fill-flow';
import { clearHighlights } from './highlight';
import { watchLearnedLabels } from './learned';
import { observeFeature } from './observe-feature';
import { createPageFacts } from './page-facts';
import { refreshReadiness } from './readiness';
import type { PageChanges } from './page-changes';
import { changedForFeature, mayShow } from './scan-gate';
import { startScanLoop } from './scan-loop';
import { startPointing } from './point-at-field';
import { readLists } from './read-lists';
import { watchViewTitle } from './view-title';
import { viewTitlesOf } from '@/utils/dom/view-titles';

export type { ControllerDeps, Transport } from './context';

/**
 * The content-side controller: watches the page for the features it knows
 * (panes render late, re-render after Save, change on hash navigation),
 * reports what it reads, and runs the in-page control. It never clicks a
 * portal button the admin did not ask for; "Click Save for me" is the one
 * opt-in exception (./fill-flow.ts).
 */
/** The page's text and its same-origin child frames' (a form drawn into a srcdoc frame is the page's too). */
function pageText(doc: Document): string {
  let text = doc.body?.textContent ?? '';
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      text += `\n${frame.contentDocument?.body?.textContent ?? ''}`;
    } catch {
      // Cross-origin: its own content script reads it.
    }
  }
  return text;
}

/** What an added element shows: its text and aria-labels, where a feature's hint words appear (as `mayShow` looks for them). */
function shownText(el: Element): string {
  if (!el.isConnected) return '';
  let text = (el.textContent ?? '').slice(0, 200_000);
  const own = el.getAttribute('aria-label');
  if (own) text += `\n${own}`;
  if (el.firstElementChild)
    for (const labelled of Array.from(el.querySelectorAll('[aria-label]'))) text += `\n${labelled.getAttribute('aria-label') ?? ''}`;
  return text;
}

export function startController(deps: ControllerDeps): { stop(): void; scan(): void } {
  const ctx = createContext(deps);
  const abort = new AbortController();
  const watchDrafts = createDraftWatcher(ctx, abort.signal);
  const reportPageFacts = createPageFacts(ctx);
  // What the admin taught by pointing joins the label data; a change (another frame learned one) rescans.
  const learned = watchLearnedLabels(deps.learnedLabels, deps.features, ctx.doc, () => loop.scanNow());

  const actions: ControlActions = {
    fill: (f) => void fillFeature(ctx, f, () => render(f)),
    replace: (f, field) => {
      ctx.stateOf(f).consent.add(field);
      void fillFeature(ctx, f, () => render(f));
    },
    readAll: (f) =>
      void readLists(
        ctx,
        f,
        () => render(f),
        () => loop.scanNow(),
      ),
    ...(deps.learnedLabels
      ? {
          point: (f: PortalFeature, field: string) => {
            // One field at a time in a frame: the admin's next click answers only one question.
            for (const other of deps.features) {
              if (other === f || !ctx.stateOf(other).pointing) continue;
              ctx.stateOf(other).pointing?.cancel();
              render(other);
            }
            startPointing(ctx, f, field, () => render(f), learned.reload);
          },
          cancelPoint: (f: PortalFeature) => {
            ctx.stateOf(f).pointing?.cancel();
            render(f);
          },
        }
      : {}),
  };
  const render = (f: PortalFeature) => renderControl(ctx, f, actions);
  const scanFeature = (f: PortalFeature) => observeFeature(ctx, f, watchDrafts, () => render(f));

  function scan(changes: PageChanges): void {
    withScanMemo(() => scanFeatures(changes));
  }

  function scanFeatures(changes: PageChanges): void {
    reportPageFacts();
    if (changes.fullScan) {
      const text = `${pageText(ctx.doc)}\n${viewTitlesOf(ctx.doc).join('\n')}`.toLowerCase();
      // A feature seen before is always re-checked, so its pane closing is noticed.
      for (const f of deps.features) if (ctx.stateOf(f).anchor || mayShow(ctx.doc, f, text)) scanFeature(f);
      return;
    }
    const addedText = changes.addedElements.map(shownText).join('\n').toLowerCase();
    for (const f of deps.features) if (changedForFeature(f, ctx.stateOf(f), changes, addedText)) scanFeature(f);
  }

  const loop = startScanLoop(ctx.doc, scan, { throttleMs: deps.throttleMs ?? 120, signal: abort.signal });
  watchViewTitle(ctx, loop.scanNow, abort.signal);
  // A value read on the other portal can make a pane here ready: ask again whenever the session changes.
  const unsubscribe = deps.onSessionChange?.(() => {
    for (const f of deps.features) if (ctx.stateOf(f).anchor) void refreshReadiness(ctx, f, () => render(f));
  });

  return {
    scan: loop.scanNow,
    stop() {
      abort.abort();
      unsubscribe?.();
      learned.stop();
      for (const s of ctx.states()) {
        s.pointing?.cancel();
        s.control?.unmount();
        clearHighlights([...s.commit.map((h) => h.el), ...(s.highlightedNext ? [s.highlightedNext] : [])]);
      }
    },
  };
}
