import type { ContentHello, Portal } from '@/utils/messages/portal-pages';

/** The hello a content script sends so the background knows which portal pages are open. */
export function helloFor(portal: Portal, win: Window): ContentHello {
  return {
    type: 'content-hello',
    portal,
    url: win.location.href.slice(0, 4096),
    title: win.document.title.slice(0, 512),
    topFrame: win.top === win,
  };
}
