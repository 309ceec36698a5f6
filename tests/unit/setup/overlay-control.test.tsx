// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { AssistantControl } from '@/components/overlay/AssistantControl';
import { mountControl } from '@/components/overlay/mount';
import type { ControlProps } from '@/utils/content/control-model';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const REPLY = 'https://bifrost.justcall.io/passport/login/callback';

function props(change: Partial<ControlProps> = {}): ControlProps {
  return {
    title: 'Basic SAML Configuration',
    fillLabel: 'Fill from JustCall',
    fillWaiting: false,
    phase: { kind: 'not-found', results: [{ field: 'replyUrl', label: 'Reply URL', status: 'not-found', expected: REPLY }] },
    error: null,
    problem: null,
    next: null,
    notes: ['A note.'],
    partialList: null,
    reading: null,
    onFill: () => undefined,
    onReadAll: () => undefined,
    onReplace: () => undefined,
    onCopy: async () => true,
    ...change,
  };
}

/** The control itself in a plain container, with every click accepted (jsdom's clicks are never trusted). */
function shown(p: ControlProps, accept: (e: Event) => boolean = () => true): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(<AssistantControl {...p} accept={accept} />, container);
  return container;
}

const button = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) ?? null;

describe('in-page control', () => {
  it('hides and shows its details, keeping that state across updates', async () => {
    const root = shown(props());
    const toggle = () => root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(root.textContent).toContain('A note.');
    toggle().click();
    await settle();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toBe('Show');
    expect(root.textContent).not.toContain('A note.');
    render(<AssistantControl {...props({ notes: ['Another note.'] })} accept={() => true} />, root);
    await settle();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    toggle().click();
    await settle();
    expect(root.textContent).toContain('Another note.');
  });

  it('says whether copying a value worked, and shows the value to paste', async () => {
    const copied: string[] = [];
    const root = shown(props({ onCopy: async (t) => (copied.push(t), false) }));
    expect(root.textContent).toContain(`Paste it yourself: ${REPLY}`);
    const copy = () => button(root, 'Copy the value for Reply URL')!;
    expect(copy().textContent).toBe('Copy');
    copy().click();
    await settle();
    expect(copied).toEqual([REPLY]);
    expect(copy().textContent).toBe('Copy failed');
  });

  it('offers to read a list shown in part, reads it only on a click the admin made, and shows how far it got', () => {
    let reads = 0;
    const partial = props({ phase: { kind: 'info' }, partialList: { known: 40, total: 83 }, onReadAll: () => reads++ });
    let root = shown(partial, (e) => e.isTrusted);
    expect(root.textContent).toContain('This list shows 40 of 83 rows at a time; the assistant has read only those.');
    button(root, 'Read all 83 rows of the list')?.click();
    expect(reads).toBe(0);
    root = shown(partial);
    button(root, 'Read all 83 rows of the list')?.click();
    expect(reads).toBe(1);
    root = shown(props({ phase: { kind: 'info' }, partialList: null, reading: { known: 55, total: 83 } }));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading the list: 55 of 83 rows so far…');
    expect(button(root, 'Read all 83 rows of the list')).toBeNull();
    root = shown(props({ phase: { kind: 'info' }, partialList: { known: 40, total: null } }));
    expect(button(root, 'Read all rows of the list')?.textContent).toBe('Read all rows');
    root = shown(props({ phase: { kind: 'info' }, partialList: null, reading: { known: 55, total: null } }));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading the list: 55 rows so far…');
  });

  it('ignores clicks that a script made', async () => {
    let fills = 0;
    const root = shown(props({ onFill: () => fills++ }), (e) => e.isTrusted);
    button(root, 'Fill from JustCall')?.click();
    button(root, 'Fill from JustCall')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(fills).toBe(0);
  });

  it('each phase says only its own thing', () => {
    const notReady = shown(
      props({
        fillLabel: 'Fill from Entra',
        fillWaiting: true,
        phase: { kind: 'not-ready', from: 'Entra', missing: ['Login URL (SSO URL): open the app’s SAML page in Entra'], tried: null },
      }),
    );
    expect(notReady.textContent).toContain('Not ready to fill yet: these values come from Entra. Still needed:');
    expect(notReady.textContent).toContain('Login URL (SSO URL)');
    // Shown, but marked as waiting, so the admin sees what it will do and why not yet.
    expect(button(notReady, 'Fill from Entra')?.getAttribute('aria-disabled')).toBe('true');
    expect(notReady.textContent).not.toContain('Nothing was filled');
    const conflict = shown(
      props({
        phase: {
          kind: 'conflict',
          results: [{ field: 'replyUrl', label: 'Reply URL', status: 'conflict', before: 'https://x', expected: REPLY }],
        },
      }),
    );
    expect(button(conflict, 'Replace the value of Reply URL')).not.toBeNull();
    expect(conflict.textContent).not.toContain('Now click');
    const done = shown(
      props({ phase: { kind: 'done', summary: 'Identifier, Reply URL and Sign on URL seen saved in Entra.', results: [] } }),
    );
    expect(done.textContent).toContain('Done: Identifier, Reply URL and Sign on URL seen saved in Entra.');
    expect(done.textContent).not.toContain('Paste it yourself');
  });

  it('an early Fill says nothing was filled; a field with no value to paste offers no empty Copy (issue 13, point 1)', () => {
    const early = shown(
      props({
        fillLabel: 'Fill from Entra',
        fillWaiting: true,
        phase: {
          kind: 'not-ready',
          from: 'Entra',
          missing: ['Certificate: open the app’s SAML page in Entra'],
          tried: 'Nothing was filled: the values this form needs come from Entra, and the assistant does not have them yet.',
        },
      }),
    );
    expect(early.querySelector('[role=status]')?.textContent).toMatch(/^Nothing was filled/);
    expect(early.textContent).not.toMatch(/could not be filled|Now click|ssoUrl/);
    const noValue = shown(
      props({
        phase: {
          kind: 'not-found',
          results: [{ field: 'ssoUrl', label: 'SSO URL', status: 'failed', expected: '', problem: 'The field did not take the value.' }],
        },
      }),
    );
    expect(noValue.textContent).toContain('SSO URL: could not be filled');
    expect(noValue.textContent).toContain('The field did not take the value.');
    expect(button(noValue, 'Copy the value for SSO URL')).toBeNull();
    expect(noValue.textContent).not.toContain('Paste it yourself');
  });

  it('is mounted in a closed shadow root: the page cannot reach its buttons or read it', () => {
    document.body.innerHTML = '<section id="pane"><h2>Basic SAML Configuration</h2></section>';
    const control = mountControl(document.getElementById('pane')!, 'entra/basic-saml', props());
    expect(control.host.shadowRoot).toBeNull();
    expect(document.querySelectorAll('button')).toHaveLength(0);
    expect(document.body.textContent).not.toContain('Fill from JustCall');
    control.unmount();
    expect(control.host.isConnected).toBe(false);
  });
});
