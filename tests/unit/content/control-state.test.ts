import { describe, expect, it } from 'vitest';
import { controlView, fillsNow, mayCommit, type ControlInput } from '@/utils/content/control-state';
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
    fillsHere: null,
    readiness: READY,
    busy: false,
    results: [],
    consent: new Set(),
    commit: [],
    unready: null,
    error: null,
    next: null,
    notes: [],
    partialList: null,
    reading: null,
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
    expect(notReady.phase).toEqual({
      kind: 'not-ready',
      from: 'JustCall',
      missing: ['Login URL (SSO URL): open the app’s SAML page in Entra'],
      tried: null,
    });
    // Offered but waiting: pressing it says what is missing instead of filling.
    expect(notReady.fillLabel).toBe('Fill from JustCall');
    expect(notReady.fillWaiting).toBe(true);
    expect(controlView(input()).fillWaiting).toBe(false);
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

describe('the state machine keeps no message from an earlier state', () => {
  const notReady: FeatureReadiness = { ...READY, fills: [], missing: ['Certificate: open the app’s SAML page in Entra'] };

  it('a Fill pressed too early is said as such, and goes once the values arrive', () => {
    const early = controlView(input({ readiness: notReady, unready: 'Nothing was filled: …' }));
    expect(early.phase).toMatchObject({ kind: 'not-ready', tried: 'Nothing was filled: …' });
    expect(fillsNow(input({ readiness: notReady }))).toBe(false);
    // The controller clears `unready` when the readiness changes; with it cleared, ready says only ready.
    const later = controlView(input());
    expect(later.phase).toEqual({ kind: 'ready', fills: READY.fills, missing: [] });
    expect(fillsNow(input())).toBe(true);
  });

  it('a plan that failed its own check keeps the control not ready even when the background counted fills', () => {
    const view = controlView(input({ unready: 'Nothing was filled: Issuer / Entity ID is not known yet.' }));
    expect(view.phase).toMatchObject({ kind: 'not-ready', missing: [], tried: 'Nothing was filled: Issuer / Entity ID is not known yet.' });
  });

  it('the side panel’s problem is not repeated while the fill that fixes it waits for Save, nor once done', () => {
    const withProblem = { ...READY, problem: 'Claim "email" is not right' };
    expect(controlView(input({ readiness: withProblem })).problem).toBe('Claim "email" is not right');
    expect(controlView(input({ readiness: withProblem, results: [r('name', 'filled')], commit: ['Save'] })).problem).toBeNull();
    expect(controlView(input({ readiness: withProblem, busy: true })).problem).toBeNull();
  });

  it('an overview says what to open, even when the step has a problem, and never offers Fill', () => {
    const view = controlView(
      input({ canFill: false, next: '"emailaddress"', readiness: { ...READY, problem: 'Claim "email" is not right' } }),
    );
    expect(view.phase.kind).toBe('info');
    expect(view.fillLabel).toBeNull();
    expect(view.next).toBe('"emailaddress"');
  });

  it('a secret waiting for confirmation is not "not ready" and offers no Fill', () => {
    const view = controlView(input({ readiness: { ...READY, fills: [], secret: 'confirm' } }));
    expect(view.phase.kind).toBe('confirm-secret');
    expect(view.fillLabel).toBeNull();
  });
});

describe('a pane that fills part of the plan', () => {
  it('says what it fills here, not every planned field (a claim’s pane fills one claim)', () => {
    const claims = { ...READY, fills: ['email', 'firstName', 'lastName'] };
    const view = controlView(input({ readiness: claims, fillsHere: ['firstName ← user.givenname, with an empty Namespace'] }));
    expect(view.phase).toEqual({ kind: 'ready', fills: ['firstName ← user.givenname, with an empty Namespace'], missing: [] });
  });
});
