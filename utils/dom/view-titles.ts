/**
 * The titles the portal shell shows for a React view frame. The shell draws a
 * blade's or pane's title outside the iframe that holds its form, so a view
 * frame learns its title from the top frame (through the background) and
 * keeps it here, per document, for section lookups to use.
 */

const titles = new WeakMap<Document, readonly string[]>();

export function setViewTitles(doc: Document, value: readonly string[]): void {
  titles.set(doc, value);
}

export function viewTitlesOf(doc: Document | null | undefined): readonly string[] {
  return (doc && titles.get(doc)) ?? [];
}
