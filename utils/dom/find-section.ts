import { accessibleName } from './accessible-name';
import { queryRoots, searchRoots } from './deep-query';
import { labelMatches } from './labels';
import { textOf } from './text';
import { viewTitlesOf } from './view-titles';

/**
 * Find a pane or section by its title, so field lookups can be scoped to it.
 * Portals title sections in several ways, and all of them count:
 * - a named container (region, dialog, form, a grid or radio group with an
 *   aria-label, a shell blade's `data-contenttitle`) names itself;
 * - a heading (h1–h4, role=heading) names the largest ancestor that holds no
 *   rival heading of the same or a higher level;
 * - a title-classed element (Knockout's `.ext-saml-section-title`,
 *   `.fxc-section-header`) names the largest ancestor holding no other element
 *   of the same kind;
 * - when the title and its section's content are siblings in a flat list
 *   (a header, then a grid), the one content element after the title is the
 *   section (with several, their parent is);
 * - a React view's title is drawn by the shell outside the frame (./view-titles.ts):
 *   then the whole view is the section.
 * A shell blade whose only content is a React view iframe is not a section:
 * its fields are in the frame, where that frame's own script finds them.
 */

const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const NAMED_CONTAINERS = [
  'section[aria-label]',
  'section[aria-labelledby]',
  '[role="region"]',
  '[role="dialog"]',
  '[role="group"]',
  '[role="form"]',
  'form[aria-label]',
  'fieldset',
  'aside[aria-label]',
  '[role="grid"][aria-label]',
  '[role="grid"][aria-labelledby]',
  '[role="table"][aria-label]',
  '[role="radiogroup"][aria-label]',
  '[role="radiogroup"][aria-labelledby]',
  '[data-contenttitle]',
].join(', ');
const TITLE_CLASS = /(^|[-_])(title|titletext|header|headertext|heading|caption)$/i;
// Only elements whose class mentions a title are looked at: cheap on a busy portal.
const TITLE_LIKE = ['div', 'span', 'p', 'strong', 'legend']
  .flatMap((tag) => ['title', 'header', 'heading', 'caption'].map((word) => `${tag}[class*="${word}" i]`))
  .join(', ');
const CONTROL_ANCESTORS = 'button, a, [role="button"], [role="link"], [role="option"], td, th, [role="gridcell"], [role="columnheader"]';
const CONTENT =
  'input, textarea, select, [role="textbox"], [role="combobox"], [role="grid"], [role="table"], table, button, [role="button"]';

function isActiveViewFrame(frame: Element): boolean {
  if (frame.classList.contains('fxs-reactview-frame')) return frame.classList.contains('fxs-reactview-frame-active');
  const style = frame.getAttribute('style') ?? '';
  return (frame.getAttribute('name') ?? '').endsWith('.ReactView') && !frame.hasAttribute('hidden') && !/display:\s*none/.test(style);
}

function headingLevel(el: Element): number {
  const match = /^H([1-6])$/.exec(el.tagName);
  if (match?.[1]) return Number(match[1]);
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 2;
}

// Entra numbers its SAML sections ("1 Basic SAML Configuration"); the number is not part of the name.
function titleText(el: Element): string {
  return textOf(el).replace(/^\s*\d{1,2}[.)]?\s+/, '');
}

// Generated class names (css-123, root-45) differ between instances of the same kind.
function signature(el: Element): string {
  const classes = Array.from(el.classList)
    .filter((c) => !/-\d+$/.test(c))
    .sort();
  return `${el.tagName}.${classes.join('.')}`;
}

function isTitleClassed(el: Element): boolean {
  if (el.closest(CONTROL_ANCESTORS)) return false;
  return Array.from(el.classList).some((c) => TITLE_CLASS.test(c));
}

/** The largest ancestor of `title` that holds no rival; in a flat list, the content right after it. */
function sectionOf(title: Element, isRival: (other: Element) => boolean, rivalSelector: string): Element {
  const parent = title.parentElement ?? title;
  const hasRival = (scope: Element): boolean =>
    Array.from(scope.querySelectorAll(rivalSelector)).some((h) => h !== title && !title.contains(h) && !h.contains(title) && isRival(h));
  if (hasRival(parent)) return contentAfter(title, isRival) ?? parent;
  let best: Element = parent;
  for (let candidate = parent.parentElement; candidate; candidate = candidate.parentElement) {
    if (hasRival(candidate)) break;
    best = candidate;
    if (candidate.tagName === 'BODY') break;
  }
  return best;
}

/**
 * The one sibling after `title`, before the next rival, that holds fields or a
 * table. With several (a heading over a flat run of fields), null: the
 * caller's wider scope keeps them all, which is better than losing some.
 */
function contentAfter(title: Element, isRival: (other: Element) => boolean): Element | null {
  const found: Element[] = [];
  for (let next = title.nextElementSibling; next; next = next.nextElementSibling) {
    if (isRival(next) || next.matches(HEADINGS) || next.querySelector(HEADINGS)) break;
    if (next.matches(CONTENT) || next.querySelector(CONTENT)) found.push(next);
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

function containerName(el: Element): string {
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return textOf(legend);
  }
  const shellTitle = el.getAttribute('data-contenttitle');
  if (shellTitle) return shellTitle;
  return el.getAttribute('aria-labelledby') || el.getAttribute('aria-label') ? accessibleName(el) : '';
}

/** A shell blade or pane that only wraps a React view: its content is in the frame. */
function onlyWrapsView(section: Element): boolean {
  if (!Array.from(section.querySelectorAll('iframe')).some(isActiveViewFrame)) return false;
  return !Array.from(section.querySelectorAll('input, textarea, select, [role="textbox"], [role="combobox"]')).some(
    (el) => !el.closest('iframe'),
  );
}

export interface FindSectionOptions {
  /** Headings that also fit a pattern variant but are other sections ("Set up {app}" vs "Set up Single Sign-On with SAML"). */
  exclude?: readonly string[];
}

/** Every section named by one of the variants: named containers, then headings, then title-classed elements, then the view's shell title. */
export function findSections(root: ParentNode, headingVariants: readonly string[], opts: FindSectionOptions = {}): Element[] {
  const fits = (name: string): boolean => labelMatches(name, headingVariants) && !(opts.exclude && labelMatches(name, opts.exclude));
  const out: Element[] = [];
  const add = (section: Element): void => {
    if (!out.includes(section) && !onlyWrapsView(section)) out.push(section);
  };
  const roots = searchRoots(root);
  for (const container of queryRoots(roots, NAMED_CONTAINERS)) {
    if (fits(containerName(container))) add(container);
  }
  for (const heading of queryRoots(roots, HEADINGS)) {
    if (!fits(titleText(heading))) continue;
    const level = headingLevel(heading);
    add(sectionOf(heading, (h) => h.matches(HEADINGS) && headingLevel(h) <= level, HEADINGS));
  }
  for (const title of queryRoots(roots, TITLE_LIKE)) {
    if (!isTitleClassed(title) || !fits(titleText(title))) continue;
    const kind = signature(title);
    add(sectionOf(title, (other) => signature(other) === kind, title.tagName.toLowerCase()));
  }
  const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  const body = doc?.body;
  if (body && (root === doc || root === body) && viewTitlesOf(doc).some(fits)) add(body);
  return out;
}

export function findSection(root: ParentNode, headingVariants: readonly string[], opts: FindSectionOptions = {}): Element | null {
  return findSections(root, headingVariants, opts)[0] ?? null;
}
