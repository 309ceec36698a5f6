// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { startController } from '@/utils/content/controller';
import { fieldIn, fillText } from '@/utils/features/fields';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { defineFeature, type PortalFeature } from '@/utils/features/types';
import { HIGHLIGHT_ATTR } from '@/utils/content/highlight';
import type { ControlProps, MountedControl } from '@/utils/content/control-model';
import { planOf } from '@/tests/unit/features/support/plan';
import { mountVirtualList } from '@/tests/unit/dom/support/virtual-grid';
import { extentOf, readTableExtent } from '@/utils/dom/read-table';

/**
 * The content-side controller on jsdom, with a small feature of our own and
 * a fake background, so each of its jobs is seen on its own: scanning late
 * panes, reporting what changed, the fill flow, consent, secrets, the
 * certificate download, and stopping cleanly.
 */

const L = { pane: { en: ['Test pane'] }, field: { en: ['Test field'] }, save: { en: ['Save'] } } as const;

const testFeature = defineFeature({
  id: 'entra/basic-saml',
  portal: 'entra',
  step: 'basic-saml',
  page: 'a test pane',
  title: 'Test pane',
  labels: L,
  hints: ['pane'],
  detect: (root) => findSection(root, L.pane.en),
  collect: (root) => {
    const pane = findSection(root, L.pane.en);
    const input = pane ? fieldIn(pane, L.field, undefined, 'textbox') : null;
    return { value: input ? readControlValue(input) : null, secret: pane?.getAttribute('data-secret') ?? null };
  },
  observe: (r) => ({ saved: false, values: { field: r.value ?? '' } }),
  secret: (r) => r.secret,
  download: () => 'https://entra.microsoft.com/cert.cer',
  fill: {
    from: 'JustCall',
    plan: { field: { from: 'constant', value: 'JustCall', source: 'a test' } },
    schema: z.object({ field: z.string() }),
    insert: async (root, values, opts) => {
      const pane = findSection(root, L.pane.en);
      return pane ? [await fillText(pane, 'field', L.field, values.field, opts)] : [];
    },
  },
  commit: (root) => {
    const save = root.querySelector('#save');
    return save ? [{ label: 'Save', el: save }] : [];
  },
});

const PANE = (value = '') =>
  `<section aria-label="Test pane"><h2>Test pane</h2><label>Test field <input type="text" value="${value}"></label><button id="save">Save</button></section>`;

interface Harness {
  sent: { type: string; [k: string]: unknown }[];
  mounted: Map<string, ControlProps>;
  unmounted: string[];
  downloads: string[];
  stop(): void;
  scan(): void;
}

const READY = { fills: ['Test field'], missing: [], step: { state: 'in-progress', summary: '' }, problem: null, secret: 'none' };

/** The fake background: readiness and plans as asked, `ok` for the rest, unless the test says otherwise. */
function background(extra: (m: { type: string }) => unknown = () => undefined) {
  return (m: { type: string }) =>
    extra(m) ??
    (m.type === 'setup:get-readiness'
      ? READY
      : m.type === 'setup:get-plan'
        ? planOf('entra/basic-saml', { field: 'JustCall' })
        : { ok: true });
}

function start(features: readonly PortalFeature[], reply: (m: { type: string }) => unknown = background()): Harness {
  const sent: Harness['sent'] = [];
  const mounted = new Map<string, ControlProps>();
  const unmounted: string[] = [];
  const downloads: string[] = [];
  const mount = (anchor: Element, feature: string, props: ControlProps): MountedControl => {
    const host = document.createElement('div');
    anchor.prepend(host);
    mounted.set(feature, props);
    return {
      host,
      anchor,
      update: (next) => mounted.set(feature, next),
      unmount: () => {
        host.remove();
        mounted.delete(feature);
        unmounted.push(feature);
      },
    };
  };
  const controller = startController({
    portal: 'entra',
    doc: document,
    features,
    transport: {
      send: async (m) => {
        const message = m as { type: string };
        sent.push(message);
        return reply(message);
      },
    },
    mount,
    copy: async () => true,
    fetchDownload: async (href) => {
      downloads.push(href);
    },
    throttleMs: 5,
  });
  return { sent, mounted, unmounted, downloads, stop: controller.stop, scan: controller.scan };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const ofType = (h: Harness, type: string) => h.sent.filter((m) => m.type === type);

let running: Harness | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  document.body.innerHTML = '';
});

