import { accessibleName } from './accessible-name';
import { queryRoots, searchRoots } from './deep-query';
import { labelMatches } from './labels';
import { textOf } from './text';

/**
 * Find a pane or section by its heading, so field lookups can be scoped to it.
 * A heading names the largest ancestor that holds no other heading of the same
 * or a higher level; a region, dialog or form named by aria-label names itself.
 */

const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const NAMED_CONTAINERS =
  'section[aria-label], section[aria-labelledby], [role="region"], [role="dialog"], [role="group"], [role="form"], form[aria-label], fieldset, aside[aria-label]';

function headingLevel(el: Element): number {
  const match = /^H([1-6])$/.exec(el.tagName);
  if (match?.[1]) return Number(match[1]);
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 2;
}

// Entra numbers its SAML sections ("1 Basic SAML Configuration"); the number is not part of the name.
function headingText(el: Element): string {
  return textOf(el).replace(/^\s*\d{1,2}[.)]?\s+/, '');
}

function sectionOf(heading: Element): Element {
  const level = headingLevel(heading);
  let best: Element = heading.parentElement ?? heading;
  for (let candidate = best.parentElement; candidate; candidate = candidate.parentElement) {
    const rival = Array.from(candidate.querySelectorAll(HEADINGS)).some(
      (h) => h !== heading && !heading.contains(h) && headingLevel(h) <= level,
    );
    if (rival) break;
    best = candidate;
    if (candidate.tagName === 'BODY') break;
  }
  return best;
}

function containerName(el: Element): string {
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return textOf(legend);
  }
  return el.getAttribute('aria-labelledby') || el.getAttribute('aria-label') ? accessibleName(el) : '';
}

export interface FindSectionOptions {
  /** Headings that also fit a pattern variant but are other sections ("Set up {app}" vs "Set up Single Sign-On with SAML"). */
  exclude?: readonly string[];
}

/** Every section named by one of the variants, named containers first, then by headings. */
export function findSections(root: ParentNode, headingVariants: readonly string[], opts: FindSectionOptions = {}): Element[] {
  const fits = (name: string): boolean => labelMatches(name, headingVariants) && !(opts.exclude && labelMatches(name, opts.exclude));
  const out: Element[] = [];
  const roots = searchRoots(root);
  for (const container of queryRoots(roots, NAMED_CONTAINERS)) {
    if (fits(containerName(container))) out.push(container);
  }
  for (const heading of queryRoots(roots, HEADINGS)) {
    if (!fits(headingText(heading))) continue;
    const section = sectionOf(heading);
    if (!out.includes(section)) out.push(section);
  }
  return out;
}

export function findSection(root: ParentNode, headingVariants: readonly string[], opts: FindSectionOptions = {}): Element | null {
  return findSections(root, headingVariants, opts)[0] ?? null;
}
