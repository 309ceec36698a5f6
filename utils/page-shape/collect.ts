import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { accessibleNameCandidates } from '@/utils/dom/accessible-name';

/**
 * One frame's accessibility shape, for the page-shape report: the roles of
 * its elements, the names of those that label something (headings, buttons,
 * links, tabs, form controls), the texts of the labels of form controls, and
 * the frames it holds, by host. Runs in the page (injected by the side panel
 * on the admin's click, never at start-up).
 *
 * What the page holds is not read into the shape: no control's value, no
 * name of a grid row, cell or option (where user names and e-mails are
 * listed), no free text. The values and cell texts are returned apart, only
 * so that the side panel's redaction can remove them wherever they also
 * appear in a name (./report.ts); they are never exported.
 */

export interface ShapeNode {
  /** Depth among the nodes kept (0 = the frame's outermost). */
  d: number;
  role: string;
  name?: string;
  /** Texts of a form control's <label> elements. */
  labels?: string[];
  /** For a frame element: the host it loads, and its name (the shell names React views `<View>.ReactView`). */
  frameHost?: string;
  frameName?: string;
}

export interface FrameShape {
  host: string;
  frameName: string;
  lang: string;
  title: string;
  nodes: ShapeNode[];
  truncated: boolean;
  /** Values and listed texts to redact everywhere; dropped before the report is shown or copied. */
  secrets: string[];
}

export const MAX_NODES = 3000;
const MAX_TEXT = 200;
const MAX_SECRETS = 2000;

/** Roles whose name is a label the maintainers need (what the assistant matches fields and sections by). */
const NAMED_ROLES = new Set([
  'button',
  'link',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'heading',
  'textbox',
  'searchbox',
  'combobox',
  'spinbutton',
  'slider',
  'checkbox',
  'radio',
  'switch',
  'listbox',
  'group',
  'radiogroup',
  'region',
  'dialog',
  'alertdialog',
  'form',
  'columnheader',
  'tablist',
  'tabpanel',
  'menu',
  'menubar',
  'navigation',
  'toolbar',
  'tree',
  'grid',
  'table',
  'main',
  'complementary',
  'banner',
  'contentinfo',
  'search',
]);

/** Roles kept in the shape without their name. */
const UNNAMED_ROLES = new Set([
  'row',
  'gridcell',
  'cell',
  'rowheader',
  'option',
  'listitem',
  'list',
  'treeitem',
  'img',
  'status',
  'alert',
  'rowgroup',
]);

/** Inside these, nothing is named: rows, cells and options list the directory's users, groups and values. */
const DATA_CONTAINERS = new Set(['row', 'gridcell', 'cell', 'rowheader', 'option', 'treeitem']);

/** Whose text is learned for redaction, since it shows directory entries (names, e-mails, UPNs). */
const LISTED_TEXT = new Set(['gridcell', 'cell', 'rowheader', 'treeitem']);

const FORM_CONTROLS = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'checkbox', 'radio', 'switch', 'listbox']);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

function hidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const style = win.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

function hostOf(src: string, base: string): string {
  try {
    return new URL(src, base).host;
  } catch {
    return '';
  }
}

/** What a control holds, whatever kind it is: each is a value to keep out of the report. */
function valuesOf(el: Element): string[] {
  const out: string[] = [];
  const v = (el as HTMLInputElement).value;
  // A checkbox's or radio's value is its form token ("on"), not what the admin entered: its state is not read either.
  const token = el.tagName === 'INPUT' && /^(checkbox|radio|button|submit|reset|image)$/i.test((el as HTMLInputElement).type);
  if (typeof v === 'string' && v && !token && el.tagName !== 'BUTTON' && el.tagName !== 'OPTION') out.push(v);
  if (el.tagName === 'SELECT') for (const o of Array.from((el as HTMLSelectElement).selectedOptions)) out.push(o.text);
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') out.push(el.textContent ?? '');
  const valueText = el.getAttribute('aria-valuetext');
  if (valueText) out.push(valueText);
  // A Fluent dropdown names itself "label + current choice" by pointing aria-labelledby at its own option span.
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = el.ownerDocument.getElementById(id);
    if (ref && (ref === el || el.contains(ref))) out.push(ref.textContent ?? '');
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function nameOf(el: Element): string {
  try {
    return clean(computeAccessibleName(el));
  } catch {
    return clean(el.getAttribute('aria-label'));
  }
}

export function collectPageShape(doc: Document, win: Window): FrameShape {
  const nodes: ShapeNode[] = [];
  const secrets = new Set<string>();
  let truncated = false;

  const visit = (el: Element, depth: number, inData: string | null): void => {
    if (truncated) return;
    if (SKIPPED_TAGS.has(el.tagName) || hidden(el)) return;
    for (const value of valuesOf(el)) if (secrets.size < MAX_SECRETS) secrets.add(value.slice(0, 2000));
    const isFrame = el.tagName === 'IFRAME' || el.tagName === 'FRAME';
    const role = isFrame ? 'frame' : (getRole(el) ?? '');
    let childDepth = depth;
    let childInData = inData;
    if (isFrame || NAMED_ROLES.has(role) || UNNAMED_ROLES.has(role)) {
      if (nodes.length >= MAX_NODES) {
        truncated = true;
        return;
      }
      const node: ShapeNode = { d: depth, role };
      if (isFrame) {
        node.frameHost = hostOf(el.getAttribute('src') ?? '', doc.baseURI);
        const frameName = clean(el.getAttribute('name'));
        if (frameName) node.frameName = frameName;
      } else if (NAMED_ROLES.has(role) && (!inData || (role === 'columnheader' && inData === 'row'))) {
        // A column header sits in a row of its own: its name is the grid's label, not an entry.
        const name = nameOf(el);
        if (name) node.name = name;
        if (FORM_CONTROLS.has(role)) {
          // The label elements' full text (with hidden tooltip sentences), and the names the engine also matches by.
          const texts = [
            ...Array.from((el as HTMLInputElement).labels ?? []).map((l) => clean(l.textContent)),
            ...accessibleNameCandidates(el)
              .slice(1)
              .map((n) => clean(n)),
          ];
          const labels = [...new Set(texts.filter((t) => t && t !== name))].slice(0, 4);
          if (labels.length) node.labels = labels;
        }
      }
      if (LISTED_TEXT.has(role)) {
        const text = clean(el.textContent);
        if (text && secrets.size < MAX_SECRETS) secrets.add(text);
      }
      nodes.push(node);
      childDepth = depth + 1;
      childInData = inData ?? (DATA_CONTAINERS.has(role) ? role : null);
    }
    if (isFrame) return;
    const children = el.shadowRoot ? [...Array.from(el.shadowRoot.children), ...Array.from(el.children)] : Array.from(el.children);
    for (const child of children) visit(child, childDepth, childInData);
  };

  if (doc.body) visit(doc.body, 0, null);
  return {
    host: win.location.host,
    frameName: clean(win.name),
    lang: clean(doc.documentElement.getAttribute('lang')),
    title: clean(doc.title),
    nodes,
    truncated,
    secrets: [...secrets],
  };
}