describe('content controller', () => {
  it('reports the page language once and what a present pane shows, and offers Fill', async () => {
    document.body.innerHTML = PANE('urn:old');
    running = start([testFeature]);
    await settle();
    expect(ofType(running, 'setup:language')).toHaveLength(1);
    expect(ofType(running, 'setup:observed')).toEqual([
      expect.objectContaining({ feature: 'entra/basic-saml', values: { field: 'urn:old' } }),
    ]);
    expect(running.mounted.get('entra/basic-saml')?.fillLabel).toBe('Fill from JustCall');
    expect(running.mounted.get('entra/basic-saml')?.phase).toEqual({ kind: 'ready', fills: ['Test field'], missing: [] });
  });

  it('finds a pane that renders late, and does not report an unchanged page twice', async () => {
    running = start([testFeature]);
    await settle();
    expect(ofType(running, 'setup:observed')).toHaveLength(0);
    document.body.innerHTML = PANE();
    // Waits for the scan, however slow the machine is; the count is still exactly one.
    const harness = running;
    await vi.waitFor(() => expect(ofType(harness, 'setup:observed')).toHaveLength(1));
    running.scan();
    running.scan();
    expect(ofType(running, 'setup:observed')).toHaveLength(1);
  });

  it('fills from the plan, reports the results and points at Save without clicking it', async () => {
    document.body.innerHTML = PANE();
    let saveClicks = 0;
    document.getElementById('save')?.addEventListener('click', () => saveClicks++);
    running = start([testFeature]);
    await settle();
    running.mounted.get('entra/basic-saml')?.onFill();
    // The fill reports once the page has painted (utils/dom/next-paint.ts).
    const h = running;
    await vi.waitFor(() => expect(ofType(h, 'setup:filled')).toHaveLength(1));
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('JustCall');
    expect(ofType(running, 'setup:filled')).toEqual([
      expect.objectContaining({ results: [expect.objectContaining({ field: 'field', status: 'filled' })] }),
    ]);
    expect(document.getElementById('save')?.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
    expect(saveClicks).toBe(0);
  });

  it('leaves a different value alone until the admin agrees to replace it', async () => {
    document.body.innerHTML = PANE('urn:old');
    running = start([testFeature]);
    await settle();
    running.mounted.get('entra/basic-saml')?.onFill();
    const h = running;
    await vi.waitFor(() => expect(h.mounted.get('entra/basic-saml')?.phase.kind).toBe('conflict'));
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('urn:old');
    running.mounted.get('entra/basic-saml')?.onReplace('field');
    await vi.waitFor(() => expect(h.mounted.get('entra/basic-saml')?.phase.kind).toBe('filled'));
    expect(running.mounted.get('entra/basic-saml')?.phase).toMatchObject({
      kind: 'filled',
      results: [{ field: 'field', status: 'filled' }],
    });
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('JustCall');
  });

  it('sends a secret in its own message only, never in an observation', async () => {
    document.body.innerHTML = PANE();
    document.querySelector('section')?.setAttribute('data-secret', 'jc_scim_secret');
    running = start([testFeature]);
    await settle();
    expect(ofType(running, 'setup:scim-token')).toEqual([expect.objectContaining({ value: 'jc_scim_secret' })]);
    expect(JSON.stringify(ofType(running, 'setup:observed'))).not.toContain('jc_scim_secret');
  });

  it("fetches the feature's download only when the background asks for it", async () => {
    document.body.innerHTML = PANE();
    running = start(
      [testFeature],
      background((m) => (m.type === 'setup:observed' ? { ok: true, fetchCertificate: true } : undefined)),
    );
    await settle();
    expect(running.downloads).toEqual(['https://entra.microsoft.com/cert.cer']);
    running.stop();
    document.body.innerHTML = PANE();
    running = start([testFeature]);
    await settle();
    expect(running.downloads).toEqual([]);
  });

  it('turns ready without a reload once the session gains what was missing', async () => {
    document.body.innerHTML = PANE();
    let missing = true;
    let notify: () => void = () => undefined;
    const notReady = { ...READY, fills: [], missing: ['Login URL (SSO URL): open the app’s SAML page in Entra'] };
    running = start(
      [testFeature],
      background((m) => (m.type === 'setup:get-readiness' ? (missing ? notReady : READY) : undefined)),
    );
    // The harness has no session events of its own: restart with one that tests can fire.
    running.stop();
    const sent: { type: string }[] = [];
    const mounted = new Map<string, ControlProps>();
    const controller = startController({
      portal: 'entra',
      doc: document,
      features: [testFeature],
      transport: {
        send: async (m) => (
          sent.push(m as { type: string }),
          background((x) => (x.type === 'setup:get-readiness' ? (missing ? notReady : READY) : undefined))(m as { type: string })
        ),
      },
      mount: (anchor, feature, props) => {
        mounted.set(feature, props);
        const host = document.createElement('div');
        anchor.prepend(host);
        return { host, anchor, update: (p) => mounted.set(feature, p), unmount: () => host.remove() };
      },
      copy: async () => true,
      onSessionChange: (cb) => {
        notify = cb;
        return () => (notify = () => undefined);
      },
      throttleMs: 5,
    });
    await settle();
    expect(mounted.get('entra/basic-saml')?.phase.kind).toBe('not-ready');
    expect(mounted.get('entra/basic-saml')).toMatchObject({ fillLabel: 'Fill from JustCall', fillWaiting: true });
    // Pressed too early: nothing is asked for, filled or reported; the control says so.
    mounted.get('entra/basic-saml')?.onFill();
    await settle();
    expect(mounted.get('entra/basic-saml')?.phase).toMatchObject({
      kind: 'not-ready',
      tried: expect.stringMatching(/^Nothing was filled/),
    });
    expect(sent.filter((m) => m.type === 'setup:get-plan' || m.type === 'setup:filled')).toEqual([]);
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('');
    missing = false;
    notify();
    await settle();
    // The values arrived: ready, with no word left of the early press.
    expect(mounted.get('entra/basic-saml')?.phase.kind).toBe('ready');
    expect(mounted.get('entra/basic-saml')).toMatchObject({ fillLabel: 'Fill from JustCall', fillWaiting: false });
    controller.stop();
    notify();
    expect(sent.filter((m) => m.type === 'setup:get-readiness')).toHaveLength(3);
  });

  it('forgets a pane that closed, and stops cleanly: no listeners, no observer, no control', async () => {
    document.body.innerHTML = PANE();
    running = start([testFeature]);
    await settle();
    document.body.innerHTML = '<p>elsewhere</p>';
    await settle();
    expect(running.unmounted).toEqual(['entra/basic-saml']);
    running.stop();
    const before = running.sent.length;
    document.body.innerHTML = PANE('changed');
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(300);
    expect(running.sent.length).toBe(before);
    expect(running.mounted.size).toBe(0);
  });
});

describe('content controller: a list shown in part', () => {
  const listFeature = defineFeature({
    id: 'entra/claims',
    portal: 'entra',
    step: 'claims',
    page: 'a test list',
    title: 'Test list',
    labels: { list: { en: ['Test list'] } },
    hints: ['list'],
    detect: (root) => findSection(root, ['Test list']),
    collect: (root) => readTableExtent(root, { name: ['Claim name'] }, ['name'])?.rows.length ?? 0,
    observe: (n) => ({ saved: true, values: { rows: n } }),
    lists: (root) => {
      const t = readTableExtent(root, { name: ['Claim name'] }, ['name']);
      return t ? [extentOf(t)] : [];
    },
  });

  it('says how much it has read, never scrolls by itself, and reads the rest only when asked', async () => {
    document.body.innerHTML = '<section aria-label="Test list"><h2>Test list</h2><div class="list"></div></section>';
    const host = document.querySelector<HTMLElement>('.list');
    if (!host) throw new Error('no list');
    const list = mountVirtualList(host, {
      label: 'Claims',
      columns: ['Claim name'],
      rows: Array.from({ length: 60 }, (_, i) => [`c${i}`]),
    });
    list.scroller.scrollTop = 60;
    await settle(80);
    running = start([listFeature]);
    await settle(80);
    const shown = () => running?.mounted.get('entra/claims');
    expect(shown()?.partialList).toEqual({ known: 15, total: 60 });
    // Scans, however many, leave the admin's scroll alone.
    for (let i = 0; i < 5; i++) running.scan();
    await settle(80);
    expect(list.scroller.scrollTop).toBe(60);
    expect(ofType(running, 'setup:observed').at(-1)).toMatchObject({ values: { rows: 15 } });

    shown()?.onReadAll();
    await settle(5);
    expect(shown()?.reading).not.toBeNull();
    await vi.waitFor(() => expect(ofType(running!, 'setup:observed').at(-1)).toMatchObject({ values: { rows: 60 } }), { timeout: 10_000 });
    await vi.waitFor(() => expect(shown()?.reading ?? null).toBeNull());
    // A feature with nothing else to say has no control once the list is whole.
    expect(shown()?.partialList ?? null).toBeNull();
    expect(list.scroller.scrollTop).toBe(60);
  });
});
