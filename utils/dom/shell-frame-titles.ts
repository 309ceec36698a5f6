/**
 * Run in the admin center's top frame (by `scripting.executeScript`, so it
 * must stay self-contained): the shell's titles for the React view iframe
 * with this name, or whose src is this URL. A title is the enclosing blade's
 * `data-contenttitle` and its `h2.fxs-blade-title-titleText`.
 */
export function shellFrameTitles(name: string, url: string, parents: readonly string[] = []): string[] {
  const frames = Array.from(document.querySelectorAll('iframe'));
  // A frame nested inside a view is titled as the view it sits in.
  const names = [name, ...parents].filter((n) => n !== '');
  const frame =
    names.map((n) => frames.find((f) => f.getAttribute('name') === n)).find((f) => f !== undefined) ??
    frames.find((f) => url !== '' && (f.src === url || url.startsWith(f.src.split('#')[0] ?? '\u0000')));
  if (!frame) return [];
  // An inactive view stays in the DOM, hidden: it has no title until it is shown again.
  const inactive = frame.classList.contains('fxs-reactview-frame') && !frame.classList.contains('fxs-reactview-frame-active');
  if (inactive || frame.closest('[hidden]') || getComputedStyle(frame).display === 'none') return [];
  const out: string[] = [];
  const add = (text: string | null | undefined): void => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    if (clean && !out.includes(clean)) out.push(clean);
  };
  const titled = frame.closest('[data-contenttitle]');
  add(titled?.getAttribute('data-contenttitle'));
  const blade = frame.closest('.fxs-blade, .fxs-contextpane, [data-contenttitle]');
  add(blade?.querySelector('.fxs-blade-title-titleText')?.textContent);
  add(blade?.getAttribute('aria-label'));
  return out.slice(0, 4);
}
