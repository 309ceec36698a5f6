// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { startController } from '@/utils/content/controller';
import type { LearnedLabelsAccess } from '@/utils/content/learned';
import type { ControlProps, MountedControl } from '@/utils/content/control-model';
import { findSection } from '@/utils/dom/find-section';
import { fillText } from '@/utils/features/fields';
import { learnedVariantsOf } from '@/utils/features/learned-labels';
import { defineFeature, type PortalFeature } from '@/utils/features/types';
import { HIGHLIGHT_ATTR } from '@/utils/content/highlight';
import {
  addLearnedLabel,
  LEARNED_LABELS_KEY,
  parseLearnedLabels,
  readLearnedLabels,
  removeLearnedLabel,
  type LearnedLabel,
  type LocalArea,
} from '@/utils/storage/learned-labels';
import { planOf } from '@/tests/unit/features/support/plan';

/**
 * "Point at the field" on jsdom: a pane whose field label the feature does
 * not know, the admin's click on it (jsdom never marks events trusted, so
 * the test says which events are the admin's), what is stored, and what the
 * next fill does with it.
 */

const L = { pane: { en: ['Test pane'] }, field: { en: ['Test field'] }, secretToken: { en: ['Secret Token'] } } as const;

const feature = defineFeature({
  id: 'entra/basic-saml',
  portal: 'entra',
  step: 'basic-saml',
  page: 'a test pane',
  title: 'Test pane',
  labels: L,
  hints: ['pane'],
  detect: (root) => findSection(root, L.pane.en),
  collect: () => ({}),
  fill: {
    from: 'JustCall',
    plan: { field: { from: 'constant', value: 'https://acs.example/cb', source: 'a test' } },
    schema: z.object({ field: z.string(), secretToken: z.optional(z.string()) }),
    values: (plan) => ({ ...plan.values, secretToken: plan.secretToken ?? undefined }),
    insert: async (root, values, opts) => {
      const pane = findSection(root, L.pane.en);
      if (!pane) return [];
      const out = [await fillText(pane, 'field', L.field, values.field, opts)];
      if (values.secretToken !== undefined) out.push(await fillText(pane, 'secretToken', L.secretToken, values.secretToken, opts));
      return out;
    },
  },
  commit: (root) => {
    const save = root.querySelector('#save');
    return save ? [{ label: 'Save', el: save }] : [];
  },
});

const RENAMED = `<section aria-label="Test pane"><label>Renamed field * <input id="f" type="text"></label>
  <label>Token <input id="t" type="password"></label><button id="save">Save</button></section>
  <label>Elsewhere <input id="outside" type="text"></label>`;

const READY = { fills: ['Test field'], missing: [], step: { state: 'in-progress', summary: '' }, problem: null, secret: 'none' };

/** storage.local as a map, calling back on change as storage.onChanged does. */
function memoryArea() {
  const data: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  const area: LocalArea = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
      for (const l of listeners) l();
    },
  };
  const access: LearnedLabelsAccess = {
    read: () => readLearnedLabels(area),
    add: async (entry) => (await addLearnedLabel(area, entry)) !== null,
    onChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return { data, area, access };
}

interface Harness {
  sent: { type: string; [k: string]: unknown }[];
  props(): ControlProps;
  stop(): void;
}

// The admin's own events: jsdom cannot make trusted ones, so the controller is told which are.
const admins = new WeakSet<Event>();
const adminClick = (el: Element) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  admins.add(e);
  el.dispatchEvent(e);
};
const adminKey = (key: string) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  admins.add(e);
  document.body.dispatchEvent(e);
  return e;
};

