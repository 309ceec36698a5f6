import { FillPlan } from '@/utils/messages/fill-plan';
import type { SetupObserved } from '@/utils/messages/setup';
import type { SessionPortal } from '@/utils/setup/session';
import type { FieldResult } from '@/utils/setup/fill-result';
import { simulateClick } from '@/utils/dom/events';
import { detectPageLanguage } from '@/utils/portals/language';
import type { ControlProps } from '@/components/overlay/AssistantControl';
import type { MountedControl } from '@/components/overlay/mount';
import { resetScanMemo, type FeatureAdapter, type Highlight } from './features';
import { clearHighlights, highlight } from './highlight';
import { appIdsFromUrl } from './app-ids';
import { reportable } from './reportable';
import { HOST_SELECTOR } from './control-host';
import { clearPageChanges, createPageChanges, noteMutations } from './page-changes';

export { reportable };

/**
 * The content-side controller: watches the page for the features it knows
 * (panes render late, re-render after Save, change on hash navigation),
 * reports what it reads, and runs the in-page control. It never clicks a
 * portal button the admin did not ask for; "Click Save for me" is the one
 * opt-in exception.
 */

export interface Transport {
  send(message: unknown): Promise<unknown>;
}

export interface ControllerDeps {
  portal: SessionPortal;
  doc: Document;
  adapters: readonly FeatureAdapter[];
  transport: Transport;
  mount: (anchor: Element, feature: string, props: ControlProps) => MountedControl;
  copy: (text: string) => Promise<boolean>;
  /** Reads the scim token (JustCall provisioning page) so it travels in its own message. */
  readScimToken?: (root: ParentNode) => string | null;
  /** Called after the certificates section is reported, to fetch the Base64 download when metadata failed. */
  afterCertificates?: (href: string | null) => Promise<void>;
  throttleMs?: number;
}

interface FeatureState {
  anchor: Element | null;
  control: MountedControl | null;
  lastSent: string;
  results: FieldResult[];
  consent: Set<string>;
  busy: boolean;
  /** Filled but not yet seen saved: observations are drafts until the form is replaced. */
  dirtyAnchor: Element | null;
  missing: string[];
  error: string | null;
  commit: Highlight[];
  next: Highlight | null;
  notes: string[];
  canFill: boolean;
}

