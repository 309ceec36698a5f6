// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageChanges, clearPageChanges, noteMutations } from '@/utils/content/page-changes';
import { CONTROL_HOST_ATTR } from '@/utils/content/control-host';

/** The scan loop's notes on what changed: which changes make a full scan, which only mark where the page changed. */

function recordsOf(change: () => void): Promise<MutationRecord[]> {
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      observer.disconnect();
      resolve(records);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    change();
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('page changes', () => {
  it('a leaf added (a clock tick, a cell) marks its container; nothing calls for a full scan', async () => {
    document.body.innerHTML = '<section id="s"></section>';
    const changes = createPageChanges();
    clearPageChanges(changes);
    const section = document.getElementById('s');
    const span = document.createElement('span');
    span.textContent = 'tick';
    noteMutations(changes, await recordsOf(() => section?.append(span)));
    expect(changes.fullScan).toBe(false);
    expect([...changes.changedTargets]).toEqual([section]);
    expect(changes.addedElements).toEqual([span]);
  });

  it('a heading, a field, a dialog or a role-bearing leaf calls for a full scan, alone or inside what was added', async () => {
    for (const markup of [
      '<h2>Basic SAML Configuration</h2>',
      '<input>',
      '<div role="dialog"></div>',
      '<div><p><textarea></textarea></p></div>',
      '<span role="heading">x</span>',
    ]) {
      document.body.innerHTML = '<section id="s"></section>';
      const changes = createPageChanges();
      clearPageChanges(changes);
      const holder = document.createElement('template');
      holder.innerHTML = markup;
      const node = holder.content.firstElementChild;
      if (!node) throw new Error(markup);
      noteMutations(changes, await recordsOf(() => document.getElementById('s')?.append(node)));
      expect(changes.fullScan, markup).toBe(true);
    }
  });

  it("ignores our own control's host coming and going, but a page removing it calls for a full scan", async () => {
    document.body.innerHTML = '<section id="s"></section>';
    const section = document.getElementById('s');
    const host = document.createElement('div');
    host.setAttribute(CONTROL_HOST_ATTR, 'entra/basic-saml');
    const changes = createPageChanges();
    clearPageChanges(changes);
    noteMutations(changes, await recordsOf(() => section?.append(host)));
    expect(changes.fullScan).toBe(false);
    expect(changes.changedTargets.size).toBe(0);
    noteMutations(changes, await recordsOf(() => host.remove()));
    expect(changes.fullScan).toBe(true);
  });
});
