/**
 * A view the shell hosts in the main blade or the context pane: a Knockout
 * component in the shell's own document, or a React view in a sandbox iframe.
 */
import * as ko from 'knockout';
import type { ToView, ViewParams } from '../ibiza/protocol';
import type { ViewContext } from '../ibiza/context';
import type { ViewId } from '../ibiza/views';

export type Slot = 'main' | 'pane';

export class FrameItem {
  readonly active = ko.observable(true);
  element: HTMLIFrameElement | null = null;
  constructor(
    readonly slot: Slot,
    readonly view: ViewId,
    readonly name: string,
    readonly src: string,
    readonly origin: string,
  ) {}
  post(msg: ToView): void {
    this.element?.contentWindow?.postMessage(msg, this.origin);
  }
}

export class HostedView {
  readonly loading = ko.observable(true);
  readonly appChangedHandlers = new Set<() => void>();
  readonly paneResultHandlers = new Set<(data: unknown) => void>();
  /** Set for Knockout views: the component and its context. */
  ko: { component: string; params: { ctx: ViewContext } } | null = null;
  constructor(
    readonly slot: Slot,
    readonly view: ViewId,
    readonly params: ViewParams,
    readonly frame: FrameItem | null,
  ) {}
  deliver(msg: ToView): void {
    if (this.frame) return this.frame.post(msg);
    if (msg.type === 'fx:appChanged') for (const fn of this.appChangedHandlers) fn();
    else for (const fn of this.paneResultHandlers) fn(msg.data);
  }
}