function start(features: readonly PortalFeature[], access: LearnedLabelsAccess, secretToken: string | null = null): Harness {
  const sent: Harness['sent'] = [];
  let last: ControlProps | null = null;
  const mount = (anchor: Element, _feature: string, props: ControlProps): MountedControl => {
    const host = document.createElement('div');
    host.setAttribute('data-entra-sso-assistant', 'entra/basic-saml');
    anchor.prepend(host);
    last = props;
    return { host, anchor, update: (next) => (last = next), unmount: () => host.remove() };
  };
  const controller = startController({
    portal: 'entra',
    doc: document,
    features,
    transport: {
      send: async (m) => {
        const message = m as { type: string };
        sent.push(message);
        if (message.type === 'setup:get-readiness') return READY;
        if (message.type === 'setup:get-plan') return planOf('entra/basic-saml', { field: 'https://acs.example/cb' }, { secretToken });
        return { ok: true };
      },
    },
    mount,
    copy: async () => true,
    learnedLabels: access,
    isTrusted: (e) => admins.has(e),
    throttleMs: 5,
  });
  return {
    sent,
    props: () => {
      if (!last) throw new Error('no control mounted');
      return last;
    },
    stop: controller.stop,
  };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until the pane is seen and the control offers Fill. */
const offered = (h: Harness) => vi.waitFor(() => expect(h.props().fillLabel).toBe('Fill from JustCall'));
/** Waits until the control shows results and no fill runs (the machine may be busy: no fixed delay is enough). */
const filled = (h: Harness) =>
  vi.waitFor(() => {
    const kind = h.props().phase.kind;
    if (kind === 'filling' || !('results' in h.props().phase)) throw new Error(`still ${kind}`);
  });
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const statusOf = (h: Harness, field: string) => {
  const phase = h.props().phase;
  return 'results' in phase ? phase.results.find((r) => r.field === field)?.status : undefined;
};

let running: Harness | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

async function fillAndPoint(h: Harness, field = 'field') {
  await offered(h);
  h.props().onFill();
  await filled(h);
  expect(statusOf(h, field)).toBe('not-found');
  expect(h.props().canPoint?.(field)).toBe(true);
  h.props().onPoint?.(field);
  expect(h.props().pointing).toBe(field);
}

describe('point at the field', () => {
  it('fills the field the admin clicked, checks it took, and remembers its label and section, never the value', async () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    running = start([feature], store.access);
    await fillAndPoint(running);

    adminClick(input('f'));
    await vi.waitFor(() => expect(statusOf(running!, 'field')).toBe('filled'));
    await filled(running);
    expect(input('f').value).toBe('https://acs.example/cb');
    expect(running.props().pointing).toBeNull();
    expect(running.props().error).toBeNull();
    expect(await readLearnedLabels(store.area)).toEqual([
      { feature: 'entra/basic-saml', field: 'field', label: 'Renamed field', section: 'Test pane', lang: 'de' },
    ]);
    expect(JSON.stringify(store.data)).not.toContain('acs.example');
    // Reported like a fill (the change log), and Save is pointed at now that every field is settled.
    expect(running.sent.filter((m) => m.type === 'setup:filled').at(-1)).toMatchObject({ results: [{ field: 'field', status: 'filled' }] });
    expect(document.getElementById('save')?.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
  });

  it('ignores clicks a script made, clicks on the control itself, and Escape from a script; the admin’s Escape stops', async () => {
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    running = start([feature], store.access);
    await fillAndPoint(running);

    input('f').click(); // untrusted
    input('f').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector('[data-entra-sso-assistant]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const hostClick = new MouseEvent('click', { bubbles: true });
    admins.add(hostClick);
    document.querySelector('[data-entra-sso-assistant]')?.dispatchEvent(hostClick);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(input('f').value).toBe('');
    expect(running.props().pointing).toBe('field');
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();

    const esc = adminKey('Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(running.props().pointing).toBeNull();
    adminClick(input('f'));
    await settle();
    expect(input('f').value).toBe('');
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();
  });

  it('refuses a field outside the pane and learns nothing from it', async () => {
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    running = start([feature], store.access);
    await fillAndPoint(running);
    adminClick(input('outside'));
    await vi.waitFor(() => expect(running!.props().error).not.toBeNull());
    expect(input('outside').value).toBe('');
    expect(running.props().error).toMatch(/not a field of Test pane/);
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();
  });

  it('refuses a field the label data already names as another field', async () => {
    document.body.innerHTML = RENAMED.replace('<label>Token ', '<label>Secret Token ');
    const store = memoryArea();
    running = start([feature], store.access);
    await fillAndPoint(running);
    adminClick(input('t'));
    await vi.waitFor(() => expect(running!.props().error).not.toBeNull());
    expect(running.props().error).toMatch(/That is the field for Secret Token, not Test field/);
    expect(input('t').value).toBe('');
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();
  });

  it('fills the Secret Token where the plan releases it, and stores its label only', async () => {
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    running = start([feature], store.access, 'jc_scim_secret_value');
    await fillAndPoint(running, 'secretToken');
    adminClick(input('t'));
    await vi.waitFor(() => expect(statusOf(running!, 'secretToken')).toBe('filled'));
    expect(input('t').value).toBe('jc_scim_secret_value');
    expect(await readLearnedLabels(store.area)).toEqual([
      { feature: 'entra/basic-saml', field: 'secretToken', label: 'Token', section: 'Test pane', lang: '' },
    ]);
    expect(JSON.stringify(store.data)).not.toContain('jc_scim_secret_value');
    expect(JSON.stringify(running.sent.filter((m) => m.type === 'setup:filled'))).not.toContain('jc_scim_secret_value');
  });

  it('gives the Secret Token only as the plan does: not released, nothing is filled', async () => {
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    running = start([feature], store.access, null);
    await offered(running);
    running.props().onFill();
    await filled(running);
    running.props().onPoint?.('secretToken');
    adminClick(input('t'));
    await vi.waitFor(() => expect(running!.props().error).not.toBeNull());
    expect(input('t').value).toBe('');
    expect(running.props().error).toMatch(/Secret Token is not released/);
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();
  });

  it('uses what it learned on the next fill, and stops using it once deleted', async () => {
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    await addLearnedLabel(store.area, {
      feature: 'entra/basic-saml',
      field: 'field',
      label: 'Renamed field',
      section: 'Test pane',
      lang: '',
    });
    running = start([feature], store.access);
    await vi.waitFor(() => expect(learnedVariantsOf(L.field)).toEqual(['Renamed field']));
    await offered(running);
    running.props().onFill();
    await filled(running);
    expect(statusOf(running, 'field')).toBe('filled');
    expect(input('f').value).toBe('https://acs.example/cb');

    const [entry] = await readLearnedLabels(store.area);
    await removeLearnedLabel(store.area, entry!);
    await vi.waitFor(() => expect(learnedVariantsOf(L.field)).toEqual([]));
    input('f').value = '';
    running.props().onFill();
    await filled(running);
    expect(statusOf(running, 'field')).toBe('not-found');
    expect(input('f').value).toBe('');
  });

  it('does not use a variant learned on a page in another language', async () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = RENAMED;
    const store = memoryArea();
    await addLearnedLabel(store.area, {
      feature: 'entra/basic-saml',
      field: 'field',
      label: 'Renamed field',
      section: 'Test pane',
      lang: 'ja',
    });
    await addLearnedLabel(store.area, { feature: 'entra/basic-saml', field: 'secretToken', label: 'Token', section: '', lang: 'en' });
    running = start([feature], store.access);
    // Loaded: the English one is there, the Japanese one is not.
    await vi.waitFor(() => expect(learnedVariantsOf(L.secretToken)).toEqual(['Token']));
    expect(learnedVariantsOf(L.field)).toEqual([]);
    await offered(running);
    running.props().onFill();
    await filled(running);
    expect(statusOf(running, 'field')).toBe('not-found');
  });
});

describe('learned label storage', () => {
  const good: LearnedLabel = {
    feature: 'entra/basic-saml',
    field: 'replyUrl',
    label: 'Reply URL (ACS URL)',
    section: 'Basic SAML Configuration',
    lang: '',
  };

  it('keeps good entries and drops junk, one entry at a time', () => {
    const junk = [
      null,
      'Reply URL',
      { ...good, value: 'https://bifrost.justcall.io/passport/login/callback' },
      { ...good, feature: 'entra/nope' },
      { ...good, field: 'reply-url; drop' },
      { ...good, label: '   ' },
      { ...good, label: 'x'.repeat(201) },
      { ...good, lang: 'not a language' },
      { ...good, section: 42 },
    ];
    expect(parseLearnedLabels([...junk, good])).toEqual([good]);
    expect(parseLearnedLabels({ [LEARNED_LABELS_KEY]: [good] })).toEqual([]);
    expect(parseLearnedLabels(undefined)).toEqual([]);
  });

  it('refuses to store junk, and stores an entry once', async () => {
    const store = memoryArea();
    expect(await addLearnedLabel(store.area, { ...good, value: 'secret' })).toBeNull();
    expect(store.data[LEARNED_LABELS_KEY]).toBeUndefined();
    await addLearnedLabel(store.area, good);
    await addLearnedLabel(store.area, { ...good, label: 'reply url (acs url)' });
    expect(await readLearnedLabels(store.area)).toHaveLength(1);
    expect(await removeLearnedLabel(store.area, good)).toEqual([]);
  });
});
