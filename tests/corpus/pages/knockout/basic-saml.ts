import * as ko from 'knockout';
import { azcButton, azcInput, azcTextBox, azcToolbar, labelContainer, mountBlade } from '@/tests/corpus/pages/kit/azc';
import { saved } from '@/tests/corpus/pages/kit/judge';

/**
 * Basic SAML Configuration as a Knockout azc pane in the top document
 * (evidence 1, 4, 6), in one of three shapes (`?shape=`):
 * - `add-links`: a new non-gallery app: no Identifier or Reply URL input until
 *   "Add identifier" / "Add reply URL" (links) is clicked; inputs named by an
 *   `aria-label` with a trailing colon;
 * - `other-words`: one row each already, the inputs' `aria-label`s in other
 *   words than the visible labels; Save a `div[role=button]`;
 * - `ja`: Japanese labels (portal-i18n-and-clouds.md rows 7–12, 14), one row each.
 */

type Shape = 'add-links' | 'other-words' | 'ja';
const shape = (new URLSearchParams(location.search).get('shape') ?? 'add-links') as Shape;

interface Words {
  identifier: string;
  replyUrl: string;
  signOnUrl: string;
  relayState: string;
  logoutUrl: string;
  addIdentifier: string;
  addReplyUrl: string;
  save: string;
  default: string;
  delete: string;
  intro: string;
}

const EN: Words = {
  identifier: 'Identifier (Entity ID)',
  replyUrl: 'Reply URL (Assertion Consumer Service URL)',
  signOnUrl: 'Sign on URL (Optional)',
  relayState: 'Relay State (Optional)',
  logoutUrl: 'Logout Url (Optional)',
  addIdentifier: 'Add identifier',
  addReplyUrl: 'Add reply URL',
  save: 'Save',
  default: 'Default',
  delete: 'Delete',
  intro: 'Basic SAML configuration is used to configure the application with Microsoft Entra ID.',
};

// The Optional suffix is left out in Japanese: the localized docs give none.
const JA: Words = {
  identifier: '識別子 (エンティティ ID)',
  replyUrl: '応答 URL (Assertion Consumer Service URL)',
  signOnUrl: 'サインオン URL',
  relayState: 'リレー状態',
  logoutUrl: 'ログアウト URL',
  addIdentifier: '識別子の追加',
  addReplyUrl: '応答 URL の追加',
  save: '保存',
  default: '既定',
  delete: '削除',
  intro: '基本的な SAML 構成は、Microsoft Entra ID を使用してアプリケーションを構成するために使用されます。',
};

const w = shape === 'ja' ? JA : EN;

/** The inputs' own names per shape (evidence 4: a trailing colon, or other words). */
const NAMES: Record<Shape, Record<'identifier' | 'replyUrl' | 'signOnUrl' | 'relayState' | 'logoutUrl', string>> = {
  'add-links': {
    identifier: 'Identifier (Entity ID):',
    replyUrl: 'Reply URL (Assertion Consumer Service URL):',
    signOnUrl: 'Sign on URL (Optional):',
    relayState: 'Relay State (Optional):',
    logoutUrl: 'Logout Url (Optional):',
  },
  'other-words': {
    identifier: 'Enter an identifier',
    replyUrl: 'Reply URL',
    signOnUrl: 'Sign-on URL:',
    relayState: 'Relay state value',
    logoutUrl: 'Logout URL:',
  },
  ja: {
    identifier: '識別子 (エンティティ ID)',
    replyUrl: '応答 URL',
    signOnUrl: 'サインオン URL',
    relayState: 'リレー状態',
    logoutUrl: 'ログアウト URL',
  },
};
const names = NAMES[shape];

interface Row {
  value: ko.Observable<string>;
  isDefault: ko.Observable<boolean>;
}

const startRows = shape === 'add-links' ? 0 : 1;
const makeRow = (isDefault: boolean): Row => ({ value: ko.observable(''), isDefault: ko.observable(isDefault) });
const identifiers = ko.observableArray<Row>(Array.from({ length: startRows }, () => makeRow(true)));
const replyUrls = ko.observableArray<Row>(Array.from({ length: startRows }, () => makeRow(true)));

const vm = {
  identifiers,
  replyUrls,
  signOnUrl: ko.observable(''),
  relayState: ko.observable(''),
  logoutUrl: ko.observable(''),
  addIdentifier: () => identifiers.push(makeRow(identifiers().length === 0)),
  addReplyUrl: () => replyUrls.push(makeRow(replyUrls().length === 0)),
  removeIdentifier: (row: Row) => identifiers.remove(row),
  removeReplyUrl: (row: Row) => replyUrls.remove(row),
};

function rows(key: 'identifiers' | 'replyUrls', label: string, ownName: string, add: string, addBinding: string, remove: string): string {
  const row = `<div class="azc-grid-row fxs-url-row">${azcInput({ bind: 'value: value', ariaLabel: ownName })}
<div role="checkbox" tabindex="0" class="azc-checkBox" data-bind="attr: { 'aria-checked': isDefault() ? 'true' : 'false' }, click: () => isDefault(!isDefault())"><span>${w.default}</span></div>
${azcButton(w.delete, `click: $parent.${remove}`)}</div>`;
  return `<div class="fxc-weave-pccontrol fxc-section-control">${labelContainer({ label, required: true, info: label })}
<div class="azc-url-rows" data-bind="foreach: ${key}">${row}</div>
<a href="#" class="fxs-portal-link" data-bind="click: ${addBinding}">${add}</a></div>`;
}

const toolbar =
  shape === 'other-words'
    ? `<div class="fxs-blade-commandbar">${azcButton(w.save)}${azcButton('Got feedback?')}</div>`
    : azcToolbar([w.save, 'Got feedback?']);

const html = `${toolbar}
<p class="fxs-blade-intro">${w.intro}</p>
${rows('identifiers', w.identifier, names.identifier, w.addIdentifier, 'addIdentifier', 'removeIdentifier')}
${rows('replyUrls', w.replyUrl, names.replyUrl, w.addReplyUrl, 'addReplyUrl', 'removeReplyUrl')}
${azcTextBox({ label: w.signOnUrl, info: w.signOnUrl }, { bind: 'value: signOnUrl', ariaLabel: names.signOnUrl })}
${azcTextBox({ label: w.relayState, info: w.relayState }, { bind: 'value: relayState', ariaLabel: names.relayState })}
${azcTextBox({ label: w.logoutUrl, info: w.logoutUrl }, { bind: 'value: logoutUrl', ariaLabel: names.logoutUrl })}`;

mountBlade('corpus-blade', html, vm, () => ({
  identifier: saved(identifiers().map((r) => r.value())),
  replyUrl: saved(replyUrls().map((r) => r.value())),
  signOnUrl: vm.signOnUrl(),
  relayState: vm.relayState(),
  logoutUrl: vm.logoutUrl(),
}));
