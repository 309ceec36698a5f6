// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { AssistantControl } from '@/components/overlay/AssistantControl';
import type { ControlProps } from '@/utils/content/control-model';

/** The control's "Point at the field" button and its waiting state, rendered on jsdom. */

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function props(change: Partial<ControlProps> = {}): ControlProps {
  return {
    title: 'Basic SAML Configuration',
    fillLabel: 'Fill from JustCall',
    fillWaiting: false,
    phase: {
      kind: 'not-found',
      results: [
        { field: 'identifier', label: 'Identifier (Entity ID)', status: 'filled', expected: 'JustCall' },
        { field: 'replyUrl', label: 'Reply URL', status: 'not-found', expected: 'https://bifrost.justcall.io/passport/login/callback' },
      ],
    },
    error: null,
    problem: null,
    next: null,
    notes: [],
    partialList: null,
    reading: null,
    onFill: () => undefined,
    onReadAll: () => undefined,
    onReplace: () => undefined,
    onCopy: async () => true,
    ...change,
  };
}

function shown(p: ControlProps, accept: (e: Event) => boolean = () => true): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(<AssistantControl {...p} accept={accept} />, container);
  return container;
}

const buttons = (root: ParentNode) => Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
const button = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) ?? null;

describe('Point at the field in the in-page control', () => {
  it('is offered beside Copy only for a field the controller says it can help with', async () => {
    const pointed: string[] = [];
    const root = shown(props({ canPoint: (f) => f === 'replyUrl', onPoint: (f) => pointed.push(f), onCancelPoint: () => undefined }));
    expect(buttons(root)).toContain('Copy the value for Reply URL');
    expect(buttons(root)).toContain('Point at the field for Reply URL');
    expect(buttons(root)).not.toContain('Point at the field for Identifier (Entity ID)');
    button(root, 'Point at the field for Reply URL')?.click();
    await settle();
    expect(pointed).toEqual(['replyUrl']);
  });

  it('is not there when the controller offers no pointing', () => {
    const root = shown(props());
    expect(buttons(root).some((b) => b?.startsWith('Point at the field'))).toBe(false);
  });

  it('ignores a click that a script made', async () => {
    const pointed: string[] = [];
    const root = shown(
      props({ canPoint: () => true, onPoint: (f) => pointed.push(f), onCancelPoint: () => undefined }),
      (e) => e.isTrusted,
    );
    button(root, 'Point at the field for Reply URL')?.click();
    await settle();
    expect(pointed).toEqual([]);
  });

  it('while waiting, says what to do and offers to stop', async () => {
    let stopped = 0;
    const root = shown(props({ pointing: 'replyUrl', canPoint: () => true, onPoint: () => undefined, onCancelPoint: () => stopped++ }));
    expect(root.textContent).toContain('Now click the field for Reply URL on the page');
    expect(buttons(root)).not.toContain('Point at the field for Reply URL');
    button(root, 'Stop pointing at the field for Reply URL')?.click();
    await settle();
    expect(stopped).toBe(1);
  });
});
