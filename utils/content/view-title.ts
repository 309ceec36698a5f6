import { setViewTitles, viewTitlesOf } from '@/utils/dom/view-titles';
import { parseViewTitleReply } from '@/utils/messages/view-title';
import type { ControllerContext } from './context';

/**
 * In a React view frame, learn the title the shell shows for this view (the
 * pane heading is in the top frame) and look at the page again when it
 * changes: at start, a few times while the shell may still be drawing it,
 * and whenever the frame is shown or resized (inactive views have no size).
 */
const RETRIES_MS = [400, 1500, 4000, 10_000];

/** The names of the same-origin frames this one sits in, up to the first it cannot see into. */
function parentNames(win: Window): string[] {
  const out: string[] = [];
  for (let w: Window = win; w.parent !== w && w.parent !== w.top && out.length < 4; w = w.parent) {
    try {
      out.push(w.parent.name.slice(0, 300));
    } catch {
      break;
    }
  }
  return out;
}

export function watchViewTitle(ctx: ControllerContext, rescan: () => void, signal: AbortSignal): void {
  const { win, doc } = ctx;
  if (!win || win.top === win || ctx.deps.portal !== 'entra') return;
  let inFlight = false;
  const ask = async (): Promise<void> => {
    if (inFlight || signal.aborted) return;
    inFlight = true;
    const reply = parseViewTitleReply(
      await ctx.send({ type: 'view:shell-title', name: win.name.slice(0, 300), parents: parentNames(win) }),
    );
    inFlight = false;
    if (!reply || signal.aborted) return;
    if (reply.titles.join('\n') === viewTitlesOf(doc).join('\n')) return;
    setViewTitles(doc, reply.titles);
    rescan();
  };
  void ask();
  for (const ms of RETRIES_MS) {
    const t = setTimeout(() => void ask(), ms);
    signal.addEventListener('abort', () => clearTimeout(t));
  }
  win.addEventListener(
    'resize',
    () => {
      rescan();
      void ask();
    },
    { signal },
  );
  win.addEventListener('focus', () => void ask(), { signal });
}