export function startController(deps: ControllerDeps): { stop(): void; scan(): void } {
  const { doc, adapters, transport } = deps;
  const states = new Map<FeatureAdapter, FeatureState>();
  const win = doc.defaultView;
  let lastIds = '';
  let lastToken = '';
  let languageSent = false;
  let stopped = false;

  const stateOf = (a: FeatureAdapter): FeatureState => {
    let s = states.get(a);
    if (!s) {
      s = {
        anchor: null,
        control: null,
        lastSent: '',
        results: [],
        consent: new Set(),
        busy: false,
        dirtyAnchor: null,
        missing: [],
        error: null,
        commit: [],
        next: null,
        notes: [],
        canFill: true,
      };
      states.set(a, s);
    }
    return s;
  };

  const send = (message: unknown): Promise<unknown> => transport.send(message).catch(() => null);
  const url = () => (win?.location.href ?? '').slice(0, 4096);

  function props(a: FeatureAdapter, s: FeatureState): ControlProps {
    return {
      title: a.title,
      ...(a.fillFrom && s.canFill ? { fillFrom: a.fillFrom } : {}),
      busy: s.busy,
      missing: s.missing,
      results: s.results,
      notes: s.notes,
      commit: s.commit.filter((h) => h.el.isConnected).map((h) => h.label),
      next: s.next && s.next.el.isConnected ? s.next.label : null,
      error: s.error,
      onFill: () => void fill(a, false),
      onReplace: (field) => {
        s.consent.add(field);
        void fill(a, true);
      },
      onCopy: deps.copy,
    };
  }

  function render(a: FeatureAdapter, s: FeatureState): void {
    if (!s.anchor) return;
    const wantsControl = (a.fillFrom !== undefined && s.canFill) || s.notes.length > 0 || s.next !== null || s.results.length > 0;
    if (!wantsControl) {
      s.control?.unmount();
      s.control = null;
      return;
    }
    if (s.control && (!s.control.host.isConnected || s.control.anchor !== s.anchor)) {
      s.control.unmount();
      s.control = null;
    }
    if (!s.control) s.control = deps.mount(s.anchor, a.key, props(a, s));
    else s.control.update(props(a, s));
  }

  async function fill(a: FeatureAdapter, overwrite: boolean): Promise<void> {
    const s = stateOf(a);
    if (!a.fill || s.busy) return;
    s.busy = true;
    s.error = null;
    render(a, s);
    try {
      const plan = FillPlan.safeParse(await transport.send({ type: 'setup:get-plan', feature: a.key }));
      if (!plan.success) throw new Error('The assistant could not get the values to fill; reopen the side panel and try again.');
      s.missing = plan.data.missing;
      if (plan.data.missing.length > 0 && Object.keys(plan.data.values).length === 0) return;
      const keep = new Set(s.results.filter((r) => r.status === 'conflict' && !s.consent.has(r.field)).map((r) => r.field));
      const lang = detectPageLanguage(doc).lang;
      resetScanMemo();
      const results = await a.fill(doc, plan.data, { overwrite, ...(lang ? { lang } : {}) }, keep);
      resetScanMemo();
      s.results = reportable(results);
      if (s.results.some((r) => r.status === 'filled')) s.dirtyAnchor = safe(() => (a.draftMarker ?? a.detect)(doc), null);
      await send({ type: 'setup:filled', feature: a.key, url: url(), results: s.results });
      afterFill(a, s, plan.data.clickSave);
    } catch (err) {
      s.error = err instanceof Error ? err.message : 'Filling failed.';
    } finally {
      s.busy = false;
      render(a, s);
    }
  }

  /** Point at Save (or click it, when the admin turned that on and nothing is left to decide). */
  function afterFill(a: FeatureAdapter, s: FeatureState, clickSave: boolean): void {
    clearHighlights(s.commit.map((h) => h.el));
    s.commit = safe(() => a.commit?.(doc) ?? [], []);
    const settled = s.results.length > 0 && s.results.every((r) => r.status === 'filled' || r.status === 'already-right');
    const changed = s.results.some((r) => r.status === 'filled');
    const save = s.commit.find((h) => /^save\b/i.test(h.label));
    if (clickSave && settled && changed && save) {
      simulateClick(save.el);
      s.commit = [];
      return;
    }
    for (const h of s.commit) highlight(h.el);
  }

  /** The admin's own edits in a pane make what it shows a draft until the page re-renders it. */
  const watched = new WeakSet<Element>();
  function watchDrafts(a: FeatureAdapter, s: FeatureState): void {
    const scope = a.draftScope ? safe(() => a.draftScope?.(doc) ?? null, null) : null;
    if (!scope || watched.has(scope)) return;
    watched.add(scope);
    const mark = (e: Event) => {
      const target = e.target as Element | null;
      if (!target || typeof target.closest !== 'function' || target.closest(HOST_SELECTOR)) return;
      if (e.type === 'click' && !target.closest('[aria-pressed], [role="option"], [role="menuitemradio"]')) return;
      s.dirtyAnchor = safe(() => (a.draftMarker ?? a.detect)(doc), null);
    };
    for (const type of ['input', 'change', 'click']) scope.addEventListener(type, mark, true);
  }

  function scanFeature(a: FeatureAdapter): void {
    const s = stateOf(a);
    const anchor = safe(() => a.detect(doc), null);
    if (!anchor) {
      if (s.anchor) {
        s.control?.unmount();
        s.control = null;
        s.anchor = null;
        // A closed pane leaves its results behind; a new pane starts fresh.
        s.results = [];
        s.consent.clear();
      }
      return;
    }
    s.anchor = anchor;
    if (s.dirtyAnchor && !s.dirtyAnchor.isConnected) s.dirtyAnchor = null;
    watchDrafts(a, s);
    const observed = safe(() => a.observe(doc), null);
    if (observed) {
      const saved = observed.saved && s.dirtyAnchor === null;
      const body = JSON.stringify([saved, observed.values]);
      if (body !== s.lastSent) {
        s.lastSent = body;
        const message: SetupObserved = { type: 'setup:observed', feature: a.key, url: url(), saved, values: observed.values };
        void send(message).then(() => {
          if (a.key === 'entra/certificates' && deps.afterCertificates) {
            const href = observed.values.certificateBase64Url;
            return deps.afterCertificates(typeof href === 'string' ? href : null);
          }
          return undefined;
        });
      }
    }
    const next = safe(() => a.nextClick?.(doc) ?? null, null);
    if (next?.el !== s.next?.el) {
      if (s.next) clearHighlights([s.next.el]);
      if (next) highlight(next.el);
    }
    s.next = next;
    s.notes = safe(() => a.notes?.(doc) ?? [], []);
    s.canFill = safe(() => a.canFill?.(doc) ?? true, false);
    render(a, s);
  }

  function scanPage(): void {
    if (!languageSent && win && win.top === win) {
      languageSent = true;
      void send({ type: 'setup:language', portal: deps.portal, lang: detectPageLanguage(doc).lang, url: url() });
    }
    if (deps.portal === 'entra') {
      const ids = appIdsFromUrl(url());
      const key = ids ? `${ids.objectId}|${ids.appId}` : '';
      if (ids && key !== lastIds) {
        lastIds = key;
        void send({
          type: 'setup:observed',
          feature: 'entra/create-app',
          url: url(),
          saved: true,
          values: { objectId: ids.objectId, appId: ids.appId },
        });
      }
    }
    if (deps.readScimToken) {
      const token = safe(() => deps.readScimToken?.(doc) ?? null, null);
      if (token && token !== lastToken) {
        lastToken = token;
        void send({ type: 'setup:scim-token', value: token.slice(0, 4096), url: url() });
      }
    }
  }

  /** Whether the page shows any of the adapter's words; far cheaper than label matching over every node. */
  function mayShow(a: FeatureAdapter, text: string): boolean {
    return a.hints.some((h) => {
      const lower = h.toLowerCase();
      return text.includes(lower) || safe(() => doc.querySelector(`[aria-label*="${h.replace(/["\\]/g, '')}" i]`) !== null, true);
    });
  }

  const changes = createPageChanges();

  function relevant(a: FeatureAdapter, addedMarkup: string): boolean {
    const s = stateOf(a);
    if (s.anchor) {
      const anchor = s.anchor;
      if (!anchor.isConnected) return true;
      for (const t of changes.changedTargets) if (anchor.contains(t) || t.contains(anchor)) return true;
    }
    return a.hints.some((h) => addedMarkup.includes(h.toLowerCase()));
  }

  function scan(): void {
    if (stopped) return;
    resetScanMemo();
    scanPage();
    if (changes.fullScan) {
      const text = (doc.body?.textContent ?? '').toLowerCase();
      // A feature seen before is always re-checked, so its pane closing is noticed.
      for (const a of adapters) if (stateOf(a).anchor || mayShow(a, text)) scanFeature(a);
    } else {
      const addedMarkup = changes.addedElements
        .map((el) => (el.isConnected ? el.outerHTML.slice(0, 200_000).toLowerCase() : ''))
        .join('\n');
      for (const a of adapters) if (relevant(a, addedMarkup)) scanFeature(a);
    }
    clearPageChanges(changes);
  }

  const Observer = win?.MutationObserver;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, delay);
  };
  // Each batch of DOM changes is only noted; the scan itself runs at most once per throttle period.
  const observer = Observer
    ? new Observer((records) => {
        noteMutations(changes, records);
        schedule(deps.throttleMs ?? 120);
      })
    : null;
  observer?.observe(doc, { childList: true, subtree: true });
  const stopObserving = () => observer?.disconnect();

  const onNav = () => {
    changes.fullScan = true;
    scan();
  };
  // Frameworks often change only a value, a text node or an attribute (a revealed token, a
  // pressed toggle), which the childList observer does not see; the admin's own actions
  // schedule a scan as well.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onUser = () => {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      changes.fullScan = true;
      scan();
    }, 250);
  };
  win?.addEventListener('hashchange', onNav);
  win?.addEventListener('popstate', onNav);
  for (const type of USER_EVENTS) doc.addEventListener(type, onUser, { capture: true, passive: true });
  scan();

  return {
    scan: () => {
      changes.fullScan = true;
      scan();
    },
    stop() {
      stopped = true;
      stopObserving();
      win?.removeEventListener('hashchange', onNav);
      win?.removeEventListener('popstate', onNav);
      for (const type of USER_EVENTS) doc.removeEventListener(type, onUser, { capture: true });
      if (pending !== undefined) clearTimeout(pending);
      if (timer !== undefined) clearTimeout(timer);
      for (const s of states.values()) {
        s.control?.unmount();
        clearHighlights([...s.commit.map((h) => h.el), ...(s.next ? [s.next.el] : [])]);
      }
    },
  };
}

const USER_EVENTS = ['click', 'change', 'keyup'] as const;

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
