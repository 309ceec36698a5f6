import { describe, expect, it } from 'vitest';
import { controlView, mayCommit, type ControlInput } from '@/utils/content/control-state';
import type { FieldResult } from '@/utils/dom/field-result';
import type { FeatureReadiness } from '@/utils/messages/readiness';

const READY: FeatureReadiness = {
  fills: ['Identifier (Entity ID)', 'Reply URL (Assertion Consumer Service URL)'],
  missing: [],
  step: { state: 'in-progress', summary: 'Save the Basic SAML Configuration.' },
  problem: null,
  secret: 'none',
};

function input(change: Partial<ControlInput> = {}): ControlInput {
  return {
    title: 'Basic SAML Configuration',
    fillsFrom: 'JustCall',
    canFill: true,
    readiness: READY,
    busy: false,
    results: [],
    consent: new Set(),
    commit: [],
    error: null,
    next: null,
    notes: [],
    ...change,
  };
}

const r = (field: string, status: FieldResult['status']): FieldResult => ({ field, label: field, status, expected: 'v' });

describe('the in-page control state machine', () => {
  it('checking, then ready or not ready from the background', () => {
    expect(controlView(input({ readiness: null })).phase.kind).toBe('checking');
    expect(controlView(input()).phase).toEqual({ kind: 'ready', fills: READY.fills, missing: [] });
    const notReady = controlView(
      input({ readiness: { ...READY, fills: [], missing: ['Login URL (SSO URL): open the app’s SAML page in Entra'] } }),
    );
    expect(notReady.phase.kind).toBe('not-ready');
    expect(notReady.fillLabel).toBeNull();
  });

  it('a conflict not agreed to wins over everything else, and no Save is offered', () => {
    const view = controlView(input({ results: [r('identifier', 'filled'), r('replyUrl', 'conflict')], commit: ['Save'] }));
    expect(view.phase.kind).toBe('conflict');
    expect(mayCommit([r('identifier', 'filled'), r('replyUrl', 'conflict')])).toBe(false);
    expect(controlView(input({ results: [r('replyUrl', 'conflict')], consent: new Set(['replyUrl']) })).phase.kind).toBe('filled');
  });

  it('not found fields keep their value to copy', () => {
    expect(controlView(input({ results: [r('identifier', 'filled'), r('replyUrl', 'not-found')] })).phase.kind).toBe('not-found');
  });

  it('filled points at the commit button; once the side panel counts the step done, done wins', () => {
    expect(controlView(input({ results: [r('identifier', 'filled')], commit: ['Save'] })).phase).toMatchObject({
      kind: 'filled',
      commit: ['Save'],
    });
    const done = controlView(
      input({ results: [r('identifier', 'filled')], readiness: { ...READY, step: { state: 'done', summary: 'Seen saved.' } } }),
    );
    expect(done.phase).toEqual({ kind: 'done', summary: 'Seen saved.', results: [r('identifier', 'filled')] });
  });

  it('an overview offers no Fill, only notes and what to open next', () => {
    const view = controlView(input({ canFill: false, next: 'Edit' }));
    expect(view.phase.kind).toBe('info');
    expect(view.fillLabel).toBeNull();
    expect(view.next).toBe('Edit');
  });

  it('a secret waiting for the admin is said so; the side panel’s problem is shown until done', () => {
    expect(controlView(input({ readiness: { ...READY, secret: 'confirm' } })).phase.kind).toBe('confirm-secret');
    expect(controlView(input({ readiness: { ...READY, problem: 'Reply URL mismatch' } })).problem).toBe('Reply URL mismatch');
  });

  it('while filling, nothing else is said', () => {
    const view = controlView(input({ busy: true, next: 'Save', results: [r('a', 'conflict')] }));
    expect(view.phase.kind).toBe('filling');
    expect(view.fillLabel).toBeNull();
    expect(view.next).toBeNull();
  });
});
